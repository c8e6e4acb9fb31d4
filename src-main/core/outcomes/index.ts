import type { outcomeCalls } from '../../../src-shared/contract';
import type { Handlers } from '../dispatch';
import type { Store } from '../store/open';
import { Temporal } from 'temporal-polyfill';
import { exportActions } from './export';
import { outcomesService } from './service';

/** The handlers of the outcome and action-item calls, and the event's outcomes for the documents built on them. */
export function outcomesModule(db: Store) {
  const outcomes = outcomesService(db);
  const handlers: Pick<Handlers, keyof typeof outcomeCalls> = {
    'outcomes.list': ({ eventId }) => outcomes.list(eventId),
    'outcomes.create': (args) => outcomes.createOutcome(args),
    'outcomes.update': (args) => outcomes.updateOutcome(args),
    'outcomes.delete': ({ id }) => outcomes.deleteOutcome(id),
    'actions.list': (args) => outcomes.actions(args),
    'actions.export': ({ format, separator, timeZone, ...filter }) => {
      const today = filter.today ?? Temporal.Now.plainDateISO(timeZone ?? 'UTC').toString();
      return exportActions(outcomes.actions({ ...filter, today }), { format, separator, timeZone, today });
    },
    'actions.create': (args) => outcomes.createAction(args),
    'actions.update': (args) => outcomes.updateAction(args),
    'actions.delete': ({ id }) => outcomes.deleteAction(id),
  };
  return { list: outcomes.list, handlers };
}
