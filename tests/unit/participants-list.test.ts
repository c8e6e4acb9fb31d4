import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { DocumentFile } from '../../src-shared/contract';
import { call, openTestApp } from './helpers';

const spaces = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');
const textOf = (html: string) => spaces(html.replace(/<[^>]+>/g, '\n').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&')).split('\n').map((l) => l.trim()).filter(Boolean);

async function docxLines(file: DocumentFile): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(Buffer.from(file.base64, 'base64'))).file('word/document.xml')!.async('string');
  return xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).filter(Boolean);
}

describe('the list of participants', () => {
  it('groups the demo’s 9th meeting as protocol wants it, and goes out as Word with contacts and the marking when asked', async () => {
    const core = await openTestApp();
    await call(core, 'system.loadDemo', {});
    const events = await call(core, 'events.range', { from: '2024-05-20T00:00:00.000Z', to: '2024-05-23T00:00:00.000Z' });
    const ninth = events.find((e) => e.title.startsWith('9th meeting of the SELEC Anti-Terrorism Task Force'))!;
    const input = { eventId: ninth.id, document: 'participants' as const, locale: 'en-GB' };
    const { title, html } = await call(core, 'documents.html', input);
    expect(title).toBe('9th meeting of the SELEC Anti-Terrorism Task Force – list of participants');
    const lines = textOf(html);
    // Member states first, alphabetically; then the operational partner; the organisers last.
    const groups = lines.filter((l) => ['Member States', 'Observers', 'Operational partners', 'International organisations', 'Other participants', 'Organisers'].includes(l));
    expect(groups).toEqual(['Member States', 'Operational partners', 'Organisers']);
    const sections = html.split('<section class="lop-group">').slice(1);
    const partsOf = (section: string) => [...section.matchAll(/<h3>([^<]+)<\/h3>/g)].map((m) => m[1]);
    expect(partsOf(sections[0]!)).toEqual(['Albania', 'Bosnia and Herzegovina', 'Bulgaria', 'Greece', 'Hungary', 'Moldova', 'Montenegro', 'North Macedonia', 'Romania', 'Serbia', 'Türkiye']);
    expect(partsOf(sections[1]!)).toEqual(['U.S. Customs and Border Protection']);
    expect(lines).toContain('U.S. Customs and Border Protection');
    expect(lines).toContain('Daniel Reyes');
    // No contact details unless asked; a handout list has no email.
    expect(html).not.toContain('@example.org');

    const internal = await call(core, 'documents.docx', { ...input, contacts: true, officialUse: true });
    expect(internal.fileName).toBe('9th meeting of the SELEC Anti-Terrorism Task Force – list of participants.docx');
    const words = await docxLines(internal);
    expect(words[0]).toBe('FOR OFFICIAL USE ONLY');
    expect(words).toContain('daniel.reyes@example.org');
    expect(words).toContain('EMAIL');
    // Word embeds its font, regular and bold: the names show on a machine that lacks Noto Sans.
    const zip = await JSZip.loadAsync(Buffer.from(internal.base64, 'base64'));
    const fontTable = await zip.file('word/fontTable.xml')!.async('string');
    expect(fontTable).toMatch(/<w:font w:name="Noto Sans">.*<w:embedRegular [^>]*r:id="[^"]+".*<w:embedBold [^>]*r:id="[^"]+"/s);
    const embedded = zip.file(/^word\/fonts\/.+\.odttf$/);
    expect(embedded).toHaveLength(2);
    // An obfuscated font keeps its size: each is the whole TrueType font, regular ~600 kB.
    for (const file of embedded) expect((await file.async('uint8array')).length).toBeGreaterThan(500_000);
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('w:ascii="Noto Sans"');

    // In Serbian: the groups and the countries in Serbian, in its alphabetical order.
    const serbian = textOf((await call(core, 'documents.html', { ...input, language: 'sr-Cyrl' })).html);
    expect(serbian).toContain('Државе чланице');
    expect(serbian).toContain('Оперативни партнери');
    expect(serbian).toContain('Србија');
  });
});
