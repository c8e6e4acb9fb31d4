import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

async function dismissToasts(page: Page) {
  const buttons = page.getByRole('button', { name: 'Dismiss' });
  await expect(async () => {
    for (const button of await buttons.all()) await button.click({ timeout: 1000 }).catch(() => {});
    await expect(buttons).toHaveCount(0, { timeout: 300 });
  }).toPass();
}

test('donor report: issued for Q3 2026, an entry in it refused, the quarter reopened with a reason, the change in the next report', async ({ page, server }) => {
  test.setTimeout(120_000);
  // ATHENA 2 as the seed has it: two years of joint patrols and observations from October 2025.
  const project = await server.rpc('projects.create', {
    acronym: 'ATHENA 2',
    title: 'Addressing Threat assessment through an European Network of Law Enforcement Agencies',
    startsOn: '2025-10-01',
    endsOn: '2027-09-30',
    fundingProgramme: 'ISF-Police',
    partners: ['BG', 'IT', 'LV', 'MT', 'RO', 'SI'].map((countryCode) => ({ countryCode, role: 'beneficiary' as const })),
  });
  const patrols = await server.rpc('indicators.create', { projectId: project.id, name: 'Joint patrols', unit: 'patrols', target: 24 });
  await server.rpc('indicators.create', { projectId: project.id, name: 'Cross-border observations', unit: 'observations', target: 24 });
  await server.rpc('entries.create', { indicatorId: patrols.id, occurredOn: '2026-08-04', count: 2, countryCodes: ['RO', 'BG'] });

  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.keyboard.press('Control+7');
  await page.getByTestId('project-card').filter({ hasText: 'ATHENA 2' }).click();
  await page.getByRole('tab', { name: 'Export' }).click();

  // Issue Q3 2026: the confirmation names the period.
  await page.getByTestId('report-period').getByLabel('Period').selectOption({ label: 'Q3 2026' });
  const issued = page.getByTestId('issued-reports');
  await expect(issued).toContainText('No report has been issued to the donor yet.');
  await issued.getByRole('button', { name: 'Issue to the donor…' }).click();
  const issue = page.getByRole('dialog', { name: 'Issue the report to the donor' });
  await expect(issue.getByTestId('issue-confirm')).toContainText('The report for Q3 2026 (1 Jul 2026 – 30 Sept 2026)');
  await issue.getByLabel('Issued by').fill('Ana Popescu');
  await screenshot(page, 'donor-issue-dialog');
  await issue.getByRole('button', { name: 'Issue the report' }).click();
  await expect(issue).toBeHidden();
  const row = issued.getByTestId('issued-report');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('1 Jul 2026 – 30 Sept 2026');
  await expect(row).toContainText('Ana Popescu');
  await expect(row).toContainText('Locked');

  // The figures as sent.
  await row.getByRole('button', { name: 'Figures as sent' }).click();
  const figures = page.getByTestId('figures-dialog');
  await expect(figures.getByRole('row').filter({ hasText: 'Joint patrols' }).first()).toContainText('2');
  await screenshot(page, 'donor-figures-as-sent');
  await figures.getByRole('button', { name: 'Close' }).click();
  await expect(figures).toBeHidden();

  // An entry dated in the issued quarter is refused, at the service.
  await page.getByRole('tab', { name: 'Entries' }).click();
  const quick = page.getByTestId('quick-entry');
  await quick.getByLabel('Indicator').selectOption({ label: 'Joint patrols' });
  await quick.getByLabel('Date').fill('2026-09-18');
  await quick.getByLabel('Count', { exact: true }).fill('1');
  await quick.getByLabel('Countries').fill('MT IT');
  await quick.getByLabel('Note').fill('Patrol reported late by Malta');
  await quick.getByLabel('Note').press('Enter');
  await expect(quick).toContainText('This day is in a period issued to the donor');
  await expect(page.getByTestId('entry-row')).toHaveCount(1);
  await dismissToasts(page);
  await screenshot(page, 'donor-locked-period');
  // Deleting the entry the report counted is refused too, and says why.
  await page.getByTestId('entry-row').getByRole('button', { name: /^Delete/ }).click();
  await expect(page.getByRole('alert').locator('.toast-detail')).toContainText('This day is in a period issued to the donor on');
  await expect(page.getByTestId('entry-row')).toHaveCount(1);
  await dismissToasts(page);

  // Reopened with a reason, which is required.
  await page.getByRole('tab', { name: 'Export' }).click();
  await issued.getByTestId('issued-report').getByRole('button', { name: 'Reopen…' }).click();
  const unlock = page.getByRole('dialog', { name: 'Reopen an issued period' });
  await expect(unlock.getByLabel('Reopened by')).toHaveValue('Ana Popescu');
  await unlock.getByRole('button', { name: 'Reopen the period' }).click();
  await expect(unlock).toContainText('Give the reason for reopening the period');
  await unlock.getByLabel('Reason').fill('Malta reported a September patrol after the report went out');
  await unlock.getByRole('button', { name: 'Reopen the period' }).click();
  await expect(unlock).toBeHidden();
  await expect(issued.getByTestId('issued-report')).toContainText('Reopened for corrections');
  await expect(issued.getByTestId('period-unlocks')).toContainText('Malta reported a September patrol after the report went out');
  await dismissToasts(page);
  await issued.scrollIntoViewIfNeeded();
  await screenshot(page, 'donor-issued-list');

  // Now the entry goes in.
  await page.getByRole('tab', { name: 'Entries' }).click();
  await quick.getByLabel('Indicator').selectOption({ label: 'Joint patrols' });
  await quick.getByLabel('Date').fill('2026-09-18');
  await quick.getByLabel('Count', { exact: true }).fill('1');
  await quick.getByLabel('Note').fill('Patrol reported late by Malta');
  await quick.getByLabel('Note').press('Enter');
  await expect(page.getByTestId('entry-row')).toHaveCount(2);

  // The next report (Q4 2026) says what changed since the one issued, and why.
  await page.getByRole('tab', { name: 'Export' }).click();
  await page.getByTestId('report-period').getByLabel('Period').selectOption({ label: 'Q4 2026' });
  await page.getByRole('button', { name: 'Preview and print…' }).click();
  const preview = page.getByTestId('report-preview');
  const body = preview.frameLocator('iframe').locator('body');
  const changes = body.locator('.report-changes');
  await expect(changes.getByRole('heading', { level: 2 })).toHaveText(/^Changes since the report of \d{1,2} \w+ \d{4}$/);
  await expect(changes.getByRole('row').filter({ hasText: 'Joint patrols' })).toHaveText(/Joint patrols\s*2026-Q3\s*2\s*3/);
  await expect(changes).toContainText('Malta reported a September patrol after the report went out');
  await expect(changes).not.toContainText('Cross-border observations');
  await changes.scrollIntoViewIfNeeded();
  await screenshot(page, 'donor-report-changes');
});

