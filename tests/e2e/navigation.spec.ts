import type { Page } from '@playwright/test';
import { expect, screenshot, test, type LoopbackServer } from './fixtures';

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });
const hash = (page: Page) => new URL(page.url()).hash;
const personPanel = (page: Page) => page.getByTestId('person-panel');

/** A day `days` from today, as the calendar writes it. */
function dayFromToday(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

async function event(server: LoopbackServer, title: string, day = dayFromToday(3)): Promise<string> {
  const created = await server.rpc('events.create', {
    kind: 'workshop',
    title,
    when: { allDay: true, start: day, end: day, timeZone: 'Europe/Bucharest' },
  });
  return created.id;
}

async function person(server: LoopbackServer, fullName: string): Promise<string> {
  return (await server.rpc('people.create', { fullName, countryCode: 'SI' })).id;
}

test('Back and Forward walk the places visited: Alt+← / Alt+→ and the browser\'s own', async ({ page, server }) => {
  const personId = await person(server, 'Boštjan Lindav');
  const eventId = await event(server, 'Workshop on witness protection');
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  expect(hash(page)).toBe('#/dashboard');

  await section(page, 'People').click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  expect(hash(page)).toBe('#/people');
  await page.getByRole('grid', { name: 'People' }).getByRole('row', { name: /Boštjan Lindav/ }).click();
  await expect(personPanel(page).getByLabel('Full name')).toHaveValue('Boštjan Lindav');
  expect(hash(page)).toBe(`#/people/${personId}`);

  await section(page, 'Dashboard').click();
  await page.getByTestId('dashboard-upcoming').getByRole('button', { name: /Workshop on witness protection/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop on witness protection' })).toBeVisible();
  expect(hash(page)).toBe(`#/events/${eventId}`);
  // The sidebar says which section the event belongs to.
  await expect(section(page, 'Calendar')).toHaveAttribute('aria-current', 'page');
  await page.getByRole('tab', { name: 'Agenda' }).click();
  await expect(page.getByRole('tab', { name: 'Agenda' })).toHaveAttribute('aria-selected', 'true');
  expect(hash(page)).toBe(`#/events/${eventId}/agenda`);

  // Alt+← from the focused tab goes back through the history, not to the tab beside it.
  await expect(page.getByRole('tab', { name: 'Agenda' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
  expect(hash(page)).toBe(`#/events/${eventId}`);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(personPanel(page).getByLabel('Full name')).toHaveValue('Boštjan Lindav');
  expect(hash(page)).toBe(`#/people/${personId}`);
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop on witness protection' })).toBeVisible();

  // The browser's Back and Forward land in the same places.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.goBack();
  await expect(personPanel(page).getByLabel('Full name')).toHaveValue('Boštjan Lindav');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(personPanel(page)).toBeHidden();
  await page.goForward();
  await expect(personPanel(page)).toBeVisible();
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop on witness protection' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('tab', { name: 'Agenda' })).toHaveAttribute('aria-selected', 'true');
});

test('Back asks before it drops unsaved edits, and stays put when the user keeps them', async ({ page, server }) => {
  const personId = await person(server, 'Ana Radulović');
  await page.goto(server.url);
  await section(page, 'People').click();
  await page.getByRole('grid', { name: 'People' }).getByRole('row', { name: /Ana Radulović/ }).click();
  const position = personPanel(page).getByLabel('Position');
  await position.fill('Adviser for International Cooperation');

  await page.keyboard.press('Alt+ArrowLeft');
  const discard = page.getByRole('alertdialog', { name: 'Discard your changes?' }).or(page.getByRole('dialog', { name: 'Discard your changes?' }));
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(discard).toBeHidden();
  await expect(position).toHaveValue('Adviser for International Cooperation');
  await expect.poll(() => hash(page)).toBe(`#/people/${personId}`);

  await page.keyboard.press('Alt+ArrowLeft');
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await expect(personPanel(page)).toBeHidden();
  await expect.poll(() => hash(page)).toBe('#/people');
  // Forward reopens the person as stored, without the discarded edit.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(personPanel(page).getByLabel('Full name')).toHaveValue('Ana Radulović');
  await expect(personPanel(page).getByLabel('Position')).toHaveValue('');
});

test('a reload keeps the place: section, record and tab', async ({ page, server }) => {
  const eventId = await event(server, 'Plenary of the network of liaison officers');
  const personId = await person(server, 'Petar Petrović');
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  await page.getByTestId('dashboard-upcoming').getByRole('button', { name: /Plenary of the network/ }).click();
  await page.getByRole('tab', { name: 'Participants' }).click();
  await expect.poll(() => hash(page)).toBe(`#/events/${eventId}/participants`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Plenary of the network of liaison officers' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Participants' })).toHaveAttribute('aria-selected', 'true');
  await expect(section(page, 'Calendar')).toHaveAttribute('aria-current', 'page');

  await section(page, 'People').click();
  await page.getByRole('grid', { name: 'People' }).getByRole('row', { name: /Petar Petrović/ }).click();
  await expect.poll(() => hash(page)).toBe(`#/people/${personId}`);
  await page.reload();
  await expect(personPanel(page).getByLabel('Full name')).toHaveValue('Petar Petrović');

  await section(page, 'Settings').click();
  await page.getByRole('tab', { name: 'Data and security' }).click();
  await expect.poll(() => hash(page)).toBe('#/settings/data');
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Data and security' })).toHaveAttribute('aria-selected', 'true');

  // Back still works across the reloads.
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'General' })).toHaveAttribute('aria-selected', 'true');
});

test('a link #/events/<id>/agenda opens that event\'s agenda, in a fresh window as in one already open', async ({ page, server }) => {
  const eventId = await event(server, 'Expert meeting on firearms trafficking', '2025-06-11');
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  // Followed from the open app: only the hash changes.
  await page.goto(`${server.origin}/#/events/${eventId}/agenda`);
  await expect(page.getByRole('heading', { level: 1, name: 'Expert meeting on firearms trafficking' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Agenda' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toBeVisible();
  await expect(page.getByTestId('tab-loading')).toBeHidden();

  // Opened afresh (the tab keeps the loopback's key, as a reload does).
  await page.goto('about:blank');
  await page.goto(`${server.origin}/#/events/${eventId}/agenda`);
  await expect(page.getByRole('heading', { level: 1, name: 'Expert meeting on firearms trafficking' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Agenda' })).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveTitle('Calendar · Liaison');
  await screenshot(page, 'deep-link-agenda');
});

test('an address that names nothing says so and offers the way home', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  for (const path of ['#/nowhere', '#/events/not-an-id', '#/events/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/minutes', '#/people/1/2/3']) {
    await page.goto(`${server.origin}/${path}`);
    const lost = page.getByTestId('route-not-found');
    await expect(lost).toBeVisible();
    await expect(lost.getByRole('heading', { name: 'Nothing here' })).toBeVisible();
    await expect(lost).toContainText(path.slice(1));
    await expect(page.getByRole('navigation', { name: 'Sections' }).locator('[aria-current="page"]')).toHaveCount(0);
    await expect(page).toHaveTitle('Not found · Liaison');
  }
  await screenshot(page, 'route-not-found');
  await page.getByRole('button', { name: 'Go to the dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  expect(hash(page)).toBe('#/dashboard');

  // A well-formed id of nothing: the event's page says it is gone.
  await page.goto(`${server.origin}/#/events/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b`);
  await expect(page.getByText('This event no longer exists')).toBeVisible();
});

test('a section\'s code loads when it is first opened, with a visible loading state meanwhile', async ({ page, server }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/ProjectsScreen-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });

  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  expect(scripts.some((path) => path.includes('ProjectsScreen-'))).toBe(false);
  expect(scripts.some((path) => /\/dashboard-[^/]*\.js$/.test(path))).toBe(true);

  await section(page, 'Projects').click();
  const loading = page.getByTestId('section-loading');
  await expect(loading).toHaveText('Opening Projects…');
  // The sidebar stays usable while the section loads.
  await expect(section(page, 'Projects')).toHaveAttribute('aria-current', 'page');
  release();
  await expect(page.getByTestId('projects-portfolio').getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  await expect(loading).toBeHidden();
  expect(scripts.filter((path) => path.includes('ProjectsScreen-'))).toHaveLength(1);
});
