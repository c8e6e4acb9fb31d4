import { EventEmitter } from 'node:events';
import { type backupCalls, type CallName, contract, type PushEventName, type PushEvents, type vaultCalls } from '../../src-shared/contract';
import { AppError } from '../../src-shared/errors';
import { agendaDomain } from './agenda';
import { attendanceDomain } from './attendance';
import { backupsDomain } from './backups';
import { exchangeDomain, exchangeUnavailable, openExchangeLog } from './exchange';
import { bodiesDomain } from './bodies';
import { countriesDomain } from './countries';
import { createDispatch, type Dispatch, type Handlers } from './dispatch';
import { documentsDomain } from './documents';
import type { CallsOf, DomainContext } from './domain';
import { eventsDomain } from './events';
import type { PrintToPdf } from './files';
import { icsDomain } from './ics';
import { importsDomain } from './imports';
import { invitationsDomain } from './invitations';
import { nominationsDomain } from './nominations';
import { organisationsDomain } from './organisations';
import { outcomesDomain } from './outcomes';
import { peopleDomain } from './people';
import { projectsDomain } from './projects';
import { rosterDomain } from './roster';
import { settingsDomain } from './settings';
import { checkpointSoon, type Store } from './store/open';
import { ignoreChanges, type OnChange } from './store/table';
import { systemDomain } from './system';
import { Vault, vaultDomain } from './vault';
import type { KdfParams } from './vault/kdf';
import type { SystemKeyStore } from './vault/system-keys';

export type Transport = 'electron' | 'loopback';

export interface AppOptions {
  dataDir: string;
  transport: Transport;
  appVersion?: string;
  /** The Electron shell prints HTML to PDF; over loopback the browser does. */
  printToPdf?: PrintToPdf;
  /** Told of every row a writer changes, inside its transaction: where a change log will listen. */
  onChange?: OnChange;
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

/** Calls answered while the store is locked, or about the store as a whole. */
type LockedCall = CallsOf<typeof vaultCalls> | CallsOf<typeof backupCalls>;
type DataCall = Exclude<CallName, LockedCall>;
type DataHandlers = Pick<Handlers, DataCall>;

/**
 * Calls that bring data in from outside: the store is backed up before each. `ics.import` takes its
 * backup itself (`backupBeforeImport`), once it knows it will write: a re-import that changes nothing takes none.
 */
const IMPORTS = new Set<CallName>(['directoryImport.commit', 'nominations.commit']);

/** Every call that reads or writes the store, from the domain that answers it. Rebuilt at each unlock. */
export function dataHandlers(db: Store, options: AppOptions, databasePath: string, backupBeforeImport: () => void = () => {}): DataHandlers {
  // Every writer tells the exchange log, which records the change once the store is in a group.
  const log = openExchangeLog(db);
  const context: DomainContext = { db, onChange: log ? log.recorder(options.onChange ?? ignoreChanges) : (options.onChange ?? ignoreChanges) };
  const people = peopleDomain(context);
  const events = eventsDomain(context);
  const bodies = bodiesDomain(context, { events: events.api.events });
  const agenda = agendaDomain(context, { events: events.api.events });
  const outcomes = outcomesDomain(context);
  const roster = rosterDomain(context);
  const organisations = organisationsDomain(context);
  const settings = settingsDomain(context, {
    recollate: () => {
      people.api.recollate();
      organisations.api.recollate();
    },
  });
  const invitations = invitationsDomain(context, {
    event: events.api.events.get,
    body: bodies.api.bodies.get,
    seriesTitles: (id) => bodies.api.bodies.toSeries(bodies.api.bodies.requireSeries(id)).titles,
    organisationKind: organisations.api.kindOf,
  });
  return mergeDomains(
    systemDomain(context, {
      dataDir: options.dataDir,
      databasePath,
      transport: options.transport,
      appVersion: options.appVersion ?? '0.0.0',
      eventsChanged: events.api.events.invalidate,
    }),
    countriesDomain(context),
    organisations,
    people,
    events,
    bodies,
    icsDomain(context, { events: events.api.events, backup: backupBeforeImport }),
    settings,
    roster,
    importsDomain(context, { settings: settings.api.writer }),
    attendanceDomain(context),
    agenda,
    outcomes,
    documentsDomain(context, {
      event: events.api.events.get,
      body: bodies.api.bodies.get,
      series: (id) => bodies.api.bodies.toSeries(bodies.api.bodies.requireSeries(id)),
      roster: (eventId) => roster.api.list(eventId).rows,
      organisationKind: organisations.api.kindOf,
      person: (personId) => people.api.people.get(personId),
      agenda: agenda.api.get,
      outcomes: outcomes.api.list,
      previousMeeting: outcomes.api.previousMeeting,
      printToPdf: options.printToPdf,
    }),
    invitations,
    nominationsDomain(context, { event: events.api.events.get, invitations: invitations.api }),
    projectsDomain(context, { printToPdf: options.printToPdf }),
    log ? exchangeDomain(context, { log, appVersion: options.appVersion ?? '0.0.0', kdf: options.kdf, dataDir: options.dataDir }) : exchangeUnavailable(),
  );
}

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** One map of handlers from the domains; two domains answering the same call is a wiring mistake, refused at once. */
function mergeDomains<M extends ReadonlyArray<{ handlers: object }>>(...domains: M): UnionToIntersection<M[number]['handlers']> {
  const merged: Record<string, unknown> = {};
  for (const domain of domains) {
    for (const [name, handler] of Object.entries(domain.handlers)) {
      if (name in merged) throw new Error(`Two domains answer ${name}`);
      merged[name] = handler;
    }
  }
  return merged as UnionToIntersection<M[number]['handlers']>;
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
      live = dataHandlers(db, options, vault.storePath, () => vault.backups.create(vault.store(), 'import'));
    },
    closing: () => {
      live = null;
    },
  });

  const lockedHandlers: Pick<Handlers, LockedCall> = mergeDomains(vaultDomain(vault), backupsDomain(vault));

  // Data calls go to the handlers of the store open now; the gate has already refused them while locked.
  const forward = Object.fromEntries(
    (Object.keys(contract) as CallName[])
      .filter((name): name is DataCall => !(name in lockedHandlers))
      .map((name) => [name, (args: never) => {
        if (!live) throw new AppError('locked', 'Liaison is locked: unlock it with your passphrase.');
        if (IMPORTS.has(name)) vault.backups.create(vault.store(), 'import');
        return (live[name] as (a: never) => unknown)(args);
      }]),
  ) as unknown as DataHandlers;

  const dispatch = createDispatch({ ...lockedHandlers, ...forward }, {
    onMutation: (_name, changed) => {
      if (vault.unlocked) checkpointSoon(vault.store());
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
