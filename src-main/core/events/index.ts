import type { eventCalls } from '../../../src-shared/contract';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import { eventsService, type EventsService } from './service';
import { eventsWriter } from './writer';

export { buildRangeQuery, type RangeQuery } from './read';
export type { EventsService } from './service';
export { instantsOf, whenOf } from './when';
export { eventsWriter, type EventsRow, type EventsWriter } from './writer';

/** The calendar: events with their times in their own zone, tags, and numbered meetings of a series. */
export function eventsDomain(context: DomainContext): DomainModule<CallsOf<typeof eventCalls>, { events: EventsService }> {
  const events = eventsService(context, eventsWriter(context));
  return {
    handlers: {
      'events.range': (args) => events.range(args),
      'events.get': ({ id }) => events.get(id),
      'events.create': (args) => events.create(args),
      'events.update': (args) => events.update(args),
      'events.move': (args) => events.move(args),
      'events.delete': ({ id }) => events.delete(id),
      'events.renumberPreview': (args) => events.renumberPreview(args),
      'tags.list': () => events.tags(),
      'events.pastNotHeld': (args) => events.pastNotHeld(args),
      'events.setStatus': (args) => events.setStatus(args),
    },
    api: { events },
  };
}
