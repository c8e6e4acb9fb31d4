import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { CallInput, LiaisonEvent } from '../../src-shared/contract';
import { call, openTestApp } from './helpers';

// ICU's thin and no-break spaces, as plain ones.
const spaces = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');
const textOf = (html: string) => spaces(html.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'));

describe('the report after the meeting', () => {
  it('drafts the demo’s 9th meeting of the Anti-Terrorism Task Force from the record alone, and marks what the record lacks', async () => {
    const core = await openTestApp();
    await call(core, 'system.loadDemo', {});
    const events = await call(core, 'events.range', { from: '2024-05-20T00:00:00.000Z', to: '2024-05-23T00:00:00.000Z' });
    const ninth = events.find((e) => e.title.startsWith('9th meeting of the SELEC Anti-Terrorism Task Force'))!;
    expect(ninth).toBeDefined();
    const input = { eventId: ninth.id, document: 'report' as const, locale: 'en-GB' };
    const { title, html } = await call(core, 'documents.html', input);
    expect(title).toBe('9th meeting of the SELEC Anti-Terrorism Task Force – report');
    const text = textOf(html);
    expect(text).toContain('On the 21st of May 2024, the 9th meeting of the SELEC Anti-Terrorism Task Force, coordinated by');
    expect(text).toMatch(/coordinated by (Republic of )?Türkiye, took place in Bucharest, at the SELEC Headquarters\./);
    expect(text).toContain('Operational partners like U.S. Customs and Border Protection also attended the meeting.');
    expect(text).toMatch(/Delegations of \d+ Member States took part: /);
    expect(text).toContain('The participants agreed the following 2 conclusions and decisions:');
    expect(text).toContain('The SELEC Anti-Terrorism Task Force was established in 2003.');

    // The 10th meeting's report says what became of the 9th meeting's action items.
    const tenth = (await call(core, 'events.range', { from: '2025-05-19T00:00:00.000Z', to: '2025-05-22T00:00:00.000Z' })).find((e) => e.title.startsWith('10th meeting'))!;
    const ninthActions = await call(core, 'actions.list', { show: 'all', eventId: ninth.id });
    const done = ninthActions.filter((a) => a.status === 'done');
    const tenthText = textOf((await call(core, 'documents.html', { eventId: tenth.id, document: 'report', locale: 'en-GB' })).html);
    expect(tenthText).toContain(`Of the ${ninthActions.length} action items of the 9th meeting of the SELEC Anti-Terrorism Task Force, ${done.length} were completed (“${done[0]!.title}”`);

    // A fact taken out of the record leaves the draft, marked as missing; nothing stands in for it.
    const event = await call(core, 'events.get', { id: ninth.id });
    await call(core, 'events.update', { ...eventInput(event), venueName: '' });
    const without = textOf((await call(core, 'documents.html', input)).html);
    expect(without).not.toContain('SELEC Headquarters');
    expect(without).toContain('took place in Bucharest, at [the venue not recorded].');
    // In another language, the same fact marked in that language.
    expect(textOf((await call(core, 'documents.html', { ...input, language: 'ro' })).html)).toContain('a avut loc la Bucharest, la [lipsă din evidență: locul de desfășurare].');

    // The same draft as Word, read back from the .docx.
    const file = await call(core, 'documents.docx', input);
    expect(file.fileName).toBe('9th meeting of the SELEC Anti-Terrorism Task Force – report.docx');
    const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    const words = xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n');
    expect(words).toContain('took place in Bucharest, at [the venue not recorded].');
    expect(words).toContain('Operational partners like U.S. Customs and Border Protection also attended the meeting.');
    expect(xml).toContain('<w:highlight w:val="yellow"/>');
  });
});

/** The event's own fields, as events.update takes them back. */
function eventInput(e: LiaisonEvent): CallInput<'events.update'> {
  return { id: e.id, title: e.title, kind: e.kind, status: e.status, when: e.when, bodyId: e.bodyId, seriesId: e.seriesId, venueName: e.venueName, venueCity: e.venueCity, venueCountryCode: e.venueCountryCode };
}
