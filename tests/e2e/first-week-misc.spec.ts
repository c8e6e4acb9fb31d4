import { chromium, type Page } from '@playwright/test';
import { expect, screenshot, test, type LoopbackServer } from './fixtures';
import { CHROMIUM_ARGS } from './playwright.config';

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });

/** A one-day meeting with one session, two items and an outcome. */
async function meeting(server: LoopbackServer, title = 'Workshop on joint patrols', date = '2026-04-14') {
  const event = await server.rpc<{ id: string; title: string; updatedAt: string }>('events.create', {
    title,
    kind: 'workshop',
    when: { allDay: false, start: `${date}T09:00`, end: `${date}T17:00`, timeZone: 'Europe/Bucharest' },
  });
  const agenda = await server.rpc<{ days: Array<{ sessions: Array<{ id: string }> }> }>('agenda.addSession', { eventId: event.id, day: date, title: 'Opening session' });
  const sessionId = agenda.days[0]!.sessions[0]!.id;
  await server.rpc('agenda.addItem', { sessionId, title: 'Welcome address', kind: 'opening', durationMin: 15 });
  await server.rpc('agenda.addItem', { sessionId, title: 'Patrols on the RO–BG border', kind: 'presentation', durationMin: 45 });
  await server.rpc('outcomes.create', { eventId: event.id, kind: 'decision', text: 'Joint patrols continue on the RO–BG border.' });
  return event;
}

async function openEvent(page: Page, title: string, date = '2026-04-14') {
  await section(page, 'Calendar').click();
  await page.getByLabel('Go to a date').fill(date);
  await page.getByRole('button', { name: 'Day', exact: true }).click();
  await page.locator('.fc-event', { hasText: title }).first().click();
  await expect(page.getByTestId('event-page')).toBeVisible();
}

/** Whether every time input in `scope` is at least as wide as the value it shows needs (a squeezed one cuts "09:00 AM" to "09:00 AI"). */
async function squeezedTimeInputs(page: Page, scope: string) {
  return page.locator(scope).evaluate((root) =>
    [...root.querySelectorAll<HTMLInputElement>('input[type=time]')]
      .filter((input) => input.offsetParent !== null)
      .flatMap((input) => {
        const natural = input.cloneNode() as HTMLInputElement;
        natural.style.width = 'auto';
        natural.style.flex = 'none';
        natural.style.position = 'absolute';
        input.parentElement!.append(natural);
        const needed = natural.offsetWidth;
        natural.remove();
        return input.offsetWidth < needed ? [`${input.getAttribute('aria-label') ?? input.id}: ${input.offsetWidth}px < ${needed}px`] : [];
      }),
  );
}

test('time inputs of the agenda show their whole value at 1280×720, with a 24-hour and a 12-hour clock', async ({ server }) => {
  test.setTimeout(90_000);
  await meeting(server);
  // The browser's language decides the clock of a time input, so each runs in its own browser.
  for (const lang of ['en-GB', 'en-US']) {
    const browser = await chromium.launch({ executablePath: process.env.LIAISON_CHROMIUM ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, `--lang=${lang}`] });
    try {
      const page = await browser.newPage({ locale: lang, timezoneId: 'Europe/Bucharest', viewport: { width: 1280, height: 720 } });
      await page.goto(server.url);
      await openEvent(page, 'Workshop on joint patrols');
      await page.getByRole('tab', { name: 'Agenda' }).click();
      expect(await squeezedTimeInputs(page, '[data-testid="event-page"]')).toEqual([]);
      await page.getByRole('button', { name: 'Add item', exact: true }).first().click();
      const dialog = page.getByRole('dialog', { name: 'New agenda item' });
      await dialog.getByLabel('At a fixed time').check();
      await expect(dialog.locator('input[type=time]').first()).toBeEnabled();
      expect(await squeezedTimeInputs(page, 'dialog[open]')).toEqual([]);
      await screenshot(page, `first-week-agenda-item-times-${lang}`);
    } finally {
      await browser.close();
    }
  }
});

test('print previews of the agenda, the outcomes and the donor report apply their style without a CSP error', async ({ page, server }) => {
  test.setTimeout(90_000);
  await server.rpc('system.loadDemo');
  await meeting(server, 'Workshop on joint patrols', '2030-03-05');
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to apply/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(server.url);
  await openEvent(page, 'Workshop on joint patrols', '2030-03-05');
  const frame = page.frameLocator('[data-testid="print-preview-frame"]');

  await page.getByRole('tab', { name: 'Agenda' }).click();
  await page.getByRole('group', { name: 'Export the agenda' }).getByRole('button', { name: 'Print…' }).click();
  await expect(frame.locator('td.time').first()).toHaveText('09:00–09:15');
  // The document's own stylesheet applies (18pt title, grey desk on screen).
  await expect(frame.locator('h1')).toHaveCSS('font-size', '24px');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Outcomes' }).click();
  await page.getByRole('group', { name: 'Export the outcomes' }).getByRole('button', { name: 'PDF' }).click();
  await expect(frame.locator('.outcome-list')).toContainText('Joint patrols continue');
  await expect(frame.locator('h1')).toHaveCSS('font-size', '24px');
  await page.keyboard.press('Escape');

  await section(page, 'Projects').click();
  await page.getByTestId('projects-portfolio').getByTestId('project-card').filter({ hasText: 'ATHENA 2' }).click();
  await page.getByRole('tab', { name: 'Export' }).click();
  await page.getByRole('button', { name: 'Preview and print…' }).click();
  const report = page.getByTestId('report-preview').frameLocator('iframe');
  await expect(report.locator('body')).toContainText('Joint operations');
  await expect(report.locator('h1')).toHaveCSS('font-size', '24px');
  await page.keyboard.press('Escape');

  expect(violations).toEqual([]);
});
