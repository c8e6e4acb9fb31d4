import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStore, openStore, type Store } from '../../src-main/core/store/open';
import { TEST_KEY } from './helpers';

interface CountryRow {
  code: string;
  name: string;
  local_name: string;
}

describe('migration 0002: countries', () => {
  let dir: string;
  let db: Store;
  let rows: CountryRow[];
  const byCode = (code: string) => rows.find((r) => r.code === code);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'liaison-countries-'));
    db = await openStore(join(dir, 'liaison.sqlite'), { key: TEST_KEY });
    rows = db.prepare('SELECT code, name, local_name FROM countries ORDER BY code').all() as CountryRow[];
  });

  afterAll(() => {
    closeStore(db);
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds every ISO 3166-1 alpha-2 code plus Kosovo', () => {
    expect(rows.length).toBeGreaterThanOrEqual(250);
    const codes = rows.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(byCode('XK')?.name).toBe('Kosovo');
  });

  it('has a name and a local name for every row', () => {
    for (const r of rows) {
      expect(r.name.trim(), r.code).not.toBe('');
      expect(r.local_name.trim(), r.code).not.toBe('');
      expect(r.name, r.code).toBe(r.name.trim());
    }
  });

  it('uses current English names', () => {
    expect(byCode('TR')).toMatchObject({ name: 'Türkiye', local_name: 'Türkiye' });
    expect(byCode('MK')?.name).toBe('North Macedonia');
    expect(byCode('CZ')?.name).toBe('Czechia');
    expect(byCode('SZ')?.name).toBe('Eswatini');
    expect(byCode('CI')?.name).toBe("Côte d'Ivoire");
    expect(byCode('US')?.name).toBe('United States');
  });

  it('writes local names in their own script', () => {
    expect(byCode('MK')?.local_name).toBe('Северна Македонија');
    expect(byCode('MK')?.local_name).toMatch(/^[\p{Script=Cyrillic}\s]+$/u);
    expect(byCode('RS')?.local_name).toBe('Србија');
    expect(byCode('BG')?.local_name).toBe('България');
    expect(byCode('UA')?.local_name).toBe('Україна');
    expect(byCode('GR')?.local_name).toMatch(/^\p{Script=Greek}+$/u);
    expect(byCode('CY')?.local_name).toBe('Κύπρος');
    expect(byCode('GE')?.local_name).toMatch(/^\p{Script=Georgian}+$/u);
    expect(byCode('HU')?.local_name).toBe('Magyarország');
    expect(byCode('AL')?.local_name).toBe('Shqipëria');
    expect(byCode('BE')?.local_name).toBe('België / Belgique');
    expect(byCode('CH')?.local_name).toBe('Schweiz / Suisse / Svizzera');
  });

  it('covers every SELEC member state', () => {
    for (const code of ['AL', 'BA', 'BG', 'GR', 'HU', 'MK', 'MD', 'ME', 'RO', 'RS', 'TR']) {
      expect(byCode(code), code).toBeDefined();
    }
  });

  it('is stored in Unicode NFC, so searches and comparisons match what people type', () => {
    for (const r of rows) {
      expect(r.name, r.code).toBe(r.name.normalize('NFC'));
      expect(r.local_name, r.code).toBe(r.local_name.normalize('NFC'));
    }
  });
});
