import type { bodyCalls } from '../../../src-shared/contract';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import type { EventsService } from '../events';
import { bodiesService, type BodiesService } from './service';
import { bodiesWriter } from './writer';

export type { BodiesService } from './service';
export { bodiesWriter, type BodiesRow, type BodiesWriter } from './writer';

/** Task forces, associations and networks: their members, chairs, and numbered meeting series. */
export function bodiesDomain(context: DomainContext, deps: { events: EventsService }): DomainModule<CallsOf<typeof bodyCalls>, { bodies: BodiesService }> {
  const bodies = bodiesService(context, bodiesWriter(context), deps.events);
  return {
    handlers: {
      'bodies.list': () => bodies.list(),
      'bodies.get': ({ id }) => bodies.get(id),
      'bodies.create': (args) => bodies.create(args),
      'bodies.update': (args) => bodies.update(args),
      'bodies.delete': ({ id }) => bodies.delete(id),
      'series.create': (args) => bodies.createSeries(args),
      'series.update': (args) => bodies.updateSeries(args),
      'series.delete': ({ id }) => bodies.deleteSeries(id),
    },
    api: { bodies },
  };
}
