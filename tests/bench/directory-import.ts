import Database from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBenchApp, plaintextCopy, storeKeyOf } from './vault';
import { prng } from './generate';

export const IMPORT_TARGET_RATIO = 3;

const FIRST = ['Ana', 'Boštjan', 'Ioana', 'Mehmet', 'Νίκος', 'Иван', 'Elira', 'Gábor', 'Marija', 'Dragan', 'Ayşe', 'Petar'];
const LAST = ['Petrović', 'Stănescu', 'Kovačević', 'Yılmaz', 'Παπαδόπουλος', 'Иванов', 'Hoxha', 'Szabó', 'Novak', 'Marin'];
const COUNTRIES = ['Romania', 'Bulgaria', 'Türkiye', 'Greece', 'Serbia', 'Slovenia', 'Albania', 'Hungary', 'Croatia', 'Moldova'];

/** Times sqlite3's CLI running a script on a database file; null when Debian's sqlite3 is not installed. */
function timeSqlite3(db: string, script: string): number | null {
  if (spawnSync('sqlite3', ['-version']).status !== 0) return null;
  const started = performance.now();
  execFileSync('sqlite3', ['-bail', db], { input: script });
  return performance.now() - started;
}

/**
 * sqlite3's CLI has none of the functions Liaison registers on its connections for the schema's
 * triggers (the Latin forms of a name, the sort keys in the interface language): in the baseline's
 * triggers each becomes a built-in that takes as many arguments (`lower`, `coalesce`), so the baseline
 * still fills the same index and columns, with cheaper values (it only flatters sqlite3).
 */
const STAND_INS: ReadonlyArray<[string, string]> = [
  ['latin_forms(', 'lower('],
  ['text_collation_key(', 'lower('],
  ['person_collation_key(', 'coalesce('],
  ['family_collation_key(', 'coalesce('],
  ['country_collation_key(', 'coalesce('],
];

function withoutAppFunctions(file: string): void {
  const db = new Database(file);
  try {
    const triggers = db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all();
    db.transaction(() => {
      for (const t of triggers.filter((trigger) => STAND_INS.some(([name]) => trigger.sql.includes(name)))) {
        db.exec(`DROP TRIGGER ${t.name}`);
        db.exec(STAND_INS.reduce((sql, [name, standIn]) => sql.replaceAll(name, standIn), t.sql));
      }
    })();
  } finally {
    db.close();
  }
}

/**
 * Imports N people from one semicolon CSV through `directoryImport.commit`, and the same file
 * with sqlite3's own `.import`, in one run, twice over:
 * - into a plain table with no keys, indexes or search: the floor, what reading the file costs;
 * - into a Liaison database with the same schema (ids, keys, nine indexes, the search index,
 *   foreign keys), through a staging table and one INSERT … SELECT: what the same result costs
 *   SQLite alone. The target is judged on this one: it is the same work minus Liaison's checks.
 * Liaison writes its encrypted store (and backs it up first, as before every import); sqlite3 has
 * no key, so it writes a plaintext copy: the ratio includes the cipher.
 */
export async function runDirectoryImportBench(options: { people: number; seed: number }) {
  const rand = prng(options.seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const lines = ['Full name;Position;Organisation;Country;E-mail'];
  for (let i = 0; i < options.people; i++) {
    lines.push(`${pick(FIRST)} ${pick(LAST)} ${i};Police officer;Agency ${i % 400};${pick(COUNTRIES)};person.${i}@example.org`);
  }
  const csv = `${lines.join('\r\n')}\r\n`;
  const dir = mkdtempSync(join(tmpdir(), 'liaison-bench-import-'));
  try {
    const file = join(dir, 'people.csv');
    writeFileSync(file, csv);

    const plainMs = timeSqlite3(
      join(dir, 'plain.sqlite'),
      `CREATE TABLE people (full_name TEXT, position TEXT, organisation TEXT, country TEXT, email TEXT);
.separator ";"
.import --skip 1 ${file} people
`,
    );

    // A database made by Liaison itself, then decrypted (sqlite3 has no key): the same schema, migrations and countries.
    const baselineDir = join(dir, 'baseline');
    const baseline = await openBenchApp(baselineDir);
    try {
      plaintextCopy(baseline.db, await storeKeyOf(baselineDir), join(dir, 'baseline.sqlite'));
    } finally {
      baseline.close();
    }
    withoutAppFunctions(join(dir, 'baseline.sqlite'));
    const now = new Date().toISOString();
    const sameSchemaMs = timeSqlite3(
      join(dir, 'baseline.sqlite'),
      `PRAGMA foreign_keys = ON;
PRAGMA synchronous = FULL;
PRAGMA cache_size = -65536;
BEGIN;
CREATE TABLE staging (full_name TEXT, position TEXT, organisation TEXT, country TEXT, email TEXT);
.separator ";"
.import --skip 1 ${file} staging
INSERT INTO organisations (id, name, sort_name, display_sort, kind, created_at, updated_at)
  SELECT lower(hex(randomblob(16))), organisation, lower(organisation), lower(organisation), 'other', '${now}', '${now}'
  FROM staging GROUP BY organisation;
INSERT INTO people (id, full_name, sort_name, position, organisation_id, country_code, emails, created_at, updated_at)
  SELECT lower(hex(randomblob(16))), s.full_name, lower(s.full_name), s.position, o.id, c.code, json_array(s.email), '${now}', '${now}'
  FROM staging s LEFT JOIN organisations o ON o.name = s.organisation LEFT JOIN countries c ON c.name = s.country;
DROP TABLE staging;
COMMIT;
`,
    );

    const app = await openBenchApp(join(dir, 'app'));
    try {
      const input = {
        fileName: 'people.csv',
        base64: Buffer.from(csv).toString('base64'),
        mapping: ['fullName', 'position', 'organisation', 'country', 'email'],
      };
      const started = performance.now();
      const result = await app.dispatch('directoryImport.commit', input);
      const liaisonMs = performance.now() - started;
      if (!result.ok) throw new Error(result.error.message);
      return {
        people: options.people,
        liaisonMs,
        plainMs,
        sameSchemaMs,
        plainRatio: plainMs ? liaisonMs / plainMs : null,
        ratio: sameSchemaMs ? liaisonMs / sameSchemaMs : null,
        result: result.data,
      };
    } finally {
      app.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
