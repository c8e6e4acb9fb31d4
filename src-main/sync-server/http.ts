import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { create, EncryptedDataSchema, fromBinary, SyncRequestSchema, SyncResponseSchema, MessageEnvelopeSchema, toBinary } from '@actual-app/crdt';
import { z } from 'zod';
import { Timestamp } from '../core/exchange/clock';
import {
  APP_HEADER,
  GROUP_ID,
  MAX_ANSWER_ENVELOPES,
  MAX_ENVELOPE_BYTES,
  MAX_JSON_BODY_BYTES,
  MAX_REQUEST_ENVELOPES,
  MAX_SYNC_BODY_BYTES,
  MORE_HEADER,
  NODE_ID,
  PROOF,
  SCHEMA_HEADER,
  SYNC_PATH,
  TOKEN,
} from '../core/exchange/relay-protocol';
import type { Envelope, GroupStores } from './store';

export interface RelayOptions {
  /** Left open when the server closes: whoever made them closes them. */
  stores: GroupStores;
  appVersion: string;
  schemaVersion: number;
  /** A request body larger than this is refused with 413. */
  maxBodyBytes?: number;
  log?: (line: string) => void;
}

/** An answer other than 200: a status and a short reason in plain text. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const registration = z
  .object({
    node: z.string().regex(NODE_ID),
    name: z.string().trim().min(1).max(80),
    proof: z.string().regex(PROOF),
  })
  .strict();

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The relay: it keeps each group's sealed envelopes and hands every laptop those it lacks. It
 * never holds a group key; what it can read is stamps, node ids and laptop names.
 */
