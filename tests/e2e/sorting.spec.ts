import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

const NAMES = [
  'Ljubica Ljubić', 'Luka Lukić', 'Lana Horvat', 'Čedo Čolić', 'Cvijeta Cvetić', 'Dragan Dragić', 'Džemal Džeko', 'Đorđe Đurić',
  'Işıl Kaya', 'İpek Demir', 'Ilgaz Öz', 'Irmak Şahin', 'Ömer Çelik', 'Oğuz Uçar', 'Ana Popescu', 'Ștefan Sava', 'Sorin Tudor',
];
/** Closes the toasts "The interface is now in …", so that the screenshots show the list. */
async function dismissToasts(page: Page) {
  for (const close of await page.locator('.toasts .icon-button').all()) await close.click();
  await expect(page.locator('.toasts .toast-message')).toHaveCount(0);
}

const firstCells = async (grid: Locator) => (await grid.getByRole('row').filter({ has: grid.page().getByRole('gridcell') }).locator('[role="gridcell"]:first-child').allInnerTexts()).map((t) => t.trim());

test('the people list sorts in the interface language: Croatian lj and dž, Turkish ı and İ, Romanian ș', async ({ page, server }) => {
  test.setTimeout(120_000);
  const countryOf = (name: string) => (/[ıİŞşÖöĞğÇç]/.test(name) ? 'TR' : /Popescu|Ștefan|Sorin/.test(name) ? 'RO' : /Džemal/.test(name) ? 'BA' : /Đorđe|Dragan/.test(name) ? 'RS' : 'HR');
  for (const fullName of NAMES) await server.rpc('people.create', { fullName, countryCode: countryOf(fullName) });
  await page.goto(server.url);
  await expect(page.locator('h1').first()).toBeVisible();
  await page.evaluate(() => (window.location.hash = '#/people'));
  const grid = page.getByRole('grid').first();
  await expect(grid.getByRole('gridcell', { name: 'Ljubica Ljubić' })).toBeVisible();

  // The order expected is Intl.Collator's in this process, names compared as shown (no titles here).
  const expected = (locale: string) => [...NAMES].sort(new Intl.Collator(locale, { sensitivity: 'base' }).compare);
  const listed = async () => (await firstCells(grid)).filter((name) => NAMES.includes(name));
  await expect.poll(listed).toEqual(expected('en'));

  for (const [code, locale] of [['hr', 'hr-HR'], ['tr', 'tr-TR'], ['ro', 'ro-RO']] as const) {
    await page.evaluate(() => (window.location.hash = '#/settings'));
    await page.getByTestId('language-picker').selectOption(code);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await page.evaluate(() => (window.location.hash = '#/people'));
    await expect.poll(listed).toEqual(expected(locale));
    await dismissToasts(page);
    if (code !== 'ro') await screenshot(page, `sorting-people-${code}`);
  }
  const croatian = expected('hr-HR');
  expect(croatian.indexOf('Luka Lukić')).toBeLessThan(croatian.indexOf('Ljubica Ljubić'));
  expect(croatian.indexOf('Dragan Dragić')).toBeLessThan(croatian.indexOf('Džemal Džeko'));
  const turkish = expected('tr-TR');
  expect(turkish.indexOf('Işıl Kaya')).toBeLessThan(turkish.indexOf('İpek Demir'));

  // Family names first, the list sorts by them: Čolić, Lukić, Ljubić in Croatian.
  for (const [givenNames, familyName] of [['Zora', 'Ljubić'], ['Ana', 'Lukić'], ['Vesna', 'Čolić']]) {
    await server.rpc('people.create', { fullName: `${givenNames} ${familyName}`, givenNames, familyName });
  }
  await page.evaluate(() => (window.location.hash = '#/settings'));
  await page.getByTestId('language-picker').selectOption('hr');
  await page.evaluate(() => (window.location.hash = '#/people'));
  await page.getByTestId('people-family-first').check();
  const families = async () => (await firstCells(grid)).filter((name) => name.includes(','));
  await expect.poll(families).toEqual(['ČOLIĆ, Vesna', 'LUKIĆ, Ana', 'LJUBIĆ, Zora']);
  await dismissToasts(page);
  await screenshot(page, 'sorting-people-hr-family-first');
  await page.getByTestId('people-family-first').uncheck();

  // A country in a body's chair is named in the language too.
  await server.rpc('bodies.create', { name: 'SELEC', chairTerms: [{ role: 'presidency', holderCountryCode: 'RO', startsOn: '2021-12-01' }] });
  await page.evaluate(() => (window.location.hash = '#/bodies'));
  await expect(page.getByRole('gridcell', { name: 'Rumunjska' })).toBeVisible();
  await screenshot(page, 'sorting-bodies-hr');

  await page.evaluate(() => (window.location.hash = '#/settings'));
  await page.getByTestId('language-picker').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
