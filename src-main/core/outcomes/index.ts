import { Temporal } from 'temporal-polyfill';
import type { outcomeCalls } from '../../../src-shared/contract';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import { exportActions } from './export';
import { outcomesService, type OutcomesService } from './service';
import { outcomesWriter } from './writer';

export { outcomesWriter, type ActionItemsRow, type OutcomesRow, type OutcomesWriter } from './writer';

/** What a meeting concluded and decided, and who must do what by when. */
export function outcomesDomain(context: DomainContext): DomainModule<CallsOf<typeof outcomeCalls>, Pick<OutcomesService, 'list' | 'previousMeeting'>> {
  const outcomes = outcomesService(context, outcomesWriter(context));
  return {
    handlers: {
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
    },
    api: { list: outcomes.list, previousMeeting: outcomes.previousMeeting },
  };
}
