import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer, type LoopbackServer } from './fixtures';

const ROUNDS = 12;

/** Every person id in the store, page by page. */
async function allIds(rpc: LoopbackServer['rpc']): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let offset = 0; ; offset += 500) {
    const page = await rpc('people.list', { offset, limit: 500 });
    for (const row of page.rows) ids.add(row.id);
    if (offset + 500 >= page.total) return ids;
  }
}

// The real server on an encrypted store, killed with SIGKILL in the middle of a stream of writes:
// every write it acknowledged must be there after a restart, and the store must still pass its check.
test('kill -9 during writes on the encrypted store loses no acknowledged write', async () => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'liaison-kill-'));
  const acknowledged = new Set<string>();
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const { server, child } = await startServer(dataDir);
      let stop = false;
      const writer = async (lane: number) => {
        for (let i = 0; !stop; i++) {
          try {
            const person = await server.rpc('people.create', {
              fullName: `Officer ${round}-${lane}-${i}`,
              emails: [`officer.${round}.${lane}.${i}@example.org`],
              notes: 'n'.repeat(200 + ((round * 31 + i) % 900)),
            });
            acknowledged.add(person.id);
          } catch {
            return; // The server is gone: this write was never acknowledged.
          }
        }
      };
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const lanes = [0, 1, 2, 3].map(writer);
      await new Promise((resolve) => setTimeout(resolve, 150 + ((round * 97) % 500)));
      child.kill('SIGKILL');
      stop = true;
      await Promise.all([...lanes, exited]);
    }
    expect(acknowledged.size).toBeGreaterThan(ROUNDS * 4);

    const { server, child } = await startServer(dataDir);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      expect(await server.rpc('vault.state')).toMatchObject({ status: 'unlocked', damaged: false });
      const stored = await allIds(server.rpc);
      const lost = [...acknowledged].filter((id) => !stored.has(id));
      expect(lost).toEqual([]);
      expect(await server.rpc('backups.verify')).toMatchObject({ ok: true });
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    expect(readFileSync(join(dataDir, 'liaison.sqlite')).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}.key`, { force: true });
  }
});
