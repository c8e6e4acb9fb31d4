import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { CallInput, DocumentFile, DocumentKind } from '../../src-shared/contract';
import type { LiaisonCore } from '../../src-main/core/app';
import { escapeHtml } from '../../src-main/core/documents/html';
import { clock } from '../../src-main/core/documents/model';
import { clean, safeFileName } from '../../src-main/core/files';
import { call, callError, openTestApp, tempDir, TEST_KDF, TEST_PASSPHRASE } from './helpers';
import { openApp } from '../../src-main/core/app';

const XSS = '<img src=x onerror=alert(1)>';
const ANA = 'Ana "<b>" Petrović';

/** The two-day meeting of the agenda tests, with speakers from organisations and an item titled like an attack. */
async function meeting(core: LiaisonCore) {
  const body = await call(core, 'bodies.create', { name: 'Anti-Terrorism Task Force', acronym: 'ATTF' });
  const series = await call(core, 'series.create', { bodyId: body.id, name: 'meeting of the ATTF', eventKind: 'task_force_meeting', firstNumber: 9 });
  const event = await call(core, 'events.create', {
    seriesId: series.id,
    when: { allDay: false, start: '2026-04-14T09:00', end: '2026-04-15T13:00', timeZone: 'Europe/Bucharest' },
    venueName: 'Palace of the Parliament',
    venueCity: 'Bucharest',
    venueCountryCode: 'RO',
  });
  const selec = await call(core, 'organisations.create', { name: 'Southeast European Law Enforcement Center', acronym: 'SELEC' });
  const police = await call(core, 'organisations.create', { name: 'General Inspectorate of Romanian Police' });
  const ana = await call(core, 'people.create', { fullName: ANA, countryCode: 'RS', organisationId: selec.id });
  const ion = await call(core, 'people.create', { fullName: 'Ion Popescu', countryCode: 'RO', organisationId: police.id });
  const eva = await call(core, 'people.create', { fullName: 'Eva Novak' });

  let agenda = await call(core, 'agenda.addSession', { eventId: event.id, day: '2026-04-14', title: 'Opening session' });
  const opening = agenda.days[0]!.sessions[0]!.id;
  const add = async (sessionId: string, fields: Omit<CallInput<'agenda.addItem'>, 'sessionId'>) => {
    agenda = await call(core, 'agenda.addItem', { sessionId, addSpeakersToRoster: true, ...fields });
  };
  await add(opening, { title: 'Welcome address', kind: 'opening', durationMin: 15, speakerIds: [ion.id] });
  await add(opening, { title: XSS, kind: 'presentation', durationMin: 45, description: 'Trends in 2025\nand what comes next', speakerIds: [ana.id, eva.id] });
  await add(opening, { title: 'Coffee break', kind: 'break', durationMin: 30 });
  agenda = await call(core, 'agenda.addSession', { eventId: event.id, day: '2026-04-15', title: 'Closing session' });
  const closing = agenda.days[1]!.sessions[0]!.id;
  await add(closing, { title: 'Conclusions & next steps', kind: 'closing', durationMin: 60, speakerIds: [ana.id] });
  return { body, event, agenda, people: { ana, ion, eva } };
}

const input = (eventId: string, locale = 'en-GB', document: DocumentKind = 'agenda') => ({ eventId, document, locale });

// ICU puts thin and no-break spaces in dates ("14 – 15"); the tests write plain ones.
const spaces = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');
const getHtml = async (core: LiaisonCore, args: CallInput<'documents.html'>) => {
  const result = await call(core, 'documents.html', args);
  return { ...result, html: spaces(result.html) };
};

/** The core's own services on its database, with the body source the header takes its acronym from. */
/** The text of word/document.xml, runs joined per paragraph, XML entities left as stored. */
async function docxText(file: DocumentFile): Promise<{ xml: string; text: string }> {
  const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
  return { xml, text };
}

const unescapeXml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

