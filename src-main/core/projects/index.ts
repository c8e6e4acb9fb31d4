import type { projectCalls } from '../../../src-shared/contract';
import { printedPdf } from '../files';
import type { Handlers } from '../dispatch';
import type { Store } from '../store/open';
import { reportData, reportHtml, reportXlsx } from './report';
import { projectsService } from './service';

/** The handlers of the project, indicator, activity and entry calls; `printToPdf` comes from the Electron shell. */
export function projectModule(db: Store, options: { printToPdf?: ((html: string) => Promise<Buffer>) | undefined } = {}) {
  const projects = projectsService(db);
  const handlers: Pick<Handlers, keyof typeof projectCalls> = {
    'projects.portfolio': ({ today, status }) => projects.portfolio(today, status),
    'projects.get': ({ id }) => projects.get(id),
    'projects.create': (args) => projects.create(args),
    'projects.update': (args) => projects.update(args),
    'projects.delete': ({ id }) => projects.delete(id),
    'projects.linkEvents': (args) => projects.linkEvents(args),
    'projects.dashboard': ({ id, today }) => projects.dashboard(id, today),
    'projects.pivot': ({ indicatorId }) => projects.pivot(indicatorId),
    'projects.report': ({ id, ...period }) => reportXlsx(reportData(projects, id, period)),
    'projects.reportHtml': ({ id, locale, ...period }) => reportHtml(reportData(projects, id, period), locale),
    'projects.reportPdf': ({ id, locale, ...period }) =>
      printedPdf(options.printToPdf, () => {
        const { title, html } = reportHtml(reportData(projects, id, period), locale);
        return { name: title, html };
      }),
    'activities.create': (args) => projects.createActivity(args),
    'activities.update': (args) => projects.updateActivity(args),
    'activities.delete': ({ id }) => projects.deleteActivity(id),
    'indicators.create': (args) => projects.createIndicator(args),
    'indicators.update': (args) => projects.updateIndicator(args),
    'indicators.delete': ({ id }) => projects.deleteIndicator(id),
    'entries.list': (args) => projects.entries(args),
    'entries.create': (args) => projects.createEntry(args),
    'entries.createMany': (args) => projects.createEntries(args),
    'entries.update': (args) => projects.updateEntry(args),
    'entries.delete': ({ id }) => projects.deleteEntry(id),
  };
  return { projects, handlers };
}
