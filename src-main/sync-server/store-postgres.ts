import { Pool, type PoolClient } from 'pg';
import { addMinute, type TrieNode, trieOfMinutes } from '../core/exchange/clock';
import { GROUP_ID } from '../core/exchange/relay-protocol';
import { type Envelope, type GroupStore, type GroupStores, type Laptop, minuteOf, newToken, sameHash, sha256 } from './store';

/**
 * Numbered and append-only: a relay applies those its database lacks, in order, and refuses a
 * database written by a newer relay. Every group shares the tables, keyed by its id.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE liaison_groups (
    id      uuid PRIMARY KEY,
    created text NOT NULL,
    -- One more for each add that stored something: a relay's cached trie is current while its version is.
    version bigint NOT NULL DEFAULT 0
  );
  CREATE TABLE liaison_envelopes (
    group_id  uuid NOT NULL REFERENCES liaison_groups ON DELETE CASCADE,
    -- Byte order, as SQLite and the laptops compare stamps: a locale's collation would not sort them so.
    timestamp text COLLATE "C" NOT NULL,
    content   bytea NOT NULL,
    PRIMARY KEY (group_id, timestamp)
  );
  -- XOR of the hashes of the stamps of each minute, as a laptop keeps them: the tries compare equal.
  CREATE TABLE liaison_minutes (
    group_id uuid NOT NULL REFERENCES liaison_groups ON DELETE CASCADE,
    minute   bigint NOT NULL,
    hash     bigint NOT NULL,
    PRIMARY KEY (group_id, minute)
  );
  CREATE TABLE liaison_laptops (
    group_id   uuid NOT NULL REFERENCES liaison_groups ON DELETE CASCADE,
    node       text NOT NULL,
    name       text NOT NULL,
    token_hash bytea NOT NULL,
    created    text NOT NULL,
    revoked    text,
    last_sync  text,
    PRIMARY KEY (group_id, node),
    UNIQUE (group_id, token_hash)
  );
  -- The verifier: sha256 of the proof the first laptop showed. Later laptops show the same proof.
  CREATE TABLE liaison_meta (
    group_id uuid NOT NULL REFERENCES liaison_groups ON DELETE CASCADE,
    key      text NOT NULL,
    value    bytea NOT NULL,
    PRIMARY KEY (group_id, key)
  );
  `,
];

/** What a relay says about its database: user, host and database, never the password. */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : '';
    return `PostgreSQL ${user}${parsed.host || 'localhost'}${parsed.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

/** One line from a driver error; an AggregateError (every address of a name refused) has an empty message of its own. */
function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length) return [...new Set(error.errors.map(reasonOf))].join('; ');
  if (error instanceof Error) return (error.message || (error as NodeJS.ErrnoException).code || error.name).replace(/\s+/g, ' ').trim();
  return String(error);
}

const LAPTOP = 'node, name, created, revoked, last_sync';

interface EnvelopeRow {
  timestamp: string;
  content: Buffer;
}
// bigint columns come back as strings: their values here (minutes since 1970, 32-bit hashes, counts) fit a number exactly.
interface MinuteRow {
  minute: string;
  hash: string;
}
interface VersionRow {
  version: string;
}

const toEnvelope = (row: EnvelopeRow): Envelope => ({ timestamp: row.timestamp, content: row.content });
const toMinute = (row: MinuteRow) => ({ minute: Number(row.minute), hash: Number(row.hash) });

/** Runs `work` between BEGIN and COMMIT on one client of the pool, and rolls back if it throws. */
async function transaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // A client that cannot even roll back is dropped from the pool rather than handed to the next request.
    await client.query('ROLLBACK').catch((rollback: unknown) => {
      broken = rollback instanceof Error ? rollback : new Error(String(rollback));
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

/** One group's rows in the shared tables. */
export class PostgresGroupStore implements GroupStore {
  private cached: { version: number; trie: TrieNode } | null = null;

  constructor(
    private readonly pool: Pool,
    private readonly groupId: string,
  ) {}

  async admits(proof: string): Promise<boolean> {
    const shown = sha256(proof);
    // Of two laptops registering first at once, one proof is stored and the other is checked against it.
    const first = await this.pool.query(
      "INSERT INTO liaison_meta (group_id, key, value) VALUES ($1, 'verifier', $2) ON CONFLICT DO NOTHING RETURNING key",
      [this.groupId, shown],
    );
    if (first.rowCount) return true;
    const { rows } = await this.pool.query<{ value: Buffer }>("SELECT value FROM liaison_meta WHERE group_id = $1 AND key = 'verifier'", [this.groupId]);
    return rows.length > 0 && sameHash(rows[0]!.value, shown);
  }

  async laptops(): Promise<Laptop[]> {
    const { rows } = await this.pool.query<Laptop>(`SELECT ${LAPTOP} FROM liaison_laptops WHERE group_id = $1 ORDER BY created, node LIMIT 1000`, [this.groupId]);
    return rows;
  }

  async laptop(node: string): Promise<Laptop | undefined> {
    const { rows } = await this.pool.query<Laptop>(`SELECT ${LAPTOP} FROM liaison_laptops WHERE group_id = $1 AND node = $2`, [this.groupId, node]);
    return rows[0];
  }

  async register(node: string, name: string): Promise<string> {
    const token = newToken();
    await this.pool.query(
      `INSERT INTO liaison_laptops (group_id, node, name, token_hash, created) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (group_id, node) DO UPDATE SET name = excluded.name, token_hash = excluded.token_hash`,
      [this.groupId, node, name, sha256(token), new Date().toISOString()],
    );
    return token;
  }

  async authenticate(token: string): Promise<Laptop | undefined> {
    const { rows } = await this.pool.query<Laptop>(`SELECT ${LAPTOP} FROM liaison_laptops WHERE group_id = $1 AND token_hash = $2 AND revoked IS NULL`, [
      this.groupId,
      sha256(token),
    ]);
    return rows[0];
  }

  async revoke(node: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('UPDATE liaison_laptops SET revoked = $3 WHERE group_id = $1 AND node = $2 AND revoked IS NULL', [
      this.groupId,
      node,
      new Date().toISOString(),
    ]);
    return (rowCount ?? 0) > 0;
  }

  async add(envelopes: readonly Envelope[], from: string): Promise<number> {
    try {
      const { added, version, minutes } = await transaction(this.pool, (client) => this.addAll(client, envelopes, from));
      if (version !== null) this.advance(version, minutes);
      return added;
    } catch (error) {
      this.cached = null; // the outcome may be unknown (a COMMIT cut off): read the minutes again
      throw error;
    }
  }

  /**
   * Locks are taken in one order (envelopes by stamp, the group row, minutes by number, the
   * sender's row), so two laptops adding to one group at once wait for each other, never deadlock.
   */
  private async addAll(client: PoolClient, envelopes: readonly Envelope[], from: string) {
    // The first of a stamp sent twice in one request is kept, as SQLite's store keeps it.
    const unique = new Map<string, Uint8Array>();
    for (const e of envelopes) if (!unique.has(e.timestamp)) unique.set(e.timestamp, e.content);
    let stored: string[] = [];
    if (unique.size) {
      const { rows } = await client.query<{ timestamp: string }>(
        `INSERT INTO liaison_envelopes (group_id, timestamp, content)
         SELECT $1, stamp, content FROM unnest($2::text[], $3::bytea[]) AS sent (stamp, content) ORDER BY stamp
         ON CONFLICT DO NOTHING RETURNING timestamp`,
        [this.groupId, [...unique.keys()], [...unique.values()]],
      );
      stored = rows.map((r) => r.timestamp);
    }
    const minutes = new Map<number, number>();
    for (const stamp of stored) {
      const { minute, hash } = minuteOf(stamp);
      minutes.set(minute, ((minutes.get(minute) ?? 0) ^ hash) >>> 0);
    }
    let version: number | null = null;
    if (minutes.size) {
      // Held to COMMIT: the group's adds that store something take turns from here, numbered by version.
      const bumped = await client.query<VersionRow>('UPDATE liaison_groups SET version = version + 1 WHERE id = $1 RETURNING version', [this.groupId]);
      version = Number(bumped.rows[0]!.version);
      const ordered = [...minutes].sort(([a], [b]) => a - b);
      // `#` is XOR on bigint; ON CONFLICT DO UPDATE changes each minute's row atomically.
      await client.query(
        `INSERT INTO liaison_minutes (group_id, minute, hash)
         SELECT $1, minute, hash FROM unnest($2::bigint[], $3::bigint[]) AS added (minute, hash) ORDER BY minute
         ON CONFLICT (group_id, minute) DO UPDATE SET hash = liaison_minutes.hash # excluded.hash`,
        [this.groupId, ordered.map(([m]) => m), ordered.map(([, h]) => h)],
      );
    }
    await client.query('UPDATE liaison_laptops SET last_sync = $3 WHERE group_id = $1 AND node = $2', [this.groupId, from, new Date().toISOString()]);
    return { added: stored.length, version, minutes };
  }

  /** Adds a committed add's minutes to the cached trie when it was the add right after the cache's version. */
  private advance(version: number, minutes: ReadonlyMap<number, number>): void {
    if (!this.cached || this.cached.version >= version) return; // nothing cached, or a load already saw it
    if (this.cached.version !== version - 1) {
      this.cached = null; // another add committed between: its minutes are not in the cache
      return;
    }
    let trie = this.cached.trie;
    for (const [minute, hash] of minutes) trie = addMinute(trie, minute, hash);
    this.cached = { version, trie };
  }

  async erase(envelopes: readonly Envelope[]): Promise<number> {
    if (!envelopes.length) return 0;
    const { rowCount } = await this.pool.query(
      `UPDATE liaison_envelopes AS e SET content = sent.content FROM unnest($2::text[], $3::bytea[]) AS sent (stamp, content)
       WHERE e.group_id = $1 AND e.timestamp = sent.stamp`,
      [this.groupId, envelopes.map((e) => e.timestamp), envelopes.map((e) => e.content)],
    );
    return rowCount ?? 0;
  }

  async since(after: string, exceptNode: string, limit: number): Promise<Envelope[]> {
    const { rows } = await this.pool.query<EnvelopeRow>(
      'SELECT timestamp, content FROM liaison_envelopes WHERE group_id = $1 AND timestamp > $2 AND right(timestamp, 16) <> $3 ORDER BY timestamp LIMIT $4',
      [this.groupId, after, exceptNode, limit],
    );
    return rows.map(toEnvelope);
  }

  /** The cache serves while the group's version is the one it was built at, so relays sharing a database stay right. */
  async trie(): Promise<TrieNode> {
    const { rows } = await this.pool.query<VersionRow>('SELECT version FROM liaison_groups WHERE id = $1', [this.groupId]);
    if (this.cached && this.cached.version === Number(rows[0]?.version)) return this.cached.trie;
    // The version and the minutes from one snapshot: an add committing meanwhile is in both or in neither.
    const loaded = await transaction(
      this.pool,
      async (client) => {
        const current = await client.query<VersionRow>('SELECT version FROM liaison_groups WHERE id = $1', [this.groupId]);
        const minutes = await client.query<MinuteRow>('SELECT minute, hash FROM liaison_minutes WHERE group_id = $1 ORDER BY minute', [this.groupId]);
        return { version: Number(current.rows[0]?.version ?? 0), trie: trieOfMinutes(minutes.rows.map(toMinute)) };
      },
      'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
    );
    this.cached = loaded;
    return loaded.trie;
  }

  /** The pool belongs to the stores: one group has nothing of its own to close. */
  async close(): Promise<void> {}
}