export function relayServer(options: RelayOptions): Server {
  const { stores } = options;
  const maxBody = options.maxBodyBytes ?? MAX_SYNC_BODY_BYTES;
  const log = options.log ?? (() => {});

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://relay');
    const path = url.pathname;
    if (req.method === 'GET' && path === '/health') return text(res, 200, 'ok');
    if (path === SYNC_PATH) {
      if (req.method !== 'POST') throw new Refusal(405, 'Use POST.');
      return sync(req, res);
    }
    const erasures = /^\/groups\/([^/]+)\/erasures$/.exec(path);
    if (erasures) {
      if (req.method !== 'POST') throw new Refusal(405, 'Use POST.');
      return erase(req, res, erasures[1]!);
    }
    const laptops = /^\/groups\/([^/]+)\/laptops(?:\/([^/]+))?$/.exec(path);
    if (laptops) {
      const [, groupId, node] = laptops;
      if (!GROUP_ID.test(groupId!)) throw new Refusal(400, 'Not a group id.');
      if (req.method === 'POST' && node === undefined) return register(req, res, groupId!);
      if (req.method === 'GET' && node === undefined) return list(req, res, groupId!);
      if (req.method === 'DELETE' && node !== undefined) return revoke(req, res, groupId!, node);
      throw new Refusal(405, 'Use POST to register a laptop, GET to list them, DELETE to revoke one.');
    }
    throw new Refusal(404, 'Nothing here.');
  };

  async function register(req: IncomingMessage, res: ServerResponse, groupId: string) {
    let parsed: unknown;
    try {
      parsed = JSON.parse((await body(req, MAX_JSON_BODY_BYTES)).toString('utf8'));
    } catch (error) {
      if (error instanceof Refusal) throw error;
      throw new Refusal(400, 'The body is not JSON.');
    }
    const input = registration.safeParse(parsed);
    if (!input.success) throw new Refusal(400, 'Expected {node, name, proof}.');
    const { node, name, proof } = input.data;
    const store = await stores.getOrCreate(groupId);
    if (!(await store.admits(proof))) throw new Refusal(403, 'This proof is not of the group key.');
    if ((await store.laptop(node))?.revoked) throw new Refusal(403, 'This laptop was revoked from the group on this relay.');
    const token = await store.register(node, name);
    log(`group ${groupId}: laptop ${node} registered`);
    json(res, 201, { token });
  }

  /** The group's laptops and their names, so a laptop can name the others whose changes it receives. */
  async function list(req: IncomingMessage, res: ServerResponse, groupId: string) {
    const store = await stores.get(groupId);
    if (!store) throw new Refusal(404, 'No such group on this relay.');
    if (!(await store.authenticate(bearer(req)))) throw new Refusal(401, 'Wrong or revoked token.');
    json(res, 200, { laptops: (await store.laptops()).map((l) => ({ node: l.node, name: l.name, revoked: l.revoked !== null, lastSync: l.last_sync })) });
  }

  async function revoke(req: IncomingMessage, res: ServerResponse, groupId: string, node: string) {
    if (!NODE_ID.test(node)) throw new Refusal(400, 'Not a laptop id.');
    const store = await stores.get(groupId);
    if (!store) throw new Refusal(404, 'No such group on this relay.');
    const caller = await store.authenticate(bearer(req));
    if (!caller) throw new Refusal(401, 'Wrong or revoked token.');
    if (!(await store.laptop(node))) throw new Refusal(404, 'No such laptop in this group.');
    await store.revoke(node);
    log(`group ${groupId}: laptop ${node} revoked by ${caller.node}`);
    json(res, 200, { revoked: node });
  }

  /** A SyncRequest's body and its envelopes, each checked to be sealed, stamped and of a sane size. */
  async function syncRequest(req: IncomingMessage) {
    const bytes = await body(req, maxBody);
    let request;
    try {
      request = fromBinary(SyncRequestSchema, bytes);
    } catch {
      throw new Refusal(400, 'The body is not a SyncRequest.');
    }
    if (!GROUP_ID.test(request.groupId)) throw new Refusal(400, 'groupId is not a group id.');
    if (request.messages.length > MAX_REQUEST_ENVELOPES) throw new Refusal(413, `At most ${MAX_REQUEST_ENVELOPES} envelopes in one request.`);
    const envelopes: Envelope[] = [];
    for (const m of request.messages) {
      // Plaintext is refused: the relay must never hold a readable change.
      if (!m.isEncrypted) throw new Refusal(400, 'Every envelope must be encrypted.');
      if (m.timestamp.length !== 46 || !Timestamp.parse(m.timestamp)) throw new Refusal(400, 'An envelope carries an unreadable stamp.');
      if (m.content.length > MAX_ENVELOPE_BYTES) throw new Refusal(413, 'An envelope is too large.');
      try {
        fromBinary(EncryptedDataSchema, m.content);
      } catch {
        throw new Refusal(400, 'An envelope is not EncryptedData.');
      }
      envelopes.push({ timestamp: m.timestamp, content: m.content });
    }
    return { request, envelopes };
  }

  /**
   * Cells a laptop erased (a deleted person's values), sealed again without their values: the relay
   * cannot read what it holds, so it takes the laptop's word for which stamps to overwrite. Only a
   * laptop of the group, with its token, can send them; a stamp the relay does not hold is ignored.
   */
  async function erase(req: IncomingMessage, res: ServerResponse, groupId: string) {
    if (!GROUP_ID.test(groupId)) throw new Refusal(400, 'Not a group id.');
    const { request, envelopes } = await syncRequest(req);
    if (request.groupId !== groupId) throw new Refusal(400, 'The body is for another group.');
    const store = await stores.get(groupId);
    if (!store) throw new Refusal(404, 'No such group on this relay.');
    const caller = await store.authenticate(bearer(req));
    if (!caller) throw new Refusal(401, 'Wrong or revoked token.');
    const erased = await store.erase(envelopes);
    if (erased) log(`group ${groupId}: ${caller.node} erased ${erased} values`);
    json(res, 200, { erased });
  }

  async function sync(req: IncomingMessage, res: ServerResponse) {
    const { request, envelopes } = await syncRequest(req);
    const after = sinceOf(request.since);
    const store = await stores.get(request.groupId);
    if (!store) throw new Refusal(404, 'No such group on this relay: register a laptop first.');
    const caller = await store.authenticate(bearer(req));
    if (!caller) throw new Refusal(401, 'Wrong or revoked token.');
    const added = await store.add(envelopes, caller.node);
    const found = await store.since(after, caller.node, MAX_ANSWER_ENVELOPES + 1);
    const trie = await store.trie();
    const more = found.length > MAX_ANSWER_ENVELOPES;
    const answer = create(SyncResponseSchema, {
      messages: found.slice(0, MAX_ANSWER_ENVELOPES).map((e) => create(MessageEnvelopeSchema, { timestamp: e.timestamp, isEncrypted: true, content: e.content })),
      merkle: JSON.stringify(trie),
    });
    if (added || found.length) log(`group ${request.groupId}: ${caller.node} sent ${added} new, got ${Math.min(found.length, MAX_ANSWER_ENVELOPES)}`);
    res.statusCode = 200;
    res.setHeader('content-type', 'application/actual-sync');
    if (more) res.setHeader(MORE_HEADER, '1');
    res.end(toBinary(SyncResponseSchema, answer));
  }

  const server = createServer((req, res) => {
    res.setHeader(APP_HEADER, options.appVersion);
    res.setHeader(SCHEMA_HEADER, String(options.schemaVersion));
    route(req, res).catch((error: unknown) => {
      if (error instanceof Refusal) {
        if (error.status === 413) {
          // The rest of the body is not read: the connection closes once the answer is out.
          res.setHeader('connection', 'close');
          res.on('finish', () => req.destroy());
        }
        text(res, error.status, error.message);
        return;
      }
      log(`error: ${error instanceof Error ? error.message : String(error)}`);
      text(res, 500, 'The relay failed to answer.');
    });
  });
  return server;
}

/** The stamp after which a laptop wants envelopes: an ISO time (everything from it on) or a full stamp (everything after it). */
function sinceOf(since: string): string {
  if (since === '') return '';
  if (ISO.test(since)) return Timestamp.since(since);
  if (since.length === 46 && Timestamp.parse(since)) return since;
  throw new Refusal(400, 'since is neither an ISO time nor a stamp.');
}

function bearer(req: IncomingMessage): string {
  const match = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
  if (!match || !TOKEN.test(match[1]!)) throw new Refusal(401, 'A token is needed: Authorization: Bearer <token>.');
  return match[1]!;
}

/** The request body, refused past `limit` bytes whether or not Content-Length says so. */
async function body(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new Refusal(413, `The body is larger than ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Refusal(413, `The body is larger than ${limit} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function text(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(`${message}\n`);
}

function json(res: ServerResponse, status: number, value: unknown) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(value));
}
