import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openApp, type LiaisonCore } from '../../src-main/core/app';
import type { CallName, CallOutput } from '../../src-shared/contract';
import type { AppErrorData } from '../../src-shared/errors';
import type { CallInputArg } from '../call-input';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A fresh folder removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The passphrase of every test store. */
export const TEST_PASSPHRASE = 'correct horse battery staple';

/** Argon2id at its cheapest: each test opens stores by the dozen, and the cost is stored with the wrap. */
export const TEST_KDF = { memoryKiB: 64, iterations: 1, parallelism: 1 };

/** A fixed key for tests that open the store module directly. */
export const TEST_KEY = Buffer.alloc(32, 7);

/** The real core on a real, encrypted SQLite file in a temp folder, unlocked. */
export async function openTestApp(dataDir = tempDir(), options: { passphrase?: string | undefined } = { passphrase: TEST_PASSPHRASE }): Promise<LiaisonCore> {
  const core = await openApp({ dataDir, transport: 'loopback', appVersion: '0.0.0-test', passphrase: options.passphrase, kdf: TEST_KDF });
  cleanups.unshift(() => core.close());
  return core;
}

/** Runs a call and returns its data, failing the test with the error otherwise. */
export async function call<K extends CallName>(core: LiaisonCore, name: K, ...[input]: CallInputArg<K>): Promise<CallOutput<K>> {
  return callRaw(core, name, input);
}

/** Like `call`, with input deliberately outside the contract's input type (to test what validation accepts). */
export async function callRaw<K extends CallName>(core: LiaisonCore, name: K, input: unknown = {}): Promise<CallOutput<K>> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.data as CallOutput<K>;
}

/** Runs a call expected to fail and returns its error data. */
export async function callError<K extends CallName>(core: LiaisonCore, name: K, ...[input]: CallInputArg<K>): Promise<AppErrorData> {
  return callErrorRaw(core, name, input);
}

/** Like `callError`, with input deliberately outside the contract's input type (to test that validation refuses it). */
export async function callErrorRaw<K extends CallName>(core: LiaisonCore, name: K, input: unknown = {}): Promise<AppErrorData> {
  const result = await core.dispatch(name, input);
  if (result.ok) throw new Error(`${name} was expected to fail but returned ${JSON.stringify(result.data)}`);
  return result.error;
}

/** Every row of every user table, to prove a refused call changed nothing. */
export function snapshot(core: LiaisonCore): Record<string, unknown[]> {
  const tables = core.db
    .prepare("SELECT name, sql LIKE '%WITHOUT ROWID' AS keyed FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name")
    .all() as Array<{ name: string; keyed: number }>;
  // A table WITHOUT ROWID (the exchange log) is read in its key's order.
  return Object.fromEntries(tables.map((t) => [t.name, core.db.prepare(`SELECT * FROM "${t.name}"${t.keyed ? '' : ' ORDER BY rowid'}`).all()]));
}

/** A python3 that can import these modules (Debian's, as pyenv's python3 may come first on PATH), or null: an independent reader of what Liaison writes. */
export function pythonWith(modules: string): string | null {
  for (const python of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(python, ['-c', `import ${modules}`], { stdio: 'ignore' });
      return python;
    } catch {
      // try the next one
    }
  }
  return null;
}