test('an indicator that must go down: set in its dialog, judged from the baseline down on the dashboard and its chart', async ({ page, server }) => {
  test.setTimeout(90_000);
  const project = await server.rpc('projects.create', { acronym: 'ATHENA 2', title: 'ATHENA 2', startsOn: '2025-10-01', endsOn: '2027-09-30' });
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.keyboard.press('Control+7');
  await page.getByTestId('project-card').filter({ hasText: 'ATHENA 2' }).click();
  await page.getByRole('tab', { name: 'Setup' }).click();
  await page.getByRole('button', { name: 'Add indicator…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New indicator' });
  await dialog.getByLabel('Name').fill('Cross-border incidents');
  await dialog.getByLabel('Unit').fill('incidents');
  await dialog.getByRole('textbox', { name: 'Target', exact: true }).fill('20');
  await dialog.getByRole('textbox', { name: 'Baseline', exact: true }).fill('40');
  await dialog.getByTestId('indicator-decreasing').getByRole('checkbox').check();
  await expect(dialog.getByTestId('indicator-decreasing')).toContainText('progress is how far it came down');
  await screenshot(page, 'donor-indicator-decreasing');
  await dialog.getByRole('button', { name: 'Add indicator' }).click();
  await expect(dialog).toBeHidden();

  const [incidents] = (await server.rpc('projects.get', { id: project.id })).indicators;
  expect(incidents).toMatchObject({ decreasing: true, baseline: 40, target: 20 });
  // Down from 40 to 26 with most of the project's time gone: more than half the way, and no higher than it should be.
  await server.rpc('entries.create', { indicatorId: incidents!.id, occurredOn: '2026-03-10', count: -14 });
  await page.getByRole('tab', { name: /Dashboard/ }).click();
  const card = page.getByTestId('indicator-card').filter({ has: page.getByRole('heading', { name: 'Cross-border incidents', exact: true }) });
  await expect(card.getByTestId('indicator-actual')).toHaveText('26');
  await expect(card).toContainText('on the way down to 20 incidents');
  await expect(card).toContainText('70%');
  await expect(card.locator('[data-status]')).not.toHaveText('Behind');
  await card.getByRole('button', { name: 'Chart' }).click();
  await expect(page.getByTestId('burnup-chart')).toHaveAttribute('aria-label', /Cross-border incidents: 26 incidents, down to 20, 28 expected by today/);
  await dismissToasts(page);
  await page.getByTestId('burnup-chart').scrollIntoViewIfNeeded();
  await screenshot(page, 'donor-decreasing-dashboard');
});
