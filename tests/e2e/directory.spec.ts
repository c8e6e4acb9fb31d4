import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

const section = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });

/** Data rows only: the header row holds column headers, not grid cells. */
const dataRows = (grid: Locator) => grid.getByRole('row').filter({ has: grid.page().getByRole('gridcell') });

async function dismissToasts(page: Page) {
  for (const button of await page.getByRole('button', { name: 'Dismiss' }).all()) await button.click();
}

test('people: create, find accent-insensitively, edit, reload, delete', async ({ page, server }) => {
  // A second person, so that a search visibly narrows the list.
  await server.rpc('people.create', { fullName: 'Ana Radulović', position: 'Adviser for International Cooperation', countryCode: 'ME' });

  await page.goto(server.url);
  // The token leaves the address bar once the page has read it.
  await expect.poll(() => page.url()).not.toContain('token=');
  await section(page, 'People').click();
  const grid = page.getByRole('grid', { name: 'People' });
  await expect(dataRows(grid)).toHaveCount(1);
  await expect(page.getByText('1 person', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'New person' }).click();
  const panel = page.getByRole('dialog', { name: 'New person' });
  await expect(panel).toBeVisible();
  await expect(panel.getByLabel('Full name')).toBeFocused();

  // Field messages come from the contract's schema before anything is sent.
  await panel.getByRole('textbox', { name: 'Email 1', exact: true }).fill('not-an-email');
  await panel.getByRole('button', { name: 'Create person' }).click();
  // Each message sits next to its field and is tied to it for screen readers.
  await expect(panel.getByText('Full name is required', { exact: true })).toBeVisible();
  await expect(panel.getByLabel('Full name')).toHaveAccessibleDescription('Full name is required');
  await expect(panel.getByLabel('Full name')).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByRole('textbox', { name: 'Email 1', exact: true })).toHaveAccessibleDescription('Not a valid email address');

  await panel.getByLabel('Full name').fill('Boštjan Lindav');
  await expect(panel.getByText('Full name is required', { exact: true })).toBeHidden();
  await panel.getByLabel('Position').fill('Assistant Director of the Criminal Police');
  await panel.getByLabel('Country').selectOption({ label: 'Slovenia' });
  await panel.getByRole('textbox', { name: 'Email 1', exact: true }).fill('bostjan.lindav@policija.example');
  await panel.getByLabel('Languages').fill('sl, en');
  await panel.getByRole('button', { name: 'Create person' }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByText('Boštjan Lindav was added')).toBeVisible();
  await expect(dataRows(grid)).toHaveCount(2);
  await expect(page.getByText('2 people', { exact: true })).toBeVisible();
  const row = grid.getByRole('row', { name: /Boštjan Lindav/ });
  await expect(row).toContainText('Assistant Director of the Criminal Police');
  await expect(row).toContainText('Slovenia');

  const stored = await server.rpc('people.list', { search: 'Lindav' });
  expect(stored.total).toBe(1);
  expect(stored.rows[0]).toMatchObject({ fullName: 'Boštjan Lindav', countryCode: 'SI' });

  const search = page.getByRole('searchbox', { name: 'Search people' });
  for (const term of ['Bostjan', 'lindav', 'Boštjan']) {
    await search.fill(term);
    await expect(dataRows(grid)).toHaveCount(1);
    await expect(grid.getByRole('row', { name: /Boštjan Lindav/ })).toBeVisible();
    await expect(page.getByText('1 person', { exact: true })).toBeVisible();
  }

  await search.fill('xyzzy');
  const noMatch = page.getByTestId('people-no-match');
  await expect(noMatch).toContainText('Nothing matches “xyzzy”');
  await noMatch.getByRole('button', { name: 'Clear filters' }).click();
  await expect(search).toHaveValue('');
  await expect(dataRows(grid)).toHaveCount(2);

  // Edit: open the row, change the position, save with the keyboard.
  await grid.getByRole('row', { name: /Boštjan Lindav/ }).click();
  const editPanel = page.getByRole('dialog', { name: 'Boštjan Lindav', exact: true });
  await expect(editPanel.getByLabel('Position')).toHaveValue('Assistant Director of the Criminal Police');
  await editPanel.getByLabel('Position').fill('Director of the Criminal Police Directorate');
  // Unsaved edits are not lost by clicking another row: the panel asks first.
  await grid.getByRole('row', { name: /Ana Radulović/ }).click();
  const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(discard).toBeHidden();
  await expect(editPanel.getByLabel('Position')).toHaveValue('Director of the Criminal Police Directorate');
  await page.keyboard.press('Control+s');
  await expect(editPanel).toBeHidden();
  await expect(grid.getByRole('row', { name: /Boštjan Lindav/ })).toContainText('Director of the Criminal Police Directorate');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  const reloadedRow = page.getByRole('grid', { name: 'People' }).getByRole('row', { name: /Boštjan Lindav/ });
  await expect(reloadedRow).toContainText('Director of the Criminal Police Directorate');
  await expect(reloadedRow).not.toContainText('Assistant Director');

  // Delete, through the confirmation that names the person.
  await reloadedRow.click();
  const panelAfterReload = page.getByRole('dialog', { name: 'Boštjan Lindav', exact: true });
  await panelAfterReload.getByRole('button', { name: 'Delete…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Boštjan Lindav?' });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('Boštjan Lindav will be removed from the directory');
  // Cancelling keeps him.
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await panelAfterReload.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('dialog', { name: 'Delete Boštjan Lindav?' }).getByRole('button', { name: 'Delete person' }).click();
  await expect(panelAfterReload).toBeHidden();
  await expect(grid.getByRole('row', { name: /Boštjan Lindav/ })).toHaveCount(0);
  await expect(dataRows(grid)).toHaveCount(1);
  await expect(page.getByText('1 person', { exact: true })).toBeVisible();
  expect((await server.rpc('people.list', { search: 'Lindav' })).total).toBe(0);
});

