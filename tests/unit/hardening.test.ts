import { describe, expect, it } from 'vitest';
import type { Project } from '../../src-shared/contract';
import { call, callError, openTestApp, snapshot } from './helpers';

const nested = (depth: number) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

describe('inputs that used to escape as 500 or a wrong error', () => {
  it('refuses a malformed or empty locale on the project report, as on documents', async () => {
    const core = await openTestApp();
    const project = await call<Project>(core, 'projects.create', { acronym: 'ATHENA 2', title: 'Athena', startsOn: '2025-10-01', endsOn: '2027-09-30' });
    for (const locale of ['en_GB', '', 'not a locale!']) {
      for (const name of ['projects.reportHtml', 'projects.reportPdf']) {
        const error = await callError(core, name, { id: project.id, today: '2026-11-22', locale });
        expect(error, `${name} ${locale}`).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: 'locale' }] } });
      }
    }
    const event = await call<{ id: string }>(core, 'events.create', {
      title: 'Workshop', when: { allDay: false, start: '2026-04-14T09:00', end: '2026-04-14T13:00', timeZone: 'Europe/Bucharest' },
    });
    const documents = await callError(core, 'documents.html', { eventId: event.id, document: 'agenda', locale: 'en_GB' });
    expect(documents).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: 'locale' }] } });
    const { html } = await call<{ html: string }>(core, 'projects.reportHtml', { id: project.id, today: '2026-11-22', locale: 'ro-RO' });
    expect(html).toContain('ATHENA 2');
  });

  it('refuses a preference nested too deep or too large, on the value, and stores nothing', async () => {
    const core = await openTestApp();
    const before = snapshot(core);
    for (const value of [nested(5000), nested(2000), nested(33), { big: 'x'.repeat(70_000) }, { many: Array.from({ length: 20_000 }, () => 'abcd') }]) {
      const error = await callError(core, 'settings.set', { key: 'calendar.filter', value });
      expect(error).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: 'value' }] } });
    }
    expect(snapshot(core)).toEqual(before);
    await call(core, 'settings.set', { key: 'calendar.filter', value: nested(31) });
    expect(await call(core, 'settings.get', { key: 'calendar.filter' })).toEqual({ value: nested(31) });
  });
});
