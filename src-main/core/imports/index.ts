import { importTarget, type importCalls } from '../../../src-shared/contract';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import { organisationsWriter } from '../organisations';
import { peopleWriter } from '../people';
import type { SettingsWriter } from '../settings';
import { decide, importWriter } from './commit';
import { mappingMemory, suggestMapping } from './mapping';
import { loadDirectory, planImport, toPreview } from './plan';
import { readSheet } from './read';

// The nominations import matches and writes people exactly as the directory import does.
export { importWriter } from './commit';
export { type Directory, loadDirectory, type PersonRow, type Plan, type PlannedRow, planImport } from './plan';
export type { Sheet } from './read';

// The iCalendar import reads legacy and UTF-16 bytes the same way.
export { decodeLegacy, decodeUtf16 } from './read';

/** The directory imported from CSV or XLSX: mapped, previewed row by row, then written all at once or not at all. */
export function importsDomain(context: DomainContext, deps: { settings: SettingsWriter }): DomainModule<CallsOf<typeof importCalls>> {
  const { db } = context;
  const memory = mappingMemory(db, deps.settings);
  const write = importWriter(db, { people: peopleWriter(context), organisations: organisationsWriter(context) });
  const remembered = importTarget.array();

  return {
    handlers: {
      'directoryImport.read': async ({ fileName, base64 }) => {
        const sheet = await readSheet(fileName, base64);
        const recalled = remembered.safeParse(memory.recall(sheet.headers));
        return {
          sheet: { headers: sheet.headers, sampleRows: sheet.rows.slice(0, 20), rowCount: sheet.rows.length },
          format: sheet.format,
          encoding: sheet.encoding,
          delimiter: sheet.delimiter,
          suggestedMapping: suggestMapping(sheet.headers),
          ...(recalled.success && recalled.data.length ? { rememberedMapping: recalled.data } : {}),
        };
      },
      'directoryImport.preview': async ({ fileName, base64, mapping, defaults, corrections }) => {
        const sheet = await readSheet(fileName, base64);
        return toPreview(planImport(sheet, mapping, defaults, loadDirectory(db), corrections));
      },
      'directoryImport.commit': async ({ fileName, base64, mapping, defaults, corrections, decisions }) => {
        const sheet = await readSheet(fileName, base64);
        // The directory is read and written in one transaction, so nothing can change in between.
        return db.transaction(() => {
          const plan = planImport(sheet, mapping, defaults, loadDirectory(db), corrections);
          const result = write(plan, decide(plan, decisions));
          memory.remember(sheet.headers, mapping);
          return result;
        }).immediate();
      },
    },
    api: {},
  };
}
