import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test, type LoopbackServer } from './fixtures';
import type { CalendarFilter } from '../../src-shared/contract';

const FIXTURES = join(import.meta.dirname, 'fixtures');

const section = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });

/** Every console message about the Content Security Policy: the calendar must cause none. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function openCalendar(page: Page, server: LoopbackServer) {
  await page.goto(server.url);
  await section(page, 'Calendar').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await expect(page.getByTestId('calendar-title')).not.toHaveText('');
}

async function goTo(page: Page, date: string) {
  await page.getByLabel('Go to a date').fill(date);
}

const dayCell = (page: Page, date: string) => page.locator(`.fc-daygrid-day[data-date="${date}"]`);
const calendarEvent = (page: Page, title: string) => page.locator('.fc-event', { hasText: title });

/** A point in the empty lower part of a day cell, clear of the day number (a link to the day view). */
async function cellPoint(cell: Locator): Promise<{ x: number; y: number }> {
  const box = (await cell.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height * 0.8 };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 6 });
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
}

/** Two frames: FullCalendar re-measures itself a frame after its box changes (filters shown, panel closed). */
async function settle(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function dismissToasts(page: Page) {
  // A toast may leave by itself meanwhile.
  for (const button of await page.getByRole('button', { name: 'Dismiss' }).all()) await button.click({ timeout: 1000 }).catch(() => {});
}

async function rangeRows(server: LoopbackServer, from: string, to: string, filter: CalendarFilter = {}) {
  return server.rpc('events.range', { from: `${from}T00:00:00Z`, to: `${to}T00:00:00Z`, filter });
}

test('calendar: create by dragging over days, move by dragging, undo, filter that survives a reload', async ({ page, server }) => {
  const csp = watchCsp(page);
  await openCalendar(page, server);
  await expect(page.getByTestId('calendar-empty-period')).toBeVisible();
  // FullCalendar's stylesheet arrived through CSSOM despite `style-src 'self'`: the grid is laid out.
  await expect(page.locator('.fc-scrollgrid')).toHaveCSS('table-layout', 'fixed');

  await goTo(page, '2025-03-10');
  await expect(page.getByTestId('calendar-title')).toHaveText('March 2025');

  // Select Monday 10 to Wednesday 12 March by dragging across the days.
  await drag(page, await cellPoint(dayCell(page, '2025-03-10')), await cellPoint(dayCell(page, '2025-03-12')));
  const panel = page.getByRole('dialog', { name: 'New event' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('checkbox', { name: /All day/ })).toBeChecked();
  await expect(panel.getByLabel('First day')).toHaveValue('2025-03-10');
  await expect(panel.getByLabel('Last day')).toHaveValue('2025-03-12');

  // The contract's rules show next to their fields before anything is sent.
  await panel.getByLabel('Link 1 address').fill('ftp://files.example.org/agenda.pdf');
  await panel.getByLabel('Last day').fill('2025-03-09');
  await panel.getByRole('button', { name: 'Create event' }).click();
  await expect(panel.getByLabel('Title')).toHaveAccessibleDescription('Title is required');
  await expect(panel.getByLabel('Last day')).toHaveAccessibleDescription('The event ends before it starts');
  await expect(panel.getByLabel('Link 1 address')).toHaveAccessibleDescription('Use a web address starting with https://');
  await screenshot(page, 'event-form-errors');

  await panel.getByLabel('Title').fill('Regional workshop on cross-border surveillance');
  await panel.getByLabel('Kind').selectOption({ label: 'Workshop' });
  await panel.getByLabel('Last day').fill('2025-03-12');
  await panel.getByLabel('City').fill('Sofia');
  await panel.getByLabel('Country').selectOption({ label: 'Bulgaria' });
  await panel.getByLabel('Link 1 address').fill('https://www.selec.org/workshop-2025');
  await panel.getByLabel('Link 1 label').fill('Concept note');
  await panel.getByLabel('Tags').fill('surveillance');
  await panel.getByLabel('Tags').press('Enter');
  await expect(panel.getByText('Title is required')).toBeHidden();
  await screenshot(page, 'event-form-new');
  await panel.getByRole('button', { name: 'Create event' }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByText('Regional workshop on cross-border surveillance was added to the calendar')).toBeVisible();

  // One bar over three days.
  const bar = calendarEvent(page, 'Regional workshop on cross-border surveillance');
  await expect(bar).toHaveCount(1);
  await expect(page.locator('.calendar-filters')).toBeVisible();
  await dismissToasts(page);
  await settle(page);
  const cellWidth = (await dayCell(page, '2025-03-10').boundingBox())!.width;
  const barBox = (await bar.boundingBox())!;
  expect(barBox.width).toBeGreaterThan(cellWidth * 2.5);
  expect(barBox.width).toBeLessThan(cellWidth * 3.2);
  const [created] = await rangeRows(server, '2025-03-01', '2025-04-01');
  expect(created).toMatchObject({ title: 'Regional workshop on cross-border surveillance', kind: 'workshop', allDay: true });
  const stored = await server.rpc('events.get', { id: created!.id });
  expect(stored.when).toEqual({ allDay: true, start: '2025-03-10', end: '2025-03-12', timeZone: 'Europe/Bucharest' });
  await screenshot(page, 'calendar-month');

  // Drag it a week later: grabbed on its first day, dropped on Monday 17.
  await drag(page, { x: barBox.x + 12, y: barBox.y + barBox.height / 2 }, await cellPoint(dayCell(page, '2025-03-17')));
  await expect(page.getByText('Moved “Regional workshop on cross-border surveillance”')).toBeVisible();
  await expect
    .poll(async () => (await server.rpc('events.get', { id: created!.id })).when)
    .toEqual({ allDay: true, start: '2025-03-17', end: '2025-03-19', timeZone: 'Europe/Bucharest' });
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await screenshot(page, 'calendar-moved');

  // Ctrl+Z puts it back.
  await page.keyboard.press('Control+z');
  await expect(page.getByText('“Regional workshop on cross-border surveillance” is back where it was')).toBeVisible();
  await expect
    .poll(async () => (await server.rpc('events.get', { id: created!.id })).when)
    .toEqual({ allDay: true, start: '2025-03-10', end: '2025-03-12', timeZone: 'Europe/Bucharest' });
  await expect(calendarEvent(page, 'Regional workshop on cross-border surveillance')).toBeVisible();
  await dismissToasts(page);

  // Hiding workshops hides it; the filter is stored, not kept in the page.
  await page.getByRole('checkbox', { name: 'Workshop', exact: true }).uncheck();
  await expect(calendarEvent(page, 'Regional workshop on cross-border surveillance')).toHaveCount(0);
  await expect(page.getByTestId('calendar-no-match')).toContainText('No events match these filters in March 2025');
  await screenshot(page, 'calendar-filtered');
  await expect
    .poll(async () => (((await server.rpc('settings.get', { key: 'calendar.filter' })).value as { kinds?: string[] } | null)?.kinds ?? []).length)
    .toBe(8);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Workshop', exact: true })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Conference', exact: true })).toBeChecked();
  await goTo(page, '2025-03-10');
  await expect(page.getByTestId('calendar-title')).toHaveText('March 2025');
  await expect(page.getByTestId('calendar-no-match')).toBeVisible();
  await expect(calendarEvent(page, 'Regional workshop on cross-border surveillance')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Workshop', exact: true }).check();
  await expect(calendarEvent(page, 'Regional workshop on cross-border surveillance')).toBeVisible();
  await expect(page.getByTestId('calendar-no-match')).toBeHidden();

  // The search box narrows too, and "Clear filters" brings everything back.
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeFocused();
  await page.keyboard.type('nonexistent');
  await expect(page.getByTestId('calendar-no-match')).toContainText('No events match “nonexistent”');
  await page.getByTestId('calendar-no-match').getByRole('button', { name: 'Clear filters' }).click();
  await expect(calendarEvent(page, 'Regional workshop on cross-border surveillance')).toBeVisible();

  expect(csp).toEqual([]);
});

