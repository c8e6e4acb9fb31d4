import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_LANGUAGES, type CallInput, type DocumentLanguage, type LiaisonEvent } from '../../src-shared/contract';
import type { LiaisonCore } from '../../src-main/core/app';
import { REPORT_WORDS, type ReportWords } from '../../src-main/core/documents/report-words';
import { call, openTestApp } from './helpers';

// ICU's thin and no-break spaces, as plain ones; a paragraph a line.
const spaces = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');
const textOf = (html: string) =>
  spaces(html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<\/p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'));

async function demo() {
  const core = await openTestApp();
  await call(core, 'system.loadDemo', {});
  const ninth = (await call(core, 'events.range', { from: '2024-05-20T00:00:00.000Z', to: '2024-05-23T00:00:00.000Z' })).find((e) => e.title.startsWith('9th meeting of the SELEC'))!;
  const tenth = (await call(core, 'events.range', { from: '2025-05-19T00:00:00.000Z', to: '2025-05-22T00:00:00.000Z' })).find((e) => e.title.startsWith('10th meeting of the SELEC'))!;
  return { core, ninth, tenth };
}

const report = async (core: LiaisonCore, eventId: string, language: DocumentLanguage, secondLanguage: DocumentLanguage | null = null) =>
  call(core, 'documents.html', { eventId, document: 'report', locale: 'en-GB', language, secondLanguage });

describe('the report after the meeting in the document’s language', () => {
  it('writes the demo’s 9th meeting in Romanian, Serbian Cyrillic, Greek, Turkish and Albanian: dates, countries, lists and counts in each', async () => {
    const { core, ninth } = await demo();
    const TITLE = '9th meeting of the SELEC Anti-Terrorism Task Force';
    const expected: Partial<Record<DocumentLanguage, { file: string; lines: string[] }>> = {
      ro: {
        file: `${TITLE} – raport`,
        lines: [
          'Raportul reuniunii',
          `Pe 21 mai 2024, ${TITLE}, cu Turcia în rolul de coordonator, a avut loc la Bucharest, la SELEC Headquarters.`,
          'Au participat delegațiile a 11 state membre: Albania, Bosnia și Herțegovina, Bulgaria, Grecia, Macedonia de Nord, Muntenegru, Republica Moldova, România, Serbia, Turcia și Ungaria.',
          'A participat, de asemenea, un partener operațional: U.S. Customs and Border Protection.',
          'Participanții au adoptat următoarele 2 concluzii și decizii:',
          'Anul înființării organismului SELEC Anti-Terrorism Task Force: 2003.',
        ],
      },
      'sr-Cyrl': {
        file: `${TITLE} – извештај`,
        lines: [
          'Извештај са састанка',
          `${TITLE} (координатор: Турска). Датум и место одржавања: 21. мај 2024., Bucharest, SELEC Headquarters.`,
          'Учествовало је 11 држава чланица: Албанија, Босна и Херцеговина, Бугарска, Грчка, Мађарска, Молдавија, Румунија, Северна Македонија, Србија, Турска и Црна Гора.',
          'Састанку је присуствовао и оперативни партнер U.S. Customs and Border Protection.',
          'Учесници су усвојили следеће закључке и одлуке (2):',
          'SELEC Anti-Terrorism Task Force – година оснивања: 2003.',
        ],
      },
      el: {
        file: `${TITLE} – έκθεση`,
        lines: [
          'Έκθεση της συνεδρίασης',
          `${TITLE} (συντονισμός: Τουρκία). Ημερομηνία και τόπος διεξαγωγής: 21 Μαΐου 2024, Bucharest, SELEC Headquarters.`,
          'Συμμετείχαν αντιπροσωπείες 11 κρατών μελών: Αλβανία, Βόρεια Μακεδονία, Βοσνία - Ερζεγοβίνη, Βουλγαρία, Ελλάδα, Μαυροβούνιο, Μολδαβία, Ουγγαρία, Ρουμανία, Σερβία και Τουρκία.',
          'Οι συμμετέχοντες ενέκριναν τα ακόλουθα συμπεράσματα και αποφάσεις (2):',
        ],
      },
      tr: {
        file: `${TITLE} – rapor`,
        lines: [
          'Toplantı raporu',
          `${TITLE} (koordinatör: Türkiye). Tarih ve yer: 21 Mayıs 2024, Bucharest, SELEC Headquarters.`,
          'Toplantıya 11 üye devletin heyetleri katıldı: Arnavutluk, Bosna-Hersek, Bulgaristan, Karadağ, Kuzey Makedonya, Macaristan, Moldova, Romanya, Sırbistan, Türkiye ve Yunanistan.',
          'Katılımcılar aşağıdaki 2 sonuç ve kararı kabul etti:',
        ],
      },
      sq: {
        file: `${TITLE} – raporti`,
        lines: [
          'Raporti i mbledhjes',
          `${TITLE} (koordinator: Turqi) u mbajt më 21 maj 2024 në Bucharest, në SELEC Headquarters.`,
          'Morën pjesë delegacionet e 11 shteteve anëtare: Bosnjë-Hercegovinë, Bullgari, Greqi, Hungari, Mal i Zi, Maqedonia e Veriut, Moldavi, Rumani, Serbi, Shqipëri dhe Turqi.',
          'Pjesëmarrësit miratuan 2 përfundime dhe vendime, si më poshtë:',
          'SELEC Anti-Terrorism Task Force – viti i themelimit: 2003.',
        ],
      },
    };
    for (const [language, { file, lines }] of Object.entries(expected) as Array<[DocumentLanguage, { file: string; lines: string[] }]>) {
      const { title, html } = await report(core, ninth.id, language);
      expect(title, language).toBe(file);
      expect(html, language).toContain(`<html lang="${language}">`);
      const text = textOf(html).split('\n');
      for (const line of lines) expect(text, `${language}: ${line}`).toContain(line);
      // No English sentence is left in it.
      expect(text.join('\n'), language).not.toMatch(/took part|attended|The agenda covered|Speakers included|was established|Report of the meeting/);
    }
    // Quoted topics and speakers joined with the language's "and", in its quotation marks.
    const greek = textOf((await report(core, ninth.id, 'el')).html);
    expect(greek).toContain('«Tour de table: good practices, success stories, challenges and lessons learned», «How cooperation');
    expect(greek).toMatch(/Ομιλητές: Mehmet Yıldırım \(TNP\), .* και Andreea Popescu-Marin \(SELEC\)\./);
  });

  it('marks the facts the record lacks in the language, and says what became of the previous meeting’s action items', async () => {
    const { core, ninth, tenth } = await demo();
    const serbian = await report(core, tenth.id, 'sr-Cyrl');
    expect(serbian.html).toContain('<mark class="missing">[није забележено: дневни ред]</mark>');
    const text = textOf(serbian.html);
    expect(text).toContain('Дневни ред: [није забележено: дневни ред].');
    expect(text).toContain('Закључци и одлуке: [није забележено: закључци и одлуке].');
    const actions = await call(core, 'actions.list', { show: 'all', eventId: ninth.id });
    const done = actions.filter((a) => a.status === 'done').map((a) => `„${a.title}“`);
    expect(done.length).toBe(2);
    expect(text).toContain(`Задаци са претходног састанка (9th meeting of the SELEC Anti-Terrorism Task Force), укупно 2 – извршени (2): ${done.join(' и ')}.`);

    // The venue and the city taken out of the record: Greek, Turkish and Albanian mark them, nothing stands in for them.
    const event = await call(core, 'events.get', { id: ninth.id });
    await call(core, 'events.update', { ...eventInput(event), venueName: '', venueCity: '' });
    expect(textOf((await report(core, ninth.id, 'el')).html)).toContain('21 Μαΐου 2024, [δεν έχει καταγραφεί: πόλη], [δεν έχει καταγραφεί: χώρος διεξαγωγής].');
    expect(textOf((await report(core, ninth.id, 'tr')).html)).toContain('Tarih ve yer: 21 Mayıs 2024, [kayıtlı değil: şehir], [kayıtlı değil: toplantı yeri].');
    const albanian = await report(core, ninth.id, 'sq');
    expect(textOf(albanian.html)).toContain('u mbajt më 21 maj 2024 në [nuk është regjistruar: qyteti], në [nuk është regjistruar: vendi i zhvillimit].');
    expect(albanian.html).not.toContain('SELEC Headquarters');
  });

  it('counts member states by the language’s plural forms: one, few and other in Serbian and Croatian, the dual in Slovenian', async () => {
    const core = await openTestApp();
    const countries = ['RO', 'BG', 'GR', 'TR', 'AL', 'RS'];
    const body = await call(core, 'bodies.create', { name: 'Task Force', members: countries.map((countryCode) => ({ countryCode })) });
    const people: Array<{ id: string }> = [];
    for (const countryCode of countries) people.push(await call(core, 'people.create', { fullName: `Delegate ${countryCode}`, countryCode }));
    const meetingOf = async (n: number) => {
      const event = await call(core, 'events.create', { title: `Meeting with ${n}`, bodyId: body.id, when: { allDay: true, start: `2026-0${n}-10`, end: `2026-0${n}-11`, timeZone: 'Europe/Sofia' }, venueCity: 'Sofia', venueName: 'NDK' });
      await call(core, 'roster.add', { eventId: event.id, personIds: people.slice(0, n).map((p) => p.id) });
      await call(core, 'roster.bulkUpdate', { ids: (await call(core, 'roster.list', { eventId: event.id })).rows.map((r) => r.id), attendance: 'attended' });
      return event.id;
    };
    const said = async (eventId: string, language: DocumentLanguage) => textOf((await report(core, eventId, language)).html).split('\n').find((line) => /^(Учеств|Sudjelov|Sestanka se|Sestanka sta|Sestanka so|Au participat|A participat|Delegations)/.test(line));
    const [one, two, three, five] = [await meetingOf(1), await meetingOf(2), await meetingOf(3), await meetingOf(5)];
    expect(await said(one, 'sr-Cyrl')).toBe('Учествовала је 1 држава чланица: Румунија.');
    expect(await said(three, 'sr-Cyrl')).toBe('Учествовале су 3 државе чланице: Бугарска, Грчка и Румунија.');
    expect(await said(five, 'sr-Cyrl')).toBe('Учествовало је 5 држава чланица: Албанија, Бугарска, Грчка, Румунија и Турска.');
    expect(await said(one, 'hr')).toBe('Sudjelovala je 1 država članica: Rumunjska.');
    expect(await said(three, 'hr')).toBe('Sudjelovale su 3 države članice: Bugarska, Grčka i Rumunjska.');
    expect(await said(five, 'hr')).toBe('Sudjelovalo je 5 država članica: Albanija, Bugarska, Grčka, Rumunjska i Turska.');
    expect(await said(two, 'sl')).toBe('Sestanka sta se udeležili 2 državi članici: Bolgarija in Romunija.');
    expect(await said(three, 'sl')).toBe('Sestanka so se udeležile 3 države članice: Bolgarija, Grčija in Romunija.');
    expect(await said(five, 'sl')).toBe('Sestanka se je udeležilo 5 držav članic: Albanija, Bolgarija, Grčija, Romunija in Turčija.');
    expect(await said(one, 'ro')).toBe('A participat delegația unui stat membru: România.');
    expect(await said(three, 'ro')).toBe('Au participat delegațiile a 3 state membre: Bulgaria, Grecia și România.');
    // English as it always was.
    expect(await said(one, 'en')).toBe('Delegations of 1 Member State took part: Romania.');
    expect(await said(five, 'en')).toBe('Delegations of 5 Member States took part: Albania, Bulgaria, Greece, Romania and Türkiye.');
    // A day range as the language writes one; a coordinator missing from the record, marked.
    const text = textOf((await report(core, one, 'sr-Latn')).html);
    expect(text).toContain('Meeting with 1 ([nije zabeleženo: koordinator]). Datum i mesto održavanja: 10.–11. januar 2026., Sofia, NDK.');
    expect(text).not.toMatch(/[\u0400-\u04FF]/);
  });

  it('goes out in two languages, each whole, and as Word with the marks highlighted', async () => {
    const { core, tenth } = await demo();
    const both = await report(core, tenth.id, 'en', 'el');
    expect(both.html).toContain('Report of the meeting / Έκθεση της συνεδρίασης');
    expect(both.html).toContain('<section class="report" lang="en">');
    expect(both.html).toContain('<section class="report" lang="el">');
    const text = textOf(both.html);
    expect(text).toContain('The agenda covered [the agenda not recorded].');
    expect(text).toContain('Ημερήσια διάταξη: [δεν έχει καταγραφεί: ημερήσια διάταξη].');

    const file = await call(core, 'documents.docx', { eventId: tenth.id, document: 'report', locale: 'en-GB', language: 'bg' });
    expect(file.fileName).toBe('10th meeting of the SELEC Anti-Terrorism Task Force – доклад.docx');
    const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    const words = spaces(xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n'));
    expect(words).toContain('Доклад от срещата');
    expect(words).toContain('10th meeting of the SELEC Anti-Terrorism Task Force (координатор: Турция) се проведе на 20 май 2025 г. в Bucharest (SELEC Headquarters).');
    expect(words).toContain('Дневен ред: [не е записано: дневен ред].');
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">\[не е записано: дневен ред\]/);
  });

  it('has every sentence in every language, with the slots English has', () => {
    const strings = (value: unknown, prefix = ''): Array<[string, string]> =>
      typeof value === 'string' ? [[prefix, value]] : Object.entries(value as object).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
    const slots = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
    const english = new Map(strings(REPORT_WORDS.en).map(([key, text]) => [key.replace(/\.(one|two|few|many|zero|=1)$/, '.other'), slots(text)]));
    for (const language of DOCUMENT_LANGUAGES) {
      const words: ReportWords = REPORT_WORDS[language];
      for (const [key, text] of strings(words)) {
        expect(text.trim(), `${language} ${key}`).not.toBe('');
        const plural = key.replace(/\.(one|two|few|many|zero|=1)$/, '.other');
        expect(english.has(plural), `${language} ${key}`).toBe(true);
        // A form for one may leave the count out ("Vorbitor: …"); it never adds a slot English lacks.
        for (const slot of slots(text)) expect(english.get(plural), `${language} ${key} {${slot}}`).toContain(slot);
      }
      for (const required of ['opening', 'terms.coordinator', 'missing', 'memberStates.other', 'topics', 'previous.other']) {
        const own = new Map(strings(words));
        expect(slots(own.get(required)!), `${language} ${required}`).toEqual(english.get(required));
      }
    }
    expect(JSON.stringify(REPORT_WORDS['sr-Latn'])).not.toMatch(/[\u0400-\u04FF]/);
  });
});

/** The event's own fields, as events.update takes them back. */
function eventInput(e: LiaisonEvent): CallInput<'events.update'> {
  return { id: e.id, title: e.title, kind: e.kind, status: e.status, when: e.when, bodyId: e.bodyId, seriesId: e.seriesId, venueName: e.venueName, venueCity: e.venueCity, venueCountryCode: e.venueCountryCode };
}
