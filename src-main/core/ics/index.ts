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
export function icsDomain(
  context: DomainContext,
  deps: { events: EventsService; /** Backs the store up before an import writes (`VACUUM INTO`: outside any transaction). */ backup: () => void },
): DomainModule<CallsOf<typeof icsCalls>> {
  const { db } = context;
  const importer = icsImporter(context, deps);
  const exportIcs = icsExporter(db);
  // One transaction: on any error nothing is written.
  const write = db.transaction(importer.apply);
  const importFile = (input: IcsInput) => {
    const { writes, result, plan } = importer.plan(input);
    // The backup is there to undo what an import writes. Re-importing a file that has not changed
    // (every event unchanged, no one new) writes nothing, so it takes none: the backup and its check
    // were most of such a call. The plan is made first for that, and written right after it with
    // nothing else running in between (one connection, synchronous calls), so it still holds.
    if (!writes) return result;
    deps.backup();
    write(plan);
    return result;
  };
  return {
    handlers: {
      'ics.preview': (args) => importer.preview(args),
      'ics.import': (args) => importFile(args),
      'ics.export': (scope) => exportIcs(scope),
    },
    api: {},
  };
}
