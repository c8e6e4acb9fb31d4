import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, screenshot, startServer, test } from './fixtures';

const GROUP_PASSPHRASE = 'ATTF group passphrase told by phone';

test('two laptops exchange by file: a group started on A, joined on B, changes previewed and applied, a conflict settled', async ({ page, server: a, browser }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'liaison-e2e-b-'));
  const { server: b, child } = await startServer(dataDir);
  try {
    // A: the first-run explanation, then a new group.
    await page.goto(a.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await page.goto(`${a.origin}/#/settings/exchange`);
    await expect(page.getByRole('heading', { name: 'Keep several laptops in step' })).toBeVisible();
    await screenshot(page, 'exchange-start');
    const create = page.getByTestId('exchange-create');
    await create.getByLabel('Name of the group').fill('ATTF secretariat');
    await create.getByLabel('Name of this laptop').fill('Ana’s laptop');
    await create.getByRole('textbox', { name: 'Group passphrase', exact: true }).fill(GROUP_PASSPHRASE);
    await create.getByLabel('Type it again').fill(GROUP_PASSPHRASE);
    await create.getByRole('button', { name: 'Start the group' }).click();
    await expect(page.getByRole('heading', { name: 'Group “ATTF secretariat”' })).toBeVisible({ timeout: 20_000 });
    const code = await page.getByTestId('exchange-join-code').inputValue();
    expect(code).toMatch(/^LIAISON-GROUP-1:/);

    // B joins through its own window.
    const other = await browser.newPage();
    await other.goto(b.url);
    await expect(other.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await other.goto(`${b.origin}/#/settings/exchange`);
    const join = other.getByTestId('exchange-join');
    await join.getByLabel('Join code').fill(code);
    await join.getByLabel('Name of this laptop').fill('Bogdan’s laptop');
    await join.getByLabel('Group passphrase').fill('not the passphrase at all');
    await join.getByRole('button', { name: 'Join' }).click();
    await expect(join).toContainText('This is not the passphrase of the group');
    await join.getByLabel('Group passphrase').fill(GROUP_PASSPHRASE);
    await join.getByRole('button', { name: 'Join' }).click();
    await expect(other.getByRole('heading', { name: 'Group “ATTF secretariat”' })).toBeVisible({ timeout: 20_000 });

    // A records a person and exports; B previews the file, then imports it.
    const person = await a.rpc('people.create', { fullName: 'Драган Јовановић', countryCode: 'RS', position: 'Inspector' });
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export changes…' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.liaison-sync$/);
    const file = await download.path();
    await other.getByTestId('exchange-file-input').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/octet-stream', buffer: readFileSync(file) });
    const preview = other.getByTestId('exchange-preview');
    await expect(preview.getByRole('heading', { name: 'Import changes from Ana’s laptop' })).toBeVisible();
    await expect(preview.getByRole('row', { name: /People 1 0 0/ })).toBeVisible();
    await screenshot(other, 'exchange-preview');
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect(other.getByText('Changes imported from Ana’s laptop')).toBeVisible();
    expect((await b.rpc('people.get', { id: person.id })).fullName).toBe('Драган Јовановић');

    // Both edit the same field; B takes A's file: the conflict shows, and the other value is chosen.
    const fields = { id: person.id, fullName: person.fullName, countryCode: 'RS' };
    await a.rpc('people.update', { ...fields, position: 'Chief inspector' });
    await b.rpc('people.update', { ...fields, position: 'Head of unit' });
    const fromA = await a.rpc('exchange.exportBundle', { to: null });
    const applied = await b.rpc('exchange.importBundle', { base64: fromA.base64 });
    expect(applied.conflicts).toBe(1);
    await other.reload();
    const conflicts = other.getByTestId('exchange-conflicts');
    await expect(conflicts).toContainText('Драган Јовановић');
    // B's edit is the newer: it is kept, and A's is offered.
    await expect(conflicts).toContainText('kept “Head of unit” (Bogdan’s laptop');
    await expect(other.getByTestId('exchange-laptops')).toContainText('Ana’s laptop');
    await screenshot(other, 'exchange-conflict');
    // The record says so too.
    await other.goto(`${b.origin}/#/people/${person.id}`);
    const line = other.getByTestId('changed-on');
    await expect(line).toContainText('Edited on both laptops (position): kept “Head of unit” (Bogdan’s laptop');
    await expect(line.getByRole('button', { name: 'Use the other value, “Chief inspector”' })).toBeVisible();
    await screenshot(other, 'exchange-record-conflict');
    await other.goto(`${b.origin}/#/settings/exchange`);
    await conflicts.getByRole('button', { name: /Use the other value: “Chief inspector” \(Ana’s laptop/ }).click();
    await expect(conflicts).toContainText('No conflicts');
    expect((await b.rpc('people.get', { id: person.id })).position).toBe('Chief inspector');
    // The choice travels back to A.
    await a.rpc('exchange.importBundle', { base64: (await b.rpc('exchange.exportBundle', { to: null })).base64 });
    expect((await a.rpc('people.get', { id: person.id })).position).toBe('Chief inspector');
    await other.close();
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('two laptops and the office sync server: a person made on A appears on B, an entry recorded on B raises the indicator on A', async ({ page, server: a }) => {
  const { startRelay } = await import('../../src-main/sync-server');
  const relayDir = mkdtempSync(join(tmpdir(), 'liaison-e2e-relay-'));
  const relay = await startRelay({ port: 0, host: '127.0.0.1', dataDir: relayDir, appVersion: 'e2e' });
  const dataDir = mkdtempSync(join(tmpdir(), 'liaison-e2e-b-'));
  const { server: b, child } = await startServer(dataDir);
  try {
    const made = await a.rpc('exchange.createGroup', { name: 'ATHENA 2 partners', passphrase: GROUP_PASSPHRASE, laptopName: 'Coordinator' });
    await b.rpc('exchange.joinGroup', { code: made.group!.joinCode, passphrase: GROUP_PASSPHRASE, laptopName: 'Partner in Sofia' });
    const project = await a.rpc('projects.create', { acronym: 'ATHENA 2', title: 'Joint operations', startsOn: '2025-10-01', endsOn: '2027-09-30' });
    const indicator = await a.rpc('indicators.create', { projectId: project.id, name: 'Joint operations', target: 24, cumulative: true, period: 'year' });

    // A sets the server through the screen and syncs.
    await page.goto(a.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await page.goto(`${a.origin}/#/settings/exchange`);
    const card = page.getByTestId('exchange-server');
    await card.getByLabel('Server address').fill(relay.url);
    await card.getByRole('button', { name: 'Use this server' }).click();
    await expect(page.getByText('This laptop is registered with the sync server')).toBeVisible();
    const person = await a.rpc('people.create', { fullName: 'Νίκος Αλεξίου', countryCode: 'GR' });
    await card.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.getByText('Synced', { exact: true })).toBeVisible();

    // B, through the calls: on the same server, it gets the person and the project.
    await b.rpc('exchange.setServer', { url: relay.url });
    await b.rpc('exchange.syncNow', {});
    expect((await b.rpc('people.get', { id: person.id })).fullName).toBe('Νίκος Αλεξίου');
    await b.rpc('entries.create', { indicatorId: indicator.id, occurredOn: '2026-03-01', count: 3, countryCodes: ['BG'] });
    await b.rpc('exchange.syncNow', {});

    await card.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.getByTestId('exchange-server-state')).toContainText('Reachable');
    await expect(page.getByTestId('sync-status')).toContainText('Exchange: ATHENA 2 partners');
    await screenshot(page, 'exchange-server');
    const dashboard = await a.rpc('projects.dashboard', { id: project.id, today: '2026-06-01' });
    expect(dashboard.indicators.find((p) => p.indicator.id === indicator.id)!.actual).toBe(3);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(relayDir, { recursive: true, force: true });
  }
});
