import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { AppError } from '../../../src-shared/errors';
import { decodeMessages } from './wire';
import type { MessageRow } from './writer';

/** Bumped when a bundle's layout changes; a newer one is refused with a plain message rather than misread. */
export const BUNDLE_FORMAT = 1;
const MAGIC = Buffer.from('LIAISON-SYNC\n', 'latin1');
const IV_BYTES = 12;
const TAG_BYTES = 16;
const LARGE_BYTES = 8 * 1024 * 1024;

const header = z.object({
  format: z.number().int().positive(),
  app: z.string().max(40),
  schema: z.number().int().nonnegative(),
  group: z.object({ id: z.string().max(64), name: z.string().max(200) }),
  sender: z.object({ node: z.string().regex(/^[0-9A-F]{16}$/), name: z.string().max(200) }),
  /**
   * What the sender holds: the newest stamp it has from each laptop. Every bundle carries all the
   * sender has after the point the recipient is known to hold, so what a laptop holds of each other
   * laptop is everything up to one stamp, and this says it exactly. (A pruned merkle trie, tried
   * first, made a 10,000-change bundle carry 250,000.)
   */
  holds: z.record(z.string().regex(/^[0-9A-F]{16}$/), z.string().max(46)),
  messages: z.number().int().nonnegative(),
  created: z.string().max(40),
});
export type BundleHeader = z.infer<typeof header>;

const refuse = (message: string) => new AppError('invalid_input', message);

/**
 * A bundle file: the header in clear (so a wrong group is named before any key is tried) and the
 * messages, `plain` (the protobuf of @actual-app/crdt, wire.ts), raw-deflated (node's zlib: fflate
 * took 2 s of a first exchange's export), then sealed with AES-256-GCM under the group key with the
 * header as associated data, so neither can be changed unnoticed.
 */
export function writeBundle(head: BundleHeader, plain: Buffer, key: Buffer): Buffer {
  const headBytes = Buffer.from(JSON.stringify(head), 'utf8');
  const prefix = Buffer.alloc(MAGIC.length + 4);
  MAGIC.copy(prefix);
  prefix.writeUInt32BE(headBytes.length, MAGIC.length);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.concat([prefix, headBytes]));
  // A large bundle (a first exchange) at level 1: less than half the time of level 6 for 2% more bytes (44 MB of messages).
  const sealed = Buffer.concat([cipher.update(deflateRawSync(plain, { level: plain.length > LARGE_BYTES ? 1 : 6 })), cipher.final()]);
  return Buffer.concat([prefix, headBytes, iv, sealed, cipher.getAuthTag()]);
}

/** The header alone: which group and laptop a file comes from, before its key is known. */
export function readBundleHeader(file: Buffer): { head: BundleHeader; body: Buffer; aad: Buffer } {
  if (file.length < MAGIC.length + 4 || !file.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw refuse('This is not a Liaison changes file (.liaison-sync).');
  }
  const length = file.readUInt32BE(MAGIC.length);
  const start = MAGIC.length + 4;
  if (length > 1_000_000 || start + length + IV_BYTES + TAG_BYTES > file.length) throw refuse('This changes file is cut short or damaged.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(file.subarray(start, start + length).toString('utf8'));
  } catch {
    throw refuse('This changes file is damaged: its header cannot be read.');
  }
  const format = (parsed as { format?: unknown })?.format;
  if (typeof format === 'number' && format > BUNDLE_FORMAT) {
    throw refuse(`This changes file was made by a newer Liaison (format ${format}; this one reads ${BUNDLE_FORMAT}). Update Liaison, then import it again.`);
  }
  const head = header.safeParse(parsed);
  if (!head.success) throw refuse('This changes file is damaged: its header is not what Liaison writes.');
  return { head: head.data as BundleHeader, body: file.subarray(start + length), aad: file.subarray(0, start + length) };
}

/** The messages, once the group key opens them; a changed byte anywhere fails authentication. */
export function openBundle(file: Buffer, key: Buffer): { head: BundleHeader; messages: MessageRow[] } {
  const { head, body, aad } = readBundleHeader(file);
  const iv = body.subarray(0, IV_BYTES);
  const tag = body.subarray(body.length - TAG_BYTES);
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    plain = Buffer.concat([decipher.update(body.subarray(IV_BYTES, body.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw refuse('This changes file has been altered or damaged since it was made (it does not authenticate). Nothing was imported; ask for a new one.');
  }
  // Inflated in large pieces: in 64 KiB ones, joining them took a third of opening a first exchange's bundle.
  const messages = decodeMessages(inflateRawSync(plain, { chunkSize: Math.min(256 * 1024 * 1024, Math.max(64 * 1024, plain.length * 8)) }));
  return { head, messages };
}
