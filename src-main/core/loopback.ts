import { timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { z } from 'zod';
import { type CallName, type CallSpec, contract, pushEventNames } from '../../src-shared/contract';
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
  /** How long a client may take to send its headers, and its whole request. */
  requestTimeoutMs?: number;
  maxConnections?: number;
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

const STATUS: Record<AppErrorData['code'], number> = { invalid_input: 400, not_found: 404, conflict: 409, internal: 500, locked: 423, read_only: 409 };

// Permissions-Policy has no wildcard: every feature the app could be asked for is named and denied.
const DENIED_FEATURES = [
  'accelerometer', 'ambient-light-sensor', 'autoplay', 'battery', 'bluetooth', 'camera', 'clipboard-read', 'display-capture',
  'document-domain', 'encrypted-media', 'fullscreen', 'gamepad', 'geolocation', 'gyroscope', 'hid', 'idle-detection',
  'interest-cohort', 'local-fonts', 'magnetometer', 'microphone', 'midi', 'payment', 'picture-in-picture',
  'publickey-credentials-get', 'screen-wake-lock', 'serial', 'speaker-selection', 'usb', 'web-share', 'xr-spatial-tracking',
];

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
} as const;

class BodyTooLarge extends Error {}

/** decodeURIComponent throws on malformed escapes such as %E0%A4%A; that is the client's mistake, not ours. */
function decodePath(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** The contract as JSON Schema, for anyone automating Liaison over the loopback. */
export function describeContract() {
  return Object.entries(contract).map(([name, spec]: [string, CallSpec]) => ({
    name,
    summary: spec.summary,
    mutates: spec.mutates,
    ...(spec.mutates ? { changes: spec.changes } : {}),
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
  // Only our own names for ourselves: a page on another host name that resolves to 127.0.0.1 (DNS rebinding) is refused.
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();
  const calls = describeContract();

  const authorised = (req: IncomingMessage) => {
    const got = Buffer.from(req.headers.authorization ?? '');
    return got.length === expected.length && timingSafeEqual(got, expected);
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const fail = (res: ServerResponse, status: number, code: AppErrorData['code'], message: string) =>
    send(res, status, { error: { code, message } });

  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      if (Number(req.headers['content-length'] ?? 0) > maxBody) {
        reject(new BodyTooLarge());
        return;
      }
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBody) {
          // Stop keeping the bytes but keep reading them, so the client gets the answer rather than a reset.
          chunks.length = 0;
          reject(new BodyTooLarge());
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  const serveStatic = async (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 405, 'invalid_input', 'Method not allowed');
    const relative = pathname === '/' ? 'index.html' : decodePath(pathname.slice(1));
    if (relative === null) return fail(res, 400, 'invalid_input', 'Malformed percent-encoding in the path');
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
    const offs = pushEventNames.map((name) =>
      options.core.events.on(name, (payload) => res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`)),
    );
    const keepAlive = setInterval(() => res.write(': ping\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      for (const off of offs) off();
    });
  };

  const refuseBody = (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('Connection', 'close');
    fail(res, 413, 'invalid_input', `The body is larger than ${maxBody} bytes`);
    // Drain what is still coming (bounded by the request timeout) so the client reads the 413 instead of a reset.
    req.resume();
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) return fail(res, 421, 'invalid_input', 'Unknown Host: use 127.0.0.1 with this port');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', origin);
    } catch {
      return fail(res, 400, 'invalid_input', 'Malformed request path');
    }
    const isApi = url.pathname === '/rpc' || url.pathname.startsWith('/rpc/') || url.pathname === '/events';
    if (!isApi) return serveStatic(req, res, url.pathname);

    // A page from another site may reach 127.0.0.1 too; only our own origin (or no browser at all) may call.
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && !allowedOrigins.has(requestOrigin)) return fail(res, 403, 'invalid_input', 'Foreign origin refused');
    if (!authorised(req)) {
      return send(res, 401, { error: { code: 'invalid_input', message: 'Missing or wrong token' } }, { 'WWW-Authenticate': 'Bearer realm="liaison"' });
    }

    if (url.pathname === '/events') return streamEvents(req, res);
    if (url.pathname === '/rpc') {
      if (req.method !== 'GET') return fail(res, 405, 'invalid_input', 'Use GET /rpc to list the calls');
      return send(res, 200, { data: { calls } });
    }
    if (req.method !== 'POST') return fail(res, 405, 'invalid_input', 'Use POST /rpc/<name>');
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('application/json')) return fail(res, 415, 'invalid_input', 'Send the input as application/json');

    const name = decodePath(url.pathname.slice('/rpc/'.length));
    let input: unknown;
    try {
      const raw = await readBody(req);
      input = raw.trim() === '' ? {} : JSON.parse(raw);
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuseBody(req, res);
      return fail(res, 400, 'invalid_input', 'The body is not valid JSON');
    }
    if (name === null) return fail(res, 400, 'invalid_input', 'Malformed percent-encoding in the call name');
    const result = await options.core.dispatch(name as CallName, input);
    if (result.ok) return send(res, 200, { data: result.data });
    return send(res, STATUS[result.error.code], { error: result.error });
  };

  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  // Node checks the timeouts only every connectionsCheckingInterval (30 s by default), which would double them.
  const server: Server = createServer({ connectionsCheckingInterval: Math.max(50, Math.floor(requestTimeout / 6)) }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) fail(res, 500, 'internal', 'Something went wrong inside Liaison');
    });
  });
  // The event stream is a response that stays open; these bound only how long a client may take to send its request.
  server.headersTimeout = requestTimeout;
  server.requestTimeout = requestTimeout;
  server.maxConnections = options.maxConnections ?? 64;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') return reject(new Error('No TCP address'));
      origin = `http://127.0.0.1:${address.port}`;
      allowedHosts = new Set([`127.0.0.1:${address.port}`, `localhost:${address.port}`]);
      allowedOrigins = new Set([...allowedHosts].map((host) => `http://${host}`));
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
