import type { Database } from 'better-sqlite3';
import { newId, nowIso } from '../../ids';

// [code, English name, own-language name]
const COUNTRIES: ReadonlyArray<readonly [string, string, string]> = [
  ['RO', 'Romania', 'România'],
  ['TR', 'Türkiye', 'Türkiye'],
  ['SI', 'Slovenia', 'Slovenija'],
];

export function up(db: Database): void {
  const insert = db.prepare(
    'INSERT INTO countries (id, code, name, local_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const now = nowIso();
  for (const [code, name, localName] of COUNTRIES) insert.run(newId(), code, name, localName, now, now);
}