test('people: a Latin query finds Cyrillic and Greek names, and a Cyrillic query Latin ones', async ({ page, server }) => {
  for (const [fullName, countryCode] of [['Драган Јовановић', 'RS'], ['Marko Jovanović', 'ME'], ['Νίκος Αλεξίου', 'GR'], ['Ana Popescu', 'RO']] as const) {
    await server.rpc('people.create', { fullName, countryCode });
  }
  await page.goto(server.url);
  await section(page, 'People').click();
  const grid = page.getByRole('grid', { name: 'People' });
  await expect(dataRows(grid)).toHaveCount(4);
  const search = page.getByRole('searchbox', { name: 'Search people' });
  for (const term of ['jovanovic', 'Јовановић']) {
    await search.fill(term);
    await expect(dataRows(grid)).toHaveCount(2);
    await expect(grid.getByRole('row', { name: /Драган Јовановић/ })).toBeVisible();
    await expect(grid.getByRole('row', { name: /Marko Jovanović/ })).toBeVisible();
  }
  await screenshot(page, 'people-search-across-scripts');
  await search.fill('alexiou');
  await expect(dataRows(grid)).toHaveCount(1);
  await expect(grid.getByRole('row', { name: /Νίκος Αλεξίου/ })).toBeVisible();
});

test('organisations: create, edit, delete with its people kept', async ({ page, server }) => {
  await page.goto(server.url);
  await section(page, 'Organisations').click();
  await expect(page.getByTestId('organisations-empty')).toBeVisible();

  await page.keyboard.press('n');
  const panel = page.getByRole('dialog', { name: 'New organisation' });
  await expect(panel).toBeVisible();
  await panel.getByLabel('Name').fill('National Bureau of Investigation');
  await panel.getByLabel('Acronym').fill('NBI');
  await panel.getByLabel('Kind').selectOption({ label: 'National agency' });
  await panel.getByLabel('Country').selectOption({ label: 'Slovenia' });
  await panel.getByLabel('Website').fill('https://www.policija.si');
  await panel.getByRole('button', { name: 'Create organisation' }).click();
  await expect(panel).toBeHidden();

  const grid = page.getByRole('grid', { name: 'Organisations' });
  const row = grid.getByRole('row', { name: /National Bureau of Investigation/ });
  await expect(row).toContainText('NBI');
  await expect(row).toContainText('National agency');
  await expect(row).toContainText('Slovenia');
  await expect(page.getByText('1 organisation', { exact: true })).toBeVisible();

  const [created] = (await server.rpc('organisations.list', {})).rows;
  expect(created).toMatchObject({ name: 'National Bureau of Investigation', acronym: 'NBI', kind: 'national_agency' });
  const member = await server.rpc('people.create', { fullName: 'Maja Novak', organisationId: created!.id, countryCode: 'SI' });
  // The push event refreshes the people count without a reload.
  await expect(row.getByRole('gridcell').nth(4)).toHaveText('1');

  // Edit: kind and acronym.
  await row.click();
  const editPanel = page.getByRole('dialog', { name: 'National Bureau of Investigation', exact: true });
  await expect(editPanel).toContainText('1 person');
  await editPanel.getByLabel('Kind').selectOption({ label: 'Ministry' });
  await editPanel.getByLabel('Acronym').fill('NBI-SI');
  await editPanel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editPanel).toBeHidden();
  await expect(row).toContainText('NBI-SI');
  await expect(row).toContainText('Ministry');
  const edited = await server.rpc('organisations.get', { id: created!.id });
  expect(edited).toMatchObject({ acronym: 'NBI-SI', kind: 'ministry' });

  // Search finds it by acronym; a filter by kind keeps it, another kind hides it.
  await page.getByRole('searchbox', { name: 'Search organisations' }).fill('nbi');
  await expect(dataRows(grid)).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Filter by kind' }).selectOption({ label: 'NGO' });
  await expect(page.getByTestId('organisations-no-match')).toBeVisible();
  await page.getByTestId('organisations-no-match').getByRole('button', { name: 'Clear filters' }).click();
  await expect(dataRows(grid)).toHaveCount(1);

  // Delete: the confirmation says its person stays, without an organisation.
  await row.click();
  await page.getByRole('dialog', { name: 'National Bureau of Investigation', exact: true }).getByRole('button', { name: 'Delete…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete National Bureau of Investigation?' });
  await expect(confirm).toContainText('1 person will stay in the directory without an organisation.');
  await confirm.getByRole('button', { name: 'Delete organisation' }).click();
  await expect(page.getByTestId('organisations-empty')).toBeVisible();
  expect((await server.rpc('organisations.list', {})).total).toBe(0);
  const orphan = await server.rpc('people.get', { id: member.id });
  expect(orphan.organisationId).toBeNull();
});

