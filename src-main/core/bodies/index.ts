import type { bodyCalls } from '../../../src-shared/contract';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import type { EventsService } from '../events';
import { bodiesReader, type BodiesReader } from './read';
import { bodyEditor } from './service';
import { bodiesWriter } from './writer';

export type { BodiesReader } from './read';
export { bodiesWriter, type BodiesRow, type BodiesWriter } from './writer';

/** Task forces, associations and networks: their members, chairs, and numbered meeting series. */
export function bodiesDomain(context: DomainContext, deps: { events: EventsService }): DomainModule<CallsOf<typeof bodyCalls>, { bodies: BodiesReader }> {
  const bodies = bodiesReader(context.db);
  const edit = bodyEditor(context, bodies, bodiesWriter(context), deps.events);
  return {
    handlers: {
      'bodies.list': () => bodies.list(),
      'bodies.get': ({ id }) => bodies.get(id),
      'bodies.create': (args) => edit.create(args),
      'bodies.update': (args) => edit.update(args),
      'bodies.delete': ({ id }) => edit.delete(id),
      'series.create': (args) => edit.createSeries(args),
      'series.update': (args) => edit.updateSeries(args),
      'series.delete': ({ id }) => edit.deleteSeries(id),
    },
    api: { bodies },
  };
}
