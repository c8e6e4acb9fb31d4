import type { projectCalls } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { Handlers } from '../dispatch';
import type { Store } from '../store/open';

const todo = (): never => {
  throw new AppError('internal', 'Not built yet');
};

/** The handlers of the project, indicator, activity and entry calls. */
export function projectModule(_db: Store) {
  const handlers: Pick<Handlers, keyof typeof projectCalls> = {
    'projects.portfolio': todo,
    'projects.get': todo,
    'projects.create': todo,
    'projects.update': todo,
    'projects.delete': todo,
    'projects.linkEvents': todo,
    'projects.dashboard': todo,
    'projects.pivot': todo,
    'projects.report': todo,
    'projects.reportHtml': todo,
    'activities.create': todo,
    'activities.update': todo,
    'activities.delete': todo,
    'indicators.create': todo,
    'indicators.update': todo,
    'indicators.delete': todo,
    'entries.list': todo,
    'entries.create': todo,
    'entries.createMany': todo,
    'entries.update': todo,
    'entries.delete': todo,
  };
  return { handlers };
}
