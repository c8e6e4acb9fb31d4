import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppErrorData } from '../../src-shared/errors';
import { loadLanguage, translateIssue } from '../../src-renderer/i18n';
import { LANGUAGES } from '../../src-renderer/i18n/languages';
import { toAppError } from '../../src-renderer/lib/client';
import { formatDay } from '../../src-renderer/lib/format';
import { call, callError, openTestApp } from './helpers';

const DIR = fileURLToPath(new URL('../../src-renderer/i18n', import.meta.url));
const catalog = (code: string) => JSON.parse(readFileSync(join(DIR, code, 'issues.json'), 'utf8')) as Record<string, string>;
const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name]!);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
const language = (code: string) => LANGUAGES.find((l) => l.code === code)!;

const STALE = '{{what}} was changed elsewhere after you opened it. Reload to see the latest version.';
const LOCKED = 'This day is in a period issued to the donor on {{date}} ({{from}} to {{to}}). Reopen the period with a reason first.';

afterEach(() => loadLanguage(LANGUAGES[0]!));

/** Refusals the core really gives: each is produced by a call, not written here. */
async function refusals() {
  const core = await openTestApp();
  const bostjan = { fullName: 'Boštjan Kranjc', countryCode: 'SI' };
  const person = await call(core, 'people.create', bostjan);
  const stalePerson = await callError(core, 'people.update', { ...bostjan, id: person.id, position: 'Director', expectedUpdatedAt: '2000-01-01T00:00:00.000Z' });

  const event = await call(core, 'events.create', { title: 'Workshop', kind: 'workshop', when: { allDay: false, start: '2026-03-10T09:00', end: '2026-03-10T17:00', timeZone: 'Europe/Bucharest' } });
  await call(core, 'roster.add', { eventId: event.id, personIds: [person.id] });
  const [participant] = (await call(core, 'roster.list', { eventId: event.id })).rows;
  const staleParticipation = await callError(core, 'roster.update', {
    id: participant!.id, role: 'speaker', representingCountryCode: 'SI', representingOrgId: null, invitation: 'confirmed', attendance: null, expectedUpdatedAt: '2000-01-01T00:00:00.000Z',
  });

  const project = await call(core, 'projects.create', { acronym: 'ATHENA 2', title: 'ATHENA 2', startsOn: '2025-10-01', endsOn: '2027-09-30', partners: [] });
  const patrols = await call(core, 'indicators.create', { projectId: project.id, name: 'Joint patrols', unit: 'patrols', target: 24 });
  const entry = await call(core, 'entries.create', { indicatorId: patrols.id, occurredOn: '2025-11-14', count: 2 });
  const staleEntry = await callError(core, 'entries.update', { id: entry.id, indicatorId: patrols.id, occurredOn: '2025-11-14', count: 3, expectedUpdatedAt: '2000-01-01T00:00:00.000Z' });
  await call(core, 'projects.issueReport', { id: project.id, today: '2026-01-08', from: '2025-10-01', to: '2025-12-31', issuedBy: 'Ana Popescu' });
  const locked = await callError(core, 'entries.create', { indicatorId: patrols.id, occurredOn: '2025-12-20', count: 1 });

  await call(core, 'people.delete', { id: person.id });
  const missing = await callError(core, 'people.get', { id: person.id });

  const csv = Buffer.from('Name,Also name\nAna Popescu,Ana\n').toString('base64');
  const mappedTwice = await callError(core, 'directoryImport.preview', {
    fileName: 'people.csv', base64: csv, mapping: ['fullName', 'fullName'], defaults: { countryCode: null, organisationId: null }, corrections: [],
  });
  return { stalePerson, staleParticipation, staleEntry, locked, missing, mappedTwice };
}

