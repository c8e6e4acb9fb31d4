import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test, type LoopbackServer } from './fixtures';

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });
const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

async function times(server: LoopbackServer, eventId: string): Promise<string[]> {
  const agenda = await server.rpc('agenda.get', { eventId });
  return agenda.days.flatMap((d) => d.sessions.flatMap((s) => s.items.map((i) => `${d.day} ${clock(i.startMin)}-${clock(i.endMin)} ${i.title}`)));
}

/** A two-day meeting of a series with three speakers on its roster, two of them confirmed. */
async function meeting(server: LoopbackServer) {
  const body = await server.rpc('bodies.create', { name: 'Anti-Terrorism Task Force', acronym: 'ATTF' });
  const series = await server.rpc('series.create', { bodyId: body.id, name: 'meeting of the ATTF', eventKind: 'task_force_meeting' });
  const event = await server.rpc('events.create', {
    seriesId: series.id,
    when: { allDay: false, start: '2026-04-14T09:00', end: '2026-04-15T13:00', timeZone: 'Europe/Bucharest' },
    venueName: 'Palace of the Parliament',
    venueCity: 'Bucharest',
    venueCountryCode: 'RO',
  });
  const org = await server.rpc('organisations.create', { name: 'Southeast European Law Enforcement Center', acronym: 'SELEC', kind: 'international_organisation' });
  const people: Record<string, string> = {};
  for (const [fullName, countryCode] of [['Ana Petrović', 'RS'], ['Ion Popescu', 'RO'], ['Eva Novak', 'SI']] as const) {
    people[fullName] = (await server.rpc('people.create', { fullName, countryCode, organisationId: org.id })).id;
  }
  await server.rpc('roster.add', { eventId: event.id, personIds: [people['Ana Petrović']!, people['Ion Popescu']!], role: 'speaker', invitation: 'confirmed' });
  await server.rpc('roster.add', { eventId: event.id, personIds: [people['Eva Novak']!], role: 'speaker', invitation: 'invited' });
  return event;
}

async function openAgenda(page: Page, server: LoopbackServer, title: string) {
  await page.goto(server.url);
  await section(page, 'Calendar').click();
  await page.getByLabel('Go to a date').fill('2026-04-14');
  await page.locator('.fc-event', { hasText: title }).first().click();
  await page.getByRole('tab', { name: 'Agenda' }).click();
}

async function addItem(page: Page, fields: { title: string; kind?: string; minutes?: number; speakers?: string[] }) {
  const dialog = page.getByRole('dialog', { name: 'New agenda item' });
  await expect(dialog).toBeVisible();
  if (fields.kind) await dialog.getByLabel('Kind').selectOption({ label: fields.kind });
  await dialog.getByLabel('Title').fill(fields.title);
  if (fields.minutes !== undefined) await dialog.getByLabel('Minutes').fill(String(fields.minutes));
  for (const name of fields.speakers ?? []) {
    await dialog.getByLabel('Search the roster or the directory…').fill(name.split(' ')[0]!);
    await dialog.getByRole('button', { name: new RegExp(name) }).click();
  }
  await dialog.getByLabel('Title').press('Control+Enter');
  await expect(dialog).toBeHidden();
}

const item = (page: Page, title: string): Locator =>
  page.getByTestId('agenda-item').filter({ has: page.locator('.agenda-item-title', { hasText: new RegExp(`^${title}$`) }) });