/** Every group in one PostgreSQL database, reached through one pool. */
export class PostgresGroupStores implements GroupStores {
  private readonly known = new Map<string, PostgresGroupStore>();
  private ended: Promise<void> | undefined;

  private constructor(
    private readonly pool: Pool,
    readonly where: string,
  ) {}

  /** Connects and brings the tables up to date; a database that cannot be reached or used is refused in one line. */
  static async open(url: string, log: (line: string) => void = () => {}): Promise<PostgresGroupStores> {
    const where = describeDatabase(url);
    // A host that drops packets would otherwise keep a request (and the start) waiting for the system's TCP timeout.
    const pool = new Pool({ connectionString: url, connectionTimeoutMillis: 10_000, max: 10 });
    // An idle client losing its server emits here; unheard, it would end the relay.
    pool.on('error', (error) => log(`${where}: ${reasonOf(error)}`));
    try {
      await migrate(pool);
    } catch (error) {
      await pool.end().catch(() => {});
      const password = safePassword(url);
      let reason = reasonOf(error);
      if (password) reason = reason.split(password).join('***');
      throw new Error(`The relay cannot use ${where}: ${reason}`, { cause: error });
    }
    return new PostgresGroupStores(pool, where);
  }

  async get(groupId: string): Promise<PostgresGroupStore | undefined> {
    if (!GROUP_ID.test(groupId)) throw new Error('not a group id');
    const known = this.known.get(groupId);
    if (known) return known;
    const { rowCount } = await this.pool.query('SELECT 1 FROM liaison_groups WHERE id = $1', [groupId]);
    return rowCount ? this.remember(groupId) : undefined;
  }

