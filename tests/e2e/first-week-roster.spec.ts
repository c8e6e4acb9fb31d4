import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test, type LoopbackServer } from './fixtures';

interface RosterRow {
  id: string;
  personId: string;
  fullName: string;
  role: string;
  representingCountryCode: string | null;
  invitation: string;
  attendance: string | null;
  notes: string;
  emails: string[];
}

const HELD = '9th meeting of the SELEC Anti-Terrorism Task Force';
const PLANNED = '12th meeting of the SELEC Anti-Terrorism Task Force';

const section = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });

const roster = (server: LoopbackServer, eventId: string) => server.rpc('roster.list', { eventId });

async function findEvent(server: LoopbackServer, title: string, from: string, to: string): Promise<string> {
  const events = await server.rpc('events.range', { from, to, filter: {} });
  return events.find((e) => e.title === title)!.id;
}

/** Opens an event's Participants tab through the calendar, as a user would. */
async function openParticipants(page: Page, server: LoopbackServer, title: string, day: string, month: string | RegExp) {
  await page.goto(server.url);
  await section(page, 'Calendar').click();
  await page.getByLabel('Go to a date').fill(day);
  await expect(page.getByTestId('calendar-title')).toHaveText(month);
  await page.locator('.fc-event', { hasText: title }).first().click();
  await page.getByRole('tab', { name: /Participants/ }).click();
  await expect(page.getByTestId('roster-summary')).toBeVisible();
}

async function dismissToasts(page: Page) {
  for (const button of await page.getByRole('button', { name: 'Dismiss' }).all()) await button.click({ timeout: 1000 }).catch(() => {});
}

/** The roster row of a participation, and where on screen it is. */
const rowOf = (grid: Locator, id: string) => grid.locator(`[data-row-id="${id}"]`);
const focusedRowId = (page: Page) => page.evaluate(() => (document.activeElement?.closest('[data-row-id]') as HTMLElement | null)?.dataset.rowId ?? null);
const focusedRole = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName ?? null);

