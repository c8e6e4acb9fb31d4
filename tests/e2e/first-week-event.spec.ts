import type { Page } from '@playwright/test';
import { expect, screenshot, test, type LoopbackServer } from './fixtures';

/** Every uncaught error of the page: none may blank the window. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function newEvent(page: Page, server: LoopbackServer) {
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Calendar', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await page.getByRole('button', { name: 'New event' }).click();
  const panel = page.getByRole('dialog', { name: 'New event' });
  await expect(panel).toBeVisible();
  return panel;
}

async function taskForce(server: LoopbackServer) {
  const body = await server.rpc('bodies.create', { name: 'SELEC Anti-Terrorism Task Force', kind: 'task_force' });
  const series = await server.rpc('series.create', { bodyId: body.id, name: 'meeting of the SELEC Anti-Terrorism Task Force' });
  const meeting = (start: string) =>
    server.rpc('events.create', {
      seriesId: series.id,
      when: { allDay: true, start, end: start, timeZone: 'Europe/Bucharest' },
    });
  return { body, series, meeting };
}

test('First day: Backspace or a half-typed month keeps the form and what was typed, and saving says what is missing', async ({ page, server }) => {
  const errors = watchErrors(page);
  const panel = await newEvent(page, server);
  await panel.getByLabel('Title').fill('Planning meeting of the task force');
  const firstDay = panel.getByLabel('First day');

  await firstDay.click();
  await page.keyboard.press('Backspace');
  await expect(firstDay).toHaveValue('');
  await expect(panel.getByLabel('Title')).toHaveValue('Planning meeting of the task force');
  await expect(page.getByTestId('error-boundary')).toHaveCount(0);

  // "04" for April, in the month of a date being typed again.
  await firstDay.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('04');
  await expect(panel.getByLabel('Title')).toHaveValue('Planning meeting of the task force');

  // An incomplete date is a draft: saving puts the message on the field, nothing is sent.
  await firstDay.fill('');
  await panel.getByRole('button', { name: 'Create event' }).click();
  await expect(firstDay).toHaveAccessibleDescription('Enter a date');
  await expect(panel).toBeVisible();
  expect(errors).toEqual([]);
  expect(await server.rpc('events.range', { from: '1900-01-01T00:00:00Z', to: '2200-01-01T00:00:00Z' })).toEqual([]);
});

test('Last day never drifts while the first day is typed digit by digit, and absurd or year-long dates are refused on the field', async ({ page, server }) => {
  const errors = watchErrors(page);
  const panel = await newEvent(page, server);
  await panel.getByLabel('Title').fill('Regional workshop');
  const firstDay = panel.getByLabel('First day');
  const lastDay = panel.getByLabel('Last day');
  // A two-day event: the length is what Last day keeps once the new first day is complete.
  await firstDay.fill('2026-12-05');
  await lastDay.fill('2026-12-06');

  // The browser's own order of the date's parts (dd/mm/yyyy in en-GB, mm/dd/yyyy where only en-US is installed).
  await firstDay.focus();
  await page.keyboard.type('03');
  const dayFirst = (await firstDay.inputValue()) === '2026-12-03';
  await firstDay.fill('2026-12-05');
  await lastDay.fill('2026-12-06');

  await firstDay.focus();
  const seen: string[] = [];
  for (const digit of dayFirst ? '13042027' : '04132027') {
    await page.keyboard.type(digit);
    seen.push(await lastDay.inputValue());
  }
  await expect(firstDay).toHaveValue('2027-04-13');
  await expect(lastDay).toHaveValue('2027-04-14');
  for (const value of seen) {
    const year = Number(value.slice(0, 4));
    expect(year, `Last day went to ${value} while typing`).toBeGreaterThanOrEqual(2026);
    expect(year, `Last day went to ${value} while typing`).toBeLessThanOrEqual(2027);
  }

  await lastDay.fill('5924-12-31');
  await panel.getByRole('button', { name: 'Create event' }).click();
  await expect(lastDay).toHaveAccessibleDescription('Use a year between 1900 and 2200');
  await lastDay.fill('2028-04-20');
  await expect(lastDay).toHaveAccessibleDescription('An event lasts at most a year (366 days)');
  await lastDay.fill('2027-04-14');
  await panel.getByRole('button', { name: 'Create event' }).click();
  await expect(panel).toBeHidden();
  const [stored] = await server.rpc('events.range', { from: '2027-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' });
  expect(stored).toMatchObject({ startsAt: '2027-04-12T21:00:00.000Z', endsAt: '2027-04-14T21:00:00.000Z' });
  expect(errors).toEqual([]);
});

test('a failing event form shows what failed, keeps the draft, and goes on after "Try again"', async ({ page, server }) => {
  const errors = watchErrors(page);
  const panel = await newEvent(page, server);
  await panel.getByLabel('Title').fill('Task force planning call');
  await panel.getByLabel('City').fill('Bucharest');

  await panel.getByRole('checkbox', { name: /All day/ }).uncheck();

  // A real failure inside the form's rendering: the user's own clock for a call in another zone cannot be written.
  await page.evaluate(() => {
    const original = Intl.DateTimeFormat.prototype.formatRange;
    (window as unknown as { restoreIntl: () => void }).restoreIntl = () => {
      Intl.DateTimeFormat.prototype.formatRange = original;
    };
    Intl.DateTimeFormat.prototype.formatRange = () => {
      throw new RangeError('Invalid time value');
    };
  });
  await panel.getByLabel('Time zone').selectOption('Europe/Istanbul');

  const boundary = page.getByTestId('error-boundary');
  await expect(boundary).toBeVisible();
  await expect(boundary).toContainText('The event form stopped with an error');
  await expect(boundary).toContainText('Invalid time value');
  await expect(boundary).toContainText('What you were typing is kept');
  // The rest of the window still works, and the keyboard lands on the way out.
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await expect(boundary.getByRole('button', { name: 'Try again' })).toBeFocused();
  await screenshot(page, 'event-form-error-boundary');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'event-form-error-boundary-dark');

  await page.evaluate(() => (window as unknown as { restoreIntl: () => void }).restoreIntl());
  await boundary.getByRole('button', { name: 'Try again' }).click();
  const again = page.getByRole('dialog', { name: 'New event' });
  await expect(again.getByLabel('Title')).toHaveValue('Task force planning call');
  await expect(again.getByLabel('City')).toHaveValue('Bucharest');
  await expect(again.getByRole('checkbox', { name: /All day/ })).not.toBeChecked();
  // Still a draft: leaving asks first.
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog', { name: 'Discard your changes?' })).toBeVisible();
  expect(errors.every((message) => message.includes('Invalid time value'))).toBe(true);
});

test('before saving a meeting that renumbers its series, the form says which meetings change and asks for a second save', async ({ page, server }) => {
  const { body, series, meeting } = await taskForce(server);
  await meeting('2027-02-10');
  const may = await meeting('2027-05-20');
  const panel = await newEvent(page, server);
  await panel.getByLabel('Body').selectOption(body.id);
  await panel.getByLabel('Meeting series').selectOption(series.id);
  await panel.getByLabel('First day').fill('2027-04-13');
  await panel.getByLabel('Last day').fill('2027-04-13');

  // Saved at once, before the notice could appear: the save is held all the same.
  await page.keyboard.press('Control+s');
  const notice = panel.getByTestId('renumber-notice');
  await expect(notice).toContainText('Saving renumbers one meeting');
  await expect(notice).toContainText('The 2nd on 20 May 2027 becomes the 3rd');
  await expect(notice).toContainText('This meeting will be the 2nd.');
  await expect(notice).toContainText('Check the meetings above, then save again to renumber them.');
  await expect(panel).toBeVisible();
  expect((await server.rpc('events.get', { id: may.id })).seriesNumber).toBe(2);
  await screenshot(page, 'event-form-renumber-notice');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(panel.getByLabel('Title')).toHaveValue('2nd meeting of the SELEC Anti-Terrorism Task Force');
  await screenshot(page, 'event-form-renumber-notice-dark');

  await panel.getByRole('button', { name: 'Create event' }).click();
  await expect(panel).toBeHidden();
  expect((await server.rpc('events.get', { id: may.id })).title).toBe(
    '3rd meeting of the SELEC Anti-Terrorism Task Force',
  );
});

test('"Next meeting…" from an earlier meeting proposes the date after the last meeting of the series, and names its number', async ({ page, server }) => {
  const { meeting } = await taskForce(server);
  await meeting('2026-05-20');
  const second = await meeting('2026-11-18');
  await meeting('2027-05-19');
  await server.rpc('agenda.addSession', { eventId: second.id, day: '2026-11-18', title: 'Opening' });
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Calendar', exact: true }).click();
  await page.getByLabel('Go to a date').fill('2026-11-18');
  await page.locator('.fc-event', { hasText: '2nd meeting' }).first().click();
  await page.getByRole('tab', { name: 'Agenda' }).click();
  await page.getByRole('button', { name: 'Next meeting…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Create the next meeting' });
  // Not six months after the 2nd (the planned 3rd is there already): six months after the 3rd.
  await expect(dialog.getByLabel('First day of the next meeting')).toHaveValue('2027-11-17');
  await expect(dialog.getByTestId('next-meeting-proposal')).toContainText('the 3rd meeting of the SELEC Anti-Terrorism Task Force on 19 May 2027');
  await expect(dialog.getByTestId('renumber-note')).toHaveText('This meeting will be the 4th.');

  // A date before the 3rd says it will renumber it.
  await dialog.getByLabel('First day of the next meeting').fill('2027-03-01');
  await expect(dialog.getByTestId('renumber-notice')).toContainText('The 3rd on 19 May 2027 becomes the 4th');
  await expect(dialog.getByTestId('renumber-notice')).toContainText('This meeting will be the 3rd.');
  await screenshot(page, 'next-meeting-proposal');
});

test('dragging a meeting past another of its series says, in the undo toast, which meeting was renumbered', async ({ page, server }) => {
  const { meeting } = await taskForce(server);
  const first = await meeting('2027-03-03');
  const second = await meeting('2027-03-10');
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Calendar', exact: true }).click();
  await page.getByLabel('Go to a date').fill('2027-03-03');
  await expect(page.getByTestId('calendar-title')).toHaveText('March 2027');

  const bar = page.locator('.fc-event', { hasText: '1st meeting' });
  const from = (await bar.boundingBox())!;
  const cell = (await page.locator('.fc-daygrid-day[data-date="2027-03-17"]').boundingBox())!;
  const to = { x: cell.x + cell.width / 2, y: cell.y + cell.height * 0.8 };
  await page.mouse.move(from.x + 12, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 6 });
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();

  await expect(page.getByText('Renumbered: The 2nd on 10 Mar 2027 becomes the 1st')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  expect((await server.rpc('events.get', { id: second.id })).seriesNumber).toBe(1);
  expect((await server.rpc('events.get', { id: first.id })).seriesNumber).toBe(2);
});

test('a section that fails shows what failed instead of a blank window, and offers to try again', async ({ page, server }) => {
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await server.rpc('events.create', {
    kind: 'call',
    title: 'Call with the SPOCs',
    when: { allDay: false, start: `${tomorrow}T10:00`, end: `${tomorrow}T11:00`, timeZone: 'Europe/Bucharest' },
  });
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Calendar', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  // The dashboard writes the call's hours as a range: make that fail, as a broken locale would.
  await page.evaluate(() => {
    const original = Intl.DateTimeFormat.prototype.formatRange;
    (window as unknown as { restoreIntl: () => void }).restoreIntl = () => {
      Intl.DateTimeFormat.prototype.formatRange = original;
    };
    Intl.DateTimeFormat.prototype.formatRange = () => {
      throw new RangeError('Invalid time value');
    };
  });
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Dashboard', exact: true }).click();
  const boundary = page.getByTestId('error-boundary');
  await expect(boundary).toContainText('Dashboard stopped with an error');
  await expect(boundary).toContainText('Invalid time value');
  // The sidebar still works.
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await screenshot(page, 'section-error-boundary');

  await page.evaluate(() => (window as unknown as { restoreIntl: () => void }).restoreIntl());
  await boundary.getByRole('button', { name: 'Try again' }).click();
  await expect(boundary).toHaveCount(0);
  await expect(page.getByText('Call with the SPOCs')).toBeVisible();
});
