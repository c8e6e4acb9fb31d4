import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test, type LoopbackServer } from './fixtures';

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });
const hash = (page: Page) => new URL(page.url()).hash;
const palette = (page: Page) => page.getByTestId('palette');
const input = (page: Page) => page.getByRole('combobox', { name: 'Go to a record or run a command' });
const selected = (page: Page) => palette(page).locator('[role="option"][aria-selected="true"]');

async function openPalette(page: Page): Promise<void> {
  await page.keyboard.press('Control+K');
  await expect(palette(page)).toBeVisible();
  await expect(input(page)).toBeFocused();
}

/** Arrows down until `option` is the active one: the keyboard is all the palette needs. */
async function arrowTo(page: Page, option: Locator): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if ((await option.getAttribute('aria-selected')) === 'true') return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error('The option was never reached with ArrowDown');
}

/**
 * Puts the whole query in at once and waits until its search has answered: typed a key at a time,
 * an earlier query's answer could say "N results" and the list change again under the arrows.
 */
async function search(page: Page, query: string): Promise<void> {
  await input(page).fill(query);
  await expect(palette(page).getByRole('status')).toHaveText(/^\d+ results?$|^Nothing/);
  // And the list holds still: the arrows and Enter must act on the list that is shown.
  const options = palette(page).getByRole('option');
  await expect
    .poll(async () => {
      const before = await options.allInnerTexts();
      await page.waitForTimeout(250);
      return JSON.stringify(before) === JSON.stringify(await options.allInnerTexts());
    })
    .toBe(true);
}

async function ready(page: Page, server: LoopbackServer): Promise<void> {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
}

