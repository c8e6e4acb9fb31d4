import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { certainParts, sortNameOf } from '../../src-main/core/people/names';
import { applyKey } from '../../src-main/core/store/cipher';
import { migrations } from '../../src-main/core/store/migrations';
import { openStore, registerFunctions } from '../../src-main/core/store/open';
import { call, openTestApp, tempDir, TEST_KEY } from './helpers';

describe('names in parts', () => {
  it('splits a name only where the split is certain, and sorts past the titles in front', () => {
    expect(certainParts('Marko Petrović')).toEqual({ givenNames: 'Marko', familyName: 'Petrović' });
    expect(certainParts('Νίκος Αλεξίου')).toEqual({ givenNames: 'Νίκος', familyName: 'Αλεξίου' });
    expect(certainParts('Драган Јовановић')).toEqual({ givenNames: 'Драган', familyName: 'Јовановић' });
    expect(certainParts('Ana-Maria Popescu')).toEqual({ givenNames: 'Ana-Maria', familyName: 'Popescu' });
    for (const unsure of ['Ayşe Nur Yılmaz', 'PETROVIĆ Marko', 'van Dijk', 'Col. Petrović', 'J. Smith', 'Secretariat', 'Dr Popescu']) expect(certainParts(unsure), unsure).toBeNull();
    expect(sortNameOf('Col. Marko Petrović')).toBe('marko petrovic');
    expect(sortNameOf('Dr. Ana Ionescu')).toBe('ana ionescu');
    expect(sortNameOf('пуковник Драган Јовановић')).toBe('драган јовановић');
    expect(sortNameOf('Chief Ana Ionescu', 'Chief Inspector')).toBe('ana ionescu');
    // A name that is only a title word stays itself.
    expect(sortNameOf('Major')).toBe('major');
  });

  it('migration 13 adds the parts, fills them where certain, and sorts existing names past their titles', async () => {
    const path = join(tempDir(), 'old.sqlite');
    const old = new Database(path);
    applyKey(old, TEST_KEY);
    registerFunctions(old);
    for (const m of migrations.filter((m) => m.version <= 12)) {
      m.up(old);
      old.pragma(`user_version = ${m.version}`);
    }
    const insert = old.prepare(
      "INSERT INTO people (id, full_name, sort_name, created_at, updated_at) VALUES (?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
    );
    insert.run('a', 'Marko Petrović', 'marko petrovic');
    insert.run('b', 'Col. Ion Popescu', 'col. ion popescu');
    insert.run('c', 'Ayşe Nur Yılmaz', 'ayse nur yılmaz');
    old.close();

    const db = await openStore(path, { key: TEST_KEY });
    const rows = db.prepare('SELECT id, full_name, given_names, family_name, honorific, sort_name FROM people ORDER BY sort_name').all();
    expect(rows).toEqual([
      { id: 'c', full_name: 'Ayşe Nur Yılmaz', given_names: '', family_name: '', honorific: '', sort_name: 'ayse nur yılmaz' },
      { id: 'b', full_name: 'Col. Ion Popescu', given_names: '', family_name: '', honorific: '', sort_name: 'ion popescu' },
      { id: 'a', full_name: 'Marko Petrović', given_names: 'Marko', family_name: 'Petrović', honorific: '', sort_name: 'marko petrovic' },
    ]);
    db.close();
  });

  it('keeps the parts a person is given, sorts by the name past the title, and the directory import maps first and last name and the other script', async () => {
    const core = await openTestApp();
    const marko = await call(core, 'people.create', {
      fullName: 'Col. Marko Petrović',
      honorific: 'Col.',
      givenNames: 'Marko',
      familyName: 'Petrović',
      postNominals: 'PhD',
      otherScriptName: 'Марко Петровић',
    });
    expect(marko).toMatchObject({ honorific: 'Col.', givenNames: 'Marko', familyName: 'Petrović', postNominals: 'PhD', otherScriptName: 'Марко Петровић' });
    await call(core, 'people.create', { fullName: 'Bogdan Ilić' });
    await call(core, 'people.create', { fullName: 'Nikola Zorić' });
    const list = await call(core, 'people.list', { sort: 'name' });
    expect(list.rows.map((p) => p.fullName)).toEqual(['Bogdan Ilić', 'Col. Marko Petrović', 'Nikola Zorić']);

    const csv = 'First name,Last name,Title,Name in Cyrillic\nDragan,Jovanović,pukovnik,Драган Јовановић\n';
    const base64 = Buffer.from(csv).toString('base64');
    const read = await call(core, 'directoryImport.read', { fileName: 'people.csv', base64 });
    expect(read.suggestedMapping).toEqual(['firstName', 'lastName', 'honorific', 'otherScriptName']);
    await call(core, 'directoryImport.commit', { fileName: 'people.csv', base64, mapping: read.suggestedMapping, decisions: [] });
    const dragan = (await call(core, 'people.list', { search: 'jovanovic' })).rows[0]!;
    expect(dragan).toMatchObject({ fullName: 'Dragan Jovanović', givenNames: 'Dragan', familyName: 'Jovanović', honorific: 'pukovnik', otherScriptName: 'Драган Јовановић' });
  });
});