describe('the main process’s refusals, which it writes in English, in the interface language', () => {
  it('come from the core in English, and show as written in English', async () => {
    const errors = await refusals();
    expect(errors.stalePerson).toMatchObject({ code: 'conflict', message: fill(STALE, { what: 'Boštjan Kranjc' }) });
    expect(errors.staleParticipation.message).toBe(fill(STALE, { what: 'The participation of Boštjan Kranjc' }));
    expect(errors.staleEntry.message).toBe(fill(STALE, { what: 'This entry' }));
    expect(errors.locked.message).toBe(fill(LOCKED, { date: '2026-01-08', from: '2025-10-01', to: '2025-12-31' }));
    expect(errors.missing).toMatchObject({ code: 'not_found', message: 'Person not found' });
    expect(errors.mappedTwice.message).toBe('Only one column can be mapped to Full name');
    const { locked, ...rest } = errors;
    for (const error of Object.values(rest)) expect(toAppError(error).message).toBe(error.message);
    // English words its own catalog's way where it has one: the dates as the interface writes them.
    expect(toAppError(locked).message).toBe(fill(catalog('en')[LOCKED]!, { date: formatDay('2026-01-08'), from: formatDay('2025-10-01'), to: formatDay('2025-12-31') }));
  });

  for (const code of ['ro', 'sr-Cyrl']) {
    it(`show in ${code} through toAppError, the one place the interface reads an error from: message, field messages, the nouns and names they carry`, async () => {
      const errors = await refusals();
      await loadLanguage(language(code));
      const own = catalog(code);
      const shown = (error: AppErrorData) => toAppError(error).message;

      expect(shown(errors.stalePerson)).toBe(fill(own[STALE]!, { what: 'Boštjan Kranjc' }));
      // A pattern inside a pattern: the participation's own words are translated, the name kept.
      expect(shown(errors.staleParticipation)).toBe(fill(own[STALE]!, { what: fill(own['The participation of {{name}}']!, { name: 'Boštjan Kranjc' }) }));
      expect(shown(errors.staleEntry)).toBe(fill(own[STALE]!, { what: own['This entry']! }));
      expect(shown(errors.missing)).toBe(fill(own['{{what}} not found']!, { what: own['Person']! }));
      const lockedText = fill(own[LOCKED]!, { date: formatDay('2026-01-08'), from: formatDay('2025-10-01'), to: formatDay('2025-12-31') });
      expect(shown(errors.locked)).toBe(lockedText);
      expect(toAppError(errors.locked).details?.issues).toEqual([{ path: 'occurredOn', message: lockedText }]);
      expect(shown(errors.mappedTwice)).toBe(fill(own['Only one column can be mapped to {{target}}']!, { target: own['Full name']! }));
      expect(toAppError(errors.mappedTwice).details?.issues?.[0]?.message).toBe(fill(own['{{target}} is mapped twice']!, { target: own['Full name']! }));
      for (const error of Object.values(errors)) expect(shown(error)).not.toBe(error.message);
      // The code is untouched: screens decide by it (a conflict offers to reload).
      expect(toAppError(errors.stalePerson).code).toBe('conflict');
    });
  }

  it('has every key and pattern of the English issues catalog in every catalog, with the same placeholders, each pattern once', () => {
    const english = catalog('en');
    const problems: string[] = [];
    for (const key of Object.keys(english)) {
      const names = placeholders(key);
      // A pattern naming a value twice could not become one regular expression.
      if (new Set(names).size !== names.length) problems.push(`en: ${key} names a value twice`);
    }
    for (const { code } of LANGUAGES.filter((l) => l.code !== 'en')) {
      const own = catalog(code);
      for (const key of Object.keys(english)) {
        const text = own[key];
        if (!text?.trim()) problems.push(`${code}: ${key} is missing`);
        else if ([...placeholders(text)].sort().join() !== [...new Set(placeholders(key))].sort().join()) problems.push(`${code}: ${key} has other placeholders: ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('matches every pattern of the English catalog in every language: a message filled with values comes back in that language’s words', async () => {
    const patterns = Object.keys(catalog('en')).filter((key) => key.includes('{{'));
    const problems: string[] = [];
    for (const { code } of LANGUAGES) {
      await loadLanguage(language(code));
      const own = code === 'en' ? catalog('en') : catalog(code);
      for (const key of patterns) {
        const values = Object.fromEntries(placeholders(key).map((name, i) => [name, `V${i + 1}`]));
        const translated = translateIssue(fill(key, values));
        if (translated !== fill(own[key]!, values)) problems.push(`${code}: ${key} → ${translated}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
