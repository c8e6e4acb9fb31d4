import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, screenshot, test, type LoopbackServer } from './fixtures';
import type { CallInput } from '../../src-shared/contract';

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });

async function dismissToasts(page: Page) {
  const buttons = page.getByRole('button', { name: 'Dismiss' });
  await expect(async () => {
    for (const button of await buttons.all()) await button.click({ timeout: 1000 }).catch(() => {});
    await expect(buttons).toHaveCount(0, { timeout: 300 });
  }).toPass();
}

/** The card of one indicator on the project's dashboard. */
const card = (page: Page, name: string) => page.getByTestId('indicator-card').filter({ has: page.getByRole('heading', { name, exact: true }) });

/** Everything `events.update` replaces, as the event has it now, with `patch` over it. */
async function updateEvent(server: LoopbackServer, id: string, patch: Partial<CallInput<'events.update'>>) {
  const e = await server.rpc('events.get', { id });
  const fields = {
    kind: e.kind,
    title: e.title,
    bodyId: e.bodyId,
    seriesId: e.seriesId,
    when: e.when,
    venueName: e.venueName,
    venueCity: e.venueCity,
    venueCountryCode: e.venueCountryCode,
    hostOrgId: e.hostOrgId,
    organiserIds: e.organisers.map((o) => o.id),
    fundingProgramme: e.fundingProgramme,
    audience: e.audience,
    status: e.status,
    tags: e.tags,
    links: e.links,
    notes: e.notes,
  };
  return server.rpc('events.update', { id, ...fields, ...patch, expectedUpdatedAt: e.updatedAt });
}

