import { describe, expect, it } from 'vitest';
import type { ImportTarget } from '../../src-shared/contract';
import { call, openTestApp } from './helpers';

const COUNTRIES = ['HR', 'Slovenija', 'Србија', 'Ελλάδα', 'Romania', 'BG', 'Türkiye', 'Albania'];

/** A directory file of `count` people in 100 organisations, the last tenth repeating earlier emails of the directory. */
function directoryCsv(count: number): string {
  const lines = ['Ime i prezime;E-mail;Država;Institucija;Telefon;Jezici'];
  for (let i = 0; i < count; i++) {
    lines.push(`Osoba ${i} Šarić;osoba.${i}@example.org;${COUNTRIES[i % COUNTRIES.length]};Agencija ${i % 100};+385 1 ${100000 + i};hr en`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

describe('directory import in bulk', () => {
  it('previews and commits 10,000 rows in one transaction', { timeout: 60_000 }, async () => {
    const core = await openTestApp();
    const file = { fileName: 'big.csv', base64: Buffer.from(directoryCsv(10_000)).toString('base64') };
    const mapping: ImportTarget[] = ['fullName', 'email', 'country', 'organisation', 'phone', 'languages'];

    let started = performance.now();
    const preview = await call(core, 'directoryImport.preview', { ...file, mapping });
    const previewMs = performance.now() - started;
    expect(preview.counts).toEqual({ create: 10_000, merge: 0, skip: 0, error: 0 });

    started = performance.now();
    const result = await call(core, 'directoryImport.commit', { ...file, mapping });
    const commitMs = performance.now() - started;
    expect(result).toEqual({ created: 10_000, merged: 0, skipped: 0, organisationsCreated: 100 });
    expect((await call(core, 'people.list', { search: 'Šarić', limit: 1 })).total).toBe(10_000);

    // A second import of the same file merges every row into the people it created.
    started = performance.now();
    const again = await call(core, 'directoryImport.commit', { ...file, mapping });
    const mergeMs = performance.now() - started;
    expect(again).toEqual({ created: 0, merged: 10_000, skipped: 0, organisationsCreated: 0 });
    console.info(`10,000 rows: preview ${previewMs.toFixed(0)} ms, commit ${commitMs.toFixed(0)} ms, re-import as merges ${mergeMs.toFixed(0)} ms`);
  });

  it('rebuilds the indexes it set aside for a large import, and restores them when the import fails', { timeout: 60_000 }, async () => {
    const core = await openTestApp();
    const schema = () => core.db.prepare("SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ('people', 'people_fts') ORDER BY name").all();
    const before = schema();
    const mapping: ImportTarget[] = ['fullName', 'email', 'country', 'organisation', 'phone', 'languages'];
    const file = (csv: string) => ({ fileName: 'big.csv', base64: Buffer.from(csv).toString('base64') });

    // The last row merges into someone who would then have eleven emails: the whole import is refused.
    const owner = await call(core, 'people.create', {
      fullName: 'Mira Šarić',
      emails: Array.from({ length: 10 }, (_, i) => `mira.${i}@example.org`),
    });
    const failing = `${directoryCsv(3_000).trimEnd()}\r\nMira Šarić;mira.0@example.org new.mira@example.org;HR;;;\r\n`;
    await expect(call(core, 'directoryImport.commit', { ...file(failing), mapping })).rejects.toThrow(/more than 10 emails/);
    expect(schema()).toEqual(before);
    expect((await call(core, 'people.list', { limit: 1 })).total).toBe(1);

    await call(core, 'directoryImport.commit', { ...file(directoryCsv(3_000)), mapping });
    expect(schema()).toEqual(before);
    // Found through the rebuilt search index, in Latin folded form and by email.
    expect((await call(core, 'people.list', { search: 'saric', limit: 1 })).total).toBe(3_001);
    expect((await call(core, 'people.list', { search: 'osoba.2999@example.org' })).rows[0]?.fullName).toBe('Osoba 2999 Šarić');
    expect(core.db.prepare("SELECT count(*) AS n FROM people_fts").get()).toEqual({ n: 3_001 });
    expect(core.db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(owner.id).toBeTruthy();
  });
});
