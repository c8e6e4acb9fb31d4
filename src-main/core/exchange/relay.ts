import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import {
  create,
  EncryptedDataSchema,
  fromBinary,
  merkle,
  MessageEnvelopeSchema,
  MessageSchema,
  SyncRequestSchema,
  SyncResponseSchema,
  toBinary,
} from '@actual-app/crdt';
import { z } from 'zod';
import { AppError } from '../../../src-shared/errors';
import { nowIso } from '../ids';
import type { Store } from '../store/open';
import { applyMessages } from './apply';
import { Timestamp, type TrieNode } from './clock';
import type { GroupInfo } from './group';
import type { ExchangeLog } from './log';
import { erasuresPath, laptopsPath, MAX_REQUEST_ENVELOPES, MORE_HEADER, NODE_ID, PROOF_INFO, SYNC_PATH, TOKEN } from './relay-protocol';
import type { MessageRow } from './writer';

/** One request's wait for the relay: an office network answers in far less, a dead one never. */
export const RELAY_TIMEOUT_MS = 30_000;
/** Rounds of "send, receive, compare tries" before a sync stops without agreement (a message held back never agrees). */
const MAX_ROUNDS = 8;
/** Pages of an answer cut short by the relay, per round: 200 × 5,000 envelopes is a directory far larger than any task force's. */
const MAX_PAGES = 200;
const IV_BYTES = 12;
/** A stamp after every other: a request with it as `since` only sends. */
const ONLY_SEND = Timestamp.max.toString();

/** The sync point: every message after this stamp is sent at the next sync (all of them before the first). */
const SINCE_KEY = 'relay.since';

/** What the laptop keeps about its relay, as JSON in exchange_state under 'relay'. */
const relayState = z.object({
  url: z.string().max(200),
  token: z.string().regex(TOKEN),
  lastSync: z.string().max(40).nullable(),
  /** Whether the last attempt reached the relay. */
  reachable: z.boolean(),
});
export type RelayState = z.infer<typeof relayState>;

export interface RelayTarget {
  url: string;
  token: string;
  key: Buffer;
  groupId: string;
  node: string;
  name: string;
  timeoutMs?: number;
}

export interface RelaySync {
  sent: number;
  received: number;
  conflicts: number;
  at: string;
}

export function readRelay(log: ExchangeLog): RelayState | null {
  const text = log.state('relay');
  if (!text) return null;
  const parsed = relayState.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

function saveRelay(db: Store, log: ExchangeLog, state: RelayState | null): void {
  db.transaction(() => {
    // Another relay, or none: it holds none of what was sent to the last one.
    if (state?.url !== readRelay(log)?.url) log.writer.state(SINCE_KEY, null);
    log.writer.state('relay', state && JSON.stringify(state));
  })();
}

/** The server part of `exchange.status`. */
export function relayStatus(log: ExchangeLog): { url: string; lastSync: string | null; reachable: boolean } | null {
  const state = readRelay(log);
  return state ? { url: state.url, lastSync: state.lastSync, reachable: state.reachable } : null;
}

/** What a laptop shows the relay to register: derived from the group key, so the relay learns nothing it could decrypt with. */
export const relayProof = (key: Buffer): string => Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), PROOF_INFO, 32)).toString('base64');

/** The stamp and group are the associated data: the relay cannot move a sealed value to another cell's stamp or group unnoticed. */
const aadOf = (groupId: string, timestamp: string) => Buffer.from(`liaison relay\u0000${groupId}\u0000${timestamp}`, 'utf8');

export function seal(key: Buffer, groupId: string, m: MessageRow): Uint8Array {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aadOf(groupId, m.timestamp));
  // An erased value travels as '' (never valid JSON), as in a bundle.
  const plain = toBinary(MessageSchema, create(MessageSchema, { dataset: m.dataset, row: m.row, column: m.column, value: m.value ?? '' }));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return toBinary(EncryptedDataSchema, create(EncryptedDataSchema, { iv, authTag: cipher.getAuthTag(), data }));
}