  async getOrCreate(groupId: string): Promise<PostgresGroupStore> {
    if (!GROUP_ID.test(groupId)) throw new Error('not a group id');
    const known = this.known.get(groupId);
    if (known) return known;
    await this.pool.query('INSERT INTO liaison_groups (id, created) VALUES ($1, $2) ON CONFLICT DO NOTHING', [groupId, new Date().toISOString()]);
    return this.remember(groupId);
  }

  private remember(groupId: string): PostgresGroupStore {
    const store = new PostgresGroupStore(this.pool, groupId);
    this.known.set(groupId, store);
    return store;
  }

  close(): Promise<void> {
    this.ended ??= this.pool.end();
    return this.ended;
  }
}

function safePassword(url: string): string {
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return '';
  }
}

async function migrate(pool: Pool): Promise<void> {
  await transaction(pool, async (client) => {
    // Two relays starting at once on one database take turns.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('liaison_schema'))");
    await client.query('CREATE TABLE IF NOT EXISTS liaison_schema (version integer PRIMARY KEY, applied text NOT NULL)');
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM liaison_schema');
    const current = rows[0]?.version ?? 0;
    if (current > MIGRATIONS.length) throw new Error(`its tables are of relay schema ${current}, newer than this relay's ${MIGRATIONS.length}: run a newer relay`);
    for (let version = current + 1; version <= MIGRATIONS.length; version++) {
      await client.query(MIGRATIONS[version - 1]!);
      await client.query('INSERT INTO liaison_schema (version, applied) VALUES ($1, $2)', [version, new Date().toISOString()]);
    }
  });
}