test('agenda: a two-day agenda by keyboard and drag, a speaker clash, and the next meeting carried over', async ({ page, server }) => {
  test.setTimeout(120_000);
  const event = await meeting(server);
  await openAgenda(page, server, event.title);

  await expect(page.getByTestId('agenda-empty')).toContainText('No agenda yet');
  await screenshot(page, 'agenda-empty');
  await page.getByRole('button', { name: 'Add the first session' }).click();
  const firstSession = page.getByLabel('Session title').first();
  await firstSession.fill('Opening session');
  await firstSession.press('Enter');

  // The toolbar's button, then the keyboard: N adds after the selected item, B inserts a break.
  await page.getByRole('button', { name: 'Add item', exact: true }).first().click();
  await addItem(page, { title: 'Welcome address', kind: 'Opening' });
  const list = page.getByLabel(/^Agenda: arrows move/);
  await item(page, 'Welcome address').click();
  await list.press('n');
  await addItem(page, { title: 'Threat assessment', minutes: 45, speakers: ['Ana Petrović'] });
  await item(page, 'Threat assessment').click();
  await list.press('b');
  await expect(item(page, 'Coffee break')).toContainText('10:00–10:30');
  await item(page, 'Coffee break').click();
  await list.press('n');
  await addItem(page, { title: 'Panel on returning foreign fighters', kind: 'Panel', minutes: 90, speakers: ['Ion Popescu', 'Eva Novak'] });

  // Day two: its own session.
  await page.locator('[data-day="2026-04-15"]').getByRole('button', { name: 'Add session' }).click();
  await page.locator('[data-day="2026-04-15"]').getByRole('button', { name: 'Add item' }).click();
  await addItem(page, { title: 'Handover of the presidency', kind: 'Ceremony', minutes: 30 });

  expect(await times(server, event.id)).toEqual([
    '2026-04-14 09:00-09:15 Welcome address',
    '2026-04-14 09:15-10:00 Threat assessment',
    '2026-04-14 10:00-10:30 Coffee break',
    '2026-04-14 10:30-12:00 Panel on returning foreign fighters',
    '2026-04-15 09:00-09:30 Handover of the presidency',
  ]);
  // Eva has not confirmed: said on the item itself.
  await expect(item(page, 'Panel on returning foreign fighters')).toContainText('Eva Novak has not confirmed yet');

  // Drag the break before the threat assessment; times follow.
  await item(page, 'Coffee break').dragTo(item(page, 'Threat assessment'));
  await expect.poll(() => times(server, event.id)).toContain('2026-04-14 09:15-09:45 Coffee break');
  await expect(item(page, 'Threat assessment')).toContainText('09:45–10:30');

  // Alt+↓ moves the welcome below the break; Alt+↑ brings it back.
  await item(page, 'Welcome address').click();
  await list.press('Alt+ArrowDown');
  await expect.poll(async () => (await times(server, event.id))[0]).toBe('2026-04-14 09:00-09:30 Coffee break');
  await list.press('Alt+ArrowUp');
  await expect.poll(async () => (await times(server, event.id))[0]).toBe('2026-04-14 09:00-09:15 Welcome address');

  // Alt+↓ from the last item of day one carries it over into day two.
  await item(page, 'Panel on returning foreign fighters').click();
  await list.press('Alt+ArrowDown');
  await expect.poll(async () => (await times(server, event.id)).at(-2)).toBe('2026-04-15 09:00-10:30 Panel on returning foreign fighters');
  await list.press('Alt+ArrowUp');
  await expect.poll(async () => (await times(server, event.id))[3]).toBe('2026-04-14 10:30-12:00 Panel on returning foreign fighters');

  // Ion speaks in the panel; give him the threat assessment too, then pull the panel forward over it.
  await item(page, 'Threat assessment').dblclick();
  const edit = page.getByRole('dialog', { name: 'Agenda item' });
  await edit.getByLabel('Search the roster or the directory…').fill('Ion');
  await edit.getByRole('button', { name: /Ion Popescu/ }).click();
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await item(page, 'Panel on returning foreign fighters').click();
  await list.press('Enter');
  await edit.getByLabel('At a fixed time').check();
  await edit.getByLabel('Starts').fill('10:00');
  await edit.getByLabel('Title').press('Control+Enter');
  await expect(edit).toBeHidden();
  const panel = item(page, 'Panel on returning foreign fighters');
  await expect(panel).toContainText('10:00–11:30');
  await expect(panel).toContainText('Ion Popescu also speaks in “Threat assessment” (09:45–10:30) at the same time');
  await expect(panel).toContainText('Starts at 10:00, before “Threat assessment” ends (10:30)');
  await expect(item(page, 'Threat assessment')).toContainText('Ion Popescu also speaks in “Panel on returning foreign fighters” (10:00–11:30) at the same time');
  await expect(page.getByTestId('agenda-warning-count')).toBeVisible();
  await screenshot(page, 'agenda-clash');

  // Planned hours: shortening day two flags the overrunning item there.
  await page.getByLabel('Planned end of 2026-04-15').fill('09:15');
  await page.getByLabel('Planned end of 2026-04-15').blur();
  await expect(item(page, 'Handover of the presidency')).toContainText("Ends at 09:30, after the day's planned end (09:15)");

  // Carry the agenda over to the next meeting, with the invitation list.
  await page.getByRole('button', { name: 'Next meeting…' }).click();
  const carry = page.getByRole('dialog', { name: 'Create the next meeting' });
  await carry.getByLabel('First day of the next meeting').fill('2026-10-20');
  await screenshot(page, 'agenda-carry-over');
  await carry.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { name: '2nd meeting of the ATTF' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Agenda' })).toHaveAttribute('aria-selected', 'true');
  await expect(item(page, 'Panel on returning foreign fighters')).toContainText('10:00–11:30');
  await expect(page.locator('[data-day="2026-10-21"]')).toContainText('Handover of the presidency');
  // Speakers stay behind unless asked for; the invitation list came along.
  await expect(item(page, 'Panel on returning foreign fighters')).not.toContainText('Ion Popescu');
  await expect(page.getByRole('tab', { name: /Participants/ })).toContainText('3');
  await screenshot(page, 'agenda-next-meeting');
});

test('agenda: templates, deleting with a confirmation, dark', async ({ page, server }) => {
  test.setTimeout(90_000);
  const event = await meeting(server);
  const agenda = await server.rpc('agenda.addSession', { eventId: event.id, day: '2026-04-14', title: 'Morning' });
  const sessionId = agenda.days[0]!.sessions[0]!.id;
  for (const [title, kind, durationMin] of [['Opening', 'opening', 15], ['Tour de table', 'discussion', 60], ['Lunch', 'lunch', 60]] as const) {
    await server.rpc('agenda.addItem', { sessionId, title, kind, durationMin });
  }
  await openAgenda(page, server, event.title);

  await page.getByRole('button', { name: 'Save as template…' }).click();
  const save = page.getByRole('dialog', { name: 'Save the agenda as a template' });
  await save.getByLabel('Template name').fill('Task force meeting');
  await save.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Saved the template “Task force meeting”')).toBeVisible();

  // Delete asks first.
  await item(page, 'Tour de table').click();
  await page.getByLabel(/^Agenda: arrows move/).press('Delete');
  const confirm = page.getByRole('dialog', { name: 'Delete “Tour de table”?' });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(item(page, 'Tour de table')).toHaveCount(0);
  await expect(item(page, 'Lunch')).toContainText('09:15–10:15');
  // Ctrl+Z puts it back in its place.
  await page.getByLabel(/^Agenda: arrows move/).press('Control+z');
  await expect(item(page, 'Tour de table')).toContainText('09:15–10:15');
  await expect(item(page, 'Lunch')).toContainText('10:15–11:15');

  // A new event starts from the template.
  const workshop = await server.rpc('events.create', {
    title: 'Regional workshop',
    kind: 'workshop',
    when: { allDay: false, start: '2026-04-16T09:30', end: '2026-04-16T16:00', timeZone: 'Europe/Bucharest' },
  });
  await section(page, 'Settings').click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await section(page, 'Calendar').click();
  await page.keyboard.press('Escape');
  await page.locator('.fc-event', { hasText: workshop.title }).first().click();
  await page.getByRole('tab', { name: 'Agenda' }).click();
  await page.getByRole('button', { name: 'Start from a template…' }).first().click();
  const templates = page.getByRole('dialog', { name: 'Agenda templates' });
  await templates.getByRole('button', { name: 'Use' }).click();
  await expect(item(page, 'Opening')).toContainText('09:30–09:45');
  await expect(item(page, 'Tour de table')).toContainText('09:45–10:45');
  await screenshot(page, 'agenda-dark');
});
