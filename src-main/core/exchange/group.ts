import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../src-shared/errors';
import { type KdfParams, passphraseKey } from '../vault/kdf';

/** What every laptop of a group knows about it; the key itself never leaves a laptop, only the passphrase is shared out of band. */
export const groupInfo = z.object({
  id: z.string().uuid(),
  name: z.string().min(1).max(200),
  salt: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  kdf: z.object({ memoryKiB: z.number().int().min(8).max(1_048_576), iterations: z.number().int().min(1).max(20), parallelism: z.number().int().min(1).max(8) }),
  /** An HMAC of a fixed text under the key: a wrong passphrase is refused at join instead of making unreadable bundles. */
  check: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/),
});
export type GroupInfo = z.infer<typeof groupInfo>;

const CODE_PREFIX = 'LIAISON-GROUP-1:';

const checkOf = (key: Buffer) => createHmac('sha256', key).update('liaison exchange group key').digest('base64url').slice(0, 22);

export async function groupKey(info: Pick<GroupInfo, 'salt' | 'kdf'>, passphrase: string): Promise<Buffer> {
  return passphraseKey(passphrase, Buffer.from(info.salt, 'base64url'), info.kdf);
}

export async function newGroup(name: string, passphrase: string, kdf: KdfParams): Promise<{ info: GroupInfo; key: Buffer }> {
  const base = { id: randomUUID(), name, salt: randomBytes(16).toString('base64url'), kdf };
  const key = await groupKey(base, passphrase);
  return { info: { ...base, check: checkOf(key) }, key };
}

/** The join code (or the text of a join file) another laptop types or opens to join. */
export const joinCodeOf = (info: GroupInfo): string => CODE_PREFIX + Buffer.from(JSON.stringify(info)).toString('base64url');

export async function joinGroup(code: string, passphrase: string): Promise<{ info: GroupInfo; key: Buffer }> {
  const text = code.trim();
  if (!text.startsWith(CODE_PREFIX)) throw new AppError('invalid_input', 'This is not a Liaison group join code: it starts with LIAISON-GROUP-1:', { field: 'code' });
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text.slice(CODE_PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    throw new AppError('invalid_input', 'The join code is incomplete or mistyped.', { field: 'code' });
  }
  const info = groupInfo.safeParse(parsed);
  if (!info.success) throw new AppError('invalid_input', 'The join code is incomplete or mistyped.', { field: 'code' });
  const key = await groupKey(info.data, passphrase);
  if (checkOf(key) !== info.data.check) {
    throw new AppError('invalid_input', 'This is not the passphrase of the group. Ask its coordinator for it again.', { field: 'passphrase' });
  }
  return { info: info.data, key };
}
