import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test, type LoopbackServer } from './fixtures';

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });

async function titles(server: LoopbackServer, eventId: string): Promise<string[]> {
  const agenda = await server.rpc('agenda.get', { eventId });
  return agenda.days.flatMap((d) => d.sessions.flatMap((s) => s.items.map((i) => i.title)));
}

/** A one-day meeting whose agenda opens with one session and its "Opening", two people on the roster. */
async function meeting(server: LoopbackServer) {
  const event = await server.rpc('events.create', {
    kind: 'workshop',
    title: 'Workshop on cross-border patrols',
    when: { allDay: false, start: '2026-04-14T09:00', end: '2026-04-14T17:00', timeZone: 'Europe/Bucharest' },
  });
  const agenda = await server.rpc('agenda.addSession', { eventId: event.id, day: '2026-04-14', title: 'Morning' });
  await server.rpc('agenda.addItem', { sessionId: agenda.days[0]!.sessions[0]!.id, kind: 'opening', title: 'Opening', durationMin: 15 });
  const people: string[] = [];
  for (const [fullName, countryCode] of [['Ana Petrović', 'RS'], ['Ion Popescu', 'RO']] as const) {
    people.push((await server.rpc('people.create', { fullName, countryCode })).id);
  }
  await server.rpc('roster.add', { eventId: event.id, personIds: people, role: 'speaker', invitation: 'confirmed' });
  return event;
}

async function openAgenda(page: Page, server: LoopbackServer, title: string) {
  await page.goto(server.url);
  await section(page, 'Calendar').click();
  await page.getByLabel('Go to a date').fill('2026-04-14');
  await page.locator('.fc-event', { hasText: title }).first().click();
  await page.getByRole('tab', { name: 'Agenda' }).click();
}

const item = (page: Page, title: string): Locator =>
  page.getByTestId('agenda-item').filter({ has: page.locator('.agenda-item-title', { hasText: new RegExp(`^${title}$`) }) });

test('agenda: items added in a row come out in the order they were added (button, N and B)', async ({ page, server }) => {
  const event = await meeting(server);
  await openAgenda(page, server, event.title);
  await item(page, 'Opening').click();

  const dialog = page.getByRole('dialog', { name: 'New agenda item' });
  for (const title of ['One', 'Two', 'Three', 'Four']) {
    await page.getByRole('button', { name: 'Add item', exact: true }).first().click();
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByLabel('Title').press('Control+Enter');
    await expect(dialog).toBeHidden();
  }
  await expect.poll(() => titles(server, event.id)).toEqual(['Opening', 'One', 'Two', 'Three', 'Four']);
  await expect(item(page, 'Four')).toHaveAttribute('aria-current', 'true');

  // The keyboard does the same: N then B, B after the last one added.
  const list = page.getByLabel(/^Agenda: arrows move/);
  await list.press('n');
  await dialog.getByLabel('Title').fill('Five');
  await dialog.getByLabel('Title').press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(list).toBeFocused();
  await list.press('b');
  await expect.poll(() => titles(server, event.id)).toEqual(['Opening', 'One', 'Two', 'Three', 'Four', 'Five', 'Coffee break']);
  // The screen, not only the store, has the break before N adds after it.
  await expect(item(page, 'Coffee break')).toHaveAttribute('aria-current', 'true');
  await list.press('n');
  await dialog.getByLabel('Title').fill('Six');
  await dialog.getByLabel('Title').press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect.poll(() => titles(server, event.id)).toEqual(['Opening', 'One', 'Two', 'Three', 'Four', 'Five', 'Coffee break', 'Six']);
});

