import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { expect, screenshot, test, type LoopbackServer } from './fixtures';
import { CHROMIUM_ARGS } from './playwright.config';
import type { AttendanceStatus } from '../../src-shared/contract';

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });

/** A one-day meeting with one session, two items and an outcome. */
async function meeting(server: LoopbackServer, title = 'Workshop on joint patrols', date = '2026-04-14') {
  const event = await server.rpc('events.create', {
    title,
    kind: 'workshop',
    when: { allDay: false, start: `${date}T09:00`, end: `${date}T17:00`, timeZone: 'Europe/Bucharest' },
  });
  const agenda = await server.rpc('agenda.addSession', { eventId: event.id, day: date, title: 'Opening session' });
  const sessionId = agenda.days[0]!.sessions[0]!.id;
  await server.rpc('agenda.addItem', { sessionId, title: 'Welcome address', kind: 'opening', durationMin: 15 });
  await server.rpc('agenda.addItem', { sessionId, title: 'Patrols on the RO–BG border', kind: 'presentation', durationMin: 45 });
  await server.rpc('outcomes.create', { eventId: event.id, kind: 'decision', text: 'Joint patrols continue on the RO–BG border.' });
  return event;
}

async function openEvent(page: Page, title: string, date = '2026-04-14') {
  await section(page, 'Calendar').click();
  await page.getByLabel('Go to a date').fill(date);
  await page.getByRole('button', { name: 'Day', exact: true }).click();
  await page.locator('.fc-event', { hasText: title }).first().click();
  await expect(page.getByTestId('event-page')).toBeVisible();
}

/** Whether every time input in `scope` is at least as wide as the value it shows needs (a squeezed one cuts "09:00 AM" to "09:00 AI"). */
async function squeezedTimeInputs(page: Page, scope: string) {
  return page.locator(scope).evaluate((root) =>
    [...root.querySelectorAll<HTMLInputElement>('input[type=time]')]
      .filter((input) => input.offsetParent !== null)
      .flatMap((input) => {
        const natural = input.cloneNode() as HTMLInputElement;
        natural.style.width = 'auto';
        natural.style.flex = 'none';
        natural.style.position = 'absolute';
        input.parentElement!.append(natural);
        const needed = natural.offsetWidth;
        natural.remove();
        return input.offsetWidth < needed ? [`${input.getAttribute('aria-label') ?? input.id}: ${input.offsetWidth}px < ${needed}px`] : [];
      }),
  );
}

test('time inputs of the agenda show their whole value at 1280×720, with a 24-hour and a 12-hour clock', async ({ server }) => {
  test.setTimeout(90_000);
  await meeting(server);
  // The browser's language decides the clock of a time input, so each runs in its own browser.
  for (const lang of ['en-GB', 'en-US']) {
    const browser = await chromium.launch({ executablePath: process.env.LIAISON_CHROMIUM ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, `--lang=${lang}`] });
    try {
      const page = await browser.newPage({ locale: lang, timezoneId: 'Europe/Bucharest', viewport: { width: 1280, height: 720 } });
      await page.goto(server.url);
      await openEvent(page, 'Workshop on joint patrols');
      await page.getByRole('tab', { name: 'Agenda' }).click();
      expect(await squeezedTimeInputs(page, '[data-testid="event-page"]')).toEqual([]);
      await page.getByRole('button', { name: 'Add item', exact: true }).first().click();
      const dialog = page.getByRole('dialog', { name: 'New agenda item' });
      await dialog.getByLabel('At a fixed time').check();
      await expect(dialog.locator('input[type=time]').first()).toBeEnabled();
      expect(await squeezedTimeInputs(page, 'dialog[open]')).toEqual([]);
      await screenshot(page, `first-week-agenda-item-times-${lang}`);
    } finally {
      await browser.close();
    }
  }
});