test('demo data from the empty state, every screen, dark theme', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome to Liaison' })).toBeVisible();
  await screenshot(page, 'dashboard-empty');

  await section(page, 'People').click();
  const empty = page.getByTestId('people-empty');
  await expect(empty).toContainText('No people yet');
  await screenshot(page, 'people-empty');
  await empty.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByText('Demo data loaded')).toBeVisible();

  const grid = page.getByRole('grid', { name: 'People' });
  await expect(dataRows(grid).first()).toBeVisible();
  const demo = await server.rpc('people.list', { limit: 1 });
  expect(demo.total).toBeGreaterThan(10);
  await expect(page.getByText(`${demo.total.toLocaleString('en-GB')} people`, { exact: true })).toBeVisible();
  expect(await dataRows(grid).count()).toBeGreaterThan(10);
  await dismissToasts(page);

  // Sorting by name descending puts a different person first, fetched from the server.
  const firstAscending = await dataRows(grid).first().getByRole('gridcell').first().textContent();
  await grid.getByRole('columnheader', { name: /Name/ }).getByRole('button').click();
  await expect(grid.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(dataRows(grid).first().getByRole('gridcell').first()).not.toHaveText(firstAscending ?? '');
  await grid.getByRole('columnheader', { name: /Name/ }).getByRole('button').click();
  await expect(grid.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
  await screenshot(page, 'people');

  // Keyboard: arrows move the selection, Enter opens it, Esc closes the panel.
  await grid.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const selected = grid.locator('[role="row"][aria-selected="true"]');
  await expect(selected).toHaveCount(1);
  await expect(selected).toHaveAttribute('aria-rowindex', '3');
  const selectedName = (await selected.getByRole('gridcell').first().innerText()).replace(/\s*SPOC$/, '').trim();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: selectedName, exact: true });
  await expect(panel.getByLabel('Full name')).toHaveValue(selectedName);
  await screenshot(page, 'person-panel');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  // `/` focuses the search box.
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search people' })).toBeFocused();

  await page.keyboard.press('Control+4');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
  const organisations = page.getByRole('grid', { name: 'Organisations' });
  expect(await dataRows(organisations).count()).toBeGreaterThan(5);
  await screenshot(page, 'organisations');
  await dataRows(organisations).first().click();
  await expect(page.getByTestId('organisation-panel')).toBeVisible();
  await screenshot(page, 'organisation-panel');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await expect(page.locator('.fc-event').first()).toBeVisible();
  await section(page, 'Projects').click();
  await expect(page.getByTestId('projects-portfolio').getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  await screenshot(page, 'projects');

  await section(page, 'Dashboard').click();
  await expect(page.getByRole('heading', { name: 'Welcome to Liaison' })).toBeHidden();
  await expect(page.getByRole('button', { name: /People$/ }).filter({ hasText: String(demo.total) })).toBeVisible();
  await screenshot(page, 'dashboard');

  await section(page, 'Settings').click();
  const info = page.getByTestId('system-info');
  await expect(info).toContainText(server.dataDir);
  await expect(info).toContainText('Browser, over loopback');
  await expect(info).toContainText(/SQLite version\s*3\.\d+/);
  await screenshot(page, 'settings');

  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await screenshot(page, 'settings-dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await section(page, 'People').click();
  await expect(dataRows(page.getByRole('grid', { name: 'People' })).first()).toBeVisible();
  await screenshot(page, 'dark-theme');
  await dataRows(page.getByRole('grid', { name: 'People' })).nth(1).click();
  await expect(page.getByTestId('person-panel')).toBeVisible();
  await screenshot(page, 'dark-theme-panel');
});
