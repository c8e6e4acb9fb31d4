import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

const FILE = join(import.meta.dirname, 'fixtures', 'import', 'europe-semicolon-bom.csv');

const section = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });
const dataRows = (grid: Locator) => grid.getByRole('row').filter({ has: grid.page().getByRole('gridcell') });

test('people: import a semicolon CSV from Excel, map, fix by skipping, confirm', async ({ page, server }) => {
  // Someone already in the directory, whom the file names again by email.
  const existing = await server.rpc('people.create', {
    fullName: 'Ana Popescu',
    emails: ['a.popescu@politiaromana.ro'],
    countryCode: 'RO',
  });

  await page.goto(server.url);
  await section(page, 'People').click();
  const grid = page.getByRole('grid', { name: 'People' });
  await expect(dataRows(grid)).toHaveCount(1);

  await page.getByRole('button', { name: 'Import…' }).click();
  const wizard = page.getByRole('dialog', { name: 'Import people' });
  await expect(wizard).toBeVisible();
  await expect(wizard.getByRole('listitem').filter({ hasText: 'Choose a file' })).toHaveAttribute('aria-current', 'step');

  // Step 1: the file, and what was found in it.
  await wizard.getByLabel('Directory file').setInputFiles(FILE);
  await expect(wizard.getByTestId('import-detected')).toHaveText('Semicolon-separated text · UTF-8 with BOM · 6 rows of people · 6 columns');
  await screenshot(page, 'import-file');
  await wizard.getByRole('button', { name: 'Next: map columns' }).click();

  // Step 2: suggested from the Croatian headers; the phone column is left out on purpose.
  await expect(wizard.getByTestId('import-mapping-source')).toContainText('suggested a mapping');
  const target = (header: string) => wizard.getByRole('combobox', { name: `Import column “${header}” as` });
  await expect(target('Ime i prezime')).toHaveValue('fullName');
  await expect(target('E-mail')).toHaveValue('email');
  await expect(target('Država')).toHaveValue('country');
  await expect(target('Institucija')).toHaveValue('organisation');
  await expect(wizard.getByRole('row', { name: /Ime i prezime/ })).toContainText('Ioana Stănescu');
  await expect(wizard.getByRole('row', { name: /Ime i prezime/ })).toContainText('Драган Јовановић');

  // Without a name column nothing can be checked.
  await target('Ime i prezime').selectOption('ignore');
  await expect(wizard.getByText('Choose a column for the name')).toBeVisible();
  await expect(wizard.getByRole('button', { name: 'Next: check rows' })).toBeDisabled();
  await target('Ime i prezime').selectOption('fullName');
  await target('Funkcija').selectOption('position');
  await target('Telefon').selectOption('ignore');
  await expect(wizard.getByRole('button', { name: 'Next: check rows' })).toBeEnabled();
  await screenshot(page, 'import-mapping');
  await wizard.getByRole('button', { name: 'Next: check rows' }).click();

  // Step 3: every row, with its Excel row number.
  const counts = wizard.getByTestId('import-counts');
  await expect(counts).toContainText('To create3');
  await expect(counts).toContainText('To merge1');
  await expect(counts).toContainText('With errors2');
  const rows = wizard.getByRole('table', { name: 'Rows of the file' });
  await expect(rows.locator('tr[data-row="5"]')).toContainText('Row 5: Not a valid email address: ivan.ivic(at)mup.hr');
  await expect(rows.locator('tr[data-row="6"]')).toContainText('Row 6: Unknown country: Romnia. Did you mean Romania (RO)?');
  await expect(rows.locator('tr[data-row="7"]')).toContainText('Same email as Ana Popescu → Merge');
  await expect(rows.locator('tr[data-row="2"]')).toContainText('Boštjan Kranjc');
  await expect(rows.locator('tr[data-row="2"]')).toContainText('Slovenia');
  await expect(wizard.getByText('2 rows have errors')).toBeVisible();
  const importButton = wizard.getByRole('button', { name: 'Import 4 people' });
  await expect(importButton).toBeDisabled();

  await screenshot(page, 'import-preview');
  await wizard.getByLabel('Only rows with problems').check();
  await expect(rows.locator('tbody tr')).toHaveCount(2);
  await wizard.getByLabel('Only rows with problems').uncheck();

  // Nothing is written before the confirm.
  expect((await server.rpc('people.list', {})).total).toBe(1);

  await wizard.getByRole('button', { name: 'Skip all rows with errors' }).click();
  await expect(wizard.getByRole('combobox', { name: 'Action for row 5' })).toHaveValue('skip');
  await expect(wizard.getByRole('combobox', { name: 'Action for row 6' })).toHaveValue('skip');
  await expect(counts).toContainText('To skip2');
  await expect(counts).toContainText('With errors0');
  await importButton.click();

  await expect(wizard).toBeHidden();
  await expect(page.getByText('Imported europe-semicolon-bom.csv')).toBeVisible();
  await expect(page.getByText('3 created · 1 merged · 2 skipped · 3 new organisations')).toBeVisible();
  await expect(dataRows(grid)).toHaveCount(4);
  await expect(grid.getByRole('row', { name: /Драган Јовановић/ })).toBeVisible();
  await screenshot(page, 'import-done');

  const search = page.getByRole('searchbox', { name: 'Search people' });
  await search.fill('Bostjan');
  await expect(dataRows(grid)).toHaveCount(1);
  await expect(grid.getByRole('row', { name: /Boštjan Kranjc/ })).toContainText('Direktor kriminalistične policije');

  const stored = await server.rpc('people.list', { limit: 50 });
  expect(stored.total).toBe(4);
  const byName = new Map(stored.rows.map((p) => [p.fullName, p]));
  expect(byName.get('Boštjan Kranjc')).toMatchObject({ countryCode: 'SI', emails: ['b.kranjc@policija.si'], phones: [] });
  expect(byName.get('Ioana Stănescu')).toMatchObject({ countryCode: 'RO', position: 'Ofițer de legătură' });
  expect(byName.get('Драган Јовановић')).toMatchObject({ countryCode: 'RS' });
  expect(byName.get('Ana Popescu')).toMatchObject({ id: existing.id, position: 'Analist' });
  expect(byName.has('Ivan Ivić')).toBe(false);
  expect(byName.has('Mihai Ionescu')).toBe(false);
});