describe('documents', () => {
  it('writes the agenda as a standalone page: header, days, sessions, times, kinds and speakers', async () => {
    const core = await openTestApp();
    const { event } = await meeting(core);
    expect(event.title).toBe('9th meeting of the ATTF');
    const { title, html } = await getHtml(core, input(event.id));

    expect(title).toBe('9th meeting of the ATTF – agenda');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:">`);
    expect(html.match(/<style>/g)).toHaveLength(1);
    // Its fonts travel inside it: Noto Sans for Latin, its extensions, Cyrillic and Greek, regular and bold.
    const faces = [...html.matchAll(/@font-face \{ font-family: "Noto Sans"; font-style: normal; font-weight: (\d+); src: url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g)];
    expect(faces.map((f) => f[1])).toEqual(['400', '400', '400', '400', '700', '700', '700', '700']);
    expect(faces.every((f) => Buffer.from(f[2]!, 'base64').subarray(0, 4).toString('latin1') === 'wOF2')).toBe(true);
    expect(html).toMatch(/body \{ margin: 0; font: 10\.5pt\/1\.38 "Noto Sans", /);
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b|href=/i);

    expect(html).toContain('<p class="doc-body">Anti-Terrorism Task Force (ATTF)</p>');
    expect(html).toContain('<h1>9th meeting of the ATTF</h1>');
    expect(html).toContain('Tuesday 14 April – Wednesday 15 April 2026');
    expect(html).toContain('Palace of the Parliament, Bucharest, Romania');
    expect(html).toContain('Times are in Bucharest time (Europe/Bucharest, UTC+03:00)');

    expect(html).toContain('<h2>Tuesday, 14 April 2026</h2>');
    expect(html).toContain('<h2>Wednesday, 15 April 2026</h2>');
    expect(html).toMatch(/<span class="session-title">Opening session<\/span><span class="span">09:00–10:30<\/span>/);
    for (const time of ['09:00–09:15', '09:15–10:00', '10:00–10:30']) expect(html).toContain(`<td class="time">${time}</td>`);
    expect(html).toContain('<span class="kind">Presentation</span>');
    expect(html).toContain('<tr class="pause"><td class="time">10:00–10:30</td><td><div class="title">Coffee break</div>');
    expect(html).toContain('<li>Ion Popescu (General Inspectorate of Romanian Police, Romania)</li>');
    expect(html).toContain('<li>Eva Novak</li>');
    expect(html).toContain('Trends in 2025\nand what comes next');
    expect(html).toContain('Conclusions &amp; next steps');
  });

  it('escapes every piece of text: an item title and a speaker that look like markup stay text', async () => {
    const core = await openTestApp();
    const { event } = await meeting(core);
    const { html } = await getHtml(core, input(event.id));

    expect(html).toContain('<div class="title">&lt;img src=x onerror=alert(1)&gt;</div>');
    expect(html).toContain('<li>Ana &quot;&lt;b&gt;&quot; Petrović (SELEC, Serbia)</li>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('onerror=alert(1)>');
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('writes dates in the reader’s locale and times in the event’s zone', async () => {
    const core = await openTestApp();
    const { event } = await meeting(core);
    const ro = (await getHtml(core, input(event.id, 'ro-RO'))).html;
    expect(ro).toContain('marți, 14 aprilie – miercuri, 15 aprilie 2026');
    expect(ro).toContain('<h2>miercuri, 15 aprilie 2026</h2>');
    const de = (await getHtml(core, input(event.id, 'de-DE'))).html;
    expect(de).toContain('Dienstag, 14. – Mittwoch, 15. April 2026');
    expect(de).toContain('<h2>Dienstag, 14. April 2026</h2>');
    // Times do not depend on the locale: they are the event's wall clock.
    expect(de).toContain('<td class="time">09:15–10:00</td>');

    // A winter meeting in Lisbon: the offset is the one in force then.
    const lisbon = await call(core, 'events.create', {
      title: 'Bilateral',
      when: { allDay: true, start: '2026-01-20', end: '2026-01-20', timeZone: 'Europe/Lisbon' },
    });
    const winter = (await getHtml(core, input(lisbon.id))).html;
    expect(winter).toContain('Tuesday, 20 January 2026');
    expect(winter).toContain('Times are in Lisbon time (Europe/Lisbon, UTC+00:00)');
    expect(winter).toContain('No agenda yet.');

    const bad = await callError(core, 'documents.html', input(event.id, 'not a locale!'));
    expect(bad).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: 'locale' }] } });
  });

  it('writes the same agenda as a Word document, text escaped by the XML', async () => {
    const core = await openTestApp();
    const { event } = await meeting(core);
    const file = await call(core, 'documents.docx', input(event.id));
    expect(file.fileName).toBe('9th meeting of the ATTF – agenda.docx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');

    const { xml, text } = await docxText(file);
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('<b>');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const plain = spaces(unescapeXml(text));
    for (const expected of [
      '9th meeting of the ATTF',
      'Agenda',
      'Dates: Tuesday 14 April – Wednesday 15 April 2026',
      'Venue: Palace of the Parliament, Bucharest, Romania',
      'Times are in Bucharest time (Europe/Bucharest, UTC+03:00)',
      'Tuesday, 14 April 2026',
      'Opening session   09:00–10:30',
      '09:00–09:15',
      '09:15–10:00',
      XSS,
      `${ANA} (SELEC, Serbia)`,
      'Ion Popescu (General Inspectorate of Romanian Police, Romania)',
      'Conclusions & next steps',
    ]) {
      expect(plain).toContain(expected);
    }
  });

  it('writes the outcomes: conclusions and decisions by agenda item, then the action list', async () => {
    const core = await openTestApp();
    const { event, agenda, people } = await meeting(core);
    const item = (title: string) => agenda.days.flatMap((d) => d.sessions.flatMap((s) => s.items)).find((i) => i.title === title)!;
    await call(core, 'outcomes.create', { eventId: event.id, kind: 'decision', text: 'The 10th meeting will be held in Sofia.' });
    await call(core, 'outcomes.create', { eventId: event.id, agendaItemId: item('Conclusions & next steps').id, text: 'Members share <data> faster.' });
    await call(core, 'outcomes.create', { eventId: event.id, agendaItemId: item(XSS).id, kind: 'conclusion', text: 'Threat level unchanged.' });
    await call(core, 'actions.create', {
      eventId: event.id,
      agendaItemId: item(XSS).id,
      title: 'Circulate the assessment',
      ownerId: people.ana.id,
      dueOn: '2099-05-15',
    });
    await call(core, 'actions.create', { eventId: event.id, title: 'Book the venue', status: 'in_progress' });
    await call(core, 'actions.create', { eventId: event.id, title: 'Send the minutes', ownerId: people.ion.id, dueOn: '2026-04-30' });

    const { title, html } = await getHtml(core, input(event.id, 'en-GB', 'outcomes'));
    expect(title).toBe('9th meeting of the ATTF – outcomes');
    expect(html).toContain('<p class="doc-kind">Conclusions, decisions and actions</p>');
    // The meeting as a whole first, then the items in the agenda's order, numbered throughout.
    const headings = [...html.matchAll(/<h3>(.*?)<\/h3>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      '<span>The meeting as a whole</span>',
      '<span>&lt;img src=x onerror=alert(1)&gt;</span><span class="span">Tue 14 Apr, 09:15–10:00</span>',
      '<span>Conclusions &amp; next steps</span><span class="span">Wed 15 Apr, 09:00–10:00</span>',
    ]);
    expect(html).toContain('<li><span class="outcome-kind">Decision:</span> <span class="text">The 10th meeting will be held in Sofia.</span></li>');
    expect(html).toContain('<ol class="outcomes" start="3">');
    expect(html).toContain('Members share &lt;data&gt; faster.');
    expect(html).toContain('<td>Ana &quot;&lt;b&gt;&quot; Petrović (SELEC, Serbia)</td><td>15 May 2099</td><td>Open</td>');
    expect(html).toContain('<span class="from">From: &lt;img src=x onerror=alert(1)&gt;</span>');
    expect(html).toContain('<td>Not assigned</td><td>—</td><td>In progress</td>');
    // Past its date (these tests run after April 2026) and still open.
    expect(html).toContain('<td>Ion Popescu (General Inspectorate of Romanian Police, Romania)</td><td>30 April 2026</td><td>Open (overdue)</td>');
    expect(html).not.toContain('<img');

    const de = (await getHtml(core, input(event.id, 'de-DE', 'outcomes'))).html;
    expect(de).toContain('<td>15. Mai 2099</td>');

    const file = await call(core, 'documents.docx', input(event.id, 'en-GB', 'outcomes'));
    expect(file.fileName).toBe('9th meeting of the ATTF – outcomes.docx');
    const plain = spaces(unescapeXml((await docxText(file)).text));
    for (const expected of ['Conclusions and decisions', '1.\tDecision: The 10th meeting will be held in Sofia.', 'Members share <data> faster.', 'Action list', 'Circulate the assessment', `${ANA} (SELEC, Serbia)`, '15 May 2099', 'In progress']) {
      expect(plain).toContain(expected);
    }
  });

  it('writes the agenda in Romanian, and bilingual (English and Serbian Cyrillic) as Word, headings and dates in both', async () => {
    const core = await openTestApp();
    const { event } = await meeting(core);
    const romanian = await getHtml(core, { ...input(event.id), language: 'ro' });
    expect(romanian.html).toContain('<html lang="ro">');
    expect(romanian.html).toContain('Ordinea de zi');
    expect(romanian.html).toContain('marți, 14 aprilie 2026');
    expect(romanian.html).toContain('Orele sunt în fusul orar Europe/Bucharest (UTC+03:00)');
    expect(romanian.html).toContain('Deschidere');
    expect(romanian.html).not.toContain('Speakers');
    // Countries in the document's language, from their codes.
    expect(romanian.html).toContain('Palace of the Parliament, Bucharest, România');

    const file = await call(core, 'documents.docx', { ...input(event.id), language: 'en', secondLanguage: 'sr-Cyrl' });
    expect(file.fileName).toBe('9th meeting of the ATTF – agenda.docx');
    const text = spaces(unescapeXml((await docxText(file)).text));
    expect(text).toContain('Agenda / Дневни ред');
    expect(text).toContain('Tuesday, 14 April 2026 / уторак, 14. април 2026.');
    expect(text).toContain('SPEAKERS / ГОВОРНИЦИ');
    expect(text).toContain('OPENING / ОТВАРАЊЕ');
    expect(text).toContain('Times are in Bucharest time (Europe/Bucharest, UTC+03:00) / Времена су у временској зони Europe/Bucharest (UTC+03:00)');
    // Serbian Latin is the Cyrillic letter for letter.
    const latin = await getHtml(core, { ...input(event.id), language: 'sr-Latn' });
    expect(latin.html).toContain('Dnevni red');
    expect(latin.html).toContain('Govornici');
    expect(latin.html).toContain('Bucharest, Rumunija');

    expect((await callError(core, 'documents.html', { ...input(event.id), language: 'ro', secondLanguage: 'ro' })).message).toContain('other than the first');
    expect((await callError(core, 'documents.html', { ...input(event.id), language: 'xx' as never })).code).toBe('invalid_input');
  });

  it('writes the agenda in Albanian and the outcomes in Bosnian and Slovenian: headings, dates and countries in each', async () => {
    const core = await openTestApp();
    const { event } = await meeting(core);
    const albanian = await getHtml(core, { ...input(event.id), language: 'sq' });
    expect(albanian.title).toBe('9th meeting of the ATTF – rendi i ditës');
    expect(albanian.html).toContain('<html lang="sq">');
    expect(albanian.html).toContain('Rendi i ditës');
    expect(albanian.html).toContain('e martë, 14 prill 2026');
    expect(albanian.html).toContain('Oraret janë sipas zonës kohore Europe/Bucharest (UTC+03:00)');
    expect(albanian.html).toContain('Hapja');
    expect(albanian.html).toContain('Palace of the Parliament, Bucharest, Rumani');
    expect(albanian.html).not.toMatch(/Speakers|>Opening<|>Agenda</);

    const bosnian = await getHtml(core, { ...input(event.id, 'en-GB', 'outcomes'), language: 'bs' });
    expect(bosnian.html).toContain('Zaključci, odluke i zadaci');
    expect(bosnian.html).toContain('utorak, 14 – srijeda, 15. april 2026.');
    expect(bosnian.html).toContain('Bucharest, Rumunija');

    const file = await call(core, 'documents.docx', { ...input(event.id), language: 'sl', secondLanguage: 'en' });
    expect(file.fileName).toBe('9th meeting of the ATTF – dnevni red.docx');
    const text = spaces(unescapeXml((await docxText(file)).text));
    expect(text).toContain('Dnevni red / Agenda');
    expect(text).toContain('GOVORNIKI / SPEAKERS');
    expect(text).toContain('Časi so v časovnem pasu Europe/Bucharest (UTC+03:00)');
  });

  it('titles a numbered meeting in the document’s language from its series’ title in that language', async () => {
    const core = await openTestApp();
    const { event } = await meeting(core);
    const series = (await call(core, 'bodies.get', { id: event.bodyId! })).series[0]!;
    const saved = await call(core, 'series.update', {
      id: series.id,
      bodyId: series.bodyId,
      name: series.name,
      eventKind: series.eventKind,
      titles: { ro: 'a {n}-a reuniune a ATTF', 'sr-Cyrl': '{n}. састанак ATTF' },
    });
    expect(saved.titles).toEqual({ ro: 'a {n}-a reuniune a ATTF', 'sr-Cyrl': '{n}. састанак ATTF' });
    // The event keeps its English title; the Romanian document says it in Romanian.
    expect((await call(core, 'events.get', { id: event.id })).title).toBe('9th meeting of the ATTF');
    expect((await getHtml(core, { ...input(event.id), language: 'ro' })).title).toBe('a 9-a reuniune a ATTF – ordinea de zi');
    const both = await getHtml(core, { ...input(event.id), language: 'en', secondLanguage: 'sr-Cyrl' });
    expect(both.html).toContain('<h1>9th meeting of the ATTF / 9. састанак ATTF</h1>');
    // A language without a title keeps the stored one; a title without its number is refused; omitting titles keeps them.
    expect((await getHtml(core, { ...input(event.id), language: 'el' })).title).toBe('9th meeting of the ATTF – ημερήσια διάταξη');
    const refused = await callError(core, 'series.update', { id: series.id, bodyId: series.bodyId, name: series.name, eventKind: series.eventKind, titles: { ro: 'reuniunea ATTF' } });
    expect(refused.details?.issues).toEqual([{ path: 'titles.ro', message: 'Put {n} once, where the meeting’s number goes' }]);
    const renamed = await call(core, 'series.update', { id: series.id, bodyId: series.bodyId, name: 'meeting of the Task Force', eventKind: series.eventKind });
    expect(renamed.titles).toEqual(saved.titles);
  });

  it('prints PDF through the desktop shell only, from the same HTML', async () => {
    const core = await openTestApp();
    const { event } = await meeting(core);
    const refused = await callError(core, 'documents.pdf', input(event.id));
    expect(refused).toEqual({ code: 'invalid_input', message: 'PDF is printed by the browser here: use Print and choose “Save as PDF”' });

    const printed: string[] = [];
    const desktop = await openApp({
      dataDir: tempDir(),
      transport: 'electron',
      passphrase: TEST_PASSPHRASE,
      kdf: TEST_KDF,
      printToPdf: async (html) => {
        printed.push(html);
        return Buffer.from('%PDF-1.7 fake');
      },
    });
    try {
      const other = await meeting(desktop);
      const file = await call(desktop, 'documents.pdf', input(other.event.id));
      expect(file).toEqual({ fileName: '9th meeting of the ATTF – agenda.pdf', mimeType: 'application/pdf', base64: Buffer.from('%PDF-1.7 fake').toString('base64') });
      expect(printed).toHaveLength(1);
      expect(printed[0]).toBe((await call(desktop, 'documents.html', input(other.event.id))).html);
    } finally {
      desktop.close();
    }
  });

  it('makes file names every file system accepts, drops what XML cannot hold, and times past midnight say so', () => {
    expect(safeFileName('9th meeting of the ATTF – agenda')).toBe('9th meeting of the ATTF – agenda');
    expect(safeFileName('Q&A: "EU/US" <dialogue> | part 2? – agenda')).toBe('Q&A EU US dialogue part 2 – agenda');
    expect(safeFileName('Dots...\u0000 ')).toBe('Dots');
    expect(safeFileName('///')).toBe('Liaison document');
    expect(safeFileName('x'.repeat(300)).length).toBe(150);
    // Characters XML cannot hold would make Word refuse the file.
    expect(clean(' a\u0000b\u0007\uD800c\r\nd\tè😀 ')).toBe('abc\nd\tè😀');
    expect(clock(9 * 60 + 5)).toBe('09:05');
    expect(clock(24 * 60 + 30)).toBe('00:30 (+1)');
  });
});
