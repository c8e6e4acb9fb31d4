import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, PASSPHRASE, screenshot, startServer, test, type LoopbackServer } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

const sections = (page: Page) => page.getByRole('navigation', { name: 'Sections' });
const section = (page: Page, name: string) => sections(page).getByRole('button', { name, exact: true });
const locked = (page: Page) => page.getByRole('heading', { level: 1, name: 'Liaison is locked' });
const dashboard = (page: Page) => page.getByRole('heading', { level: 1, name: 'Dashboard' });

/** A server started without a key file: the app opens at the screen that creates the passphrase. */
async function withNewStore(run: (server: LoopbackServer) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'liaison-e2e-lock-'));
  const { server, child } = await startServer(dataDir, { keyFile: false });
  try {
    await run(server);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Reads the recovery code on screen, ticks "stored" and opens the app. */
async function keepRecoveryCode(page: Page, shot?: string): Promise<string> {
  const view = page.getByTestId('recovery-code');
  await expect(view.getByRole('heading', { name: 'Your recovery code' })).toBeVisible();
  const code = (await view.getByTestId('recovery-code-value').innerText()).replace(/\s+/g, '-');
  expect(code).toMatch(/^([A-Z0-9]{5}-){5}[A-Z0-9]{5}$/);
  await expect(view).toContainText('If you lose both the passphrase and this code, the data cannot be recovered by anyone.');
  const open = view.getByRole('button', { name: 'Open Liaison' });
  await expect(open).toBeDisabled();
  if (shot) {
    await screenshot(page, shot);
    expect(await axeFindings(page)).toEqual([]);
  }
  await view.getByRole('checkbox', { name: 'I have stored the recovery code somewhere safe' }).check();
  await open.click();
  await expect(sections(page)).toBeVisible();
  return code;
}

/** axe-core's serious and critical findings on the page as it is (WCAG 2.1 AA), as "rule: target" lines. */
async function axeFindings(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** Switches the colour scheme and lets the colours' transitions finish before a screenshot. */
async function theme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
  await page.waitForTimeout(400);
}

async function unlock(page: Page, passphrase: string): Promise<void> {
  await expect(locked(page)).toBeVisible();
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(sections(page)).toBeVisible();
}

test('a new store: the passphrase is chosen with its strength shown, the recovery code is shown once, and Open waits for "stored"', async ({ page }) => {
  await withNewStore(async (server) => {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a passphrase' })).toBeVisible();
    await expect(sections(page)).toHaveCount(0);

    const passphrase = page.getByRole('textbox', { name: 'Passphrase', exact: true });
    const meter = page.getByTestId('strength-meter');
    await expect(meter).toContainText('At least 10 characters');
    await passphrase.fill('harbour');
    await expect(meter).toHaveText('Too short');
    await passphrase.fill('aaaaaaaaaaaa');
    await expect(meter).toHaveText('Too easy to guess');
    await passphrase.fill('harbour violin seven lanterns');
    await expect(meter).toHaveText(/Good|Strong/);

    // Two different passphrases are refused before anything is sent.
    await page.getByLabel('Type it again').fill('harbour violin seven lantern');
    await page.getByRole('button', { name: 'Create the passphrase' }).click();
    await expect(page.getByText('The two passphrases are not the same.')).toBeVisible();
    await page.getByLabel('Type it again').fill('harbour violin seven lanterns');
    await screenshot(page, 'lock-create');
    expect(await axeFindings(page)).toEqual([]);
    await theme(page, 'dark');
    await screenshot(page, 'lock-create-dark');
    expect(await axeFindings(page)).toEqual([]);
    await theme(page, 'light');

    await page.getByRole('button', { name: 'Create the passphrase' }).click();
    await keepRecoveryCode(page, 'lock-recovery-code');
    await expect(dashboard(page)).toBeVisible();
    expect((await server.rpc('vault.state')).status).toBe('unlocked');
  });
});

test('Ctrl+L and the sidebar lock the app; a wrong passphrase is refused, the right one opens it; the recovery code opens it and sets a new passphrase', async ({ page }) => {
  test.setTimeout(120_000);
  await withNewStore(async (server) => {
    const first = 'harbour violin seven lanterns';
    await page.goto(server.url);
    await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(first);
    await page.getByLabel('Type it again').fill(first);
    await page.getByRole('button', { name: 'Create the passphrase' }).click();
    const code = await keepRecoveryCode(page);

    // Ctrl+L: the shell is gone from the page, not hidden.
    await section(page, 'People').click();
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await page.keyboard.press('Control+l');
    await expect(locked(page)).toBeVisible();
    await expect(sections(page)).toHaveCount(0);
    await expect(page.getByRole('grid')).toHaveCount(0);
    expect((await server.rpc('vault.state')).status).toBe('locked');

    // A wrong passphrase: said plainly, and the next try waits as long as the service asks.
    await page.getByLabel('Passphrase').fill('not the passphrase at all');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(page.getByText('That passphrase is not right.')).toBeVisible();
    await screenshot(page, 'lock-unlock');
    expect(await axeFindings(page)).toEqual([]);
    await theme(page, 'dark');
    await screenshot(page, 'lock-unlock-dark');
    expect(await axeFindings(page)).toEqual([]);
    await theme(page, 'light');
    await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeEnabled({ timeout: 30_000 });
    await unlock(page, first);
    // Back where the user was.
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();

    // The sidebar's button.
    await sections(page).getByRole('button', { name: 'Lock' }).click();
    await expect(locked(page)).toBeVisible();

    // Locked from elsewhere (another window, the idle timer): the push shows the lock screen.
    await unlock(page, first);
    await server.rpc('vault.lock');
    await expect(locked(page)).toBeVisible();

    // The recovery code: a new passphrase, and a new code shown once.
    await page.getByRole('button', { name: 'Use the recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(code.toLowerCase().replace(/-/g, ' '));
    const second = 'quiet meadow copper trumpet';
    await page.getByLabel('New passphrase').fill(second);
    await page.getByLabel('Type it again').fill(second);
    await page.getByRole('button', { name: 'Open and set the new passphrase' }).click();
    const newCode = await keepRecoveryCode(page);
    expect(newCode).not.toBe(code);

    await page.keyboard.press('Control+l');
    await unlock(page, second);
  });
});

test('Settings → Data: back up now, change something, restore the backup and the change is gone; verify finds everything in order', async ({ page, server }) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  await expect(dashboard(page)).toBeVisible();
  await section(page, 'Settings').click();
  await page.getByRole('tab', { name: 'Data and security' }).click();

  const backups = page.getByTestId('settings-backups');
  const rows = backups.getByTestId('backup-row');
  // The list has loaded (the first unlock of the day made one) before it is counted.
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backed up', { exact: true })).toBeVisible();
  await expect(rows).toHaveCount(before + 1);
  const made = rows.first();
  await expect(made).toContainText('Made by hand');
  await expect(made).toContainText(/MB/);

  // A change after the backup.
  await server.rpc('people.create', { fullName: 'Ana Radulović', countryCode: 'ME' });
  const people = async () => (await server.rpc('people.list', { search: 'Radulović' })).total;
  expect(await people()).toBe(1);

  await made.getByRole('button', { name: /^Restore…/ }).click();
  const dialog = page.getByTestId('restore-dialog');
  await expect(dialog).toContainText('0 people');
  await expect(dialog).toContainText('The data as it is now is backed up first');
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText(/^Restored the backup of/)).toBeVisible({ timeout: 30_000 });
  expect(await people()).toBe(0);
  // The store as it was before the restore is a backup of its own.
  await expect(rows.first()).toContainText('Before a restore');

  await page.getByTestId('settings-verify').getByRole('button', { name: 'Verify' }).click();
  const checks = page.getByTestId('verify-checks');
  await expect(checks.getByRole('listitem')).toHaveCount(3);
  for (const name of ['integrity', 'foreignKeys', 'search']) await expect(checks.getByTestId(`verify-${name}`)).toHaveClass(/is-ok/);
  await expect(page.getByText('Everything checked is in order')).toBeVisible();

  // The toasts said their piece and go by themselves; the screenshot shows the page under them.
  await expect(page.locator('.toast')).toHaveCount(0, { timeout: 15_000 });
  await page.getByTestId('settings-backups').scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-data');
  await page.getByTestId('settings-verify').scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-verify');
  expect(await axeFindings(page)).toEqual([]);
  await theme(page, 'dark');
  await page.getByTestId('settings-backups').scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-data-dark');
  expect(await axeFindings(page)).toEqual([]);
  await page.getByTestId('settings-security').scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-security-dark');

  // The idle lock is a setting of the service.
  await page.getByLabel('Lock after').selectOption('30');
  await expect.poll(async () => (await server.rpc('vault.state')).idleLockMinutes).toBe(30);
});

test('Settings → Security: change the passphrase, then rotate the key and see the new recovery code once', async ({ page, server }) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  await section(page, 'Settings').click();
  await page.getByRole('tab', { name: 'Data and security' }).click();
  const security = page.getByTestId('settings-security');

  await security.getByRole('button', { name: 'Change passphrase…' }).click();
  const change = page.getByTestId('change-passphrase-dialog');
  await change.getByLabel('Current passphrase').fill('not the passphrase at all');
  const next = 'lantern orchard velvet nineteen';
  await change.getByLabel('New passphrase').fill(next);
  await change.getByLabel('Type it again').fill(next);
  await change.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(change.locator('.field-error')).toHaveText('Wrong passphrase.');
  await change.getByLabel('Current passphrase').fill(PASSPHRASE);
  // A wrong passphrase makes the next try wait, here as at the lock screen.
  await expect(change.getByRole('button', { name: 'Change passphrase' })).toBeEnabled({ timeout: 30_000 });
  await change.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Passphrase changed')).toBeVisible();
  await expect(change).toBeHidden();

  await security.getByRole('button', { name: 'Rotate the key…' }).click();
  const rotate = page.getByTestId('rotate-key-dialog');
  await expect(rotate).toContainText('This re-encrypts all the data and every backup');
  await rotate.getByLabel('Passphrase').fill(next);
  await rotate.getByRole('button', { name: 'Rotate the key' }).click();
  await expect(rotate.getByTestId('recovery-code')).toBeVisible({ timeout: 60_000 });
  await screenshot(page, 'settings-rotate-code');
  const close = rotate.getByRole('button', { name: 'Close' });
  await expect(close).toBeDisabled();
  await rotate.getByRole('checkbox', { name: 'I have stored the recovery code somewhere safe' }).check();
  await close.click();
  await expect(rotate).toBeHidden();

  await page.keyboard.press('Control+l');
  await unlock(page, next);
});
