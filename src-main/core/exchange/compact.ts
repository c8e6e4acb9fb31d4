/**
 * How the log stores what travels as text. A stamp's 46 characters (ISO time, counter, node) are 16
 * bytes that sort the same way (6 of milliseconds, 2 of counter, 8 of node), and a UUID row id is its
 * 16 bytes: with the dataset and column as small codes, a message of the seeded 20,000-person store
 * fell from 326 bytes of pages (row, then the cell index repeating it) to about a quarter of that.
 */

const HEX4 = Array.from({ length: 0x10000 }, (_, i) => i.toString(16).toUpperCase().padStart(4, '0'));
const NODE = /^[0-9A-F]{16}$/;
const COUNTER = /^[0-9A-F]{4}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// Consecutive stamps share their millisecond (a seed makes 65,536 a millisecond): parse and format it once.
let lastPrefix = '';
let lastPrefixMillis = 0;
let lastMillis = -1;
let lastIso = '';
const nodeText = new Map<string, string>();

/** A stamp's milliseconds, or NaN when its time is not what toISOString writes. */
function millisOf(prefix: string): number {
  if (prefix === lastPrefix) return lastPrefixMillis;
  const millis = Date.parse(prefix);
  if (Number.isNaN(millis) || millis < 0 || new Date(millis).toISOString() !== prefix) return NaN;
  lastPrefix = prefix;
  lastPrefixMillis = millis;
  return millis;
}

function isoOf(millis: number): string {
  if (millis !== lastMillis) {
    lastMillis = millis;
    lastIso = new Date(millis).toISOString();
  }
  return lastIso;
}

// A bundle's stamps come from a few laptops: each node's bytes are checked and decoded once.
const nodeBytes = new Map<string, Buffer>();
function nodeBytesOf(node: string): Buffer | null {
  let bytes = nodeBytes.get(node);
  if (!bytes) {
    if (!NODE.test(node)) return null;
    if (nodeBytes.size >= 1000) nodeBytes.clear();
    nodeBytes.set(node, (bytes = Buffer.from(node, 'hex')));
  }
  return bytes;
}

/** A stamp as 16 bytes written into `into` (reused: the driver copies what it binds), or null when it is not one Liaison writes. */
export function packStamp(stamp: string, into: Buffer = Buffer.allocUnsafe(16)): Buffer | null {
  if (stamp.length !== 46 || stamp[24] !== '-' || stamp[29] !== '-') return null;
  const millis = millisOf(stamp.slice(0, 24));
  const counter = stamp.slice(25, 29);
  const node = nodeBytesOf(stamp.slice(30));
  if (Number.isNaN(millis) || !COUNTER.test(counter) || !node) return null;
  into.writeUIntBE(millis, 0, 6);
  into.writeUInt16BE(parseInt(counter, 16), 6);
  node.copy(into, 8);
  return into;
}

/** A stamp made here, from its parts, into `into`. */
export function packParts(millis: number, counter: number, nodeBytes: Buffer, into: Buffer): Buffer {
  into.writeUIntBE(millis, 0, 6);
  into.writeUInt16BE(counter, 6);
  nodeBytes.copy(into, 8, 0, 8);
  return into;
}

export function stampText(bytes: Uint8Array): string {
  const b = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const key = b.toString('latin1', 8, 16);
  let node = nodeText.get(key);
  if (!node) nodeText.set(key, (node = b.toString('hex', 8, 16).toUpperCase()));
  return `${isoOf(b.readUIntBE(0, 6))}-${HEX4[b.readUInt16BE(6)]}-${node}`;
}

/** A stamp's text from the hex of its 16 bytes (uppercase, as SQLite's hex() writes). */
export const hexStampText = (hex: string): string => `${isoOf(parseInt(hex.slice(0, 12), 16))}-${hex.slice(12, 16)}-${hex.slice(16)}`;

export const stampMillis = (bytes: Buffer): number => bytes.readUIntBE(0, 6);

/** The text of a stamp made here from its parts, for its hash. */
export const partsText = (millis: number, counter: number, node: string): string => `${isoOf(millis)}-${HEX4[counter]}-${node}`;

/** A row id as stored: a UUID's 16 bytes, anything else as it is. */
export const packRow = (id: string): Buffer | string => (UUID.test(id) ? Buffer.from(id.replace(/-/g, ''), 'hex') : id);

export function rowText(stored: Buffer | string): string {
  if (typeof stored === 'string') return stored;
  const hex = stored.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Timestamp.hash of @actual-app/crdt (murmurhash v3 of the stamp's text, seed 0) without building a
 * Timestamp and its string for each of a seed's half million messages. Stamps are ASCII.
 */
export function stampHash(text: string): number {
  const length = text.length;
  const tail = length & 3;
  const body = length - tail;
  let h = 0;
  let k = 0;
  let i = 0;
  while (i < body) {
    k = (text.charCodeAt(i) & 0xff) | ((text.charCodeAt(i + 1) & 0xff) << 8) | ((text.charCodeAt(i + 2) & 0xff) << 16) | ((text.charCodeAt(i + 3) & 0xff) << 24);
    i += 4;
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  if (tail) {
    k = text.charCodeAt(i) & 0xff;
    if (tail > 1) k ^= (text.charCodeAt(i + 1) & 0xff) << 8;
    if (tail > 2) k ^= (text.charCodeAt(i + 2) & 0xff) << 16;
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
  }
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