test('calendar: keyboard, views, an event in another zone, its page', async ({ page, server }) => {
  const csp = watchCsp(page);
  // An expert meeting in Istanbul in January: UTC+3 there, UTC+2 in Bucharest.
  const event = await server.rpc('events.create', {
    kind: 'conference',
    title: 'Expert meeting on terrorist financing',
    when: { allDay: false, start: '2025-01-15T09:30', end: '2025-01-15T17:00', timeZone: 'Europe/Istanbul' },
    venueName: 'Turkish National Police Academy',
    venueCity: 'Ankara',
    venueCountryCode: 'TR',
    status: 'confirmed',
    tags: ['terrorist financing'],
    links: [{ label: 'Concept note', url: 'https://www.example.org/concept-note.pdf' }],
    notes: 'Delegations confirm by 1 January.',
  });
  await openCalendar(page, server);
  await goTo(page, '2025-01-15');
  await expect(page.getByTestId('calendar-title')).toHaveText('January 2025');
  await page.getByTestId('calendar').focus();

  // The user's own clock in the grid: 08:30 in Bucharest.
  await expect(calendarEvent(page, 'Expert meeting on terrorist financing')).toContainText('08:30');
  await page.keyboard.press('w');
  await expect(page.getByRole('button', { name: 'Week', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('calendar-title')).toHaveText('13 – 19 Jan 2025');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('calendar-title')).toHaveText('20 – 26 Jan 2025');
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('calendar-title')).toHaveText('13 – 19 Jan 2025');
  await page.keyboard.press('d');
  await page.keyboard.press('a');
  await expect(page.getByRole('button', { name: 'Agenda', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.fc-list-event', { hasText: 'Expert meeting on terrorist financing' })).toContainText('Conference · Ankara');
  await page.keyboard.press('y');
  await expect(page.getByTestId('calendar-title')).toHaveText('2025');
  await page.keyboard.press('t');
  const thisYear = String(new Date().getFullYear());
  await expect(page.getByTestId('calendar-title')).toHaveText(thisYear);
  await page.keyboard.press('m');
  const thisMonth = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' }).format(new Date());
  await expect(page.getByTestId('calendar-title')).toHaveText(thisMonth);
  // The view is stored too.
  await expect.poll(async () => (await server.rpc('settings.get', { key: 'calendar.view' })).value).toEqual({ type: 'dayGridMonth' });

  // Its page: the venue's clock with the zone named, and the user's own.
  await goTo(page, '2025-01-15');
  await calendarEvent(page, 'Expert meeting on terrorist financing').click();
  const eventPage = page.getByTestId('event-page');
  await expect(eventPage.getByRole('heading', { level: 1 })).toHaveText('Expert meeting on terrorist financing');
  const overview = page.getByTestId('event-overview');
  await expect(overview).toContainText('09:30–17:00');
  await expect(overview).toContainText('Europe/Istanbul (UTC+3)');
  await expect(page.getByTestId('event-local-time')).toHaveText(/08:30–16:00 your time \(Europe\/Bucharest\)/);
  await expect(overview).toContainText('Turkish National Police Academy, Ankara, Türkiye');
  await expect(overview).toContainText('Concept note');
  await expect(overview).toContainText('Delegations confirm by 1 January.');
  await page.getByRole('tab', { name: 'Participants' }).click();
  await expect(page.getByTestId('event-participants-coming')).toContainText('No participants are recorded for this event yet.');
  await page.getByRole('tab', { name: 'Participants' }).press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Agenda' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Overview' }).click();

  // Edit from the page: the form holds the venue's wall clock and zone.
  await eventPage.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('dialog', { name: 'Expert meeting on terrorist financing' });
  await expect(form.getByLabel('Starts')).toHaveValue('2025-01-15T09:30');
  await expect(form.getByLabel('Time zone')).toHaveValue('Europe/Istanbul');
  await expect(form).toContainText('08:30–16:00 your time (Europe/Bucharest)');
  await form.getByLabel('Status').selectOption({ label: 'Postponed' });
  await page.keyboard.press('Control+s');
  await expect(form).toBeHidden();
  await expect(eventPage.locator('.status-badge')).toHaveText('Postponed');
  expect((await server.rpc('events.get', { id: event.id })).status).toBe('postponed');

  // Esc goes back to the calendar, on the same month.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('calendar-title')).toHaveText('January 2025');
  await expect(calendarEvent(page, 'Expert meeting on terrorist financing')).toHaveClass(/ev-status-postponed/);

  // N opens a new event for today; Esc closes the untouched form without asking.
  await page.keyboard.press('n');
  await expect(page.getByRole('dialog', { name: 'New event' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'New event' })).toBeHidden();
  expect(csp).toEqual([]);
});

test('calendar: an .ics with a zone nobody knows asks which zone it is, the user\'s by default', async ({ page, server }) => {
  const csp = watchCsp(page);
  await openCalendar(page, server);
  const text = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ministry//Mail//EN',
    'BEGIN:VEVENT',
    'UID:ministry-zone@example.org',
    'DTSTAMP:20240101T000000Z',
    'DTSTART;TZID=Ministry Standard Time:20240612T093000',
    'DTEND;TZID=Ministry Standard Time:20240612T110000',
    'SUMMARY:Coordination call with the ministry',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  await page.getByLabel('iCalendar file to import').setInputFiles({ name: 'ministry.ics', mimeType: 'text/calendar', buffer: Buffer.from(text, 'utf8') });
  const dialog = page.getByTestId('ics-import');
  const zones = dialog.getByTestId('ics-zones');
  await expect(dialog).toContainText('Which time zone is “Ministry Standard Time”?');
  const select = zones.getByRole('combobox', { name: '“Ministry Standard Time” (line 7, 2 times)' });
  // The user's own zone (the browser runs in Europe/Bucharest) until another is chosen.
  await expect(select).toHaveValue('Europe/Bucharest');
  const row = dialog.locator('tbody tr').first();
  await expect(row).toContainText('09:30–11:00');
  await expect(row).toContainText('Europe/Bucharest');
  await select.selectOption('Europe/Vienna');
  await expect(row).toContainText('Europe/Vienna');
  await screenshot(page, 'calendar-import-zone-question');
  await dialog.getByRole('button', { name: 'Import 1 event' }).click();
  await expect(dialog).toBeHidden();
  const [stored] = await rangeRows(server, '2024-06-01', '2024-07-01');
  expect(stored).toMatchObject({ title: 'Coordination call with the ministry', startsAt: '2024-06-12T07:30:00.000Z', timeZone: 'Europe/Vienna' });
  expect(csp).toEqual([]);
});

test('calendar: import an Outlook .ics, refuse a malformed one, export', async ({ page, server }) => {
  const csp = watchCsp(page);
  await openCalendar(page, server);

  await page.getByLabel('iCalendar file to import').setInputFiles(join(FIXTURES, 'outlook-meetings.ics'));
  const dialog = page.getByTestId('ics-import');
  await expect(dialog.getByRole('heading', { name: 'Import outlook-meetings.ics' })).toBeVisible();
  await expect(page.getByTestId('ics-counts')).toHaveText('2 to create · 0 to update · 0 to skip · 2 new people from the attendees');
  const rows = dialog.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  // The Windows zone of Outlook is read as its IANA name.
  await expect(rows.nth(0)).toContainText('Expert meeting on terrorist financing');
  await expect(rows.nth(0)).toContainText('09:30–17:00');
  await expect(rows.nth(0)).toContainText('Europe/Istanbul');
  await expect(rows.nth(0)).toContainText('line 14');
  await expect(rows.nth(1)).toContainText('Joint training on electronic evidence');
  await expect(rows.nth(1)).toContainText('17 June');
  await expect(rows.nth(1)).toContainText('18 June 2024');
  await screenshot(page, 'calendar-import-preview');
  await dialog.getByRole('button', { name: 'Import 2 events' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('outlook-meetings.ics was imported')).toBeVisible();
  await expect(page.getByText('2 created, 0 updated, 0 skipped; 2 people added to the directory.')).toBeVisible();

  await goTo(page, '2024-06-12');
  await expect(calendarEvent(page, 'Expert meeting on terrorist financing')).toBeVisible();
  await expect(calendarEvent(page, 'Joint training on electronic evidence')).toBeVisible();
  const imported = await rangeRows(server, '2024-06-01', '2024-07-01');
  expect(imported.map((e) => e.title).sort()).toEqual(['Expert meeting on terrorist financing', 'Joint training on electronic evidence']);

  // A malformed file: the line is named and nothing is written.
  await page.getByLabel('iCalendar file to import').setInputFiles(join(FIXTURES, 'malformed.ics'));
  await expect(page.getByTestId('ics-error')).toContainText('Line 9:');
  await expect(dialog).toContainText('Nothing was imported.');
  await expect(dialog.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  await screenshot(page, 'calendar-import-error');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  expect(await rangeRows(server, '2000-01-01', '2100-01-01')).toHaveLength(2);

  // Export what the calendar shows (everything: no filter).
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .ics' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.ics$/);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).toContain('BEGIN:VCALENDAR');
  expect(text).toContain('SUMMARY:Expert meeting on terrorist financing');
  expect(text).toContain('SUMMARY:Joint training on electronic evidence');
  expect(text).toContain('DTSTART;TZID=Europe/Istanbul:20240612T093000');
  await expect(page.getByText('2 events exported to')).toBeVisible();

  // Export one event from its page.
  await calendarEvent(page, 'Joint training on electronic evidence').click();
  const one = page.waitForEvent('download');
  await page.getByTestId('event-page').getByRole('button', { name: 'Export .ics' }).click();
  const single = readFileSync((await (await one).path())!, 'utf8');
  expect(single).toContain('SUMMARY:Joint training on electronic evidence');
  expect(single).not.toContain('Expert meeting on terrorist financing');
  expect(single).toContain('DTSTART;VALUE=DATE:20240617');
  expect(csp).toEqual([]);
});

test('bodies: members, a chair term and a numbered meeting series', async ({ page, server }) => {
  const csp = watchCsp(page);
  await page.goto(server.url);
  await section(page, 'Bodies').click();
  await expect(page.getByTestId('bodies-empty')).toBeVisible();
  await page.keyboard.press('n');
  const panel = page.getByRole('dialog', { name: 'New body' });
  await panel.getByRole('textbox', { name: 'Name', exact: true }).fill('Danube Task Force on Trafficking');
  await panel.getByLabel('Acronym').fill('DTFT');
  await panel.getByLabel('Kind').selectOption({ label: 'Task force' });
  await panel.getByRole('button', { name: 'Add member' }).click();
  await panel.getByLabel('Member 1', { exact: true }).selectOption({ label: 'Romania' });
  await panel.getByRole('button', { name: 'Add member' }).click();
  await panel.getByLabel('Member 2', { exact: true }).selectOption({ label: 'Bulgaria' });
  await panel.getByLabel('Membership of member 2').selectOption({ label: 'Observer' });
  await panel.getByRole('button', { name: 'Add term' }).click();
  await panel.getByLabel('Role of term 1').selectOption({ label: 'Presidency' });
  await panel.getByLabel('Holder of term 1').selectOption({ label: 'Romania' });
  await panel.getByLabel('Term 1 from').fill('2024-01-01');
  await expect(panel).toContainText('Create the body first; then add its meeting series here.');
  await panel.getByRole('button', { name: 'Create body' }).click();
  await expect(panel).toBeHidden();

  const grid = page.getByRole('grid', { name: 'Bodies' });
  const row = grid.getByRole('row', { name: /Danube Task Force on Trafficking/ });
  await expect(row).toContainText('DTFT');
  await expect(row).toContainText('Task force');
  await expect(row).toContainText('Romania');

  // A series, saved at once; an event in it is named and numbered by it.
  await row.click();
  const editor = page.getByRole('dialog', { name: 'Danube Task Force on Trafficking' });
  await editor.getByLabel('Name of a new series').fill('meeting of the Danube Task Force on Trafficking');
  await editor.getByRole('button', { name: 'Add series' }).click();
  await expect(editor.getByLabel('Name of the series meeting of the Danube Task Force on Trafficking')).toBeVisible();
  const [summary] = await server.rpc('bodies.list', {});
  const body = await server.rpc('bodies.get', { id: summary!.id });
  const seriesId = body.series[0]!.id;
  const meeting = await server.rpc('events.create', {
    seriesId,
    when: { allDay: true, start: '2025-04-08', end: '2025-04-09', timeZone: 'Europe/Bucharest' },
  });
  expect(meeting.title).toBe('1st meeting of the Danube Task Force on Trafficking');
  await expect(editor).toContainText('1 event');
  await screenshot(page, 'body-editor-new');

  // Renaming the series renames its meetings.
  await editor.getByLabel('Name of the series meeting of the Danube Task Force on Trafficking').fill('plenary of the Danube Task Force');
  await editor.getByRole('button', { name: 'Save the series meeting of the Danube Task Force on Trafficking' }).click();
  await expect(page.getByText('Series renamed to “plenary of the Danube Task Force”')).toBeVisible();
  await expect.poll(async () => (await server.rpc('events.get', { id: meeting.id })).title).toBe('1st plenary of the Danube Task Force');

  // Its title in Romanian, for documents written in Romanian: a pattern with the number's place.
  await editor.getByText('Titles in other languages').click();
  const romanian = editor.getByLabel('Title in Română');
  await romanian.fill('reuniunea plenară');
  await editor.getByRole('button', { name: 'Save the series plenary of the Danube Task Force' }).click();
  await expect(editor.getByText('Put {n} once, where the meeting’s number goes')).toBeVisible();
  await romanian.fill('a {n}-a reuniune plenară a Grupului operativ Dunărea');
  await editor.getByRole('button', { name: 'Save the series plenary of the Danube Task Force' }).click();
  await expect.poll(async () => (await server.rpc('bodies.get', { id: summary!.id })).series[0]!.titles).toEqual({ ro: 'a {n}-a reuniune plenară a Grupului operativ Dunărea' });
  await screenshot(page, 'body-editor-series-titles');
  const agenda = await server.rpc('documents.html', { eventId: meeting.id, document: 'agenda', locale: 'en-GB', language: 'ro' });
  expect(agenda.title).toBe('a 1-a reuniune plenară a Grupului operativ Dunărea – ordinea de zi');

  // Export the series.
  const download = page.waitForEvent('download');
  await editor.getByRole('button', { name: 'Export .ics' }).click();
  const text = readFileSync((await (await download).path())!, 'utf8');
  expect(text).toContain('SUMMARY:1st plenary of the Danube Task Force');

  // The event form offers the series of the chosen body and explains the title.
  await section(page, 'Calendar').click();
  await goTo(page, '2025-04-08');
  await calendarEvent(page, '1st plenary of the Danube Task Force').click();
  await page.getByTestId('event-page').getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('dialog', { name: '1st plenary of the Danube Task Force' });
  await expect(form.getByLabel('Body')).toHaveValue(summary!.id);
  await expect(form.getByLabel('Meeting series')).toHaveValue(seriesId);
  await expect(form.getByLabel('Title')).toBeDisabled();
  await expect(form.getByLabel('Title')).toHaveAccessibleDescription(/Named by its series and numbered by date/);
  expect(csp).toEqual([]);
});

test('calendar with demo data: every view, the event page and form, bodies, dashboard, light and dark', async ({ page, server }) => {
  test.setTimeout(120_000);
  const csp = watchCsp(page);
  await server.rpc('system.loadDemo');
  await page.goto(server.url);

  // The dashboard lists what is coming up, linking to the events' pages.
  const upcoming = page.getByTestId('dashboard-upcoming');
  // The demo's "today" is 22 November 2026: on other days the next eight weeks may hold nothing.
  await expect(upcoming.getByRole('listitem').first().or(upcoming.getByText('Nothing in the calendar for the next 8 weeks.'))).toBeVisible();
  await screenshot(page, 'dashboard-upcoming');

  await section(page, 'Calendar').click();
  await goTo(page, '2024-05-21');
  await expect(page.getByTestId('calendar-title')).toHaveText('May 2024');
  await expect(calendarEvent(page, '9th meeting of the SELEC Anti-Terrorism Task Force')).toBeVisible();
  await page.getByTestId('calendar').focus();
  await screenshot(page, 'calendar-may-2024');

  const shots: Array<[string, string, RegExp]> = [
    ['w', 'calendar-week', /May 2024/],
    ['d', 'calendar-day', /21 May 2024/],
    ['a', 'calendar-agenda', /May 2024/],
  ];
  for (const [key, name, title] of shots) {
    await page.keyboard.press(key);
    await expect(page.getByTestId('calendar-title')).toHaveText(title);
    await expect(calendarEvent(page, '9th meeting of the SELEC Anti-Terrorism Task Force')).toBeVisible();
    await screenshot(page, name);
  }
  await page.keyboard.press('y');
  await goTo(page, '2018-05-10');
  await expect(page.getByTestId('calendar-title')).toHaveText('2018');
  await expect(calendarEvent(page, 'Counter-Terrorism Challenges').first()).toBeVisible();
  await screenshot(page, 'calendar-year-2018');
  await page.keyboard.press('m');
  await goTo(page, '2018-05-10');
  await screenshot(page, 'calendar-month-2018');

  // The seed's meeting, with its series, body and participants.
  await goTo(page, '2024-05-21');
  await calendarEvent(page, '9th meeting of the SELEC Anti-Terrorism Task Force').click();
  const overview = page.getByTestId('event-overview');
  await expect(overview).toContainText('9th in the series “meeting of the SELEC Anti-Terrorism Task Force”');
  await expect(overview).toContainText('SELEC Headquarters, Bucharest, Romania');
  await screenshot(page, 'event-page');
  await page.getByRole('tab', { name: /Participants/ }).click();
  await expect(page.getByTestId('event-participants-coming')).toContainText(/\d+ participants are already recorded/);
  await screenshot(page, 'event-participants');
  await page.getByRole('tab', { name: 'Overview' }).click();
  await page.getByTestId('event-page').getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('dialog', { name: '9th meeting of the SELEC Anti-Terrorism Task Force' });
  await expect(form.getByLabel('Meeting series')).not.toHaveValue('');
  await screenshot(page, 'event-form');
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  // The body, from the event page.
  await overview.getByRole('button', { name: 'SELEC Anti-Terrorism Task Force' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bodies' })).toBeVisible();
  const body = page.getByTestId('body-panel');
  await expect(body.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('SELEC Anti-Terrorism Task Force');
  await expect(body.getByLabel('Member 1', { exact: true })).toHaveValue(/^country:/);
  await screenshot(page, 'body-editor');
  await body.getByTestId('series-section').scrollIntoViewIfNeeded();
  await screenshot(page, 'body-series');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('grid', { name: 'Bodies' }).getByRole('row', { name: /SEPCA/ })).toBeVisible();
  await screenshot(page, 'bodies');

  // Dark.
  await section(page, 'Settings').click();
  await page.getByText('Calendar: undo the last move').scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-shortcuts');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await section(page, 'Bodies').click();
  await screenshot(page, 'bodies-dark');
  await page.getByRole('grid', { name: 'Bodies' }).getByRole('row', { name: /SELEC Anti-Terrorism Task Force/ }).click();
  await expect(page.getByTestId('body-panel').getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('SELEC Anti-Terrorism Task Force');
  await screenshot(page, 'body-editor-dark');
  await page.keyboard.press('Escape');

  // Ctrl+2 comes back where the calendar section was left: on the event's page.
  await page.keyboard.press('Control+2');
  await expect(page.getByTestId('event-overview')).toContainText('9th in the series');
  await page.getByTestId('event-page').getByRole('button', { name: 'Calendar' }).click();
  await goTo(page, '2024-05-21');
  await page.getByTestId('calendar').focus();
  await screenshot(page, 'calendar-month-dark');
  for (const [key, name] of [
    ['w', 'calendar-week-dark'],
    ['d', 'calendar-day-dark'],
    ['a', 'calendar-agenda-dark'],
  ] as const) {
    await page.keyboard.press(key);
    await screenshot(page, name);
  }
  await page.keyboard.press('y');
  await goTo(page, '2018-05-10');
  await expect(page.getByTestId('calendar-title')).toHaveText('2018');
  await screenshot(page, 'calendar-year-dark');
  await page.keyboard.press('m');
  await goTo(page, '2024-05-21');
  await calendarEvent(page, '9th meeting of the SELEC Anti-Terrorism Task Force').click();
  await expect(page.getByTestId('event-overview')).toBeVisible();
  await screenshot(page, 'event-page-dark');
  await page.getByTestId('event-page').getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByTestId('event-panel')).toBeVisible();
  await screenshot(page, 'event-form-dark');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.getByLabel('iCalendar file to import').setInputFiles(join(FIXTURES, 'outlook-meetings.ics'));
  await expect(page.getByTestId('ics-counts')).toBeVisible();
  await screenshot(page, 'calendar-import-preview-dark');
  await page.getByTestId('ics-import').getByRole('button', { name: 'Cancel' }).click();
  await section(page, 'Dashboard').click();
  await expect(page.getByTestId('dashboard-upcoming')).not.toContainText('Loading');
  await screenshot(page, 'dashboard-upcoming-dark');
  expect(csp).toEqual([]);
});
