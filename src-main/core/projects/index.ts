import type { projectCalls } from '../../../src-shared/contract';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import { printedPdf, type PrintToPdf } from '../files';
import { projectDashboard } from './dashboard';
import { projectEditor } from './edit';
import { entryEditor } from './entries';
import { indicatorEditor } from './indicators';
import { reportIssues } from './issues';
import { indicatorPivot } from './pivot';
import { projectPortfolio } from './portfolio';
import { projectReader } from './read';
import { reportData, reportHtml, reportXlsx } from './report';
import { projectsWriter } from './writer';

export { projectsWriter, type ProjectsWriter } from './writer';

/** Donor-funded projects: partners, activities, indicators counted by entries and by the calendar, and the donor report. */
export function projectsDomain(context: DomainContext, deps: { printToPdf?: PrintToPdf | undefined } = {}): DomainModule<CallsOf<typeof projectCalls>> {
  const read = projectReader(context.db);
  const dashboard = projectDashboard(context.db, read);
  const pivot = indicatorPivot(context.db, read);
  const portfolio = projectPortfolio(context.db);
  const writer = projectsWriter(context);
  const issues = reportIssues(context, read, writer);
  const edit = projectEditor(context, read, writer, issues);
  const indicators = indicatorEditor(context, read, writer);
  const entries = entryEditor(context, read, writer, issues);
  const report = (id: string, period: Parameters<typeof reportData>[2]) =>
    reportData({ get: read.get, allEntries: read.allEntries, dashboard, pivot, sinceLast: issues.sinceLast }, id, period);
  return {
    handlers: {
      'projects.portfolio': ({ today, status }) => portfolio(today, status),
      'projects.get': ({ id }) => read.get(id),
      'projects.create': (args) => edit.create(args),
      'projects.update': (args) => edit.update(args),
      'projects.delete': ({ id }) => edit.delete(id),
      'projects.linkEvents': (args) => edit.linkEvents(args),
      'projects.dashboard': ({ id, today }) => dashboard(id, today),
      'projects.pivot': ({ indicatorId }) => pivot(indicatorId),
      'projects.report': ({ id, language, ...period }) => reportXlsx(report(id, period), language),
      'projects.reportHtml': ({ id, locale, language, ...period }) => reportHtml(report(id, period), locale, language),
      'projects.reportPdf': ({ id, locale, language, ...period }) =>
        printedPdf(deps.printToPdf, () => {
          const { title, html } = reportHtml(report(id, period), locale, language);
          return { name: title, html };
        }),
      'projects.issues': ({ id }) => issues.list(id),
      'projects.issueReport': (args) => issues.issue(args, report(args.id, args)),
      'projects.unlockPeriod': (args) => issues.unlock(args),
      'activities.create': (args) => edit.createActivity(args),
      'activities.update': (args) => edit.updateActivity(args),
      'activities.delete': ({ id }) => edit.deleteActivity(id),
      'indicators.create': (args) => indicators.createIndicator(args),
      'indicators.update': (args) => indicators.updateIndicator(args),
      'indicators.delete': ({ id }) => indicators.deleteIndicator(id),
      'entries.list': (args) => read.entries(args),
      'entries.create': (args) => entries.createEntry(args),
      'entries.createMany': (args) => entries.createEntries(args),
      'entries.update': (args) => entries.updateEntry(args),
      'entries.delete': ({ id }) => entries.deleteEntry(id),
    },
    api: {},
  };
}
