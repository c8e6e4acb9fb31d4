import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { addMinute, type TrieNode, trieOfMinutes } from '../core/exchange/clock';
import { GROUP_ID } from '../core/exchange/relay-protocol';
import { type Envelope, type GroupStore, type GroupStores, type Laptop, minuteOf, newToken, sameHash, sha256 } from './store';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS envelopes (
    timestamp TEXT PRIMARY KEY,
    content   BLOB NOT NULL
  ) STRICT, WITHOUT ROWID;
  -- XOR of the hashes of the stamps of each minute, as a laptop keeps them: the tries compare equal.
  CREATE TABLE IF NOT EXISTS minutes (
    minute INTEGER PRIMARY KEY,
    hash   INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE IF NOT EXISTS laptops (
    node       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    token_hash BLOB NOT NULL UNIQUE,
    created    TEXT NOT NULL,
    revoked    TEXT,
    last_sync  TEXT
  ) STRICT;
  -- The verifier: sha256 of the proof the first laptop showed. Later laptops show the same proof.
  CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
  ) STRICT;
`;

/**
 * One group's file. better-sqlite3 is synchronous: each method does its work before it returns,
 * and the promise only carries the result, so one request's transaction never interleaves with another's.
 */
export class SqliteGroupStore implements GroupStore {
  private trieCache: TrieNode | null = null;
  private readonly stmts;

  constructor(private readonly db: Database.Database) {
    db.pragma('journal_mode = WAL');
    db.exec(SCHEMA);
    this.stmts = {
      insert: db.prepare<[string, Uint8Array]>('INSERT INTO envelopes (timestamp, content) VALUES (?, ?) ON CONFLICT DO NOTHING'),
      replace: db.prepare<[Uint8Array, string]>('UPDATE envelopes SET content = ? WHERE timestamp = ?'),
      // SQLite has no XOR operator: (a | b) - (a & b) is one.
      minute: db.prepare<[number, number]>(
        'INSERT INTO minutes (minute, hash) VALUES (?, ?) ON CONFLICT (minute) DO UPDATE SET hash = (hash | excluded.hash) - (hash & excluded.hash)',
      ),
      minutes: db.prepare<[], { minute: number; hash: number }>('SELECT minute, hash FROM minutes ORDER BY minute'),
      since: db.prepare<[string, string, number], Envelope>(
        'SELECT timestamp, content FROM envelopes WHERE timestamp > ? AND substr(timestamp, -16) <> ? ORDER BY timestamp LIMIT ?',
      ),
      verifier: db.prepare<[], { value: Buffer }>("SELECT value FROM meta WHERE key = 'verifier'"),
      setVerifier: db.prepare<[Buffer]>("INSERT INTO meta (key, value) VALUES ('verifier', ?)"),
      laptops: db.prepare<[], Laptop>('SELECT node, name, created, revoked, last_sync FROM laptops ORDER BY created LIMIT 1000'),
      laptop: db.prepare<[string], Laptop>('SELECT node, name, created, revoked, last_sync FROM laptops WHERE node = ?'),
      byToken: db.prepare<[Buffer], Laptop>('SELECT node, name, created, revoked, last_sync FROM laptops WHERE token_hash = ? AND revoked IS NULL'),
      register: db.prepare<[string, string, Buffer, string]>(
        `INSERT INTO laptops (node, name, token_hash, created) VALUES (?, ?, ?, ?)
         ON CONFLICT (node) DO UPDATE SET name = excluded.name, token_hash = excluded.token_hash`,
      ),
      revoke: db.prepare<[string, string]>('UPDATE laptops SET revoked = ? WHERE node = ? AND revoked IS NULL'),
      synced: db.prepare<[string, string]>('UPDATE laptops SET last_sync = ? WHERE node = ?'),
    };
  }

  async admits(proof: string): Promise<boolean> {
    const shown = sha256(proof);
    const stored = this.stmts.verifier.get()?.value;
    if (!stored) {
      this.stmts.setVerifier.run(shown);
      return true;
    }
    return sameHash(stored, shown);
  }

  async laptops(): Promise<Laptop[]> {
    return this.stmts.laptops.all();
  }

  async laptop(node: string): Promise<Laptop | undefined> {
    return this.stmts.laptop.get(node);
  }

  async register(node: string, name: string): Promise<string> {
    const token = newToken();
    this.stmts.register.run(node, name, sha256(token), new Date().toISOString());
    return token;
  }

  async authenticate(token: string): Promise<Laptop | undefined> {
    return this.stmts.byToken.get(sha256(token));
  }

  async revoke(node: string): Promise<boolean> {
    return this.stmts.revoke.run(new Date().toISOString(), node).changes > 0;
  }

  async add(envelopes: readonly Envelope[], from: string): Promise<number> {
    try {
      return this.addAll(envelopes, from);
    } catch (error) {
      this.trieCache = null; // rolled back: read the minutes again
      throw error;
    }
  }

  private addAll(envelopes: readonly Envelope[], from: string): number {
    return this.db.transaction(() => {
      let added = 0;
      for (const e of envelopes) {
        if (this.stmts.insert.run(e.timestamp, e.content).changes === 0) continue;
        const { minute, hash } = minuteOf(e.timestamp);
        this.stmts.minute.run(minute, hash);
        if (this.trieCache) this.trieCache = addMinute(this.trieCache, minute, hash);
        added++;
      }
      this.stmts.synced.run(new Date().toISOString(), from);
      return added;
    })();
  }

  async erase(envelopes: readonly Envelope[]): Promise<number> {
    return this.db.transaction(() => envelopes.reduce((held, e) => held + this.stmts.replace.run(e.content, e.timestamp).changes, 0))();
  }

  async since(after: string, exceptNode: string, limit: number): Promise<Envelope[]> {
    return this.stmts.since.all(after, exceptNode, limit);
  }

  async trie(): Promise<TrieNode> {
    this.trieCache ??= trieOfMinutes(this.stmts.minutes.iterate());
    return this.trieCache;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** The data folder: one SQLite file per group, named by its id, opened on first use and kept open. */
export class SqliteGroupStores implements GroupStores {
  private readonly open = new Map<string, SqliteGroupStore>();

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  get where(): string {
    return `SQLite files in ${this.dir}`;
  }

  private fileOf(groupId: string): string {
    // The id names a file: only a UUID, so no path can be smuggled in.
    if (!GROUP_ID.test(groupId)) throw new Error('not a group id');
    return join(this.dir, `${groupId}.sqlite`);
  }

  async get(groupId: string): Promise<SqliteGroupStore | undefined> {
    return this.found(groupId);
  }

  async getOrCreate(groupId: string): Promise<SqliteGroupStore> {
    return this.found(groupId) ?? this.openFile(groupId, this.fileOf(groupId));
  }

  private found(groupId: string): SqliteGroupStore | undefined {
    const known = this.open.get(groupId);
    if (known) return known;
    const file = this.fileOf(groupId);
    if (!existsSync(file)) return undefined;
    return this.openFile(groupId, file);
  }

  private openFile(groupId: string, file: string): SqliteGroupStore {
    const store = new SqliteGroupStore(new Database(file));
    this.open.set(groupId, store);
    return store;
  }

  async close(): Promise<void> {
    for (const store of this.open.values()) await store.close();
    this.open.clear();
  }
}