export function unseal(key: Buffer, groupId: string, timestamp: string, content: Uint8Array): MessageRow {
  let plain: Buffer;
  try {
    const sealed = fromBinary(EncryptedDataSchema, content);
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv);
    decipher.setAAD(aadOf(groupId, timestamp));
    decipher.setAuthTag(sealed.authTag);
    plain = Buffer.concat([decipher.update(sealed.data), decipher.final()]);
  } catch {
    throw new AppError('invalid_input', 'A change on the relay does not authenticate under the group key: it was altered, or sealed by another group. Nothing was applied.');
  }
  const m = fromBinary(MessageSchema, plain);
  return { timestamp, dataset: m.dataset, row: m.row, column: m.column, value: m.value === '' ? null : m.value };
}

const endpoint = (url: string, path: string) => url.replace(/\/+$/, '') + path;

/** A request to the relay; its refusals become messages a coordinator can act on. */
async function request(url: string, path: string, init: RequestInit, timeoutMs = RELAY_TIMEOUT_MS): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(endpoint(url, path), { ...init, signal: AbortSignal.timeout(timeoutMs) }).catch((error: unknown) => {
      // Once more on a failure that is not a timeout: a kept-alive connection the relay had just closed
      // fails a request now and then (seen once in the 1.6-million-message bench). Every request is
      // safe to repeat: the relay keeps each stamp once, and a laptop registering again gets a new token.
      if ((error as { name?: string }).name === 'TimeoutError') throw error;
      return fetch(endpoint(url, path), { ...init, signal: AbortSignal.timeout(timeoutMs) });
    });
  } catch (error) {
    const timedOut = (error as { name?: string }).name === 'TimeoutError';
    throw new AppError(
      'invalid_input',
      timedOut
        ? `The sync server at ${url} did not answer within ${Math.round(timeoutMs / 1000)} seconds.`
        : `The sync server at ${url} could not be reached. Check the address and that this laptop is on the office network.`,
      { unreachable: true },
    );
  }
  if (response.ok) return response;
  const reason = (await response.text().catch(() => '')).trim().slice(0, 200);
  const message =
    response.status === 401
      ? 'The sync server no longer accepts this laptop (it was revoked, or the server was reset). Set the server again to register.'
      : response.status === 403
        ? `The sync server refused this laptop: ${reason}`
        : response.status === 404
          ? 'The sync server does not know this group (it was reset or is another server). Set the server again to register.'
          : `The sync server refused the request (${response.status}): ${reason}`;
  throw new AppError('invalid_input', message, { status: response.status });
}

/** Registers this laptop with the relay and returns its token; the first laptop of a group creates the group there. */
export async function registerLaptop(serverUrl: string, groupId: string, key: Buffer, node: string, name: string, timeoutMs?: number): Promise<string> {
  const response = await request(
    serverUrl,
    laptopsPath(groupId),
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ node, name: name.slice(0, 80), proof: relayProof(key) }) },
    timeoutMs,
  );
  const answer = z.object({ token: z.string().regex(TOKEN) }).safeParse(await response.json().catch(() => null));
  if (!answer.success) throw new AppError('invalid_input', `The server at ${serverUrl} is not a Liaison sync server.`);
  return answer.data.token;
}

