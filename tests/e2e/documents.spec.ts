import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from '@playwright/test';
import { expect, screenshot, SCREENSHOTS, test, type LoopbackServer } from './fixtures';
import type { Agenda, AgendaItemKind } from '../../src-shared/contract';

const XSS = '<img src=x onerror=alert(1)>';
const ANA = 'Ana "<b>" Petrović';
const TITLE = '9th meeting of the ATTF';

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });

// ICU puts thin and no-break spaces in dates; pdftotext and Word keep them.
const spaces = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');

/** A two-day meeting of the 9th of a series: four sessions, speakers from organisations, an item titled like an attack. */
async function meeting(server: LoopbackServer) {
  const body = await server.rpc('bodies.create', { name: 'Anti-Terrorism Task Force', acronym: 'ATTF' });
  const series = await server.rpc('series.create', { bodyId: body.id, name: 'meeting of the ATTF', eventKind: 'task_force_meeting', firstNumber: 9 });
  const event = await server.rpc('events.create', {
    seriesId: series.id,
    when: { allDay: false, start: '2026-04-14T09:00', end: '2026-04-15T13:00', timeZone: 'Europe/Bucharest' },
    venueName: 'Palace of the Parliament',
    venueCity: 'Bucharest',
    venueCountryCode: 'RO',
  });
  const selec = await server.rpc('organisations.create', { name: 'Southeast European Law Enforcement Center', acronym: 'SELEC' });
  const police = await server.rpc('organisations.create', { name: 'General Inspectorate of Romanian Police' });
  const person = async (fullName: string, countryCode: string, organisationId: string | null) =>
    (await server.rpc('people.create', { fullName, countryCode, organisationId })).id;
  const ana = await person(ANA, 'RS', selec.id);
  const ion = await person('Ion Popescu', 'RO', police.id);
  const eva = await person('Eva Novak', 'SI', selec.id);

  let agenda: Agenda;
  const session = async (day: string, title: string) => {
    agenda = await server.rpc('agenda.addSession', { eventId: event.id, day, title });
    return agenda.days.flatMap((d) => d.sessions).at(-1)!.id;
  };
  const add = async (sessionId: string, title: string, kind: AgendaItemKind, durationMin: number, speakerIds: string[] = [], description = '') => {
    agenda = await server.rpc('agenda.addItem', { sessionId, title, kind, durationMin, speakerIds, description, addSpeakersToRoster: true });
  };
  const opening = await session('2026-04-14', 'Opening session');
  await add(opening, 'Welcome address', 'opening', 15, [ion]);
  await add(opening, 'Adoption of the agenda', 'discussion', 15);
  await add(opening, XSS, 'presentation', 45, [ana, eva], 'Trends seen by the member states in 2025, and what the Center expects next.');
  await add(opening, 'Coffee break', 'break', 30);
  const operations = await session('2026-04-14', 'Joint operations');
  await add(operations, 'Operation results and lessons learned', 'panel', 60, [ana, ion, eva]);
  await add(operations, 'Lunch', 'lunch', 60);
  await add(operations, 'Financing of terrorism: cases from the region', 'presentation', 45, [eva]);
  const closing = await session('2026-04-15', 'Closing session');
  await add(closing, 'Work plan for the next six months', 'discussion', 60, [ion]);
  await add(closing, 'Conclusions & next steps', 'closing', 30, [ana]);
  return { event, agenda: agenda!, people: { ana, ion, eva } };
}

async function openEvent(page: Page, server: LoopbackServer) {
  await page.goto(server.url);
  await section(page, 'Calendar').click();
  await page.getByLabel('Go to a date').fill('2026-04-14');
  await page.locator('.fc-event', { hasText: TITLE }).first().click();
  await expect(page.getByTestId('event-page')).toBeVisible();
}

/** The PDF the loopback transport makes: Chromium printing the same HTML, as the print dialog's "Save as PDF" does. */
async function pdfOf(browser: Browser, html: string, file: string): Promise<string> {
  const page = await browser.newPage();
  await page.setContent(html);
  await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.close();
  // Reading order, with the lines a table cell wraps joined again.
  return spaces(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).replace(/\s+/g, ' ');
}

async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
  return spaces(text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
}

