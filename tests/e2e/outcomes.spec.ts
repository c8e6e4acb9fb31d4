import type { Page } from '@playwright/test';
import { expect, screenshot, test, type LoopbackServer } from './fixtures';

const MEETING = '9th meeting of the SELEC Anti-Terrorism Task Force';
const HOSTILE = '<img src=x onerror=alert(1)>';

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });

async function openOutcomes(page: Page, server: LoopbackServer, day: string, title: string) {
  await page.goto(server.url);
  await section(page, 'Calendar').click();
  await page.getByLabel('Go to a date').fill(day);
  await page.locator('.fc-event', { hasText: title }).first().click();
  await page.getByRole('tab', { name: 'Outcomes' }).click();
  await expect(page.getByTestId('outcomes-summary')).not.toBeEmpty();
}

/** Browser alerts opened by the page: none may ever come from user text. */
function watchAlerts(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

async function dismissToasts(page: Page) {
  for (const button of await page.getByRole('button', { name: 'Dismiss' }).all()) await button.click({ timeout: 1000 }).catch(() => {});
}

test('outcomes: conclusions, decisions and an overdue action item, followed up in the Actions section, light and dark', async ({ page, server }) => {
  test.setTimeout(120_000);
  const alerts = watchAlerts(page);
  await server.rpc('system.loadDemo');
  const [meeting] = (await server.rpc('events.range', { from: '2024-05-01T00:00:00Z', to: '2024-06-01T00:00:00Z', filter: {} })).filter(
    (e) => e.title === MEETING,
  );
  const eventId = meeting!.id;
  const roster = (await server.rpc('roster.list', { eventId })).rows;
  const owner = roster.find((r) => r.fullName === 'Arben Hoxha') ?? roster[0]!;

  await openOutcomes(page, server, '2024-05-21', MEETING);
  const list = page.getByTestId('outcomes-list');
  // The demo meeting already holds a conclusion and a decision.
  await expect(list.getByTestId('outcome')).toHaveCount(2);

  // A conclusion, then a decision, for the whole meeting; Ctrl+Enter or the button adds each.
  const form = page.getByTestId('outcome-new');
  await form.getByLabel('Text').fill('Member States agree that threat assessments are shared within one week.');
  await form.getByLabel('Text').press('Control+Enter');
  await expect(list.getByTestId('outcome')).toHaveCount(3);
  await expect(form.getByLabel('Text')).toHaveValue('');
  await form.getByLabel('Kind').selectOption({ label: 'Decision' });
  await form.getByLabel('Text').fill('The 10th meeting will be held in Chișinău.');
  await form.getByRole('button', { name: 'Add' }).click();
  const decision = list.getByTestId('outcome').nth(3);
  await expect(decision).toContainText('Decision');
  await expect(decision).toContainText('The 10th meeting will be held in Chișinău.');

  // Edited in place.
  await decision.getByRole('button', { name: 'Edit item 4' }).click();
  await decision.getByLabel('Text').fill('The 10th meeting will be held in Chișinău, Moldova.');
  await screenshot(page, 'outcomes-edit');
  await decision.getByLabel('Text').press('Control+Enter');
  await expect(decision).toContainText('The 10th meeting will be held in Chișinău, Moldova.');
  await expect(decision.getByLabel('Text')).toHaveCount(0);

  // Restricted: it stays on screen, marked, and out of the outcomes sent out.
  await decision.getByRole('button', { name: 'Edit item 4' }).click();
  await decision.getByLabel('Restricted (not in documents sent out)').check();
  await decision.getByLabel('Text').press('Control+Enter');
  await expect(decision.locator('.badge', { hasText: 'Restricted' })).toBeVisible();
  const sent = await server.rpc('documents.html', { eventId, document: 'outcomes', locale: 'en-GB' });
  expect(sent.html).not.toContain('Chișinău, Moldova');
  expect(sent.html).toContain('Restricted conclusions and decisions left out: 1.');

  // An action item owned by someone on the roster, due in the past: overdue.
  await page.getByRole('button', { name: 'Add action item…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New action item' });
  await dialog.getByLabel('What must be done').fill('Send the national threat assessment to the SELEC Secretariat');
  await dialog.getByLabel('Owner', { exact: true }).selectOption(owner.personId);
  await dialog.getByLabel('Due date').fill('2024-06-14');
  await screenshot(page, 'outcomes-action-dialog');
  await dialog.getByLabel('What must be done').press('Control+Enter');
  await expect(dialog).toBeHidden();
  const row = page.getByTestId('outcomes-actions').getByRole('row', { name: /Send the national threat assessment/ });
  await expect(row).toContainText(owner.fullName);
  await expect(row).toContainText('Overdue');
  await expect(row).toHaveClass(/is-overdue/);
  await expect(page.getByTestId('outcomes-summary')).toContainText('1 overdue');
  await dismissToasts(page);
  await page.getByTestId('outcomes-actions').scrollIntoViewIfNeeded();
  await screenshot(page, 'outcomes');

  // The Actions section: filtered by owner, the item leaves the Open list once done.
  await section(page, 'Actions').click();
  const table = page.getByRole('table', { name: 'Action items' });
  const actionRow = table.getByRole('row', { name: /Send the national threat assessment/ });
  await expect(actionRow).toContainText('Overdue');
  // Overdue comes first.
  await expect(table.getByRole('row').nth(1)).toContainText('Send the national threat assessment');
  await page.getByRole('combobox', { name: 'Owner', exact: true }).selectOption(owner.personId);
  await expect(table.getByRole('row')).toHaveCount(2);
  await screenshot(page, 'actions');
  await actionRow.getByRole('combobox', { name: /^Status of/ }).selectOption('done');
  await expect(actionRow).toBeHidden();
  await expect(page.getByTestId('actions-screen-empty')).toContainText('No action items match these filters');
  const saved = await server.rpc('actions.list', { show: 'all', eventId });
  expect(saved.find((a) => a.title.startsWith('Send the national'))).toMatchObject({ status: 'done', overdue: false });

  await page.getByRole('radio', { name: 'All' }).check();
  await expect(actionRow).toBeVisible();
  await expect(actionRow).not.toContainText('Overdue');
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(table.getByRole('row', { name: /Circulate a template/ })).toBeVisible();

  // Dark: the Actions section, then the meeting's outcomes reached from its title.
  await section(page, 'Settings').click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await section(page, 'Actions').click();
  await expect(table.getByRole('row', { name: /Circulate a template/ })).toBeVisible();
  await screenshot(page, 'actions-dark');
  await table.getByRole('row', { name: /Send the national threat assessment/ }).getByRole('button', { name: MEETING }).click();
  await expect(page.getByRole('tab', { name: 'Outcomes' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('outcomes-list').getByTestId('outcome')).toHaveCount(4);
  await screenshot(page, 'outcomes-dark');
  expect(alerts).toEqual([]);
});

test('outcomes: empty states, text shown as text, delete after confirmation', async ({ page, server }) => {
  const alerts = watchAlerts(page);
  const event = await server.rpc('events.create', {
    title: 'Expert meeting on terrorist financing',
    kind: 'workshop',
    when: { allDay: false, start: '2025-01-15T09:30', end: '2025-01-15T17:00', timeZone: 'Europe/Bucharest' },
  });
  const agenda = await server.rpc('agenda.addSession', { eventId: event.id, day: '2025-01-15', title: 'Morning' });
  await server.rpc('agenda.addItem', { sessionId: agenda.days[0]!.sessions[0]!.id, title: 'Financial intelligence units', durationMin: 60 });
  await openOutcomes(page, server, '2025-01-15', 'Expert meeting on terrorist financing');
  await expect(page.getByTestId('outcomes-empty')).toContainText('No conclusions or decisions yet');
  await expect(page.getByTestId('actions-empty')).toContainText('No action items yet');
  await screenshot(page, 'outcomes-empty');

  // Markup typed by the user, or arriving from elsewhere, is shown as it was written.
  const form = page.getByTestId('outcome-new');
  await form.getByLabel('Agenda item').selectOption({ label: 'Financial intelligence units' });
  await form.getByLabel('Text').fill(HOSTILE);
  await form.getByLabel('Text').press('Control+Enter');
  await expect(page.getByTestId('outcome')).toContainText('Financial intelligence units');
  await server.rpc('actions.create', { eventId: event.id, title: HOSTILE, dueOn: '2025-02-01' });
  const tab = page.getByTestId('outcomes-tab');
  await expect(tab.getByTestId('outcome')).toHaveText(/<img src=x onerror=alert\(1\)>/);
  await expect(tab.getByRole('row', { name: /<img src=x/ })).toContainText('Overdue');
  await expect(tab.locator('img')).toHaveCount(0);
  await section(page, 'Actions').click();
  await expect(page.getByRole('table', { name: 'Action items' })).toContainText(HOSTILE);
  await expect(page.locator('img')).toHaveCount(0);
  await section(page, 'Dashboard').click();
  await expect(page.getByTestId('dashboard-actions')).toContainText(HOSTILE);
  await expect(page.locator('img')).toHaveCount(0);
  await screenshot(page, 'dashboard-actions');

  // Deleting asks first; cancelling keeps it.
  await page.getByTestId('dashboard-actions').getByRole('button', { name: new RegExp('<img') }).click();
  await expect(page.getByRole('tab', { name: 'Outcomes' })).toHaveAttribute('aria-selected', 'true');
  await tab.getByRole('button', { name: 'Delete item 1' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this conclusion?' });
  await expect(confirm).toContainText(HOSTILE);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(tab.getByTestId('outcome')).toHaveCount(1);
  await tab.getByRole('button', { name: 'Delete item 1' }).click();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('outcomes-empty')).toBeVisible();
  await tab.getByRole('button', { name: `Delete “${HOSTILE}”` }).click();
  await page.getByRole('dialog', { name: 'Delete this action item?' }).getByRole('button', { name: 'Delete action item' }).click();
  await expect(page.getByTestId('actions-empty')).toBeVisible();
  expect(await server.rpc('actions.list', { show: 'all' })).toEqual([]);

  // Nobody is on the roster: the owner is found in the directory instead.
  await server.rpc('people.create', { fullName: 'Elif Kaya', countryCode: 'TR' });
  await page.getByRole('button', { name: 'Add action item…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New action item' });
  await dialog.getByLabel('What must be done').fill('Map the financial flows of the network');
  await dialog.getByRole('searchbox', { name: 'Or find someone else in the directory' }).fill('kaya');
  await dialog.getByRole('button', { name: /Elif Kaya/ }).click();
  await expect(dialog.getByLabel('Owner', { exact: true })).toHaveValue(/.+/);
  await dialog.getByRole('button', { name: 'Add action item' }).click();
  await expect(dialog).toBeHidden();
  const row = tab.getByRole('row', { name: /Map the financial flows/ });
  await expect(row).toContainText('Elif Kaya');
  await expect(row).toContainText('Not on roster');
  await expect(row).toContainText('No due date');
  expect(alerts).toEqual([]);
});
