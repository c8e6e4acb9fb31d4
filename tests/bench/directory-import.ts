import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../../src-main/core/app';
import { prng } from './generate';

export const IMPORT_TARGET_RATIO = 3;

const FIRST = ['Ana', 'Boštjan', 'Ioana', 'Mehmet', 'Νίκος', 'Иван', 'Elira', 'Gábor', 'Marija', 'Dragan', 'Ayşe', 'Petar'];
const LAST = ['Petrović', 'Stănescu', 'Kovačević', 'Yılmaz', 'Παπαδόπουλος', 'Иванов', 'Hoxha', 'Szabó', 'Novak', 'Marin'];
const COUNTRIES = ['Romania', 'Bulgaria', 'Türkiye', 'Greece', 'Serbia', 'Slovenia', 'Albania', 'Hungary', 'Croatia', 'Moldova'];

/**
 * Imports N people from one semicolon CSV through `directoryImport.commit`, and the same file
 * with sqlite3's own `.import` into a plain table, in one run: the ratio is Liaison's price
 * for validation, de-duplication, organisations and the search index.
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

    let sqlite3Ms: number | null = null;
    if (spawnSync('sqlite3', ['-version']).status === 0) {
      const db = join(dir, 'plain.sqlite');
      execFileSync('sqlite3', [db, 'CREATE TABLE people (full_name TEXT, position TEXT, organisation TEXT, country TEXT, email TEXT);']);
      const started = performance.now();
      execFileSync('sqlite3', [db, '-cmd', '.separator ";"', `.import --skip 1 ${file} people`]);
      sqlite3Ms = performance.now() - started;
    }

    const app = await openApp({ dataDir: join(dir, 'app'), transport: 'loopback', appVersion: 'bench' });
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
      return { people: options.people, liaisonMs, sqlite3Ms, ratio: sqlite3Ms ? liaisonMs / sqlite3Ms : null, result: result.data };
    } finally {
      app.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