test('Ctrl+K finds a person by a query without accents, and Enter opens them', async ({ page, server }) => {
  const { id } = await server.rpc('people.create', { fullName: 'Boštjan Lindav', position: 'Head of the International Police Cooperation Division', countryCode: 'SI' });
  await server.rpc('people.create', { fullName: 'Ana Radulović', countryCode: 'ME' });
  await ready(page, server);

  await openPalette(page);
  await expect(input(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.type('bostjan');
  const option = palette(page).getByRole('option', { name: /Boštjan Lindav/ });
  await expect(option).toBeVisible();
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(input(page)).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await expect(palette(page).getByRole('group', { name: 'People' })).toContainText('Boštjan Lindav');
  await expect(palette(page).getByRole('option', { name: /Ana Radulović/ })).toHaveCount(0);

  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();
  await expect(page.getByTestId('person-panel').getByLabel('Full name')).toHaveValue('Boštjan Lindav');
  expect(hash(page)).toBe(`#/people/${id}`);
  await expect(section(page, 'People')).toHaveAttribute('aria-current', 'page');
});

test('Ctrl+K runs "New event": the calendar opens with an empty event form', async ({ page, server }) => {
  await ready(page, server);
  await openPalette(page);
  await page.keyboard.type('new event');
  const command = palette(page).getByRole('group', { name: 'Commands' }).getByRole('option', { name: 'New event' });
  await expect(command).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();
  const form = page.getByTestId('event-panel');
  await expect(form).toBeVisible();
  await expect(form.getByRole('heading', { name: 'New event' })).toBeVisible();
  // The errand is done once: the address is the calendar's, so Back does not open another form.
  await expect.poll(() => hash(page)).toBe('#/calendar');
  await expect(section(page, 'Calendar')).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  // "Import .ics…" opens the file chooser of the calendar's import, from another section too.
  await section(page, 'People').click();
  await openPalette(page);
  await search(page, 'import ics');
  await expect(palette(page).getByRole('option', { name: 'Import .ics…' })).toHaveAttribute('aria-selected', 'true');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  expect((await chooser).isMultiple()).toBe(false);
  await expect.poll(() => hash(page)).toBe('#/calendar');
});

test('Esc closes the palette and gives the focus back; arrows move and wrap; nothing found is said', async ({ page, server }) => {
  await ready(page, server);
  await section(page, 'People').click();
  const searchBox = page.getByRole('searchbox', { name: 'Search people' });
  await searchBox.focus();

  await openPalette(page);
  // With nothing typed: the commands, the first active.
  const options = palette(page).getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  const count = await options.count();
  expect(count).toBeGreaterThan(3);
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(count - 1)).toHaveAttribute('aria-selected', 'true');
  await expect(selected(page)).toHaveCount(1);

  await page.keyboard.type('zzqxj');
  await expect(palette(page).getByText('Nothing matches “zzqxj”.')).toBeVisible();
  await expect(options).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await expect(searchBox).toBeFocused();
  // Esc was the palette's: the People screen is still where it was.
  expect(hash(page)).toBe('#/people');

  // Opened again, it starts afresh.
  await openPalette(page);
  await expect(input(page)).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(searchBox).toBeFocused();
});

test('the palette reaches organisations, bodies, events, projects and indicators, runs the donor report and Lock, in both themes', async ({ page, server }) => {
  test.setTimeout(120_000);
  await server.rpc('system.loadDemo');
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await ready(page, server);
    await openPalette(page);
    await search(page, 'sel');
    await expect(palette(page).getByRole('group', { name: 'Bodies' }).getByRole('option', { name: /SELEC Anti-Terrorism Task Force/ })).toBeVisible();
    await expect(palette(page).getByRole('group', { name: 'Events' }).getByRole('option').first()).toBeVisible();
    await expect(palette(page).getByRole('status')).not.toHaveText('Searching…');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await screenshot(page, `palette-${theme}`);
    const result = await new AxeBuilder({ page }).include('[data-testid="palette"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
  }

  // A body.
  await openPalette(page);
  await search(page, 'selec anti-terrorism');
  const body = palette(page).getByRole('group', { name: 'Bodies' }).getByRole('option', { name: /SELEC Anti-Terrorism Task Force/ });
  await arrowTo(page, body);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('body-panel').getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('SELEC Anti-Terrorism Task Force');

  // An event, found without its accents or its full words.
  await openPalette(page);
  await search(page, '9th meeting selec');
  const meeting = palette(page).getByRole('group', { name: 'Events' }).getByRole('option', { name: /9th meeting of the SELEC Anti-Terrorism Task Force/ });
  await arrowTo(page, meeting);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '9th meeting of the SELEC Anti-Terrorism Task Force' })).toBeVisible();

  // An indicator: its project's dashboard, with that indicator in the chart.
  await openPalette(page);
  await search(page, 'joint patrols');
  const indicator = palette(page).getByRole('group', { name: 'Indicators' }).getByRole('option', { name: /Joint patrols/ });
  await arrowTo(page, indicator);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('project-dashboard')).toBeVisible();
  await expect(page.getByLabel('Indicator shown in the chart').locator('option:checked')).toHaveText('Joint patrols');
  await expect.poll(() => hash(page)).toMatch(/^#\/projects\/[0-9a-f-]{36}$/);

  // A project's donor report.
  await openPalette(page);
  await search(page, 'athena');
  await expect(palette(page).getByRole('group', { name: 'Projects' }).getByRole('option', { name: /ATHENA 2/ })).toBeVisible();
  const report = palette(page).getByRole('group', { name: 'Commands' }).getByRole('option', { name: 'Export the donor report of ATHENA 2…' });
  await arrowTo(page, report);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Export' })).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => hash(page)).toMatch(/^#\/projects\/[0-9a-f-]{36}\/export$/);

  // An organisation.
  await openPalette(page);
  const organisations = await server.rpc('organisations.list', { limit: 1 });
  const name = organisations.rows[0]!.name;
  await search(page, name);
  const organisation = palette(page).getByRole('group', { name: 'Organisations' }).getByRole('option').first();
  await expect(organisation).toContainText(name);
  await arrowTo(page, organisation);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('organisation-panel')).toBeVisible();

  // Lock.
  await openPalette(page);
  await search(page, 'lock');
  await expect(palette(page).getByRole('option', { name: 'Lock' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Liaison is locked' })).toBeVisible();
});
