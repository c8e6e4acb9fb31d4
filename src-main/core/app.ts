import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { CallName, PushEventName, PushEvents } from '../../src-shared/contract';
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
import { closeStore, openStore, type Store } from './store/open';
import { DATABASE_FILE } from './paths';

/** Calls whose writes reach beyond their own domain. */
const DOMAINS_CHANGED_BY: Partial<Record<CallName, string[]>> = {
  'organisations.update': ['organisations', 'people', 'roster'],
  'organisations.delete': ['organisations', 'people', 'roster'],
  'people.update': ['people', 'roster'],
  'people.delete': ['people', 'roster'],
  'system.loadDemo': ['people', 'organisations', 'events', 'bodies', 'tags', 'roster', 'projects', 'system'],
  'ics.import': ['events', 'people', 'tags', 'roster'],
  'events.create': ['events', 'tags'],
  'events.update': ['events', 'tags'],
  'events.delete': ['events', 'tags', 'roster'],
  'series.create': ['bodies'],
  'series.update': ['bodies', 'events'],
  'series.delete': ['bodies', 'events'],
  'bodies.delete': ['bodies', 'events'],
  // Events show their participant count, and the calendar's country filter reads the roster.
  'roster.add': ['roster', 'events'],
  'roster.addDelegation': ['roster', 'events'],
  'roster.inviteMembers': ['roster', 'events'],
  'roster.update': ['roster', 'events'],
  'roster.bulkUpdate': ['roster', 'events'],
  'roster.remove': ['roster', 'events'],
  'directoryImport.commit': ['people', 'organisations'],
  'people.merge': ['people', 'roster', 'events'],
  // A speaker not on the roster may be added to it.
  'agenda.addItem': ['agenda', 'roster', 'events'],
  'agenda.updateItem': ['agenda', 'roster', 'events'],
  'agenda.carryOver': ['events', 'agenda', 'roster', 'bodies'],
  'agendaTemplates.save': ['agendaTemplates'],
  'agendaTemplates.apply': ['agenda'],
  'outcomes.create': ['outcomes'],
  'outcomes.update': ['outcomes'],
  'outcomes.delete': ['outcomes'],
  'actions.create': ['actions', 'outcomes'],
  'actions.update': ['actions', 'outcomes'],
  'actions.delete': ['actions', 'outcomes'],
  // Held events feed indicators: any change to events or rosters may move a count.
  'projects.linkEvents': ['projects', 'events'],
  'activities.create': ['projects'],
  'activities.update': ['projects'],
  'activities.delete': ['projects'],
  'indicators.create': ['projects'],
  'indicators.update': ['projects'],
  'indicators.delete': ['projects'],
  'entries.create': ['projects'],
  'entries.createMany': ['projects'],
  'entries.update': ['projects'],
  'entries.delete': ['projects'],
};

export type Transport = 'electron' | 'loopback';

export interface AppOptions {
  dataDir: string;
  transport: Transport;
  appVersion?: string;
  /** The Electron shell prints HTML to PDF; over loopback the browser does. */
  printToPdf?: (html: string) => Promise<Buffer>;
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

  const handlers: Handlers = {
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

  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const domainOf = (name: CallName) => name.slice(0, name.indexOf('.'));
  const dispatch = createDispatch(handlers, (name) => {
    // Demo data touches every domain at once.
    const domains = DOMAINS_CHANGED_BY[name] ?? [domainOf(name)];
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
