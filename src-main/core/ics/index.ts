import type { CallArgs, CallOutput } from '../../../src-shared/contract';
import type { EventsService } from '../services/events';
import { peopleService } from '../services/people';
import type { Store } from '../store/open';
import { icsExporter } from './export';
import { type IcsInput, icsImporter } from './import';

/**
 * iCalendar (RFC 5545) import and export, as Outlook, Google Calendar and Thunderbird write it.
 * Parsing and writing go through ical.js; see occurrences.ts for how repeating events and time
 * zones are read, import.ts for what a re-import changes, export.ts for what is written.
 */
export function icsService(db: Store, deps: { events: EventsService }) {
  const importer = icsImporter(db, { events: deps.events, people: peopleService(db) });
  const exportIcs = icsExporter(db);
  const importAll = db.transaction((input: IcsInput) => importer.import(input));
  return {
    preview: (args: CallArgs<'ics.preview'>): CallOutput<'ics.preview'> => importer.preview(args),
    /** One transaction: on any error nothing is written. */
    import: (args: CallArgs<'ics.import'>): CallOutput<'ics.import'> => importAll(args),
    export: (scope: CallArgs<'ics.export'>): CallOutput<'ics.export'> => exportIcs(scope),
  };
}