test('projects: ATHENA 2 built through the UI, entries by quick entry and period grid, a held workshop counted, behind schedule, donor report', async ({ page, server }) => {
  test.setTimeout(180_000);
  await page.goto(server.url);
  // The shortcut is heard once the shell is there.
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.keyboard.press('Control+7');
  await expect(page.getByTestId('projects-empty')).toContainText('No projects yet');
  await screenshot(page, 'projects-empty');

  // The project, with N and Ctrl+Enter.
  await page.keyboard.press('n');
  const editor = page.getByRole('dialog', { name: 'New project' });
  await editor.getByLabel('Acronym').fill('ATHENA 2');
  await editor.getByLabel('Title').fill('Addressing Threat assessment through an European Network of Law Enforcement Agencies');
  await editor.getByLabel('Starts on').fill('2025-10-01');
  await editor.getByLabel('Ends on').fill('2027-09-30');
  await editor.getByLabel('Funding programme').fill('ISF-Police');
  for (const [index, code] of ['RO', 'BG', 'IT', 'SI'].entries()) {
    await editor.getByRole('button', { name: 'Add a country' }).click();
    await editor.getByLabel(`Partner ${index + 1}`, { exact: true }).selectOption(code);
  }
  // A partner left blank is refused next to its row.
  await editor.getByRole('button', { name: 'Add a country' }).click();
  await editor.getByRole('button', { name: 'Create project' }).click();
  await expect(editor.getByTestId('partner-row').nth(4)).toContainText('Choose a country or an organisation');
  await editor.getByRole('button', { name: 'Remove Partner 5' }).click();
  await screenshot(page, 'projects-editor');
  await editor.getByLabel('Acronym').press('Control+Enter');
  await expect(editor).toBeHidden();
  const page1 = page.getByTestId('project-page');
  await expect(page1.getByRole('heading', { level: 1, name: 'ATHENA 2' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Setup' })).toHaveAttribute('aria-selected', 'true');
  await expect(page1.locator('.project-partners')).toContainText('Romania');

  const projectId = (await server.rpc('projects.portfolio'))[0]!.id;
  const viaRpc = (name: string, target: number, unit: string, extra: Partial<CallInput<'indicators.create'>> = {}) =>
    server.rpc('indicators.create', { projectId, name, unit, target, ...extra });

  // Seven indicators in the order: two through the dialog, the rest by rpc.
  await viaRpc('Cross-border observations', 24, 'observations');
  await page.getByRole('button', { name: 'Add indicator…' }).click();
  let dialog = page.getByRole('dialog', { name: 'New indicator' });
  await dialog.getByLabel('Name').fill('Joint operations');
  await dialog.getByLabel('Unit').fill('operations');
  await dialog.getByRole('button', { name: 'Add indicator' }).click();
  await expect(dialog.getByText('Enter a target')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Target', exact: true }).fill('24');
  await dialog.getByRole('button', { name: 'Add the partner countries' }).click();
  await dialog.getByLabel('Target for Romania').fill('8');
  await dialog.getByLabel('Target for Bulgaria').fill('6');
  await dialog.getByLabel('Target for Italy').fill('6');
  await dialog.getByLabel('Target for Slovenia').fill('4');
  await dialog.getByLabel('Name').press('Control+Enter');
  await expect(dialog).toBeHidden();
  await viaRpc('Joint investigations', 12, 'investigations');
  await viaRpc('Joint patrols', 24, 'patrols');
  await page.getByRole('button', { name: 'Add indicator…' }).click();
  dialog = page.getByRole('dialog', { name: 'New indicator' });
  await dialog.getByLabel('Name').fill('Thematic workshops');
  await dialog.getByLabel('Unit').fill('workshops');
  await dialog.getByRole('textbox', { name: 'Target', exact: true }).fill('6');
  await dialog.getByLabel('Count held events linked to the project').check();
  await dialog.getByLabel('Kind of event').selectOption('workshop');
  await dialog.getByLabel('Counts', { exact: true }).selectOption('events');
  await screenshot(page, 'projects-indicator-dialog');
  await dialog.getByRole('button', { name: 'Add indicator' }).click();
  await expect(dialog).toBeHidden();
  await viaRpc('Officers involved', 300, 'officers');
  await viaRpc('Bilateral meetings', 24, 'meetings', { feedEventKind: 'bilateral_meeting', feedMeasure: 'events' });
  const indicators = page.getByTestId('setup-indicators').getByRole('row');
  await expect(indicators).toHaveCount(8);
  await expect(page.getByTestId('setup-indicators')).toContainText('Calendar: Workshop, each event');

  // Quick entry: Enter saves and keeps the indicator for the next one.
  await page.getByRole('tab', { name: 'Entries' }).click();
  const quick = page.getByTestId('quick-entry');
  await quick.getByLabel('Indicator').selectOption({ label: 'Joint operations' });
  await quick.getByLabel('Date').fill('2026-05-12');
  await quick.getByLabel('Count', { exact: true }).fill('1');
  await quick.getByLabel('Officers').fill('40');
  await quick.getByLabel('Countries').fill('RO bg');
  await quick.getByLabel('Note').fill('Joint operation against migrant smuggling');
  await quick.getByLabel('Note').press('Enter');
  const rows = page.getByTestId('entry-row');
  await expect(rows).toHaveCount(1);
  await expect(quick.getByLabel('Count', { exact: true })).toBeFocused();
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('IT, Slovenia');
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Joint operations');
  await expect(page.getByTestId('project-entries').getByRole('table')).toContainText('SI');
  // An unknown country is refused before anything is sent.
  await quick.getByLabel('Count', { exact: true }).fill('1');
  await quick.getByLabel('Countries').fill('RO XQ');
  await quick.getByLabel('Countries').press('Enter');
  await expect(quick).toContainText('Not a known country: XQ');
  await expect(rows).toHaveCount(2);
  await quick.getByLabel('Countries').fill('');
  await quick.getByLabel('Count', { exact: true }).fill('');

  // The period grid: a quarter's counts by indicator and country in one go, by keyboard.
  await page.getByRole('button', { name: 'Enter a period…' }).click();
  const grid = page.getByRole('dialog', { name: 'Enter a period' });
  await grid.getByLabel('Date of the entries').fill('2026-09-30');
  // Columns are the partner countries, A to Z, then entries naming none.
  await grid.getByLabel('Cross-border observations, Bulgaria').fill('1');
  await page.keyboard.press('ArrowRight');
  await expect(grid.getByLabel('Cross-border observations, Italy')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('2');
  await expect(grid.getByLabel('Cross-border observations, Romania')).toHaveValue('2');
  await page.keyboard.press('ArrowDown');
  await expect(grid.getByLabel('Joint operations, Romania')).toBeFocused();
  await grid.getByLabel('Joint patrols, Romania').fill('3');
  await grid.getByLabel('Joint patrols, Slovenia').fill('2');
  await grid.getByLabel('Officers involved, No country').fill('62');
  await grid.getByLabel('Note for every entry').fill('Quarterly report Q3 2026');
  await expect(grid).toContainText('5 cells filled');
  await screenshot(page, 'projects-period-grid');
  await grid.getByLabel('Joint patrols, Slovenia').press('Control+Enter');
  await expect(grid).toBeHidden();
  await expect(rows).toHaveCount(7);

  // Deleted, then put back with Undo.
  const patrols = rows.filter({ hasText: 'Joint patrols' }).filter({ hasText: 'SI' });
  await patrols.getByRole('button', { name: /^Delete the entry/ }).click();
  await expect(rows).toHaveCount(6);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(7);
  await dismissToasts(page);
  await screenshot(page, 'projects-entries');

  // A workshop in the calendar, linked here, counts once it is held.
  const workshop = await server.rpc('events.create', {
    kind: 'workshop',
    title: 'ATHENA 2 thematic workshop on joint patrols',
    when: { allDay: true, start: '2026-03-10', end: '2026-03-11', timeZone: 'Europe/Bucharest' },
    venueCity: 'Bucharest',
    venueCountryCode: 'RO',
    status: 'confirmed',
  });
  await page.getByRole('tab', { name: 'Setup' }).click();
  await page.getByRole('button', { name: 'Link events…' }).click();
  const link = page.getByRole('dialog', { name: 'Link events to ATHENA 2' });
  await link.getByRole('searchbox', { name: 'Search events' }).fill('thematic');
  await link.getByRole('checkbox', { name: /ATHENA 2 thematic workshop/ }).check();
  await link.getByRole('button', { name: 'Link 1 event' }).click();
  await expect(link).toBeHidden();
  await expect(page.getByTestId('setup-events')).toContainText('ATHENA 2 thematic workshop on joint patrols');

  await page.getByRole('tab', { name: 'Dashboard' }).click();
  const workshops = card(page, 'Thematic workshops');
  await expect(workshops.getByTestId('indicator-actual')).toHaveText('0');
  await expect(workshops).toContainText('From the calendar: 0');
  await updateEvent(server, workshop.id, { status: 'held' });
  await expect(workshops.getByTestId('indicator-actual')).toHaveText('1');
  await expect(workshops).toContainText('From the calendar: 1');
  await workshops.getByRole('button', { name: /From the calendar/ }).click();
  await expect(workshops.getByRole('button', { name: 'ATHENA 2 thematic workshop on joint patrols' })).toBeVisible();

  // Three joint operations in more than a year of a two-year project: behind, said in words.
  const operations = card(page, 'Joint operations');
  await expect(operations.getByTestId('indicator-actual')).toHaveText('3');
  await expect(operations).toContainText('of 24 operations');
  await expect(operations.locator('[data-status]')).toHaveText('Behind');
  await expect(page.getByRole('tab', { name: /Dashboard/ })).toContainText('behind');
  await dismissToasts(page);
  await screenshot(page, 'projects-dashboard');

  // The burn-up chart of joint operations.
  await operations.getByRole('button', { name: 'Chart' }).click();
  const chart = page.getByTestId('burnup-chart');
  await expect(chart).toHaveAttribute('aria-label', /Joint operations: 3 of 24/);
  await expect(chart.locator('.recharts-area-curve')).toBeVisible();
  await expect(chart.locator('.burnup-today')).toHaveCount(1);
  await chart.scrollIntoViewIfNeeded();
  await screenshot(page, 'projects-chart');

  // By country: an entry naming two countries counts in both rows, the totals once.
  await page.getByRole('tab', { name: 'By country' }).click();
  await page.getByLabel('Indicator', { exact: true }).selectOption({ label: 'Joint operations' });
  const pivot = page.getByRole('table', { name: 'Joint operations by country and period' });
  await expect(pivot.getByRole('row', { name: /Romania/ })).toContainText('8');
  await expect(pivot.getByRole('row', { name: /All countries/ })).toContainText('3');
  await expect(page.getByTestId('project-pivot')).toContainText('is not the sum of the rows');
  await screenshot(page, 'projects-pivot');

  // The donor report: the workbook's indicator rows hold targets and actuals.
  await page.getByRole('tab', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the workbook' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Indicators')!;
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  const column = (name: string) => header.indexOf(name);
  const byName = new Map<string, ExcelJS.Row>();
  sheet.eachRow((row, number) => {
    if (number > 1) byName.set(String(row.getCell(1).value), row);
  });
  expect([...byName.keys()]).toEqual([
    'Cross-border observations',
    'Joint operations',
    'Joint investigations',
    'Joint patrols',
    'Thematic workshops',
    'Officers involved',
    'Bilateral meetings',
  ]);
  const cells = (name: string) => ({ target: byName.get(name)!.getCell(column('Target')).value, actual: byName.get(name)!.getCell(column('Cumulative actual')).value });
  expect(cells('Joint operations')).toEqual({ target: 24, actual: 3 });
  expect(cells('Cross-border observations')).toEqual({ target: 24, actual: 3 });
  expect(cells('Joint patrols')).toEqual({ target: 24, actual: 5 });
  expect(cells('Thematic workshops')).toEqual({ target: 6, actual: 1 });
  expect(cells('Officers involved')).toEqual({ target: 300, actual: 62 });
  expect(cells('Bilateral meetings')).toEqual({ target: 24, actual: 0 });

  // Printable: the same report in the preview.
  await page.getByRole('button', { name: 'Preview and print…' }).click();
  const preview = page.getByTestId('report-preview');
  await expect(preview.frameLocator('iframe').locator('body')).toContainText('Joint operations');
  await screenshot(page, 'projects-report-preview');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  // The dashboard names what is behind; a click opens the project.
  await section(page, 'Dashboard').click();
  const behind = page.getByTestId('dashboard-behind');
  await expect(behind).toContainText('Joint operations');
  await expect(behind).toContainText('ATHENA 2');
  await dismissToasts(page);
  await behind.scrollIntoViewIfNeeded();
  await screenshot(page, 'dashboard-behind');
  await behind.getByRole('button', { name: /Joint operations/ }).click();
  await expect(page.getByTestId('project-dashboard')).toBeVisible();

  // Dark.
  await section(page, 'Settings').click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Control+7');
  await expect(card(page, 'Joint operations')).toBeVisible();
  await dismissToasts(page);
  await screenshot(page, 'projects-dashboard-dark');
  await page.getByTestId('burnup-chart').scrollIntoViewIfNeeded();
  await screenshot(page, 'projects-chart-dark');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('projects-portfolio')).toBeVisible();
  await screenshot(page, 'projects-portfolio-dark');
});

test('projects: the demo portfolio, worst first, filtered by status; a project page', async ({ page, server }) => {
  test.setTimeout(90_000);
  await server.rpc('system.loadDemo');
  await page.goto(server.url);
  await section(page, 'Projects').click();
  const portfolio = page.getByTestId('projects-portfolio');
  await expect(portfolio.getByTestId('project-card')).toHaveCount(3);
  await expect(portfolio.getByTestId('project-card').first()).toContainText(/Behind|On track|Ahead|Done|Not started/);
  await screenshot(page, 'projects-portfolio');
  await portfolio.getByRole('radio', { name: /Closed/ }).check();
  await expect(portfolio.getByTestId('project-card')).toHaveCount(1);
  await expect(portfolio.getByTestId('project-card')).toContainText('Danube TOC');
  await portfolio.getByRole('radio', { name: /Planned/ }).check();
  await expect(portfolio).toContainText('No project has this status');
  await portfolio.getByRole('radio', { name: /^All/ }).check();

  await portfolio.getByTestId('project-card').filter({ hasText: 'ATHENA 2' }).click();
  await expect(page.getByTestId('indicator-card')).toHaveCount(7);
  await screenshot(page, 'projects-demo-dashboard');
  await page.getByRole('tab', { name: 'Setup' }).click();
  await expect(page.getByTestId('setup-events').getByRole('listitem').first()).toBeVisible();
  await screenshot(page, 'projects-setup');
  await page.getByRole('button', { name: 'Edit project…' }).click();
  await screenshot(page, 'projects-editor-demo');
  await page.keyboard.press('Escape');

  // An activity carried out at one of the linked events.
  await page.getByRole('button', { name: 'Add activity…' }).click();
  const activity = page.getByRole('dialog', { name: 'New activity' });
  await activity.getByLabel('Title').fill('Handbook on joint patrols');
  await activity.getByLabel('Planned start').fill('2026-09-01');
  await activity.getByLabel('Planned end').fill('2026-08-01');
  await activity.getByLabel('Title').press('Control+Enter');
  await expect(activity).toContainText('The activity ends before it starts');
  await activity.getByLabel('Planned end').fill('2027-03-31');
  await activity.getByLabel('Carried out at').selectOption({ index: 1 });
  await activity.getByRole('button', { name: 'Add activity' }).click();
  await expect(activity).toBeHidden();
  await expect(page.getByTestId('setup-activities')).toContainText('Handbook on joint patrols');
  await page.getByRole('tab', { name: 'By country' }).click();
  await page.getByLabel('Indicator', { exact: true }).selectOption({ label: 'Joint patrols' });
  await expect(page.getByRole('table', { name: 'Joint patrols by country and period' })).toBeVisible();
  await screenshot(page, 'projects-demo-pivot');

  // An entry edited in its dialog: a field's message sits next to it; Ctrl+S saves.
  await page.getByRole('tab', { name: 'Entries' }).click();
  const row = page.getByTestId('entry-row').filter({ hasText: 'Joint investigations' }).first();
  await row.getByRole('button', { name: /^Edit the entry/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit entry' });
  await dialog.getByRole('textbox', { name: 'Count', exact: true }).fill('');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toContainText('Enter how many');
  await dialog.getByRole('textbox', { name: 'Count', exact: true }).fill('2');
  await dialog.getByLabel('Evidence').fill('JIT agreement 2026/14');
  await screenshot(page, 'projects-entry-dialog');
  await dialog.getByLabel('Evidence').press('Control+s');
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('JIT agreement 2026/14');

  // N from any tab lands in the quick entry.
  await page.getByRole('tab', { name: 'Dashboard' }).click();
  await page.keyboard.press('n');
  await expect(page.getByTestId('quick-entry').getByLabel('Indicator')).toBeFocused();

  // Deleting a project asks first; its events stay in the calendar.
  await page.keyboard.press('Escape');
  await page.getByTestId('project-card').filter({ hasText: 'Danube TOC' }).click();
  await page.getByRole('tab', { name: 'Setup' }).click();
  await page.getByRole('button', { name: 'Delete project…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete project Danube TOC?' });
  await expect(confirm).toContainText('Its events stay in the calendar');
  await confirm.getByRole('button', { name: 'Delete project' }).click();
  await expect(page.getByTestId('projects-portfolio').getByTestId('project-card')).toHaveCount(2);
});
