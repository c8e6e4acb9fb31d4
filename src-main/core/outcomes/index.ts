import type { outcomeCalls } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { Handlers } from '../dispatch';
import type { Store } from '../store/open';

const todo = (): never => {
  throw new AppError('internal', 'Not built yet');
};

/** The handlers of the outcome and action-item calls. */
export function outcomeHandlers(_db: Store): Pick<Handlers, keyof typeof outcomeCalls> {
  return {
    'outcomes.list': todo,
    'outcomes.create': todo,
    'outcomes.update': todo,
    'outcomes.delete': todo,
    'actions.list': todo,
    'actions.create': todo,
    'actions.update': todo,
    'actions.delete': todo,
  };
}