test.describe('first week: the roster keeps the keyboard where the user works', () => {
  /** The held 9th meeting's Participants tab, its grid and its rows in roster order. */
  async function heldRoster(page: Page, server: LoopbackServer) {
    await server.rpc('system.loadDemo');
    const eventId = await findEvent(server, HELD, '2024-05-01T00:00:00Z', '2024-06-01T00:00:00Z');
    const rows = (await roster(server, eventId)).rows;
    await openParticipants(page, server, HELD, '2024-05-21', 'May 2024');
    return { eventId, rows, grid: page.getByRole('grid', { name: 'Roster' }), tab: page.getByRole('tab', { name: /Participants/ }) };
  }

  test('Esc in a roster row ends the edit, then clears, and never leaves the event', async ({ page, server }) => {
    test.setTimeout(90_000);
    const { rows, grid, tab } = await heldRoster(page, server);
    const [first, second] = rows;
    await rowOf(grid, first!.id).locator('.col-name').click();
    await page.keyboard.press('Enter');
    await expect(grid.getByLabel(`Role of ${first!.fullName}`)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(grid).toBeFocused();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    // With a tick, Esc clears it; with none, it still does not leave the event.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect(grid.getByRole('checkbox', { name: `Select ${second!.fullName}` })).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(grid.getByRole('checkbox', { name: `Select ${second!.fullName}` })).not.toBeChecked();
    await page.keyboard.press('Escape');
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(grid).toBeFocused();
    // Esc in a note leaves the field for the grid.
    await page.keyboard.press('Enter');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await expect(grid.getByLabel(`Notes on ${second!.fullName}`)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(grid).toBeFocused();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  });

  test('leaving a row with Tab or Enter keeps focus in the grid, on the next row', async ({ page, server }) => {
    test.setTimeout(90_000);
    const { eventId, rows, grid } = await heldRoster(page, server);
    const [first, second, third] = rows;
    await rowOf(grid, first!.id).locator('.col-name').click();
    await page.keyboard.press('Enter');
    for (const label of [`Invitation of ${first!.fullName}`, `Attendance of ${first!.fullName}`, `Notes on ${first!.fullName}`]) {
      await page.keyboard.press('Tab');
      await expect(grid.getByLabel(label)).toBeFocused();
    }
    await page.keyboard.press('Tab');
    await expect(grid.getByRole('button', { name: `Change whom ${second!.fullName} represents` })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(grid.getByLabel(`Notes on ${first!.fullName}`)).toBeFocused();
    // Enter in a note saves it and goes to the same cell of the next row.
    await page.keyboard.type('Arrives on the evening before');
    await page.keyboard.press('Enter');
    await expect(grid.getByLabel(`Notes on ${second!.fullName}`)).toBeFocused();
    await expect.poll(async () => (await roster(server, eventId)).rows.find((r) => r.id === first!.id)?.notes).toBe('Arrives on the evening before');
    await page.keyboard.press('Enter');
    await expect(grid.getByLabel(`Notes on ${third!.fullName}`)).toBeFocused();
  });

  test('a bulk action keeps focus on the grid, on the active row, and clears the selection', async ({ page, server }) => {
    test.setTimeout(90_000);
    const { rows, grid } = await heldRoster(page, server);
    const [first, second] = rows;
    const bulk = page.getByTestId('roster-bulk');
    await grid.getByRole('checkbox', { name: `Select ${first!.fullName}` }).click();
    await grid.getByRole('checkbox', { name: `Select ${second!.fullName}` }).click();
    await expect(bulk).toContainText('2 selected');
    await bulk.getByLabel('Set invitation…').selectOption({ label: 'Confirmed' });
    await expect(page.getByText('Invitation set to Confirmed for 2 participants')).toBeVisible();
    await expect(bulk).not.toContainText('selected');
    await expect(grid.getByRole('checkbox', { name: `Select ${first!.fullName}` })).not.toBeChecked();
    await expect(grid).toBeFocused();
    await expect(rowOf(grid, second!.id)).toHaveClass(/is-selected/);
    // The arrows go on from there.
    await page.keyboard.press('ArrowDown');
    await expect(rowOf(grid, rows[2]!.id)).toHaveClass(/is-selected/);
  });

  test('a row keeps its place while its role is changed, and moves once focus leaves it', async ({ page, server }) => {
    test.setTimeout(90_000);
    const { eventId, rows, grid } = await heldRoster(page, server);
    const byCountry = new Map<string, RosterRow[]>();
    for (const r of rows) byCountry.set(r.representingCountryCode ?? '', [...(byCountry.get(r.representingCountryCode ?? '') ?? []), r]);
    // The last of a country's group, made chair, sorts to the top of its group.
    const group = [...byCountry.values()].find((g) => g.length >= 2 && g.at(-1)!.role !== 'chair')!;
    const mover = group.at(-1)!;
    const moverRow = rowOf(grid, mover.id);
    await moverRow.scrollIntoViewIfNeeded();
    const before = (await moverRow.boundingBox())!.y;
    await moverRow.locator('.col-name').click();
    await page.keyboard.press('Enter');
    const role = grid.getByLabel(`Role of ${mover.fullName}`);
    await expect(role).toBeFocused();
    await role.selectOption({ label: 'Chair' });
    await expect.poll(async () => (await roster(server, eventId)).rows.find((r) => r.id === mover.id)?.role).toBe('chair');
    // Give the roster time to reload after the change notification.
    await page.waitForTimeout(800);
    await expect(role).toBeFocused();
    await expect(role).toHaveValue('chair');
    expect((await moverRow.boundingBox())!.y).toBe(before);
    await page.keyboard.press('Escape');
    await expect(grid).toBeFocused();
    await expect.poll(async () => (await moverRow.boundingBox())!.y).toBeLessThan(before);
    expect(await focusedRole(page)).toBe('grid');
    expect(await focusedRowId(page)).toBeNull();
  });
});

test('first week: invite the members of a body, by heads of delegation or contact points, in one step; filter the roster by role', async ({ page, server }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await server.rpc('system.loadDemo');
  const eventId = await findEvent(server, PLANNED, '2027-05-01T00:00:00Z', '2027-06-01T00:00:00Z');
  const event = await server.rpc('events.get', { id: eventId });
  const heads = await server.rpc('roster.inviteMembersPreview', { eventId, bodyId: event.bodyId!, pick: 'heads' });
  const spocs = await server.rpc('roster.inviteMembersPreview', { eventId, bodyId: event.bodyId!, pick: 'spocs' });
  const before = (await roster(server, eventId)).counts.total;
  await openParticipants(page, server, PLANNED, '2027-05-25', 'May 2027');

  await page.getByRole('button', { name: 'Invite the members of SELEC Anti-Terrorism Task Force…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite the members of a body' });
  await expect(dialog.getByRole('combobox', { name: 'Body' })).toHaveValue(event.bodyId!);
  const table = dialog.getByRole('table', { name: 'Member states and who will be added' });
  // One line per member state, each saying who is added or that nobody is.
  await expect(table.locator('tbody tr')).toHaveCount(heads.states.length);
  for (const state of heads.states) {
    const line = table.getByRole('row', { name: new RegExp(`^${state.countryName}`) });
    if (state.people.length) for (const p of state.people) await expect(line).toContainText(p.fullName);
    else await expect(line).toContainText('Nobody in your directory');
  }
  await expect(dialog.getByTestId('roster-invite-summary')).toContainText(`${heads.toAdd} ${heads.toAdd === 1 ? 'person' : 'people'} to add`);
  await screenshot(page, 'roster-invite-members');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Buttons fade to their dark colours.
  await page.waitForTimeout(500);
  await screenshot(page, 'roster-invite-members-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await dialog.getByRole('radio', { name: /Contact points/ }).check();
  await expect(dialog.getByTestId('roster-invite-summary')).toContainText(`${spocs.toAdd} ${spocs.toAdd === 1 ? 'person' : 'people'} to add`);
  await dialog.getByRole('radio', { name: /Heads of delegation/ }).check();
  const add = dialog.getByRole('button', { name: heads.toAdd === 1 ? 'Add 1 person' : `Add ${heads.toAdd} people` });
  expect(heads.toAdd).toBeGreaterThan(0);
  await add.click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await roster(server, eventId)).counts.total).toBe(before + heads.toAdd);
  await expect(page.getByTestId('roster-summary')).toContainText(`${before + heads.toAdd} participants`);
  const added = (await roster(server, eventId)).rows.filter((r) => r.role === 'head_of_delegation');
  expect(added.length).toBeGreaterThan(0);
  expect(added.every((r) => r.representingCountryCode !== null)).toBe(true);

  // The role filter shows only the heads of delegation.
  await dismissToasts(page);
  await page.getByRole('combobox', { name: 'Show role' }).selectOption({ label: 'Head of delegation' });
  const grid = page.getByRole('grid', { name: 'Roster' });
  await expect(page.getByTestId('roster-filter-count')).toContainText(`Showing ${added.length} of ${before + heads.toAdd}`);
  await expect(grid.locator('[data-row-id]')).toHaveCount(added.length);
  for (const name of await grid.locator('[data-row-id] .col-role').allTextContents()) expect(name).toContain('Head of delegation');
  await screenshot(page, 'roster-role-filter');
  await page.getByRole('combobox', { name: 'Show role' }).selectOption({ label: 'All roles' });
  await expect(page.getByTestId('roster-filter-count')).toBeHidden();
});

test('first week: a delegation lists the member states first and leaves out international staff; the add-people search finds by organisation and country', async ({ page, server }) => {
  test.setTimeout(90_000);
  await server.rpc('system.loadDemo');
  await openParticipants(page, server, PLANNED, '2027-05-25', 'May 2027');

  await page.getByRole('button', { name: 'Add delegation…' }).click();
  const delegation = page.getByRole('dialog', { name: 'Add a delegation' });
  const country = delegation.getByRole('combobox', { name: 'Country' });
  await expect(country.locator('optgroup').first()).toHaveAttribute('label', /^Member states of /);
  const members = await country.locator('optgroup').first().locator('option').allTextContents();
  expect(members).toContain('Bosnia and Herzegovina');
  expect(members).toContain('Türkiye');
  expect(members).not.toContain('France');
  await country.selectOption({ label: 'Bosnia and Herzegovina' });
  const people = delegation.getByTestId('roster-delegation-people');
  await expect(people.getByRole('listitem').filter({ hasText: 'Amra Begović' })).toContainText('international organisation');
  await expect(delegation.getByRole('checkbox', { name: /Amra Begović/ })).not.toBeChecked();
  await screenshot(page, 'roster-add-delegation');
  await delegation.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Add people…' }).click();
  const add = page.getByRole('dialog', { name: 'Add people to the roster' });
  const search = add.getByRole('searchbox', { name: 'Search the directory' });
  await expect(search).toHaveAttribute('placeholder', /organisation, country/);
  await search.fill('SIPA');
  await expect(add.getByRole('listitem').filter({ hasText: 'Adnan Kovačević' })).toBeVisible();
  await search.fill('bosnia');
  await expect(add.getByRole('listitem').filter({ hasText: 'Jasmina Hadžić' })).toBeVisible();
  await expect(add.getByRole('listitem').filter({ hasText: 'Весна Ђурић' })).toBeVisible();
});

test('first week: recording attendance at a planned meeting still to come asks first, for a row and for a selection', async ({ page, server }) => {
  test.setTimeout(90_000);
  await server.rpc('system.loadDemo');
  const eventId = await findEvent(server, PLANNED, '2027-05-01T00:00:00Z', '2027-06-01T00:00:00Z');
  const [a, b, c] = (await roster(server, eventId)).rows;
  await openParticipants(page, server, PLANNED, '2027-05-25', 'May 2027');
  const grid = page.getByRole('grid', { name: 'Roster' });

  await rowOf(grid, a!.id).hover();
  await grid.getByLabel(`Attendance of ${a!.fullName}`).selectOption({ label: 'Attended' });
  const ask = page.getByRole('dialog', { name: 'Record attendance before the meeting?' });
  await expect(ask).toContainText('This meeting is on 25 May 2027 and is still planned. Record attendance anyway?');
  await screenshot(page, 'roster-future-attendance');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await rowOf(grid, a!.id).hover();
  await expect(grid.getByLabel(`Attendance of ${a!.fullName}`)).toHaveValue('');
  expect((await roster(server, eventId)).rows.find((r) => r.id === a!.id)?.attendance).toBeNull();

  await grid.getByLabel(`Attendance of ${a!.fullName}`).selectOption({ label: 'Attended' });
  await ask.getByRole('button', { name: 'Record attendance' }).click();
  await expect.poll(async () => (await roster(server, eventId)).rows.find((r) => r.id === a!.id)?.attendance).toBe('attended');

  // Excused is not a record of the meeting having taken place: it is not asked about.
  await rowOf(grid, c!.id).hover();
  await grid.getByLabel(`Attendance of ${c!.fullName}`).selectOption({ label: 'Excused' });
  await expect.poll(async () => (await roster(server, eventId)).rows.find((r) => r.id === c!.id)?.attendance).toBe('excused');
  await expect(ask).toBeHidden();

  const bulk = page.getByTestId('roster-bulk');
  await grid.getByRole('checkbox', { name: `Select ${b!.fullName}` }).click();
  await grid.getByRole('checkbox', { name: `Select ${c!.fullName}` }).click();
  await bulk.getByLabel('Set attendance…').selectOption({ label: 'No-show' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  expect((await roster(server, eventId)).rows.find((r) => r.id === b!.id)?.attendance).toBeNull();
  await expect(bulk).toContainText('2 selected');
  await bulk.getByLabel('Set attendance…').selectOption({ label: 'No-show' });
  await ask.getByRole('button', { name: 'Record attendance' }).click();
  await expect(page.getByText('Attendance set to No-show for 2 participants')).toBeVisible();
  const after = (await roster(server, eventId)).rows;
  expect([b, c].map((r) => after.find((x) => x.id === r!.id)?.attendance)).toEqual(['no_show', 'no_show']);
});

test('first week: copy the emails of a selection for Outlook’s To: line, naming who has none', async ({ page, server, context }) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-write'], { origin: server.origin });
  await server.rpc('system.loadDemo');
  const eventId = await findEvent(server, HELD, '2024-05-01T00:00:00Z', '2024-06-01T00:00:00Z');
  const rows = (await roster(server, eventId)).rows;
  const withEmail = rows.filter((r) => r.emails.length > 0).slice(0, 2);
  let without = rows.find((r) => r.emails.length === 0);
  if (!without) {
    // Every demo participant has an email: take one away to see how it is reported.
    const victim = rows.find((r) => !withEmail.includes(r))!;
    const person = await server.rpc('people.get', { id: victim.personId });
    await server.rpc('people.update', {
      id: person.id, fullName: person.fullName, position: person.position, organisationId: person.organisationId, countryCode: person.countryCode,
      emails: [], phones: person.phones, languages: person.languages, isSpoc: person.isSpoc, notes: person.notes,
    });
    without = { ...victim, emails: [] };
  }
  await openParticipants(page, server, HELD, '2024-05-21', 'May 2024');
  const grid = page.getByRole('grid', { name: 'Roster' });
  for (const r of [...withEmail, without]) await grid.getByRole('checkbox', { name: `Select ${r.fullName}` }).click();
  const bulk = page.getByTestId('roster-bulk');
  await expect(bulk).toContainText('3 selected');
  await bulk.getByRole('button', { name: 'Copy emails' }).click();
  await expect(page.getByText('Copied 2 email addresses')).toBeVisible();
  await expect(page.getByText(`No email for ${without.fullName}`)).toBeVisible();
  const shown = (r: RosterRow) => (/[,;<>"@()[\]:\\]/.test(r.fullName) ? `"${r.fullName}"` : r.fullName);
  // The app page denies clipboard-read by Permissions-Policy, so read the clipboard as a user would: paste it.
  await page.evaluate(() => {
    const field = document.createElement('textarea');
    field.id = 'paste-probe';
    document.body.append(field);
    field.focus();
  });
  await page.keyboard.press('ControlOrMeta+V');
  const clip = await page.locator('#paste-probe').inputValue();
  // In roster order, as they were ticked here.
  const expected = rows.filter((r) => withEmail.includes(r)).map((r) => `${shown(r)} <${r.emails[0]}>`).join('; ');
  expect(clip).toBe(expected);
});

test.describe('first week: exports in a Romanian Excel', () => {
  test.use({ locale: 'ro-RO' });

  test('the roster and the actions list go out semicolon-separated, and say so', async ({ page, server }) => {
    test.setTimeout(90_000);
    await server.rpc('system.loadDemo');
    // The calendar names the month in the user's locale.
    await openParticipants(page, server, HELD, '2024-05-21', /^mai 2024$/i);
    const csv = page.getByRole('button', { name: 'CSV (semicolon-separated)', exact: true });
    await expect(csv).toBeVisible();
    const download = page.waitForEvent('download');
    await csv.click();
    const text = readFileSync((await (await download).path())!, 'utf8');
    expect(text.startsWith('\uFEFFCountry;Name;Position;Organisation;Role;Invitation;Attendance;Email;Notes\r\n')).toBe(true);

    await section(page, 'Actions').click();
    await page.getByRole('radio', { name: 'All' }).check();
    const actionsCsv = page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'CSV (semicolon-separated)' });
    const actionsDownload = page.waitForEvent('download');
    await actionsCsv.click();
    const actions = readFileSync((await (await actionsDownload).path())!, 'utf8');
    expect(actions.startsWith('\uFEFFDue;Status;Overdue;What;Owner;Country;Organisation;Event;Event date;Body;Agenda item;Notes\r\n')).toBe(true);
    const listed = await page.getByRole('table', { name: /action/i }).locator('tbody tr').count();
    expect(actions.trim().split('\r\n').length - 1).toBeGreaterThanOrEqual(listed);
    const xlsx = page.waitForEvent('download');
    await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'Excel' }).click();
    expect((await xlsx).suggestedFilename()).toMatch(/^Actions - \d{4}-\d{2}-\d{2}\.xlsx$/);
    await screenshot(page, 'actions-export');
  });
});
