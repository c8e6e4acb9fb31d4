import type { projectCalls } from '../../../src-shared/contract';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import { printedPdf, type PrintToPdf } from '../files';
import { projectEditor } from './edit';
import { projectReader } from './read';
import { reportData, reportHtml, reportXlsx } from './report';
import { projectTracking } from './tracking';
import { projectsWriter } from './writer';

export { projectsWriter, type ProjectsWriter } from './writer';

/** Donor-funded projects: partners, activities, indicators counted by entries and by the calendar, and the donor report. */
export function projectsDomain(context: DomainContext, deps: { printToPdf?: PrintToPdf | undefined } = {}): DomainModule<CallsOf<typeof projectCalls>> {
  const read = projectReader(context.db);
  const tracking = projectTracking(context.db, read);
  const edit = projectEditor(context, read, projectsWriter(context));
  const report = (id: string, period: Parameters<typeof reportData>[2]) => reportData({ ...read, ...tracking }, id, period);
  return {
    handlers: {
      'projects.portfolio': ({ today, status }) => tracking.portfolio(today, status),
      'projects.get': ({ id }) => read.get(id),
      'projects.create': (args) => edit.create(args),
      'projects.update': (args) => edit.update(args),
      'projects.delete': ({ id }) => edit.delete(id),
      'projects.linkEvents': (args) => edit.linkEvents(args),
      'projects.dashboard': ({ id, today }) => tracking.dashboard(id, today),
      'projects.pivot': ({ indicatorId }) => tracking.pivot(indicatorId),
      'projects.report': ({ id, ...period }) => reportXlsx(report(id, period)),
      'projects.reportHtml': ({ id, locale, ...period }) => reportHtml(report(id, period), locale),
      'projects.reportPdf': ({ id, locale, ...period }) =>
        printedPdf(deps.printToPdf, () => {
          const { title, html } = reportHtml(report(id, period), locale);
          return { name: title, html };
        }),
      'activities.create': (args) => edit.createActivity(args),
      'activities.update': (args) => edit.updateActivity(args),
      'activities.delete': ({ id }) => edit.deleteActivity(id),
      'indicators.create': (args) => edit.createIndicator(args),
      'indicators.update': (args) => edit.updateIndicator(args),
      'indicators.delete': ({ id }) => edit.deleteIndicator(id),
      'entries.list': (args) => read.entries(args),
      'entries.create': (args) => edit.createEntry(args),
      'entries.createMany': (args) => edit.createEntries(args),
      'entries.update': (args) => edit.updateEntry(args),
      'entries.delete': ({ id }) => edit.deleteEntry(id),
    },
    api: {},
  };
}
