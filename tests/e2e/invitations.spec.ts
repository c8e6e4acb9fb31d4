import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import JSZip from 'jszip';
import type { Download, Page } from '@playwright/test';
import { expect, screenshot, test, type LoopbackServer } from './fixtures';

const TITLE = '12th meeting of the SELEC Anti-Terrorism Task Force';
/** axe-core's serious and critical findings in the open dialog, by rule and the nodes it names. */
async function axeFindings(page: Page, selector: string) {
  await page.waitForTimeout(300);
  const result = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });

/** The demo's next ATTF meeting (25 May 2027), on its Participants tab. */
async function openNextMeeting(page: Page, server: LoopbackServer) {
  await server.rpc('system.loadDemo');
  await page.goto(server.url);
  await section(page, 'Calendar').click();
  await page.getByLabel('Go to a date').fill('2027-05-25');
  await page.locator('.fc-event', { hasText: TITLE }).first().click();
  await expect(page.getByTestId('event-page')).toBeVisible();
  await page.getByRole('tab', { name: /Participants/ }).click();
}

test('invitation packs: choose the delegations, save a ZIP and email drafts, edit the letter template', async ({ page, server }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openNextMeeting(page, server);

  await page.getByRole('button', { name: 'Invitation packs…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invitation packs' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'Member states' })).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'Operational partners' })).toContainText('U.S. Customs and Border Protection');
  await expect(dialog.getByRole('group', { name: 'Operational partners' })).toContainText('No contact point');
  await expect(dialog.getByText('Delegations chosen: 12 of 12')).toBeVisible();
  await expect(dialog.getByLabel('Deadline for nominations')).toHaveValue('2027-05-04');
  await expect(dialog.getByTestId('packs-no-address')).toContainText('U.S. Customs and Border Protection');

  // Greece left out; Romania's pack in Romanian.
  await dialog.getByRole('checkbox', { name: /^Greece/ }).uncheck();
  await expect(dialog.getByText('Delegations chosen: 11 of 12')).toBeVisible();
  await dialog.getByLabel('Language of the pack for Romania').selectOption('ro');
  await screenshot(page, 'invitation-packs-dialog');
  expect(await axeFindings(page, '[data-testid="invitation-packs"]')).toEqual([]);

  const zipDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save as ZIP…' }).click();
  const zipFile = await zipDownload;
  expect(zipFile.suggestedFilename()).toBe(`${TITLE} – invitation packs.zip`);
  const archive = await JSZip.loadAsync(readFileSync((await zipFile.path())!));
  const folders = new Set(Object.keys(archive.files).map((name) => name.split('/')[0]));
  expect(folders.size).toBe(11);
  expect(folders.has('Greece')).toBe(false);
  expect(Object.keys(archive.files)).toContain('Romania/nomination-form-RO.xlsx');

  const drafts: Download[] = [];
  const collect = (download: Download) => drafts.push(download);
  page.on('download', collect);
  await dialog.getByRole('button', { name: 'Save as email drafts…' }).click();
  await expect.poll(() => drafts.length, { timeout: 30_000 }).toBe(11);
  page.off('download', collect);
  const romania = drafts.find((d) => d.suggestedFilename() === `${TITLE} – Romania.eml`)!;
  const eml = readFileSync((await romania.path())!, 'utf8');
  expect(eml).toMatch(/^X-Unsent: 1\r$/m);
  expect(eml).toContain('<elena.vasilescu@example.org>');
  expect(drafts.some((d) => d.suggestedFilename().includes('Greece'))).toBe(false);

  // The letter template: an unknown placeholder is refused with its name, a good one saved.
  await dialog.getByRole('button', { name: 'Edit letter template…' }).click();
  const editor = page.getByRole('dialog', { name: 'Letter template' });
  await expect(editor.getByLabel('Letter')).toHaveValue(/\{\{deadline\}\}/);
  await expect(editor.getByLabel('Sender’s email')).toHaveValue('andreea.popescu-marin@example.org');
  await screenshot(page, 'invitation-packs-template');
  expect(await axeFindings(page, '[data-testid="letter-template"]')).toEqual([]);
  await editor.getByLabel('Subject').fill('Invitation to the {{title}} in {{city}}');
  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(editor.getByText('Unknown placeholder “city”')).toBeVisible();
  await editor.getByLabel('Subject').fill('Invitation to the {{title}} in Bucharest');
  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByText('Letter template saved')).toBeVisible();
  const saved = await server.rpc('invitations.template', { bodyId: (await server.rpc('invitations.plan', { eventId: await eventId(server) })).bodyId! });
  expect(saved).toMatchObject({ saved: true, subject: 'Invitation to the {{title}} in Bucharest' });

  // By keyboard: Space unticks the focused delegation, Esc closes the dialog.
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: /^Albania/ }).focus();
  await page.keyboard.press('Space');
  await expect(dialog.getByText('Delegations chosen: 10 of 12')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('invitation packs: an event outside any body says what to do', async ({ page, server }) => {
  const event = await server.rpc('events.create', {
    title: 'Bilateral call',
    when: { allDay: false, start: '2027-03-02T10:00', end: '2027-03-02T11:00', timeZone: 'Europe/Bucharest' },
  });
  await page.goto(server.url);
  await section(page, 'Calendar').click();
  await page.getByLabel('Go to a date').fill('2027-03-02');
  await page.locator('.fc-event', { hasText: event.title }).first().click();
  await page.getByRole('tab', { name: /Participants/ }).click();
  await page.getByRole('button', { name: 'Invitation packs…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invitation packs' });
  await expect(dialog.getByTestId('packs-no-body')).toContainText('Edit the event, choose its body');
  await expect(dialog.getByRole('button', { name: 'Save as ZIP…' })).toBeDisabled();
});

async function eventId(server: LoopbackServer): Promise<string> {
  const events = await server.rpc('events.range', { from: '2027-05-24T00:00:00.000Z', to: '2027-05-27T00:00:00.000Z' });
  return events.find((e) => e.title === TITLE)!.id;
}
