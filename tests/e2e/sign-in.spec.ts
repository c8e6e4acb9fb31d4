import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const MEETING = '9th meeting of the SELEC Anti-Terrorism Task Force';
const section = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });

test('the sign-in sheet prints the expected participants by country, with room to sign, as text in a PDF', async ({ page, server }) => {
  await server.rpc('system.loadDemo');
  const [meeting] = (await server.rpc('events.range', { from: '2024-05-01T00:00:00Z', to: '2024-06-01T00:00:00Z', filter: {} })).filter(
    (e) => e.title === MEETING,
  );
  const roster = await server.rpc('roster.list', { eventId: meeting!.id });
  // A name that must print as text, never as markup.
  const [first] = roster.rows;
  await server.rpc('roster.update', { id: first!.id, role: 'delegate', representingCountryCode: null, representingOrgId: null, invitation: 'confirmed', attendance: null, notes: '' });
  const hostile = await server.rpc('people.create', { fullName: '<img src=x onerror=alert(1)> Marin', countryCode: 'RO' });
  await server.rpc('roster.add', { eventId: meeting!.id, personIds: [hostile.id] });

  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
    };
  });
  await page.goto(server.url);
  await section(page, 'Calendar').click();
  await page.getByLabel('Go to a date').fill('2024-05-21');
  await page.locator('.fc-event', { hasText: MEETING }).click();
  await page.getByRole('tab', { name: /Participants/ }).click();
  await page.getByRole('button', { name: 'Sign-in sheet' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);

  const sheet = page.getByTestId('sign-in-sheet');
  await expect(sheet).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('img')).toHaveCount(0);
  const pdf = join(import.meta.dirname, '..', 'artifacts', 'sign-in-sheet.pdf');
  await page.pdf({ path: pdf, format: 'A4' });

  test.skip(spawnSync('pdftotext', ['-v']).error !== undefined, 'pdftotext (poppler-utils) is not installed');
  // Reading order without layout, white space folded: a long name may wrap inside its cell.
  const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
  expect(text).toContain('SIGN-IN SHEET');
  expect(text).toContain(MEETING);
  expect(text).toContain('Signature');
  expect(text).toContain('<img src=x onerror=alert(1)> Marin');
  const expected = roster.rows.filter((r) => r.invitation !== 'declined' || r.id === first!.id);
  for (const row of expected.slice(0, 5)) expect(text).toContain(row.fullName);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(import.meta.dirname, '..', 'artifacts', 'screenshots', 'sign-in-sheet')]);
});
