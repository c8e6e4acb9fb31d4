import { hash as oneShotHash, randomFillSync } from 'node:crypto';

// Random bytes drawn 4 KiB at a time: one system call per 512 ids instead of one per id,
// which made ids the largest cost of a 60,000-row import.
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;
let lastMs = -1;
let counter = 0;

function randomBytes(count: number): Buffer {
  if (poolOffset + count > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = pool.subarray(poolOffset, poolOffset + count);
  poolOffset += count;
  return bytes;
}

/**
 * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter that keeps ids made
 * within one millisecond in order, then 62 random bits. Time-ordered, so ids sort by creation
 * and stay unique across laptops.
 */
export function newId(): string {
  let ms = Date.now();
  if (ms > lastMs) {
    lastMs = ms;
    counter = randomBytes(1)[0]! & 0x7f; // a random start leaves room to count up within the millisecond
  } else if (++counter > 0xfff) {
    lastMs++;
    counter = 0;
  }
  ms = lastMs;
  const bytes = Buffer.allocUnsafe(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (counter >>> 8);
  bytes[7] = counter & 0xff;
  randomBytes(8).copy(bytes, 8);
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Timestamps are stored as ISO 8601 UTC with milliseconds, which sort as text. */
export const nowIso = (): string => new Date().toISOString();

// Liaison's own namespace for name-based ids (RFC 9562 §5.5): fixed forever, or laptops stop agreeing.
const NAMESPACE = Buffer.from('6f1c2a4e9b7d4c1e8a3f5d2b7c9e0a14', 'hex');

/**
 * A UUIDv5 of a table and a row's natural key (a participation's event and person): two laptops that
 * add the same participant make the same id, so their rows merge instead of colliding.
 */
export function naturalId(table: string, parts: ReadonlyArray<string | number | null>): string {
  // One call over the namespace and the key: an import names 15,000 participations this way.
  const hash = oneShotHash('sha1', Buffer.concat([NAMESPACE, Buffer.from([table, ...parts.map((p) => (p === null ? '\u0001' : String(p)))].join('\u0000'))]), 'buffer');
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** SQLite's NOCASE folds ASCII letters only: a name key must fold exactly as the UNIQUE index does. */
export const foldNocase = (name: string): string => name.replace(/[A-Z]/g, (c) => c.toLowerCase());
