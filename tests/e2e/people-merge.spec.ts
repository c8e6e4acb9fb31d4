import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

const section = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });

test('a person shows the events they took part in, and a duplicate merges into them with every participation', async ({ page, server }) => {
  const ana = await server.rpc('people.create', { fullName: 'Ana Ionescu', countryCode: 'RO', emails: ['ana@example.org'] });
  const twin = await server.rpc('people.create', { fullName: 'Ana IONESCU', position: 'Chief Inspector', emails: ['a.ionescu@example.org'] });
  const when = (date: string) => ({ allDay: false, start: `${date}T09:30`, end: `${date}T16:30`, timeZone: 'Europe/Bucharest' });
  const first = await server.rpc('events.create', { title: 'Workshop on electronic evidence', kind: 'workshop', when: when('2024-05-21') });
  const second = await server.rpc('events.create', { title: 'Regional conference on trafficking', kind: 'conference', when: when('2025-03-12') });
  await server.rpc('roster.add', { eventId: first.id, personIds: [ana.id] });
  await server.rpc('roster.add', { eventId: second.id, personIds: [twin.id] });

  await page.goto(server.url);
  await section(page, 'People').click();
  await page.getByRole('gridcell', { name: 'Ana Ionescu', exact: true }).click();
  const panel = page.getByTestId('person-panel');
  const history = panel.getByRole('region', { name: 'Took part in' });
  await expect(history.getByRole('button', { name: 'Workshop on electronic evidence' })).toBeVisible();
  await expect(history.getByRole('button', { name: 'Regional conference on trafficking' })).toHaveCount(0);

  await panel.getByRole('button', { name: 'Merge a duplicate into this person…' }).click();
  const dialog = page.getByTestId('merge-dialog');
  await dialog.getByRole('searchbox').fill('ionescu');
  await dialog.getByRole('radio').first().check();
  await expect(dialog.getByText(/will be removed\. Every event they took part in/)).toBeVisible();
  await screenshot(page, 'people-merge');
  await dialog.getByRole('button', { name: 'Merge Ana IONESCU' }).click();
  await expect(dialog).toBeHidden();

  await expect(history.getByRole('button', { name: 'Regional conference on trafficking' })).toBeVisible();
  await screenshot(page, 'person-history');
  const people = await server.rpc('people.list', { search: 'ionescu' });
  expect(people.total).toBe(1);
  expect(people.rows[0]!.emails).toEqual(['ana@example.org', 'a.ionescu@example.org']);
  const kept = await server.rpc('people.history', { id: ana.id });
  expect(kept.map((h) => h.title)).toEqual(['Regional conference on trafficking', 'Workshop on electronic evidence']);
});

test('the attendance matrix of a body shows member states × meetings and exports to CSV', async ({ page, server }) => {
  await server.rpc('system.loadDemo');
  const bodies = await server.rpc('bodies.list');
  const attf = bodies.find((b) => b.name === 'SELEC Anti-Terrorism Task Force')!;
  const matrix = await server.rpc('attendance.matrix', { bodyId: attf.id });
  expect(matrix.meetings.length).toBeGreaterThan(0);

  await page.goto(server.url);
  await section(page, 'Bodies').click();
  await page.getByRole('gridcell', { name: /SELEC Anti-Terrorism Task/ }).click();
  await page.getByRole('button', { name: 'Attendance of member states…' }).click();
  const dialog = page.getByTestId('attendance-dialog');
  await expect(dialog.getByRole('rowheader', { name: 'Romania' })).toBeVisible();
  await expect(dialog.getByRole('row')).toHaveCount(matrix.countries.length + 2);
  await screenshot(page, 'attendance-matrix');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFFCountry,')).toBe(true);
  expect(text).toContain('Romania,');
});

test('searching the directory puts the best matches first, and a column header still sorts by that column', async ({ page, server }) => {
  await server.rpc('people.create', { fullName: 'Ana Ionescu', notes: 'Worked with Marin on the 2019 workshop' });
  await server.rpc('people.create', { fullName: 'Zoran Marin' });
  await server.rpc('people.create', { fullName: 'Bogdan Vasile', position: 'Deputy to Marin' });
  await page.goto(server.url);
  await section(page, 'People').click();
  const grid = page.getByRole('grid', { name: 'People' });
  await page.getByRole('searchbox', { name: 'Search people' }).fill('marin');
  await expect(page.getByText('Best matches first')).toBeVisible();
  const names = grid.getByRole('row').filter({ has: page.getByRole('gridcell') }).locator('[role="gridcell"]:first-child');
  await expect(names).toHaveText([/Zoran Marin/, /Bogdan Vasile/, /Ana Ionescu/]);
  await grid.getByRole('columnheader', { name: /Name/ }).getByRole('button').click();
  await expect(names).toHaveText([/Ana Ionescu/, /Bogdan Vasile/, /Zoran Marin/]);
  await expect(page.getByText('Best matches first')).toBeHidden();
});