test('agenda: Enter in the speaker search picks the highlighted match and does not save the item', async ({ page, server }) => {
  const event = await meeting(server);
  await openAgenda(page, server, event.title);
  await item(page, 'Opening').click();
  await page.getByRole('button', { name: 'Add item', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New agenda item' });
  await dialog.getByLabel('Title').fill('Patrols on the Danube');
  const search = dialog.getByLabel('Search the roster or the directory…');
  await search.fill('o');
  // Both match "o": the first is highlighted, ↓ moves to the second, Enter picks it.
  const choices = dialog.getByRole('list', { name: 'People to choose from' }).getByRole('button');
  await expect(choices).toHaveCount(2);
  await expect(choices.nth(0)).toHaveClass(/is-active/);
  await search.press('ArrowDown');
  await expect(choices.nth(1)).toHaveClass(/is-active/);
  await expect(choices.nth(0)).not.toHaveClass(/is-active/);
  const second = (await choices.nth(1).locator('span').first().textContent())!;
  await search.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.agenda-speaker-chip strong')).toHaveText([second]);
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');
  // Enter with nothing to pick does nothing either.
  await search.fill('zzz');
  await search.press('Enter');
  await expect(dialog).toBeVisible();
  expect(await titles(server, event.id)).toEqual(['Opening']);
  // Esc clears the search first and keeps the draft; the dialog stays open.
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Title')).toHaveValue('Patrols on the Danube');

  await search.fill('');
  await search.press('Control+Enter');
  await expect(dialog).toBeHidden();
  const agenda = await server.rpc('agenda.get', { eventId: event.id });
  const added = agenda.days[0]!.sessions[0]!.items[1]!;
  expect(added.title).toBe('Patrols on the Danube');
  expect(added.speakers.map((s) => s.fullName)).toEqual([second]);
});

test('agenda: after clicking a speaker the search keeps the focus and Ctrl+Enter saves the item with the speaker', async ({ page, server }) => {
  const event = await meeting(server);
  await openAgenda(page, server, event.title);
  await item(page, 'Opening').click();
  await page.getByRole('button', { name: 'Add item', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New agenda item' });
  await dialog.getByLabel('Title').fill('Joint investigation teams');
  const search = dialog.getByLabel('Search the roster or the directory…');
  await search.fill('Ana');
  await dialog.getByRole('button', { name: /Ana Petrović/ }).click();
  await expect(search).toBeFocused();
  await screenshot(page, 'agenda-speaker-picked');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  const agenda = await server.rpc('agenda.get', { eventId: event.id });
  expect(agenda.days[0]!.sessions[0]!.items.map((i) => [i.title, i.speakers.map((s) => s.fullName)])).toEqual([
    ['Opening', []],
    ['Joint investigation teams', ['Ana Petrović']],
  ]);

  // From the dialog's own buttons too: focus on Cancel, Ctrl+Enter still saves.
  await item(page, 'Joint investigation teams').dblclick();
  const edit = page.getByRole('dialog', { name: 'Agenda item' });
  await edit.getByLabel('Title').fill('Joint investigation teams in practice');
  await edit.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Control+Enter');
  await expect(edit).toBeHidden();
  await expect.poll(() => titles(server, event.id)).toEqual(['Opening', 'Joint investigation teams in practice']);
});

/** ATHENA 2 with joint patrols and "Officers involved", which counts nothing yet. */
async function athena(server: LoopbackServer) {
  const project = await server.rpc('projects.create', {
    acronym: 'ATHENA 2',
    title: 'Addressing Threat assessment through an European Network of Law Enforcement Agencies',
    startsOn: '2025-10-01',
    endsOn: '2027-09-30',
    partners: ['RO', 'BG'].map((countryCode) => ({ countryCode, role: 'beneficiary' })),
  });
  await server.rpc('indicators.create', { projectId: project.id, name: 'Joint patrols', unit: 'patrols', target: 24 });
  await server.rpc('indicators.create', { projectId: project.id, name: 'Officers involved', unit: 'officers', target: 300 });
  return project;
}

async function openProject(page: Page, server: LoopbackServer) {
  await page.goto(server.url);
  await section(page, 'Projects').click();
  await page.getByTestId('projects-portfolio').getByTestId('project-card').filter({ hasText: 'ATHENA 2' }).click();
  await expect(page.getByTestId('project-page')).toBeVisible();
}

const card = (page: Page, name: string) => page.getByTestId('indicator-card').filter({ has: page.getByRole('heading', { name, exact: true }) });

test('projects: "Officers involved" counts the officers recorded on the entries, live', async ({ page, server }) => {
  await athena(server);
  await openProject(page, server);

  await page.getByRole('tab', { name: 'Setup' }).click();
  await page.getByRole('button', { name: 'Edit Officers involved' }).click();
  const dialog = page.getByRole('dialog', { name: /Officers involved/ });
  await dialog.getByLabel('Count the officers recorded on entries').check();
  await expect(dialog.getByLabel('Officers recorded on', { exact: true })).toHaveValue('project');
  await expect(dialog.getByLabel('Officers recorded on', { exact: true }).locator('option')).toHaveText(['The entries of every other indicator of the project', 'The entries of “Joint patrols”']);
  await dialog.getByLabel('Officers recorded on', { exact: true }).scrollIntoViewIfNeeded();
  await screenshot(page, 'projects-indicator-officers');
  await dialog.getByLabel('Name').press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('setup-indicators')).toContainText('Officers on the project’s entries');

  // A joint patrol on the RO–BG border: 2 patrols, 14 officers.
  await page.getByRole('tab', { name: 'Entries' }).click();
  const quick = page.getByTestId('quick-entry');
  await quick.getByLabel('Indicator').selectOption({ label: 'Joint patrols' });
  await quick.getByLabel('Date').fill('2026-05-12');
  await quick.getByLabel('Count', { exact: true }).fill('2');
  await quick.getByLabel('Officers').fill('14');
  await quick.getByLabel('Countries').fill('RO BG');
  await quick.getByLabel('Countries').press('Enter');
  await expect(page.getByTestId('entry-row')).toHaveCount(1);

  await page.getByRole('tab', { name: 'Dashboard' }).click();
  const officers = card(page, 'Officers involved');
  await expect(officers.getByTestId('indicator-actual')).toHaveText('14');
  await expect(officers.getByTestId('indicator-officers')).toContainText('From officers on entries: 14');
  await expect(card(page, 'Joint patrols').getByTestId('indicator-actual')).toHaveText('2');
  await officers.scrollIntoViewIfNeeded();
  await screenshot(page, 'projects-officers-card');
});

test('projects: the donor report for a chosen period — a quarter in the workbook, from–to checked before it is sent', async ({ page, server }) => {
  const project = await athena(server);
  const indicators = await server.rpc('projects.get', { id: project.id });
  const patrols = indicators.indicators.find((i) => i.name === 'Joint patrols')!.id;
  await server.rpc('entries.create', { indicatorId: patrols, occurredOn: '2026-05-12', count: 2, officers: 14, countryCodes: ['RO'] });
  await server.rpc('entries.create', { indicatorId: patrols, occurredOn: '2026-08-20', count: 3, countryCodes: ['BG'] });
  await openProject(page, server);
  await page.getByRole('tab', { name: 'Export' }).click();

  const period = page.getByTestId('report-period');
  const choice = period.getByLabel('Period', { exact: true });
  await expect(choice).toHaveValue('all');
  await expect(period.getByTestId('report-period-summary')).toContainText('The report covers 1 Oct 2025 –');
  await choice.selectOption({ label: 'Q2 2026' });
  await expect(period.getByTestId('report-period-summary')).toContainText('The report covers 1 Apr 2026 – 30 Jun 2026');
  await screenshot(page, 'projects-report-period');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the workbook' }).click()]);
  expect(download.suggestedFilename()).toBe('ATHENA 2 - donor report 2026-04-01 to 2026-06-30.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
  const about = workbook.getWorksheet('Project')!;
  const fact = (label: string) => about.getCell(about.getColumn(1).values.indexOf(label), 2);
  expect(fact('Reporting period').value).toBe('Q2 2026');
  expect(fact('Period from').type).toBe(ExcelJS.ValueType.Date);
  expect(fact('Period from').value).toEqual(new Date(Date.UTC(2026, 3, 1)));
  const sheet = workbook.getWorksheet('Indicators')!;
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  const row = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(1).value === 'Joint patrols')!;
  expect(row.getCell(header.indexOf('Actual in the period')).value).toBe(2);
  expect(row.getCell(header.indexOf('Target for the period')).value).toBe(3);
  expect(row.getCell(header.indexOf('Cumulative actual')).value).toBe(2);
  const entries = workbook.getWorksheet('Entries')!;
  expect(entries.rowCount).toBe(2);
  expect(entries.getCell('A2').type).toBe(ExcelJS.ValueType.Date);

  // From–to: a period ending before it starts is said on the field, and nothing can be sent.
  await choice.selectOption({ label: 'From – to…' });
  await period.getByLabel('From', { exact: true }).fill('2026-09-01');
  await period.getByLabel('To', { exact: true }).fill('2026-08-01');
  await expect(period).toContainText('The period ends before it starts');
  await expect(page.getByRole('button', { name: 'Download the workbook' })).toBeDisabled();
  await period.getByLabel('To', { exact: true }).fill('2026-09-30');
  await expect(period.getByTestId('report-period-summary')).toContainText('The report covers 1 Sept 2026 – 30 Sept 2026');
  await screenshot(page, 'projects-report-period-from-to');

  // The printable report states its period.
  await page.getByRole('button', { name: 'Preview and print…' }).click();
  const preview = page.getByTestId('report-preview');
  await expect(preview.frameLocator('iframe').locator('body')).toContainText('Donor report: 1 Sept 2026 – 30 Sept 2026');
  await screenshot(page, 'projects-report-period-preview');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Export' }).click();
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await choice.selectOption({ label: 'Year 1' });
  await screenshot(page, 'projects-report-period-dark');
});
