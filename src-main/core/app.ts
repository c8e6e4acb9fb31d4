import { EventEmitter } from 'node:events';
import { type CallName, contract, type PushEventName, type PushEvents } from '../../src-shared/contract';
import { AppError } from '../../src-shared/errors';
import { agendaModule } from './agenda';
import { loadDemo } from './demo';
import { documentHandlers } from './documents';
import { createDispatch, type Dispatch, type Handlers } from './dispatch';
import { icsService } from './ics';
import { importHandlers } from './imports';
import { outcomesModule } from './outcomes';
import { projectModule } from './projects';
import { rosterHandlers } from './roster';
import { attendanceService } from './roster/attendance';
import { peopleMerge } from './services/people-merge';
import { bodiesService } from './services/bodies';
import { countriesService } from './services/countries';
import { eventsService } from './services/events';
import { organisationsService } from './services/organisations';
import { peopleService } from './services/people';
import { settingsService } from './services/settings';
import { systemService } from './services/system';
import type { Store } from './store/open';
import { verifyStore } from './backups';
import type { KdfParams } from './vault/kdf';
import { Vault } from './vault/session';
import type { SystemKeyStore } from './vault/system-keys';

export type Transport = 'electron' | 'loopback';

export interface AppOptions {
  dataDir: string;
  transport: Transport;
  appVersion?: string;
  /** The Electron shell prints HTML to PDF; over loopback the browser does. */
  printToPdf?: (html: string) => Promise<Buffer>;
  /** Creates the store with this passphrase, or unlocks it, at start (LIAISON_KEY_FILE, and tests). */
  passphrase?: string;
  /** Argon2id cost of a new passphrase; tests lower it, the app keeps the default. */
  kdf?: KdfParams;
  /** The OS keychain (Electron's safeStorage), where one protects anything. */
  systemKeys?: SystemKeyStore;
}

export interface LiaisonCore {
  /** The open store; reading it while locked throws. */
  readonly db: Store;
  vault: Vault;
  dispatch: Dispatch;
  /** Push events for every window or browser tab. */
  events: { on<E extends PushEventName>(event: E, listener: (payload: PushEvents[E]) => void): () => void };
  close(): void;
}

type VaultCall = Extract<CallName, `vault.${string}` | `backups.${string}`>;
type DataCall = Exclude<CallName, VaultCall>;
type DataHandlers = Pick<Handlers, DataCall>;

/** Calls that bring data in from outside: the store is backed up before each. */
const IMPORTS = new Set<CallName>(['directoryImport.commit', 'ics.import']);

/** Every call that reads or writes the store, wired to its service. Rebuilt at each unlock. */
export function dataHandlers(db: Store, options: AppOptions, databasePath: string): DataHandlers {
  const people = peopleService(db);
  const organisations = organisationsService(db);
  const countries = countriesService(db);
  const events = eventsService(db);
  const bodies = bodiesService(db, events);
  const ics = icsService(db, { events });
  const settings = settingsService(db);
  const attendance = attendanceService(db);
  const mergePeople = peopleMerge(db, people.get);
  const { agenda, handlers: agendaHandlers } = agendaModule(db, events);
  const outcomes = outcomesModule(db);
  const projects = projectModule(db, { printToPdf: options.printToPdf });
  const system = systemService(db, {
    dataDir: options.dataDir,
    databasePath,
    transport: options.transport,
    appVersion: options.appVersion ?? '0.0.0',
  });

  return {
    'system.info': () => system.info(),
    'system.loadDemo': () => {
      const summary = loadDemo(db);
      events.invalidate();
      return summary;
    },
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
    'bodies.list': () => bodies.list(),
    'bodies.get': ({ id }) => bodies.get(id),
    'bodies.create': (args) => bodies.create(args),
    'bodies.update': (args) => bodies.update(args),
    'bodies.delete': ({ id }) => bodies.delete(id),
    'series.create': (args) => bodies.createSeries(args),
    'series.update': (args) => bodies.updateSeries(args),
    'series.delete': ({ id }) => bodies.deleteSeries(id),
    'ics.preview': (args) => ics.preview(args),
    'ics.import': (args) => ics.import(args),
    'ics.export': (args) => ics.export(args),
    'settings.get': ({ key }) => settings.get(key),
    'settings.set': ({ key, value }) => settings.set(key, value),
    'attendance.matrix': (scope) => attendance.matrix(scope),
    'attendance.export': ({ format, ...scope }) => attendance.export(scope, format),
    'people.history': ({ id }) => attendance.history(id),
    'people.merge': (args) => mergePeople(args),
    ...rosterHandlers(db),
    ...importHandlers(db),
    ...agendaHandlers,
    ...outcomes.handlers,
    ...projects.handlers,
    ...documentHandlers({
      event: (id) => events.get(id),
      body: (id) => bodies.get(id),
      agenda: (eventId) => agenda.get(eventId),
      outcomes: outcomes.list,
      ...(options.printToPdf ? { printToPdf: options.printToPdf } : {}),
    }),
  };
}

