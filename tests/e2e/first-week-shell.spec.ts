import type { Page } from '@playwright/test';
import { expect, test, type LoopbackServer } from './fixtures';

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });
const count = (page: Page) => page.locator('.screen-meta');

async function openCalendar(page: Page, server: LoopbackServer) {
  await page.goto(server.url);
  await section(page, 'Calendar').click();
  await expect(page.getByTestId('calendar-title')).not.toHaveText('');
}

async function goTo(page: Page, date: string, view: 'm' | 'w' | 'y' | 'a') {
  await page.getByLabel('Go to a date').fill(date);
  await page.getByTestId('calendar').focus();
  await page.keyboard.press(view);
}

const meeting = (server: LoopbackServer, title: string, day: string) =>
  server.rpc('events.create', { kind: 'workshop', title, when: { allDay: true, start: day, end: day, timeZone: 'Europe/Bucharest' } });

test('"N events in view" counts the events of the period on screen after every change of view or date', async ({ page, server }) => {
  await meeting(server, 'Workshop on firearms trafficking', '2025-03-05');
  await meeting(server, 'Workshop on cybercrime', '2025-07-01');
  await openCalendar(page, server);

  await goTo(page, '2025-03-05', 'm');
  await expect(page.getByTestId('calendar-title')).toHaveText('March 2025');
  await expect(count(page)).toHaveText('1 event in view');

  // A week of the same month without events: the month's answer is reused, not its count.
  await goTo(page, '2025-03-18', 'w');
  await expect(page.getByTestId('calendar-title')).toHaveText(/17.*23 Mar 2025/);
  await expect(count(page)).toHaveText('0 events in view');
  await expect(page.getByTestId('calendar-empty-period')).toBeVisible();

  // The year holds both; a week of it holds one.
  await page.keyboard.press('y');
  await expect(page.getByTestId('calendar-title')).toHaveText('2025');
  await expect(count(page)).toHaveText('2 events in view');
  await goTo(page, '2025-03-05', 'w');
  await expect(page.getByTestId('calendar-title')).toHaveText(/3.*9 Mar 2025/);
  await expect(count(page)).toHaveText('1 event in view');
  await page.keyboard.press('ArrowRight');
  await expect(count(page)).toHaveText('0 events in view');
  await page.keyboard.press('a');
  await expect(count(page)).toHaveText('1 event in view');
});

test('a click in the sidebar shows the section\'s main screen, not the page last opened in it', async ({ page, server }) => {
  await server.rpc('system.loadDemo');
  await openCalendar(page, server);
  await goTo(page, '2024-05-21', 'm');
  const title = '9th meeting of the SELEC Anti-Terrorism Task Force';
  await page.locator('.fc-event', { hasText: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // Ctrl+2 comes back to where the user was; the sidebar goes to the calendar itself.
  await section(page, 'People').click();
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await section(page, 'People').click();
  await section(page, 'Calendar').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await expect(page.getByTestId('calendar')).toBeVisible();

  // Even from the event page itself.
  await page.locator('.fc-event', { hasText: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await section(page, 'Calendar').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();

  // The same for a project and the portfolio.
  await section(page, 'Projects').click();
  await page.getByTestId('projects-portfolio').getByTestId('project-card').filter({ hasText: 'ATHENA 2' }).click();
  await expect(page.getByTestId('project-dashboard')).toBeVisible();
  await section(page, 'Settings').click();
  await section(page, 'Projects').click();
  await expect(page.getByTestId('projects-portfolio')).toBeVisible();
});

test('the sidebar\'s tooltips write shortcuts as "Ctrl+2"', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(section(page, 'Dashboard')).toHaveAttribute('title', 'Dashboard (Ctrl+1)');
  await expect(section(page, 'Calendar')).toHaveAttribute('title', 'Calendar (Ctrl+2)');
  await expect(section(page, 'Settings')).toHaveAttribute('title', 'Settings (Ctrl+8)');
  await section(page, 'Settings').click();
  await expect(page.getByText('Ctrl+S', { exact: true })).toBeVisible();
});
