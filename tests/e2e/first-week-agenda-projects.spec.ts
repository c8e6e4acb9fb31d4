import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test, type LoopbackServer } from './fixtures';

interface Agenda {
  days: Array<{ day: string; sessions: Array<{ id: string; items: Array<{ id: string; title: string; speakers: Array<{ fullName: string }> }> }> }>;
}

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });

async function titles(server: LoopbackServer, eventId: string): Promise<string[]> {
  const agenda = await server.rpc<Agenda>('agenda.get', { eventId });
  return agenda.days.flatMap((d) => d.sessions.flatMap((s) => s.items.map((i) => i.title)));
}

/** A one-day meeting whose agenda opens with one session and its "Opening", two people on the roster. */
async function meeting(server: LoopbackServer) {
  const event = await server.rpc<{ id: string; title: string }>('events.create', {
    kind: 'workshop',
    title: 'Workshop on cross-border patrols',
    when: { allDay: false, start: '2026-04-14T09:00', end: '2026-04-14T17:00', timeZone: 'Europe/Bucharest' },
  });
  const agenda = await server.rpc<Agenda>('agenda.addSession', { eventId: event.id, day: '2026-04-14', title: 'Morning' });
  await server.rpc('agenda.addItem', { sessionId: agenda.days[0]!.sessions[0]!.id, kind: 'opening', title: 'Opening', durationMin: 15 });
  const people: string[] = [];
  for (const [fullName, countryCode] of [['Ana Petrović', 'RS'], ['Ion Popescu', 'RO']] as const) {
    people.push((await server.rpc<{ id: string }>('people.create', { fullName, countryCode })).id);
  }
  await server.rpc('roster.add', { eventId: event.id, personIds: people, role: 'speaker', invitation: 'confirmed' });
  return event;
}

async function openAgenda(page: Page, server: LoopbackServer, title: string) {
  await page.goto(server.url);
  await section(page, 'Calendar').click();
  await page.getByLabel('Go to a date').fill('2026-04-14');
  await page.locator('.fc-event', { hasText: title }).first().click();
  await page.getByRole('tab', { name: 'Agenda' }).click();
}

const item = (page: Page, title: string): Locator =>
  page.getByTestId('agenda-item').filter({ has: page.locator('.agenda-item-title', { hasText: new RegExp(`^${title}$`) }) });

test('agenda: items added in a row come out in the order they were added (button, N and B)', async ({ page, server }) => {
  const event = await meeting(server);
  await openAgenda(page, server, event.title);
  await item(page, 'Opening').click();

  const dialog = page.getByRole('dialog', { name: 'New agenda item' });
  for (const title of ['One', 'Two', 'Three', 'Four']) {
    await page.getByRole('button', { name: 'Add item', exact: true }).first().click();
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByLabel('Title').press('Control+Enter');
    await expect(dialog).toBeHidden();
  }
  await expect.poll(() => titles(server, event.id)).toEqual(['Opening', 'One', 'Two', 'Three', 'Four']);
  await expect(item(page, 'Four')).toHaveAttribute('aria-current', 'true');

  // The keyboard does the same: N then B, B after the last one added.
  const list = page.getByLabel(/^Agenda: arrows move/);
  await list.press('n');
  await dialog.getByLabel('Title').fill('Five');
  await dialog.getByLabel('Title').press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(list).toBeFocused();
  await list.press('b');
  await expect.poll(() => titles(server, event.id)).toEqual(['Opening', 'One', 'Two', 'Three', 'Four', 'Five', 'Coffee break']);
  await list.press('n');
  await dialog.getByLabel('Title').fill('Six');
  await dialog.getByLabel('Title').press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect.poll(() => titles(server, event.id)).toEqual(['Opening', 'One', 'Two', 'Three', 'Four', 'Five', 'Coffee break', 'Six']);
});

test('agenda: Enter in the speaker search picks the highlighted match and does not save the item', async ({ page, server }) => {
  const event = await meeting(server);
  await openAgenda(page, server, event.title);
  await item(page, 'Opening').click();
  await page.getByRole('button', { name: 'Add item', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New agenda item' });
  await dialog.getByLabel('Title').fill('Patrols on the Danube');
  const search = dialog.getByLabel('Search the roster or the directory…');
  await search.fill('o');
  // Both match "o": the first is highlighted, ↓ moves to the second, Enter picks it.
  const choices = dialog.getByRole('list', { name: 'People to choose from' }).getByRole('button');
  await expect(choices).toHaveCount(2);
  await expect(choices.nth(0)).toHaveClass(/is-active/);
  await search.press('ArrowDown');
  await expect(choices.nth(1)).toHaveClass(/is-active/);
  await expect(choices.nth(0)).not.toHaveClass(/is-active/);
  const second = (await choices.nth(1).locator('span').first().textContent())!;
  await search.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.agenda-speaker-chip strong')).toHaveText([second]);
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');
  // Enter with nothing to pick does nothing either.
  await search.fill('zzz');
  await search.press('Enter');
  await expect(dialog).toBeVisible();
  expect(await titles(server, event.id)).toEqual(['Opening']);

  await search.fill('');
  await search.press('Control+Enter');
  await expect(dialog).toBeHidden();
  const agenda = await server.rpc<Agenda>('agenda.get', { eventId: event.id });
  const added = agenda.days[0]!.sessions[0]!.items[1]!;
  expect(added.title).toBe('Patrols on the Danube');
  expect(added.speakers.map((s) => s.fullName)).toEqual([second]);
});

test('agenda: after clicking a speaker the search keeps the focus and Ctrl+Enter saves the item with the speaker', async ({ page, server }) => {
  const event = await meeting(server);
  await openAgenda(page, server, event.title);
  await item(page, 'Opening').click();
  await page.getByRole('button', { name: 'Add item', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New agenda item' });
  await dialog.getByLabel('Title').fill('Joint investigation teams');
  const search = dialog.getByLabel('Search the roster or the directory…');
  await search.fill('Ana');
  await dialog.getByRole('button', { name: /Ana Petrović/ }).click();
  await expect(search).toBeFocused();
  await screenshot(page, 'agenda-speaker-picked');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  const agenda = await server.rpc<Agenda>('agenda.get', { eventId: event.id });
  expect(agenda.days[0]!.sessions[0]!.items.map((i) => [i.title, i.speakers.map((s) => s.fullName)])).toEqual([
    ['Opening', []],
    ['Joint investigation teams', ['Ana Petrović']],
  ]);

  // From the dialog's own buttons too: focus on Cancel, Ctrl+Enter still saves.
  await item(page, 'Joint investigation teams').dblclick();
  const edit = page.getByRole('dialog', { name: 'Agenda item' });
  await edit.getByLabel('Title').fill('Joint investigation teams in practice');
  await edit.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Control+Enter');
  await expect(edit).toBeHidden();
  await expect.poll(() => titles(server, event.id)).toEqual(['Opening', 'Joint investigation teams in practice']);
});
