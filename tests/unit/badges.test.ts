import { describe, expect, it } from 'vitest';
import { fitSize } from '../../src-main/core/documents/badges';
import { call, callError, openTestApp } from './helpers';

describe('name badges and table cards', () => {
  it('makes a badge per participant in protocol order, the family name on its own line, long names smaller; a card per delegation', async () => {
    const core = await openTestApp();
    await call(core, 'system.loadDemo', {});
    const events = await call(core, 'events.range', { from: '2024-05-20T00:00:00.000Z', to: '2024-05-23T00:00:00.000Z' });
    const ninth = events.find((e) => e.title.startsWith('9th meeting of the SELEC Anti-Terrorism Task Force'))!;
    const input = { eventId: ninth.id, locale: 'en-GB' };
    const { title, html } = await call(core, 'documents.html', { ...input, document: 'badges' });
    expect(title).toBe('9th meeting of the SELEC Anti-Terrorism Task Force – name badges');
    const badges = html.split('<div class="badge">').slice(1);
    const roster = await call(core, 'roster.list', { eventId: ninth.id });
    expect(badges).toHaveLength(roster.rows.filter((r) => r.attendance === 'attended').length);
    // Albania first; its head of delegation, whose name has parts: the family name in capitals below.
    expect(badges[0]).toContain('<div class="first n26">Arben</div><div class="family n26">HOXHA</div>');
    expect(badges[0]).toContain('<div class="country">Albania</div>');
    expect(badges[0]).toContain('<div class="role">Head of delegation</div>');
    // Capitals by the name's own language: Greek without its accents, Turkish with its dotted İ.
    expect(html).toContain('>ΠΑΠΑΔΟΠΟΥΛΟΣ</div>');
    expect(html).not.toContain('ΠΑΠΑΔΌΠΟΥΛΟΣ');
    // A long name shrinks to fit the badge, never below 12 pt.
    expect(fitSize(8, 215, 26, 12)).toBe(26);
    expect(fitSize(12, 215, 26, 12, true)).toBeLessThan(22);
    expect(fitSize(30, 215, 26, 12)).toBe(12);

    const cards = await call(core, 'documents.html', { ...input, document: 'cards' });
    const names = [...cards.html.matchAll(/<div class="c[\d_]+">([^<]+)<\/div>/g)].map((m) => m[1]);
    expect(names).toContain('Türkiye');
    expect(names).toContain('U.S. Customs and Border Protection');
    expect(names.indexOf('Albania')).toBe(0);
    // In Greek, the countries in Greek.
    const greek = await call(core, 'documents.html', { ...input, document: 'cards', language: 'el' });
    expect(greek.html).toContain('Αλβανία');

    expect((await callError(core, 'documents.docx', { ...input, document: 'badges' })).message).toContain('printed, not written to Word');
  });
});