/** Revokes a laptop's token on the relay (any laptop of the group may). */
export async function revokeLaptop(serverUrl: string, groupId: string, token: string, node: string, timeoutMs?: number): Promise<void> {
  await request(serverUrl, `${laptopsPath(groupId)}/${node}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } }, timeoutMs);
}

/** One POST /sync: envelopes out, envelopes and the relay's trie back. */
async function exchange(target: RelayTarget, messages: readonly MessageRow[], since: string) {
  const body = toBinary(
    SyncRequestSchema,
    create(SyncRequestSchema, {
      groupId: target.groupId,
      since,
      messages: messages.map((m) => create(MessageEnvelopeSchema, { timestamp: m.timestamp, isEncrypted: true, content: seal(target.key, target.groupId, m) })),
    }),
  );
  const response = await request(
    target.url,
    SYNC_PATH,
    { method: 'POST', headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/actual-sync' }, body },
    target.timeoutMs,
  );
  let answer;
  try {
    answer = fromBinary(SyncResponseSchema, new Uint8Array(await response.arrayBuffer()));
  } catch {
    throw new AppError('invalid_input', `The server at ${target.url} answered something that is not a sync response.`);
  }
  return {
    messages: answer.messages.map((e) => unseal(target.key, target.groupId, e.timestamp, e.content)),
    trie: parseTrie(answer.merkle),
    more: response.headers.get(MORE_HEADER) === '1',
  };
}

const laptopList = z.object({ laptops: z.array(z.object({ node: z.string().regex(NODE_ID), name: z.string().max(80) })).max(1000) });

/** The names the laptops of the group registered with, so changes received are named by who made them. */
async function laptopNames(target: RelayTarget): Promise<Array<{ node: string; name: string }>> {
  const response = await request(target.url, laptopsPath(target.groupId), { headers: { authorization: `Bearer ${target.token}` } }, target.timeoutMs);
  const parsed = laptopList.safeParse(await response.json().catch(() => null));
  return parsed.success ? parsed.data.laptops : [];
}

function parseTrie(text: string): TrieNode {
  try {
    const trie = JSON.parse(text) as unknown;
    if (trie && typeof trie === 'object') return trie as TrieNode;
  } catch {
    // refused below
  }
  throw new AppError('invalid_input', 'The sync server sent an unreadable summary of what it holds.');
}

/**
 * Sends this laptop's log after the last sync point and applies what the other laptops sent; then
 * compares tries with the relay and goes again from where they first differ (messages a file
 * brought, or a laptop whose clock was behind), until they agree or a round teaches nothing new.
 */
export async function syncWithRelay(db: Store, log: ExchangeLog, target: RelayTarget): Promise<RelaySync> {
  // Next time from when this one began: what is made during it is sent then.
  const started = Timestamp.since(nowIso());
  const nameOf = db.prepare<[string], { name: string }>('SELECT name FROM exchange_laptops WHERE node = ?');
  const result = { sent: 0, received: 0, conflicts: 0 };

  const apply = (messages: MessageRow[]): number => {
    if (!messages.length) return 0;
    const byNode = new Map<string, MessageRow[]>();
    for (const m of messages) {
      const node = m.timestamp.slice(-16);
      byNode.set(node, [...(byNode.get(node) ?? []), m]);
    }
    let received = 0;
    // One transaction for all senders: a row and its parent from two laptops are checked together at commit.
    db.transaction(() => {
      for (const [node, list] of byNode) {
        const r = applyMessages(db, log, list, { node, name: nameOf.get(node)?.name ?? '' });
        received += r.received;
        result.conflicts += r.conflicts;
      }
    })();
    log.refreshTrie();
    result.received += received;
    return received;
  };

  let since = log.state(SINCE_KEY) ?? '';
  let lastDiff: number | null = null;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    // The backlog goes in batches that only send; the last batch also asks for what the others sent.
    // The log is kept in cell order: what is after the sync point is read once, in stamp order, then sent a batch at a time.
    // Reading the log after a stamp scans all of it (0.35 s at 1.6 million messages): not when it holds nothing newer.
    const backlog = Object.values(log.holds()).some((newest) => newest > since) ? log.messagesAfter(since) : [];
    let page = backlog.slice(0, MAX_REQUEST_ENVELOPES);
    for (let at = MAX_REQUEST_ENVELOPES; page.length === MAX_REQUEST_ENVELOPES; at += MAX_REQUEST_ENVELOPES) {
      await exchange(target, page, ONLY_SEND);
      result.sent += page.length;
      page = backlog.slice(at, at + MAX_REQUEST_ENVELOPES);
    }
    let answer = await exchange(target, page, since);
    result.sent += page.length;
    let learned = apply(answer.messages);
    for (let pages = 1; answer.more && answer.messages.length && pages < MAX_PAGES; pages++) {
      answer = await exchange(target, [], answer.messages.at(-1)!.timestamp);
      learned += apply(answer.messages);
    }
    const diff = merkle.diff(log.trie(), answer.trie);
    if (diff === null) break;
    // The same place again with nothing new: what differs is held back here (a clock far ahead, a newer Liaison's column).
    if (diff === lastDiff && learned === 0) break;
    lastDiff = diff;
    since = Timestamp.since(new Date(diff).toISOString());
  }
  await sendErasures(db, log, target);
  const names = await laptopNames(target);
  db.transaction(() => {
    log.writer.state(SINCE_KEY, started);
    for (const l of names) if (l.node !== log.node) log.writer.laptop({ node: l.node, name: l.name });
  })();
  return { ...result, at: nowIso() };
}

/**
 * Cells erased here after the relay had them (a deleted person's values): sealed again without their
 * values, so the relay overwrites what it held. A deletion that came from another laptop is sent
 * too: whichever laptop reaches the relay first erases there.
 */
async function sendErasures(db: Store, log: ExchangeLog, target: RelayTarget): Promise<void> {
  for (;;) {
    const cells = log.erasedCells(MAX_REQUEST_ENVELOPES);
    if (!cells.length) return;
    const body = toBinary(
      SyncRequestSchema,
      create(SyncRequestSchema, {
        groupId: target.groupId,
        since: '',
        messages: cells.map(({ message }) =>
          create(MessageEnvelopeSchema, { timestamp: message.timestamp, isEncrypted: true, content: seal(target.key, target.groupId, message) }),
        ),
      }),
    );
    await request(
      target.url,
      erasuresPath(target.groupId),
      { method: 'POST', headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/actual-sync' }, body },
      target.timeoutMs,
    );
    db.transaction(() => log.writer.erasedSent(cells.map((c) => c.stamp)))();
    if (cells.length < MAX_REQUEST_ENVELOPES) return;
  }
}

/** `exchange.setServer`: registers this laptop with the relay and keeps its address and token; null forgets the relay. */
export async function setRelayServer(
  db: Store,
  log: ExchangeLog,
  args: { url: string | null; group: GroupInfo | null; key: Buffer | null; name: string },
): Promise<void> {
  if (args.url === null) return saveRelay(db, log, null);
  if (!args.group || !args.key) throw new AppError('invalid_input', 'Create or join an exchange group before choosing its sync server.');
  const url = args.url.replace(/\/+$/, '');
  const token = await registerLaptop(url, args.group.id, args.key, log.node, args.name);
  db.transaction(() => {
    saveRelay(db, log, { url, token, lastSync: null, reachable: true });
    // Registered anew: the relay may have been reset, so everything goes again (it keeps each stamp once),
    // erased cells without their values already.
    log.writer.state(SINCE_KEY, null);
    log.writer.forgetErased();
  })();
}

const running = new WeakMap<Store, Promise<RelaySync>>();

/** `exchange.syncNow`: one sync at a time per store; a second request joins the one under way. */
export function syncNow(db: Store, log: ExchangeLog, args: { group: GroupInfo | null; key: Buffer | null; name: string }): Promise<RelaySync> {
  const under = running.get(db);
  if (under) return under;
  const sync = (async () => {
    const state = readRelay(log);
    if (!state) throw new AppError('invalid_input', 'No sync server is set for this laptop: set one first, or exchange by file.');
    if (!args.group || !args.key) throw new AppError('invalid_input', 'This laptop is not in an exchange group yet: create one or join one first.');
    try {
      const done = await syncWithRelay(db, log, { url: state.url, token: state.token, key: args.key, groupId: args.group.id, node: log.node, name: args.name });
      saveRelay(db, log, { ...state, lastSync: done.at, reachable: true });
      return done;
    } catch (error) {
      const unreachable = error instanceof AppError && error.details?.unreachable === true;
      if (db.open && readRelay(log)) saveRelay(db, log, { ...state, reachable: !unreachable });
      throw error;
    }
  })();
  running.set(db, sync);
  return sync.finally(() => running.delete(db));
}