test('print previews of the agenda, the outcomes and the donor report apply their style without a CSP error', async ({ page, server }) => {
  test.setTimeout(90_000);
  await server.rpc('system.loadDemo');
  await meeting(server, 'Workshop on joint patrols', '2030-03-05');
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to apply/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(server.url);
  await openEvent(page, 'Workshop on joint patrols', '2030-03-05');
  const frame = page.frameLocator('[data-testid="print-preview-frame"]');

  await page.getByRole('tab', { name: 'Agenda' }).click();
  await page.getByRole('group', { name: 'Export the agenda' }).getByRole('button', { name: 'Print…' }).click();
  await expect(frame.locator('td.time').first()).toHaveText('09:00–09:15');
  // The document's own stylesheet applies (18pt title, grey desk on screen).
  await expect(frame.locator('h1')).toHaveCSS('font-size', '24px');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Outcomes' }).click();
  await page.getByRole('group', { name: 'Export the outcomes' }).getByRole('button', { name: 'PDF' }).click();
  await expect(frame.locator('.outcome-list')).toContainText('Joint patrols continue');
  await expect(frame.locator('h1')).toHaveCSS('font-size', '24px');
  await page.keyboard.press('Escape');

  await section(page, 'Projects').click();
  await page.getByTestId('projects-portfolio').getByTestId('project-card').filter({ hasText: 'ATHENA 2' }).click();
  await page.getByRole('tab', { name: 'Export' }).click();
  await page.getByRole('button', { name: 'Preview and print…' }).click();
  const report = page.getByTestId('report-preview').frameLocator('iframe');
  await expect(report.locator('body')).toContainText('Joint operations');
  await expect(report.locator('h1')).toHaveCSS('font-size', '24px');
  await page.keyboard.press('Escape');

  expect(violations).toEqual([]);
});

test('did it take place? the dashboard and the event page ask about past confirmed events; Held makes one count', async ({ page, server }) => {
  test.setTimeout(90_000);
  const project = await server.rpc('projects.create', { acronym: 'ATHENA 2', title: 'ATHENA 2', startsOn: '2025-01-01', endsOn: '2027-12-31' });
  const workshops = await server.rpc('indicators.create', { projectId: project.id, name: 'Thematic workshops', target: 6, feedEventKind: 'workshop', feedMeasure: 'events' });
  const workshop = await server.rpc('events.create', {
    title: 'Workshop on joint patrols', kind: 'workshop', status: 'confirmed',
    when: { allDay: false, start: '2025-10-14T09:00', end: '2025-10-14T17:00', timeZone: 'Europe/Bucharest' },
  });
  await server.rpc('projects.linkEvents', { projectId: project.id, eventIds: [workshop.id], linked: true });
  await server.rpc('events.create', {
    title: 'Call with the liaison officers', kind: 'call', status: 'planned',
    when: { allDay: false, start: '2025-09-02T10:00', end: '2025-09-02T11:00', timeZone: 'Europe/Bucharest' },
  });
  await server.rpc('events.create', { title: 'Held roundtable', kind: 'roundtable', status: 'held', when: { allDay: true, start: '2025-08-01', end: '2025-08-01', timeZone: 'Europe/Bucharest' } });
  await server.rpc('events.create', { title: 'Conference to come', kind: 'conference', status: 'confirmed', when: { allDay: true, start: '2099-08-01', end: '2099-08-02', timeZone: 'Europe/Bucharest' } });
  const counted = async () =>
    (await server.rpc('projects.dashboard', { id: project.id })).indicators.find((p) => p.indicator.id === workshops.id)!.actual;
  expect(await counted()).toBe(0);

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(server.url);
  const card = page.getByTestId('dashboard-took-place');
  await expect(card.getByRole('heading', { name: 'Did these take place?' })).toBeVisible();
  // Most recent first; neither the held event nor the one to come.
  await expect(card.getByTestId('took-place-row')).toHaveCount(2);
  await expect(card.getByTestId('took-place-row').first()).toContainText('Workshop on joint patrols');
  await expect(card.getByTestId('took-place-row').first()).toContainText('14 Oct');
  await expect(card.getByTestId('took-place-row').nth(1)).toContainText('Call with the liaison officers');
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'first-week-took-place-dashboard');

  await card.getByRole('group', { name: 'Did “Workshop on joint patrols” take place?' }).getByRole('button', { name: 'Held' }).click();
  await expect(card.getByTestId('took-place-row')).toHaveCount(1);
  await expect(page.getByText('“Workshop on joint patrols” was held')).toBeVisible();
  // Focus moves to the next question, not to the top of the page.
  await expect(card.getByRole('group', { name: 'Did “Call with the liaison officers” take place?' }).getByRole('button', { name: 'Held' })).toBeFocused();
  expect(await counted()).toBe(1);

  // The event page asks too.
  await card.getByRole('button', { name: 'Call with the liaison officers' }).click();
  const banner = page.getByTestId('took-place-banner');
  await expect(banner).toContainText('Did it take place?');
  await expect(banner).toContainText('still “Planned”');
  await screenshot(page, 'first-week-took-place-event');
  await page.emulateMedia({ colorScheme: 'dark' });
  // Buttons fade to the dark theme's colours.
  await page.waitForTimeout(400);
  await screenshot(page, 'first-week-took-place-event-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await banner.getByRole('button', { name: 'Postponed' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Overview' })).toBeFocused();
  await expect(page.locator('.event-badges .status-badge')).toHaveText('Postponed');

  // Undo from the toast brings the question back.
  await page.locator('.toast', { hasText: '“Call with the liaison officers” was postponed' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('took-place-banner')).toBeVisible();
  await expect(page.locator('.event-badges .status-badge')).toHaveText('Planned');

  // A held event's page does not ask.
  await section(page, 'Dashboard').click();
  await expect(page.getByTestId('dashboard-took-place').getByTestId('took-place-row')).toHaveCount(1);
});

