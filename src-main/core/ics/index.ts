import type { icsCalls } from '../../../src-shared/contract';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import type { EventsService } from '../events';
import { icsExporter } from './export';
import { type IcsInput, icsImporter } from './import';

/**
 * iCalendar (RFC 5545) import and export, as Outlook, Google Calendar and Thunderbird write it.
 * Parsing and writing go through ical.js; see occurrences.ts for how repeating events and time
 * zones are read, import.ts for what a re-import changes, export.ts for what is written.
 */
export function icsDomain(context: DomainContext, deps: { events: EventsService }): DomainModule<CallsOf<typeof icsCalls>> {
  const { db } = context;
  const importer = icsImporter(context, deps);
  const exportIcs = icsExporter(db);
  // One transaction: on any error nothing is written.
  const importAll = db.transaction((input: IcsInput) => importer.import(input));
  return {
    handlers: {
      'ics.preview': (args) => importer.preview(args),
      'ics.import': (args) => importAll(args),
      'ics.export': (scope) => exportIcs(scope),
    },
    api: {},
  };
}