/** Opens the vault (locked until a passphrase opens it) and wires every call of the contract to its service. No Electron here. */
export async function openApp(options: AppOptions): Promise<LiaisonCore> {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  let live: DataHandlers | null = null;
  const vault = new Vault({
    dataDir: options.dataDir,
    ...(options.kdf ? { kdf: options.kdf } : {}),
    ...(options.systemKeys ? { systemKeys: options.systemKeys } : {}),
    emit: (event, payload) => emitter.emit(event, payload),
    opened: (db) => {
      live = dataHandlers(db, options, vault.storePath);
    },
    closing: () => {
      live = null;
    },
  });

  const shown = async (recoveryCode: Promise<string>) => ({ recoveryCode: await recoveryCode, state: vault.state() });
  const vaultHandlers: Pick<Handlers, VaultCall> = {
    'vault.state': () => vault.state(),
    'vault.activity': () => vault.state(),
    'vault.create': ({ passphrase }) => shown(vault.create(passphrase)),
    'vault.unlock': async ({ passphrase }) => (await vault.unlock(passphrase), vault.state()),
    'vault.recover': ({ recoveryCode, newPassphrase }) => shown(vault.recover(recoveryCode, newPassphrase)),
    'vault.lock': async () => (await vault.lock(), vault.state()),
    'vault.changePassphrase': async ({ current, next }) => (await vault.changePassphrase(current, next), vault.state()),
    'vault.rotateKey': ({ passphrase }) => shown(vault.rotateKey(passphrase)),
    'vault.setIdleLock': async ({ minutes }) => (await vault.setIdleLock(minutes), vault.state()),
    'backups.list': () => vault.backups.list(),
    'backups.create': () => vault.backups.create(vault.store(), 'manual'),
    'backups.restore': ({ id }) => vault.restore(id),
    'backups.export': ({ id }) => vault.exportBackup(id),
    'backups.verify': () => verifyStore(vault.store()),
  };

  // Data calls go to the handlers of the store open now; the gate has already refused them while locked.
  const forward = Object.fromEntries(
    (Object.keys(contract) as CallName[])
      .filter((name): name is DataCall => !(name in vaultHandlers))
      .map((name) => [name, (args: never) => {
        if (!live) throw new AppError('locked', 'Liaison is locked: unlock it with your passphrase.');
        if (IMPORTS.has(name)) vault.backups.create(vault.store(), 'import');
        return (live[name] as (a: never) => unknown)(args);
      }]),
  ) as unknown as DataHandlers;

  const dispatch = createDispatch({ ...vaultHandlers, ...forward } as Handlers, {
    onMutation: (_name, changed) => {
      if (changed.length) emitter.emit('data.changed', { domains: [...changed] } satisfies PushEvents['data.changed']);
    },
    gate: (name, mutates) => {
      if (name === 'vault.state') return null;
      vault.activity();
      if (name.startsWith('vault.')) return null;
      if (!vault.unlocked) return { code: 'locked', message: 'Liaison is locked: unlock it with your passphrase.' };
      if (vault.readOnly && mutates && name !== 'backups.restore') {
        return {
          code: 'read_only',
          message: 'The store is damaged and open read-only: nothing is written into it. Restore a backup in Settings → Data.',
        };
      }
      return null;
    },
  });

  if (options.passphrase !== undefined) {
    if (vault.state().status === 'new') await vault.create(options.passphrase);
    else await vault.unlock(options.passphrase);
  } else if (options.systemKeys) {
    await vault.unlockWithSystem();
  }

  return {
    get db() {
      return vault.store();
    },
    vault,
    dispatch,
    events: {
      on(event, listener) {
        emitter.on(event, listener);
        return () => emitter.off(event, listener);
      },
    },
    close: () => vault.shutdown(),
  };
}
