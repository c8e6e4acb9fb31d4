import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, screenshot, test, type LoopbackServer } from './fixtures';

interface RosterRow {
  id: string;
  fullName: string;
  role: string;
  representingCountryCode: string | null;
  invitation: string;
  attendance: string | null;
}
interface RosterList {
  rows: RosterRow[];
  counts: { total: number };
}

const MEETING = '9th meeting of the SELEC Anti-Terrorism Task Force';

const section = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });

async function roster(server: LoopbackServer, eventId: string): Promise<RosterList> {
  return server.rpc('roster.list', { eventId });
}

async function dismissToasts(page: Page) {
  for (const button of await page.getByRole('button', { name: 'Dismiss' }).all()) await button.click({ timeout: 1000 }).catch(() => {});
}

test('roster: a delegation, people from the directory, attendance in bulk and inline, CSV export, dark', async ({ page, server }) => {
  test.setTimeout(120_000);
  await server.rpc('system.loadDemo');
  const [meeting] = (await server.rpc('events.range', { from: '2024-05-01T00:00:00Z', to: '2024-06-01T00:00:00Z', filter: {} })).filter(
    (e) => e.title === MEETING,
  );
  const eventId = meeting!.id;
  const before = await roster(server, eventId);

  // The meeting's page, through the calendar.
  await page.goto(server.url);
  await section(page, 'Calendar').click();
  await page.getByLabel('Go to a date').fill('2024-05-21');
  await expect(page.getByTestId('calendar-title')).toHaveText('May 2024');
  await page.locator('.fc-event', { hasText: MEETING }).click();
  const tab = page.getByRole('tab', { name: /Participants/ });
  await expect(tab).toContainText(String(before.counts.total));
  await tab.click();

  const summary = page.getByTestId('roster-summary');
  await expect(summary).toContainText(`${before.counts.total} participants are already recorded for this event`);
  const grid = page.getByRole('grid', { name: 'Roster' });
  await expect(grid.getByRole('row', { name: /Bosnia and Herzegovina/ }).first()).toBeVisible();
  const byCountry = page.getByTestId('roster-counts').getByRole('row', { name: /Bosnia and Herzegovina/ });
  await expect(byCountry).toHaveText(/Bosnia and Herzegovina\s*1\s*1\s*1/);
  await screenshot(page, 'roster');

  // A whole delegation: everyone of Bosnia and Herzegovina who is not on the roster yet.
  await page.getByRole('button', { name: 'Add delegation…' }).click();
  const delegation = page.getByRole('dialog', { name: 'Add a delegation' });
  await expect(delegation.getByRole('button', { name: 'Add delegation' })).toBeDisabled();
  await delegation.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'Bosnia and Herzegovina' });
  await delegation.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Delegate' });
  // Staff of an international organisation come only when ticked.
  const amra = delegation.getByRole('checkbox', { name: /Amra Begović/ });
  await expect(amra).not.toBeChecked();
  await amra.check();
  await delegation.getByRole('button', { name: 'Add delegation' }).click();
  await expect(delegation).toBeHidden();
  await expect(page.getByText(/^Added 4(, 1 already on the roster| people to the roster)$/)).toBeVisible();
  await expect(summary).toContainText(`${before.counts.total + 4} participants`);
  await expect(byCountry).toHaveText(/Bosnia and Herzegovina\s*5\s*1\s*1/);
  await expect(tab).toContainText(String(before.counts.total + 4));
  await dismissToasts(page);

  // Two people from the directory, found without their diacritics; those on the roster say so.
  await page.getByRole('button', { name: 'Add people…' }).click();
  const add = page.getByRole('dialog', { name: 'Add people to the roster' });
  const search = add.getByRole('searchbox', { name: 'Search the directory' });
  await search.fill('kovacevic');
  await expect(add.getByRole('listitem').filter({ hasText: 'Adnan Kovačević' })).toContainText('On the roster');
  await expect(add.getByRole('checkbox', { name: /Adnan Kovačević/ })).toBeDisabled();
  await search.fill('stanescu');
  await add.getByRole('checkbox', { name: /Ioana Stănescu/ }).check();
  await search.fill('dubois');
  await add.getByRole('checkbox', { name: /Claire Dubois/ }).check();
  await add.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Speaker' });
  await expect(add.getByTestId('roster-chosen')).toContainText('2 people ticked');
  await expect(add.getByTestId('roster-chosen')).toContainText('Ioana Stănescu');
  await screenshot(page, 'roster-add-people');
  await add.getByRole('button', { name: 'Add 2 people' }).click();
  await expect(add).toBeHidden();
  await expect(page.getByText('Added 2 people to the roster')).toBeVisible();
  await expect(summary).toContainText(`${before.counts.total + 6} participants`);
  await dismissToasts(page);
  const added = (await roster(server, eventId)).rows.filter((r) => r.fullName === 'Ioana Stănescu' || r.fullName === 'Claire Dubois');
  expect(added.map((r) => [r.fullName, r.role, r.invitation]).sort()).toEqual([
    ['Claire Dubois', 'speaker', 'invited'],
    ['Ioana Stănescu', 'speaker', 'invited'],
  ]);

  // Bulk: the new Bosnian delegates did not come; they sent word. A shift-click ticks a range.
  const newcomers = ['Amra Begović', 'Бојан Стојановић'];
  await grid.getByRole('checkbox', { name: `Select ${newcomers[0]}` }).click();
  await grid.getByRole('checkbox', { name: `Select ${newcomers[1]}` }).click({ modifiers: ['Shift'] });
  for (const name of newcomers) await expect(grid.getByRole('checkbox', { name: `Select ${name}` })).toBeChecked();
  const bulk = page.getByTestId('roster-bulk');
  const ticked = Number(/(\d+) selected/.exec((await bulk.textContent()) ?? '')?.[1]);
  expect(ticked).toBeGreaterThanOrEqual(2);
  await bulk.getByLabel('Set invitation…').selectOption({ label: 'Confirmed' });
  await expect(page.getByText(`Invitation set to Confirmed for ${ticked} participants`)).toBeVisible();
  // A bulk action is done with its selection: tick them again for the next one.
  await expect(bulk).not.toContainText('selected');
  await grid.getByRole('checkbox', { name: `Select ${newcomers[0]}` }).click();
  await grid.getByRole('checkbox', { name: `Select ${newcomers[1]}` }).click({ modifiers: ['Shift'] });
  await expect(bulk).toContainText(`${ticked} selected`);
  await bulk.getByLabel('Set attendance…').selectOption({ label: 'Excused' });
  await expect(page.getByText(`Attendance set to Excused for ${ticked} participants`)).toBeVisible();
  await dismissToasts(page);
  await page.evaluate(() => document.querySelector('[data-testid="roster-bulk"]')?.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'roster-bulk');
  await expect.poll(async () => (await roster(server, eventId)).rows.filter((r) => r.attendance === 'excused').length).toBe(ticked);
  const afterBulk = await roster(server, eventId);
  for (const name of newcomers) expect(afterBulk.rows.find((r) => r.fullName === name)).toMatchObject({ invitation: 'confirmed', attendance: 'excused' });
  await expect(page.getByTestId('roster-attendance-counts')).toContainText(`${ticked}Excused`);
  await expect(bulk).not.toContainText('selected');
  await dismissToasts(page);

  // Inline: one row's attendance and notes. A row carries its controls while it is in use (hovered or focused).
  await grid.getByRole('row', { name: /Ioana Stănescu/ }).hover();
  await grid.getByLabel('Attendance of Ioana Stănescu').selectOption({ label: 'Attended' });
  await expect.poll(async () => (await roster(server, eventId)).rows.find((r) => r.fullName === 'Ioana Stănescu')?.attendance).toBe('attended');
  await grid.getByLabel('Notes on Ioana Stănescu').fill('Presented the <b>annual</b> threat assessment');
  await grid.getByLabel('Notes on Ioana Stănescu').press('Enter');
  await expect
    .poll(async () => (await server.rpc('roster.list', { eventId })).rows.find((r) => r.fullName === 'Ioana Stănescu')?.notes)
    .toBe('Presented the <b>annual</b> threat assessment');

  // Representing: a seconded officer speaks for another country; the roster regroups her.
  await grid.getByRole('row', { name: /Ioana Stănescu/ }).hover();
  await grid.getByRole('button', { name: 'Change whom Ioana Stănescu represents' }).click();
  const representing = page.getByRole('dialog', { name: 'Representing — Ioana Stănescu' });
  await representing.getByLabel('Country').selectOption({ label: 'Bulgaria' });
  await representing.getByLabel('Organisation').selectOption({ index: 1 });
  await screenshot(page, 'roster-representing');
  await representing.getByRole('button', { name: 'Save' }).click();
  await expect(representing).toBeHidden();
  await expect
    .poll(async () => (await roster(server, eventId)).rows.find((r) => r.fullName === 'Ioana Stănescu'))
    .toMatchObject({ representingCountryCode: 'BG', representingOrgId: expect.any(String) });
  await expect(grid.getByRole('row', { name: /Ioana Stănescu/ })).toContainText('Bulgaria');

  // A change made elsewhere shows without a reload.
  const claire = (await roster(server, eventId)).rows.find((r) => r.fullName === 'Claire Dubois')!;
  await server.rpc('roster.bulkUpdate', { ids: [claire.id], invitation: 'declined' });
  await grid.getByRole('row', { name: /Claire Dubois/ }).hover();
  await expect(grid.getByLabel('Invitation of Claire Dubois')).toHaveValue('declined');

  // Keyboard: Ctrl+A ticks everyone, Esc clears.
  await grid.focus();
  await page.keyboard.press('Control+a');
  await expect(bulk).toContainText(`${before.counts.total + 6} selected`);
  await page.keyboard.press('Escape');
  await expect(bulk).not.toContainText('selected');

  // Remove one, after a confirmation that says how many.
  await grid.getByRole('checkbox', { name: 'Select Claire Dubois' }).click();
  await bulk.getByRole('button', { name: 'Remove from roster…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove 1 participant from the roster?' });
  await confirm.getByRole('button', { name: 'Remove 1 participant' }).click();
  await expect(page.getByText('Removed 1 participant from the roster')).toBeVisible();
  await expect(summary).toContainText(`${before.counts.total + 5} participants`);
  expect((await roster(server, eventId)).rows.some((r) => r.fullName === 'Claire Dubois')).toBe(false);
  await dismissToasts(page);

  // CSV: UTF-8 with a BOM, the English header, the names as written.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV (comma-separated)', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text.startsWith('\uFEFFCountry,Name,Position,Organisation,Role,Invitation,Attendance')).toBe(true);
  expect(text).toContain('Ioana Stănescu');
  expect(text).toContain('Presented the <b>annual</b> threat assessment');
  const xlsx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel', exact: true }).click();
  expect((await xlsx).suggestedFilename()).toMatch(/\.xlsx$/);
  // Notes are text, never markup.
  await expect(page.locator('.roster b')).toHaveCount(0);

  // Dark.
  await section(page, 'Settings').click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Control+2');
  await expect(summary).toBeVisible();
  await grid.getByRole('checkbox', { name: 'Select Amra Begović' }).click();
  await expect(grid.getByRole('checkbox', { name: 'Select Amra Begović' })).toBeChecked();
  await dismissToasts(page);
  await screenshot(page, 'roster-dark');
});

