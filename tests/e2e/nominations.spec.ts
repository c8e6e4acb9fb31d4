import AxeBuilder from '@axe-core/playwright';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { fillNominationForm as fill } from '../nomination-form-fill';
import { expect, screenshot, test, type LoopbackServer } from './fixtures';

const TITLE = '12th meeting of the SELEC Anti-Terrorism Task Force';
/** axe-core's serious and critical findings in a part of the page, by rule and the nodes it names. */
async function axeFindings(page: Page, selector: string) {
  await page.waitForTimeout(300);
  const result = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });

/** The packs' nomination forms by delegation tag ("RO"), issued with a deadline already past. */
async function issueForms(server: LoopbackServer, eventId: string, keys: string[]): Promise<Map<string, Buffer>> {
  const { files } = await server.rpc('invitations.build', { eventId, format: 'zip', deadline: '2026-01-10', locale: 'en-GB', delegations: keys.map((key) => ({ key })) });
  const archive = await JSZip.loadAsync(Buffer.from(files[0]!.base64, 'base64'));
  const forms = new Map<string, Buffer>();
  for (const name of Object.keys(archive.files)) {
    const m = /nomination-form-(.+)\.xlsx$/.exec(name);
    if (m) forms.set(m[1]!, Buffer.from(await archive.file(name)!.async('uint8array')));
  }
  return forms;
}


test('nominations: two filled forms imported on the Participants tab, a person nominated twice flagged, then the delegations’ answers', async ({ page, server }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await server.rpc('system.loadDemo');
  const [summary] = (await server.rpc('events.range', { from: '2027-05-24T00:00:00.000Z', to: '2027-05-27T00:00:00.000Z' })).filter((e) => e.title === TITLE);
  const forms = await issueForms(server, summary!.id, ['country:BG', 'country:RO', 'country:GR', 'country:AL']);
  const bulgaria = await fill(forms.get('BG')!, [
    { name: 'Stefan Petrov', organisation: 'Ministry of Interior of the Republic of Bulgaria', role: 'Head of delegation' },
    { name: 'Dimitar Nikolov', email: 'dimitar.nikolov@example.org', organisation: 'Bulgarian Border Police', role: 'Delegate' },
  ]);
  const romania = await fill(forms.get('RO')!, [
    { name: 'Elena Vasilescu', email: 'elena.vasilescu@example.org', role: 'Head of delegation' },
    { name: 'Dimitar Nikolov', email: 'dimitar.nikolov@example.org', role: 'Observer' },
  ]);

  await page.goto(server.url);
  await section(page, 'Calendar').click();
  await page.getByLabel('Go to a date').fill('2027-05-25');
  await page.locator('.fc-event', { hasText: TITLE }).first().click();
  await page.getByRole('tab', { name: /Participants/ }).click();
  const answers = page.getByTestId('delegation-answers');
  await expect(answers).toBeVisible();
  await expect(answers.getByTestId('answer-row').filter({ hasText: 'Greece' })).toContainText('No answer by the deadline');

  await page.getByTestId('nomination-files').setInputFiles([
    { name: 'nomination-form-BG.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bulgaria },
    { name: 'nomination-form-RO.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: romania },
  ]);
  const dialog = page.getByRole('dialog', { name: 'Import nomination forms' });
  await expect(dialog.getByTestId('nomination-file')).toHaveCount(2);
  const flagged = dialog.getByTestId('nomination-row').filter({ hasText: 'Also nominated by' });
  await expect(flagged).toHaveCount(2);
  await expect(dialog.getByTestId('nomination-row').filter({ hasText: 'Stefan Petrov' })).toContainText('Found by name and organisation: Стефан Петров');
  await expect(dialog.getByText('Received after the deadline of 10 Jan 2026').first()).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^Import/ })).toBeDisabled();
  await screenshot(page, 'nominations-preview');
  expect(await axeFindings(page, '[data-testid="nomination-import"]')).toEqual([]);

  // Romania's row for him is left out, by keyboard: Bulgaria nominated him.
  const romanianRow = dialog.getByTestId('nomination-file').filter({ has: page.getByRole('heading', { name: 'Romania' }) }).getByTestId('nomination-row').filter({ hasText: 'Dimitar Nikolov' });
  await romanianRow.getByRole('combobox').focus();
  await romanianRow.getByRole('combobox').selectOption('skip');
  await expect(flagged).toHaveCount(0);
  await expect(dialog.getByTestId('nomination-counts')).toContainText('with problems: 0');
  await dialog.getByRole('button', { name: 'Import (3)' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId('roster-summary')).toBeVisible();
  await expect(answers.getByTestId('answer-row').filter({ hasText: 'Bulgaria' }).getByRole('combobox')).toHaveValue('nominated');
  await expect(answers.getByTestId('answer-row').filter({ hasText: 'Romania' }).getByRole('combobox')).toHaveValue('nominated');
  await answers.getByRole('combobox', { name: 'Answer of Albania' }).selectOption('declined');
  await expect(answers.getByTestId('answer-row').filter({ hasText: 'Albania' })).not.toContainText('No answer by the deadline');
  await expect(answers.getByTestId('answer-row').filter({ hasText: 'Greece' })).toContainText('No answer by the deadline');
  await expect(answers.getByRole('button', { name: 'Reminder drafts (1)' })).toBeVisible();
  await answers.scrollIntoViewIfNeeded();
  await screenshot(page, 'nominations-answers');
  expect(await axeFindings(page, '[data-testid="delegation-answers"]')).toEqual([]);

  const download = page.waitForEvent('download');
  await answers.getByRole('button', { name: 'Reminder drafts (1)' }).click();
  expect((await download).suggestedFilename()).toBe(`${TITLE} – reminder – Greece.eml`);

  // The nominees are marked on the roster; one of them is replaced by hand, and the roster keeps who replaced whom.
  const grid = page.getByRole('grid');
  const nikolov = grid.getByRole('row').filter({ hasText: 'Dimitar Nikolov' });
  await expect(nikolov.getByRole('img', { name: 'Nominated by Bulgaria' })).toBeVisible();
  await grid.getByRole('checkbox', { name: 'Select Dimitar Nikolov' }).click();
  await page.getByRole('button', { name: 'Replace by…' }).click();
  const replace = page.getByRole('dialog', { name: 'Replace Dimitar Nikolov' });
  await replace.getByRole('searchbox', { name: 'Search the directory' }).fill('Ivanov');
  await replace.getByRole('radio', { name: /Николай Иванов/ }).check();
  await replace.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(replace).toBeHidden();
  await expect(page.getByTestId('substitutions')).toContainText('Николай Иванов replaced Dimitar Nikolov as Delegate');
  await expect(grid.getByRole('row').filter({ hasText: 'Николай Иванов' }).getByRole('img', { name: /^Nominated by Bulgaria\. Replaced Dimitar Nikolov on / })).toBeVisible();
  await expect(grid.getByRole('row').filter({ hasText: 'Dimitar Nikolov' })).toHaveCount(0);
  await grid.getByRole('row').filter({ hasText: 'Николай Иванов' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'nominations-roster-substitution');
});