test('documents: the agenda in print preview, as PDF and as Word, every text escaped', async ({ page, server, browser }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'liaison-documents-'));
  try {
    const { event } = await meeting(server);
    expect(event.title).toBe(TITLE);
    await openEvent(page, server);
    await page.getByRole('tab', { name: 'Agenda' }).click();
    const buttons = page.getByRole('group', { name: 'Export the agenda' });

    // The preview: the page as it will print, in a frame that runs nothing.
    await buttons.getByRole('button', { name: 'Print…' }).click();
    const preview = page.getByRole('dialog', { name: 'Print preview' });
    await expect(preview).toBeVisible();
    await expect(preview.getByTestId('print-preview-frame')).toHaveAttribute('sandbox', 'allow-same-origin allow-modals');
    const frame = page.frameLocator('[data-testid="print-preview-frame"]');
    await expect(frame.locator('h1')).toHaveText(TITLE);
    await expect(frame.locator('.doc-facts')).toContainText('Palace of the Parliament, Bucharest, Romania');
    await expect(frame.locator('.doc-zone')).toHaveText('Times are in Bucharest time (Europe/Bucharest, UTC+03:00)');
    await expect(frame.locator('h2')).toHaveText(['Tuesday, 14 April 2026', 'Wednesday, 15 April 2026']);
    await expect(frame.locator('td.time').first()).toHaveText('09:00–09:15');
    await expect(frame.locator('tr', { hasText: 'Operation results' })).toContainText(`${ANA} (SELEC, Serbia)`);
    await expect(frame.getByText(XSS, { exact: true })).toBeVisible();
    await expect(frame.locator('img')).toHaveCount(0);
    await expect(frame.locator('b')).toHaveCount(0);
    // The document's stylesheet applies although the app's CSP has no 'unsafe-inline' (18pt title).
    await expect(frame.locator('h1')).toHaveCSS('font-size', '24px');
    await screenshot(page, 'agenda-print-preview');

    // Print prints the frame, not the app around it.
    await page.evaluate(() => {
      const frameWindow = document.querySelector<HTMLIFrameElement>('[data-testid="print-preview-frame"]')!.contentWindow!;
      frameWindow.print = () => {
        (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
      };
    });
    await preview.getByRole('button', { name: 'Print', exact: true }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
    // Over loopback the print dialog writes the PDF: the preview says which destination to choose.
    await preview.getByRole('button', { name: 'Save as PDF' }).click();
    await expect(preview.getByRole('status')).toHaveText('To save a PDF, choose “Save as PDF” as the destination in the print dialog.');
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(2);
    await page.keyboard.press('Escape');
    await expect(preview).toBeHidden();

    // The PDF, as Chromium prints it from the same HTML.
    const { html } = await server.rpc('documents.html', { eventId: event.id, document: 'agenda', locale: 'en-GB' });
    const pdf = join(dir, 'agenda.pdf');
    const text = await pdfOf(browser, html, pdf);
    // The acronym comes once the core is given the body (DocumentSources.body).
    expect(text).toMatch(/^ANTI-TERRORISM TASK FORCE \(ATTF\) 9th meeting of the ATTF Agenda /);
    for (const expected of [
      TITLE,
      'Tuesday 14 April – Wednesday 15 April 2026',
      'Times are in Bucharest time (Europe/Bucharest, UTC+03:00)',
      'Wednesday, 15 April 2026',
      '09:00–09:15',
      '10:15–10:45',
      XSS,
      `${ANA} (SELEC, Serbia)`,
      'Ion Popescu (General Inspectorate of Romanian Police, Romania)',
      'Conclusions & next steps',
    ]) {
      expect(text).toContain(expected);
    }
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(SCREENSHOTS, 'agenda-pdf-page1')]);

    // Word, through the button.
    const download = page.waitForEvent('download');
    await buttons.getByRole('button', { name: 'Word' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${TITLE} – agenda.docx`);
    const docx = join(dir, 'agenda.docx');
    await file.saveAs(docx);
    const word = await docxText(docx);
    for (const expected of [TITLE, 'Tuesday, 14 April 2026', 'Opening session', '09:15–09:30', XSS, `${ANA} (SELEC, Serbia)`, 'Eva Novak (SELEC, Slovenia)']) {
      expect(word).toContain(expected);
    }
    await expect(page.getByText('Word document downloaded')).toBeVisible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('documents: the outcomes in print preview and as PDF, dark', async ({ page, server, browser }) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(join(tmpdir(), 'liaison-documents-'));
  try {
    const { event, agenda, people } = await meeting(server);
    const item = (title: string) => agenda.days.flatMap((d) => d.sessions.flatMap((s) => s.items)).find((i) => i.title === title)!.id;
    await server.rpc('outcomes.create', { eventId: event.id, kind: 'decision', text: 'The 10th meeting will be held in Sofia on 13–14 October 2026.' });
    await server.rpc('outcomes.create', { eventId: event.id, agendaItemId: item(XSS), text: 'The threat level in the region is unchanged; online radicalisation of minors is rising.' });
    await server.rpc('outcomes.create', { eventId: event.id, agendaItemId: item('Work plan for the next six months'), kind: 'decision', text: 'The work plan is adopted as amended.' });
    await server.rpc('actions.create', { eventId: event.id, agendaItemId: item(XSS), title: 'Circulate the threat assessment to the liaison officers', ownerId: people.ana, dueOn: '2099-05-15' });
    await server.rpc('actions.create', { eventId: event.id, title: 'Confirm the venue of the 10th meeting', ownerId: people.ion, status: 'in_progress' });

    await page.emulateMedia({ colorScheme: 'dark' });
    await openEvent(page, server);
    await page.getByRole('tab', { name: 'Outcomes' }).click();
    await page.getByRole('group', { name: 'Export the outcomes' }).getByRole('button', { name: 'PDF' }).click();
    const preview = page.getByRole('dialog', { name: 'Print preview' });
    const frame = page.frameLocator('[data-testid="print-preview-frame"]');
    await expect(frame.locator('.doc-kind')).toHaveText('Conclusions, decisions and actions');
    await expect(frame.locator('h3')).toHaveText(['The meeting as a whole', `${XSS}Tue 14 Apr, 09:30–10:15`, 'Work plan for the next six monthsWed 15 Apr, 09:00–10:00']);
    await expect(frame.locator('.action-list tbody tr').first()).toContainText(`${ANA} (SELEC, Serbia)15 May 2099Open`);
    await expect(frame.locator('img')).toHaveCount(0);
    await expect(preview.getByRole('button', { name: 'Save as PDF' })).toHaveClass(/button-primary/);
    await screenshot(page, 'outcomes-print-preview-dark');
    await page.keyboard.press('Escape');
    await expect(preview).toBeHidden();

    const { html } = await server.rpc('documents.html', { eventId: event.id, document: 'outcomes', locale: 'en-GB' });
    const pdf = join(dir, 'outcomes.pdf');
    const text = await pdfOf(browser, html, pdf);
    for (const expected of ['Conclusions and decisions', 'Decision: The 10th meeting will be held in Sofia', 'Action list', 'Circulate the threat assessment', '15 May 2099', 'In progress']) {
      expect(text).toContain(expected);
    }
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(SCREENSHOTS, 'outcomes-pdf-page1')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The demo's 9th meeting of the Anti-Terrorism Task Force (held, with attendance and outcomes), opened on a tab. */
async function openNinthOfDemo(page: Page, server: LoopbackServer, tab: 'outcomes' | 'participants') {
  await server.rpc('system.loadDemo');
  const events = await server.rpc('events.range', { from: '2024-05-20T00:00:00.000Z', to: '2024-05-23T00:00:00.000Z' });
  const ninth = events.find((e) => e.title.startsWith('9th meeting of the SELEC Anti-Terrorism Task Force'))!;
  await page.goto(server.url);
  await expect(section(page, 'Dashboard')).toBeVisible();
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/events/${ninth.id}/${tab}`);
  return ninth;
}

test('documents: the report after the demo’s 9th meeting, drafted from the record, in print preview', async ({ page, server }) => {
  await openNinthOfDemo(page, server, 'outcomes');
  const buttons = page.getByRole('group', { name: 'Export the report after the meeting' });
  await buttons.getByRole('button', { name: 'Print…' }).click();
  const frame = page.frameLocator('[data-testid="print-preview-frame"]');
  await expect(frame.locator('.report p').first()).toHaveText(
    /^On the 21st of May 2024, the 9th meeting of the SELEC Anti-Terrorism Task Force, coordinated by .*Türkiye, took place in Bucharest, at the SELEC Headquarters\.$/,
  );
  await expect(frame.locator('.report')).toContainText('Operational partners like U.S. Customs and Border Protection also attended the meeting.');
  await expect(frame.locator('mark.missing')).toHaveCount(0);
  await screenshot(page, 'meeting-report');
});

test('documents: the report after the 9th meeting in Serbian Cyrillic, its language chosen like the other documents’', async ({ page, server }) => {
  await openNinthOfDemo(page, server, 'outcomes');
  const buttons = page.getByRole('group', { name: 'Export the report after the meeting' });
  await buttons.getByLabel('Language of the document').selectOption('sr-Cyrl');
  await buttons.getByRole('button', { name: 'Print…' }).click();
  const frame = page.frameLocator('[data-testid="print-preview-frame"]');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'sr-Cyrl');
  await expect(frame.locator('.doc-kind')).toHaveText('Извештај са састанка');
  await expect(frame.locator('.report p').first()).toHaveText(
    /^9th meeting of the SELEC Anti-Terrorism Task Force \(координатор: .+\)\. Датум и место одржавања: 21\. мај 2024\., Bucharest, SELEC Headquarters\.$/,
  );
  await expect(frame.locator('.report')).toContainText('Састанку је присуствовао и оперативни партнер U.S. Customs and Border Protection.');
  await expect(frame.locator('.report')).toContainText(/Учествовало је \d+ држава чланица: Албанија, /);
  await screenshot(page, 'meeting-report-sr-Cyrl');
});