test('directory import: a row in error is corrected in the preview, checked again, and imported as corrected', async ({ page, server }) => {
  test.setTimeout(90_000);
  await server.rpc('people.create', { fullName: 'Ana Popescu', emails: ['a.popescu@politiaromana.ro'], countryCode: 'RO' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(server.url);
  await section(page, 'People').click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const wizard = page.getByRole('dialog', { name: 'Import people' });
  await wizard.getByLabel('Directory file').setInputFiles(join(import.meta.dirname, 'fixtures', 'import', 'europe-semicolon-bom.csv'));
  await wizard.getByRole('button', { name: 'Next: map columns' }).click();
  await wizard.getByRole('combobox', { name: 'Import column “Funkcija” as' }).selectOption('position');
  await wizard.getByRole('combobox', { name: 'Import column “Telefon” as' }).selectOption('ignore');
  await wizard.getByRole('button', { name: 'Next: check rows' }).click();

  const counts = wizard.getByTestId('import-counts');
  await expect(counts).toContainText('With errors2');
  const rows = wizard.getByRole('table', { name: 'Rows of the file' });
  // Only the cells in error can be typed in.
  await expect(rows.getByRole('textbox')).toHaveCount(2);
  const email = rows.getByRole('textbox', { name: 'Email of row 5' });
  await expect(email).toHaveValue('ivan.ivic(at)mup.hr');
  await expect(email).toHaveAttribute('aria-invalid', 'true');

  // Still wrong: the core says so again, on the same row.
  await email.fill('ivan.ivic@');
  await email.press('Enter');
  await expect(rows.locator('tr[data-row="5"]')).toContainText('Row 5: Not a valid email address: ivan.ivic@');
  await email.fill('ivan.ivic@mup.hr');
  await email.press('Enter');
  await expect(rows.locator('tr[data-row="5"]')).not.toContainText('Not a valid email address');
  await expect(rows.getByRole('combobox', { name: 'Action for row 5' })).toHaveValue('create');
  await expect(email).toBeFocused();
  await expect(rows.locator('tr[data-row="5"]')).toContainText('corrected');
  await expect(counts).toContainText('With errors1');
  await rows.locator('tr[data-row="7"]').scrollIntoViewIfNeeded();
  await screenshot(page, 'first-week-import-fix-in-place');

  // An unknown country takes the suggestion in one click.
  await rows.locator('tr[data-row="6"]').getByRole('button', { name: 'Use Romania (RO)' }).click();
  await expect(counts).toContainText('With errors0');
  await expect(rows.getByRole('textbox', { name: 'Country of row 6' })).toHaveValue('RO');
  expect((await server.rpc('people.list', {})).total).toBe(1);

  await wizard.getByRole('button', { name: 'Import 6 people' }).click();
  await expect(wizard).toBeHidden();
  await expect(page.getByText('5 created · 1 merged · 0 skipped · 4 new organisations')).toBeVisible();
  const stored = await server.rpc('people.list', { limit: 50 });
  const byName = new Map(stored.rows.map((p) => [p.fullName, p]));
  expect(byName.get('Ivan Ivić')).toMatchObject({ emails: ['ivan.ivic@mup.hr'], countryCode: 'HR' });
  expect(byName.get('Mihai Ionescu')).toMatchObject({ emails: ['m.ionescu@politiaromana.ro'], countryCode: 'RO' });
});

test('attendance matrix: excused and no-show have their own symbols and a legend; a meeting not held yet shows invited', async ({ page, server }) => {
  test.setTimeout(90_000);
  const body = await server.rpc('bodies.create', {
    name: 'Anti-Terrorism Task Force', acronym: 'ATTF', members: [{ countryCode: 'RO' }, { countryCode: 'BG' }, { countryCode: 'TR' }],
  });
  const series = await server.rpc('series.create', { bodyId: body.id, name: 'meeting of the ATTF' });
  const held = await server.rpc('events.create', { seriesId: series.id, status: 'held', when: { allDay: true, start: '2025-05-20', end: '2025-05-21', timeZone: 'Europe/Bucharest' } });
  const next = await server.rpc('events.create', { seriesId: series.id, status: 'confirmed', when: { allDay: true, start: '2099-05-20', end: '2099-05-21', timeZone: 'Europe/Bucharest' } });
  const person = async (fullName: string, countryCode: string) => (await server.rpc('people.create', { fullName, countryCode })).id;
  const people = { RO: await person('Ion Popescu', 'RO'), BG: await person('Ivan Petrov', 'BG'), TR: await person('Ayşe Yılmaz', 'TR') };
  const record = async (eventId: string, attendance: Record<string, AttendanceStatus | null>) => {
    await server.rpc('roster.add', { eventId, personIds: Object.values(people) });
    const roster = await server.rpc('roster.list', { eventId });
    for (const [code, value] of Object.entries(attendance)) {
      const row = roster.rows.find((r) => r.personId === people[code as keyof typeof people])!;
      await server.rpc('roster.bulkUpdate', { ids: [row.id], attendance: value });
    }
  };
  await record(held.id, { RO: 'attended', BG: 'excused', TR: 'no_show' });
  // Recorded ahead of time: an apology counts; a "no-show" before the meeting cannot be one.
  await record(next.id, { RO: null, BG: 'excused', TR: 'no_show' });

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(server.url);
  await section(page, 'Bodies').click();
  await page.getByRole('gridcell', { name: /Anti-Terrorism Task Force/ }).click();
  await page.getByRole('button', { name: 'Attendance of member states…' }).click();
  const dialog = page.getByTestId('attendance-dialog');
  const cells = (country: string) => dialog.getByRole('row', { name: new RegExp(`^${country}`) }).locator('td.attendance-cell');
  await expect(cells('Romania')).toHaveText(['●Attended', '◌Invited, meeting not held yet']);
  await expect(cells('Bulgaria')).toHaveText(['⊘Excused or declined', '⊘Excused or declined']);
  await expect(cells('Türkiye')).toHaveText(['✕No-show', '◌Invited, meeting not held yet']);
  const legend = dialog.getByTestId('attendance-legend');
  await expect(legend.getByRole('listitem')).toHaveText(['●Attended', '⊘Excused or declined', '✕No-show', '◌Invited, meeting not held yet', '–Not invited']);
  await screenshot(page, 'first-week-attendance-matrix');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(400);
  await screenshot(page, 'first-week-attendance-matrix-dark');
});
