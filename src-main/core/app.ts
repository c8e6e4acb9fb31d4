import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { CallName, PushEventName, PushEvents } from '../../src-shared/contract';
import { loadDemo } from './demo';
import { createDispatch, type Dispatch, type Handlers } from './dispatch';
import { countriesService } from './services/countries';
import { organisationsService } from './services/organisations';
import { peopleService } from './services/people';
import { systemService } from './services/system';
import { closeStore, openStore, type Store } from './store/open';
import { DATABASE_FILE } from './paths';

export type Transport = 'electron' | 'loopback';

export interface AppOptions {
  dataDir: string;
  transport: Transport;
  appVersion?: string;
}

export interface LiaisonCore {
  db: Store;
  dispatch: Dispatch;
  /** Push events for every window or browser tab. */
  events: { on<E extends PushEventName>(event: E, listener: (payload: PushEvents[E]) => void): () => void };
  close(): void;
}

/** Opens the store and wires every call of the contract to its service. No Electron here. */
export async function openApp(options: AppOptions): Promise<LiaisonCore> {
  const databasePath = join(options.dataDir, DATABASE_FILE);
  const db = await openStore(databasePath);
  const people = peopleService(db);
  const organisations = organisationsService(db);
  const countries = countriesService(db);
  const system = systemService(db, {
    dataDir: options.dataDir,
    databasePath,
    transport: options.transport,
    appVersion: options.appVersion ?? '0.0.0',
  });

  const handlers: Handlers = {
    'system.info': () => system.info(),
    'system.loadDemo': () => loadDemo(db),
    'countries.list': () => countries.list(),
    'organisations.list': (args) => organisations.list(args),
    'organisations.options': () => organisations.options(),
    'organisations.get': ({ id }) => organisations.get(id),
    'organisations.create': (args) => organisations.create(args),
    'organisations.update': (args) => organisations.update(args),
    'organisations.delete': ({ id }) => organisations.delete(id),
    'people.list': (args) => people.list(args),
    'people.get': ({ id }) => people.get(id),
    'people.create': (args) => people.create(args),
    'people.update': (args) => people.update(args),
    'people.delete': ({ id }) => people.delete(id),
  };

  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const domainOf = (name: CallName) => name.slice(0, name.indexOf('.'));
  const dispatch = createDispatch(handlers, (name) => {
    // Demo data touches every domain at once.
    const domains = name === 'system.loadDemo' ? ['people', 'organisations', 'events', 'projects', 'system'] : [domainOf(name)];
    emitter.emit('data.changed', { domains } satisfies PushEvents['data.changed']);
  });

  return {
    db,
    dispatch,
    events: {
      on(event, listener) {
        emitter.on(event, listener);
        return () => emitter.off(event, listener);
      },
    },
    close: () => closeStore(db),
  };
}