test('documents: the list of participants of the 9th meeting, grouped by protocol, marked for official use; in Serbian as PDF with its fonts embedded', async ({ page, server, browser }) => {
  const ninth = await openNinthOfDemo(page, server, 'participants');
  const buttons = page.getByRole('group', { name: 'Export the list of participants' });
  await buttons.getByLabel('For official use').check();
  await screenshot(page, 'participants-documents');
  await buttons.getByRole('button', { name: 'Print…' }).click();
  const frame = page.frameLocator('[data-testid="print-preview-frame"]');
  await expect(frame.locator('.official-use')).toHaveText('For official use only');
  await expect(frame.locator('h2')).toHaveText(['Member States', 'Operational partners', 'Organisers']);
  await expect(frame.locator('h3').first()).toHaveText('Albania');
  await screenshot(page, 'list-of-participants');
  await page.keyboard.press('Escape');

  // Badges and table cards from the same buttons: printed, so no Word.
  await buttons.getByLabel('Which document').selectOption({ label: 'Name badges' });
  await expect(buttons.getByRole('button', { name: 'Word' })).toHaveCount(0);
  await buttons.getByRole('button', { name: 'Print…' }).click();
  await expect(frame.locator('.badge')).toHaveCount(16);
  await expect(frame.locator('.badge').first().locator('.family')).toHaveText('HOXHA');
  // Every name fits its badge on one line: long ones were made smaller.
  const lines = await frame.locator('.badge .first, .badge .family').evaluateAll((els) => els.map((el) => ({ text: el.textContent, lines: Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)) })));
  expect(lines.filter((l) => l.lines > 1)).toEqual([]);
  await screenshot(page, 'name-badges');
  await page.keyboard.press('Escape');
  await buttons.getByLabel('Which document').selectOption({ label: 'Table cards' });
  await buttons.getByRole('button', { name: 'Print…' }).click();
  await expect(frame.locator('.card').first()).toContainText('Albania');
  await screenshot(page, 'table-cards');
  await page.keyboard.press('Escape');

  // Serbian Cyrillic names and headings come back out of the PDF, in fonts embedded in it.
  const { html } = await server.rpc('documents.html', { eventId: ninth.id, document: 'participants', locale: 'en-GB', language: 'sr-Cyrl' });
  const dir = mkdtempSync(join(tmpdir(), 'liaison-lop-'));
  try {
    const pdf = join(dir, 'lop.pdf');
    const text = await pdfOf(browser, html, pdf);
    expect(text).toContain('Државе чланице');
    expect(text).toContain('Милош Јовановић');
    expect(text).toContain('Γιώργος Παπαδόπουλος');
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    // Column "emb" of pdffonts: every font is embedded, none left to the reader's machine.
    expect(fonts.every((line) => / yes +(yes|no) +(yes|no) +\d+ +\d+$/.test(line.trim()))).toBe(true);
    // And they are the fonts Liaison carries (Noto Sans), not whatever this machine has installed.
    expect(fonts.map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))).toEqual(expect.arrayContaining(['NotoSans-Regular', 'NotoSans-Bold']));
    expect(fonts.every((line) => /^[A-Z]{6}\+NotoSans-/.test(line))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