test('roster: an empty roster says what to do, and 500 participants stay quick to move through', async ({ page, server }) => {
  test.setTimeout(120_000);
  const event = await server.rpc('events.create', {
    title: 'Plenary of the network of liaison officers',
    kind: 'task_force_meeting',
    when: { allDay: true, start: '2025-06-10', end: '2025-06-10', timeZone: 'Europe/Bucharest' },
  });
  await page.goto(server.url);
  await section(page, 'Calendar').click();
  await page.getByLabel('Go to a date').fill('2025-06-10');
  await page.locator('.fc-event', { hasText: 'Plenary of the network' }).click();
  await page.getByRole('tab', { name: 'Participants' }).click();
  const empty = page.getByTestId('roster-empty');
  await expect(empty).toContainText('No participants are recorded for this event yet.');
  await expect(empty.getByRole('button', { name: 'Add people…' })).toBeVisible();
  await expect(empty.getByRole('button', { name: 'Add delegation…' })).toBeVisible();
  await screenshot(page, 'roster-empty');

  // 500 people, added over the contract in one go.
  const ids: string[] = [];
  for (let i = 0; i < 500; i++) {
    const person = await server.rpc('people.create', { fullName: `Officer ${String(i).padStart(3, '0')}`, countryCode: i % 2 ? 'RO' : 'BG' });
    ids.push(person.id);
  }
  await server.rpc('roster.add', { eventId: event.id, personIds: ids });
  const grid = page.getByRole('grid', { name: 'Roster' });
  await expect(page.getByTestId('roster-summary')).toContainText('500 participants');
  // Virtualized: only the rows in view are in the page.
  expect(await grid.getByRole('row').count()).toBeLessThan(80);
  // Only a row in use carries real form controls: 500 rows of selects made scrolling stutter.
  expect(await grid.locator('select').count()).toBeLessThanOrEqual(6);
  await grid.focus();
  await page.keyboard.press('End');
  await expect(grid.getByRole('row', { name: /Officer 499/ })).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(page.getByTestId('roster-bulk')).toContainText('3 selected');
  await page.keyboard.press('Home');
  await expect(grid.getByRole('row', { name: /Officer 000/ })).toBeVisible();
});

