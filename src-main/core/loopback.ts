import { timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { z } from 'zod';
import { contract, type CallName } from '../../src-shared/contract';
import { CONTENT_SECURITY_POLICY, FRAME_ANCESTORS } from '../../src-shared/csp';
import type { AppErrorData } from '../../src-shared/errors';
import type { LiaisonCore } from './app';

export interface LoopbackOptions {
  core: Pick<LiaisonCore, 'dispatch' | 'events'>;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  token: string;
  port?: number;
  maxBodyBytes?: number;
}

export interface LoopbackServer {
  url: string;
  origin: string;
  port: number;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const STATUS: Record<AppErrorData['code'], number> = { invalid_input: 400, not_found: 404, conflict: 409, internal: 500 };

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/** The contract as JSON Schema, for anyone automating Liaison over the loopback. */
export function describeContract() {
  return Object.entries(contract).map(([name, spec]) => ({
    name,
    summary: spec.summary,
    mutates: spec.mutates,
    input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
    output: z.toJSONSchema(spec.output, { io: 'output', unrepresentable: 'any' }),
  }));
}

/**
 * Serves the renderer and the contract on 127.0.0.1 only. Every /rpc and /events
 * request needs the per-run bearer token, and a browser request from another origin is refused.
 */
export function startLoopback(options: LoopbackOptions): Promise<LoopbackServer> {
  const expected = Buffer.from(`Bearer ${options.token}`);
  const maxBody = options.maxBodyBytes ?? 16 * 1024 * 1024;
  let origin = '';
  const calls = describeContract();

  const authorised = (req: IncomingMessage) => {
    const got = Buffer.from(req.headers.authorization ?? '');
    return got.length === expected.length && timingSafeEqual(got, expected);
  };

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const fail = (res: ServerResponse, status: number, code: AppErrorData['code'], message: string) =>
    send(res, status, { error: { code, message } });

  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBody) {
          reject(new Error('too large'));
          req.destroy();
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  const serveStatic = async (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 405, 'invalid_input', 'Method not allowed');
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
    const file = normalize(join(options.rendererDir, relative));
    if (!file.startsWith(normalize(options.rendererDir) + sep)) return fail(res, 404, 'not_found', 'Not found');
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${FRAME_ANCESTORS}`,
        'X-Frame-Options': 'DENY',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      fail(res, 404, 'not_found', 'Not found');
    }
  };

  const streamEvents = (req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const off = options.core.events.on('data.changed', (payload) => {
      res.write(`event: data.changed\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const keepAlive = setInterval(() => res.write(': ping\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      off();
    });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', origin);
    const isApi = url.pathname === '/rpc' || url.pathname.startsWith('/rpc/') || url.pathname === '/events';
    if (!isApi) return serveStatic(req, res, url.pathname);

    // A page from another site may reach 127.0.0.1 too; only our own origin (or no browser at all) may call.
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) return fail(res, 403, 'invalid_input', 'Foreign origin refused');
    if (!authorised(req)) return fail(res, 401, 'invalid_input', 'Missing or wrong token');

    if (url.pathname === '/events') return streamEvents(req, res);
    if (url.pathname === '/rpc') {
      if (req.method !== 'GET') return fail(res, 405, 'invalid_input', 'Use GET /rpc to list the calls');
      return send(res, 200, { data: { calls } });
    }
    if (req.method !== 'POST') return fail(res, 405, 'invalid_input', 'Use POST /rpc/<name>');
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('application/json')) return fail(res, 415, 'invalid_input', 'Send the input as application/json');

    let input: unknown;
    try {
      const raw = await readBody(req);
      input = raw.trim() === '' ? {} : JSON.parse(raw);
    } catch {
      return fail(res, 400, 'invalid_input', 'The body is not valid JSON');
    }
    const name = decodeURIComponent(url.pathname.slice('/rpc/'.length)) as CallName;
    const result = await options.core.dispatch(name, input);
    if (result.ok) return send(res, 200, { data: result.data });
    return send(res, STATUS[result.error.code], { error: result.error });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) fail(res, 500, 'internal', 'Something went wrong inside Liaison');
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') return reject(new Error('No TCP address'));
      origin = `http://127.0.0.1:${address.port}`;
      resolve({
        origin,
        port: address.port,
        url: `${origin}/#token=${options.token}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