test('people import: Esc asks before dropping a mapped file; a broken file is explained', async ({ page, server }) => {
  await page.goto(server.url);
  await section(page, 'People').click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const wizard = page.getByRole('dialog', { name: 'Import people' });

  await wizard.getByLabel('Directory file').setInputFiles({ name: 'header-only.csv', mimeType: 'text/csv', buffer: Buffer.from('Name;Email\r\n') });
  await expect(wizard.getByTestId('import-file-error')).toContainText('no rows of people');
  await expect(wizard.getByRole('button', { name: 'Next: map columns' })).toBeDisabled();

  await wizard.getByLabel('Directory file').setInputFiles(FILE);
  await expect(wizard.getByTestId('import-detected')).toBeVisible();
  await expect(wizard.getByTestId('import-file-error')).toBeHidden();
  await wizard.getByRole('button', { name: 'Next: map columns' }).click();
  await expect(wizard.getByRole('combobox', { name: 'Import column “E-mail” as' })).toBeVisible();
  // Enter from the step's content advances to the preview.
  await page.keyboard.press('Enter');
  await expect(wizard.getByTestId('import-counts')).toBeVisible();

  await page.keyboard.press('Escape');
  const leave = page.getByRole('dialog', { name: 'Stop importing?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Keep going' }).click();
  await expect(wizard.getByTestId('import-counts')).toBeVisible();
  await page.keyboard.press('Escape');
  await leave.getByRole('button', { name: 'Stop importing' }).click();
  await expect(wizard).toBeHidden();
  expect((await server.rpc('people.list', {})).total).toBe(0);
});