test('roster: an edit over a change made elsewhere is refused and says so', async ({ page, server }) => {
  const event = await server.rpc('events.create', {
    title: 'Working group on firearms trafficking',
    kind: 'task_force_meeting',
    when: { allDay: true, start: '2025-06-12', end: '2025-06-12', timeZone: 'Europe/Bucharest' },
  });
  const person = await server.rpc('people.create', { fullName: 'Dragana Marković', countryCode: 'RS' });
  await server.rpc('roster.add', { eventId: event.id, personIds: [person.id] });
  // No change notices reach this window, as when another window saved while this one was asleep.
  await page.route('**/events', (route) => route.abort());
  await page.goto(server.url);
  await section(page, 'Calendar').click();
  await page.getByLabel('Go to a date').fill('2025-06-12');
  await page.locator('.fc-event', { hasText: 'Working group on firearms' }).click();
  await page.getByRole('tab', { name: /Participants/ }).click();
  const grid = page.getByRole('grid', { name: 'Roster' });
  await grid.getByRole('row', { name: /Dragana Marković/ }).hover();
  await expect(grid.getByLabel('Role of Dragana Marković')).toHaveValue('delegate');

  const [row] = (await roster(server, event.id)).rows;
  await server.rpc('roster.bulkUpdate', { ids: [row!.id], role: 'head_of_delegation' });
  await grid.getByLabel('Role of Dragana Marković').selectOption({ label: 'Speaker' });
  await expect(page.getByRole('alert').filter({ hasText: 'Dragana Marković was changed elsewhere' })).toBeVisible();
  // Their version stands, and the row shows it.
  await expect(grid.getByLabel('Role of Dragana Marković')).toHaveValue('head_of_delegation');
  expect((await roster(server, event.id)).rows[0]!.role).toBe('head_of_delegation');
  await screenshot(page, 'roster-conflict');
});
