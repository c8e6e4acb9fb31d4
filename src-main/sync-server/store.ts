import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Timestamp } from '@actual-app/crdt';
import { addMinute, type TrieNode, trieOfMinutes } from '../core/exchange/clock';
import { GROUP_ID } from '../core/exchange/relay-protocol';

export interface Envelope {
  timestamp: string;
  /** The sealed bytes exactly as a laptop sent them: the relay has no key to open them. */
  content: Uint8Array;
}

export interface Laptop {
  node: string;
  name: string;
  created: string;
  revoked: string | null;
  last_sync: string | null;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

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

/** One group's file: its envelopes, their minutes, and the laptops allowed to read and add them. */
export class GroupStore {
  private trieCache: TrieNode | null = null;
  private readonly stmts;

  constructor(private readonly db: Database.Database) {
    db.pragma('journal_mode = WAL');
    db.exec(SCHEMA);
    this.stmts = {
      insert: db.prepare<[string, Uint8Array]>('INSERT INTO envelopes (timestamp, content) VALUES (?, ?) ON CONFLICT DO NOTHING'),
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

  /**
   * The proof is checked against the first laptop's; a group without one takes this proof as its
   * verifier. Only a hash is kept, so the file alone does not let anyone register.
   */
  admits(proof: string): boolean {
    const shown = sha256(proof);
    const stored = this.stmts.verifier.get()?.value;
    if (!stored) {
      this.stmts.setVerifier.run(shown);
      return true;
    }
    return stored.length === shown.length && timingSafeEqual(stored, shown);
  }

  laptops(): Laptop[] {
    return this.stmts.laptops.all();
  }

  laptop(node: string): Laptop | undefined {
    return this.stmts.laptop.get(node);
  }

  /** A new token for the laptop (a laptop registering again gets a new one; the old stops working). Only its hash is kept. */
  register(node: string, name: string): string {
    const token = randomBytes(32).toString('base64url');
    this.stmts.register.run(node, name, sha256(token), new Date().toISOString());
    return token;
  }

  authenticate(token: string): Laptop | undefined {
    return this.stmts.byToken.get(sha256(token));
  }

  revoke(node: string): boolean {
    return this.stmts.revoke.run(new Date().toISOString(), node).changes > 0;
  }

  /** Stores what is new and adds each new stamp to its minute; returns how many were new. */
  add(envelopes: readonly Envelope[], from: string): number {
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
        const stamp = Timestamp.parse(e.timestamp)!;
        const minute = Math.floor(stamp.millis() / 60_000);
        const hash = stamp.hash();
        this.stmts.minute.run(minute, hash);
        if (this.trieCache) this.trieCache = addMinute(this.trieCache, minute, hash);
        added++;
      }
      this.stmts.synced.run(new Date().toISOString(), from);
      return added;
    })();
  }

  /** Envelopes after a stamp that another laptop sent, oldest first, at most `limit`. */
  since(after: string, exceptNode: string, limit: number): Envelope[] {
    return this.stmts.since.all(after, exceptNode, limit);
  }

  trie(): TrieNode {
    this.trieCache ??= trieOfMinutes(this.stmts.minutes.iterate());
    return this.trieCache;
  }

  close(): void {
    this.db.close();
  }
}

/** The data folder: one SQLite file per group, named by its id, opened on first use and kept open. */
export class GroupStores {
  private readonly open = new Map<string, GroupStore>();

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  private fileOf(groupId: string): string {
    // The id names a file: only a UUID, so no path can be smuggled in.
    if (!GROUP_ID.test(groupId)) throw new Error('not a group id');
    return join(this.dir, `${groupId}.sqlite`);
  }

  /** The group's store, or undefined when no laptop has registered it. */
  get(groupId: string): GroupStore | undefined {
    const known = this.open.get(groupId);
    if (known) return known;
    const file = this.fileOf(groupId);
    if (!existsSync(file)) return undefined;
    return this.openFile(groupId, file);
  }

  /** The group's store, made on the first registration. */
  getOrCreate(groupId: string): GroupStore {
    return this.get(groupId) ?? this.openFile(groupId, this.fileOf(groupId));
  }

  private openFile(groupId: string, file: string): GroupStore {
    const store = new GroupStore(new Database(file));
    this.open.set(groupId, store);
    return store;
  }

  close(): void {
    for (const store of this.open.values()) store.close();
    this.open.clear();
  }
}
