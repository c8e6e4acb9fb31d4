import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLoopback, type LoopbackServer } from '../../src-main/core/loopback';
import { serveConfigFromEnv } from '../../src-main/core/loopback-app';
import type { LiaisonCore } from '../../src-main/core/app';
import { openTestApp, snapshot, tempDir } from './helpers';

const TOKEN = 'test-token-0123456789abcdef';
let core: LiaisonCore;
let server: LoopbackServer;

beforeEach(async () => {
  const renderer = tempDir();
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Liaison</title>');
  mkdirSync(join(renderer, 'assets'));
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  core = await openTestApp();
  server = await startLoopback({ core, rendererDir: renderer, token: TOKEN });
});
afterEach(async () => server.close());

const rpc = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.origin}/rpc/${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('the loopback transport', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token in the fragment', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/#token=${TOKEN}$`));
  });

  it('runs a call and returns its data', async () => {
    const response = await rpc('people.create', { fullName: 'Ana Ionescu', countryCode: 'RO' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { fullName: string; countryName: string } };
    expect(body.data).toMatchObject({ fullName: 'Ana Ionescu', countryName: 'Romania' });
  });

  it('refuses a request without the token or with a wrong one, and touches nothing', async () => {
    const before = snapshot(core);
    const none = await fetch(`${server.origin}/rpc/people.create`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ fullName: 'Intruder' }),
    });
    expect(none.status).toBe(401);
    const wrong = await rpc('people.create', { fullName: 'Intruder' }, { Authorization: 'Bearer wrong-token-0123456789abcd' });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('invalid_input');
    expect((await fetch(`${server.origin}/rpc`)).status).toBe(401);
    expect(snapshot(core)).toEqual(before);
  });

  it('refuses a call from a foreign origin even with the token', async () => {
    const before = snapshot(core);
    const response = await rpc('people.create', { fullName: 'Intruder' }, { Origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    expect(snapshot(core)).toEqual(before);
    const own = await rpc('people.list', {}, { Origin: server.origin });
    expect(own.status).toBe(200);
  });

  it('answers an unknown call, a malformed body and a wrong field with typed errors', async () => {
    const unknown = await rpc('people.explode', {});
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: 'not_found', message: 'Unknown call: people.explode' } });

    const malformed = await rpc('people.create', '{"fullName": ');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe('invalid_input');

    const wrongType = await rpc('people.create', '{}', { 'Content-Type': 'text/plain' });
    expect(wrongType.status).toBe(415);

    const field = await rpc('people.create', { fullName: 'X', emails: ['nope'] });
    expect(field.status).toBe(400);
    const body = (await field.json()) as { error: { code: string; details: { issues: { path: string }[] } } };
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.details.issues[0]!.path).toBe('emails.0');

    const get = await fetch(`${server.origin}/rpc/people.list`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(get.status).toBe(405);
  });

  it('lists every call with its input and output JSON Schema', async () => {
    const response = await fetch(`${server.origin}/rpc`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    const { data } = (await response.json()) as { data: { calls: { name: string; input: { type?: string; properties?: object } }[] } };
    const names = data.calls.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['system.info', 'people.list', 'people.create', 'organisations.update']));
    const create = data.calls.find((c) => c.name === 'people.create')!;
    expect(create.input.type).toBe('object');
    expect(Object.keys(create.input.properties ?? {})).toEqual(expect.arrayContaining(['fullName', 'emails', 'countryCode']));
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const index = await fetch(`${server.origin}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await index.text()).toContain('<title>Liaison</title>');
    expect((await fetch(`${server.origin}/assets/app.js`)).headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${server.origin}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${server.origin}/missing.js`)).status).toBe(404);
  });

  it('pushes data.changed to an event stream', async () => {
    const controller = new AbortController();
    const response = await fetch(`${server.origin}/events`, { headers: { Authorization: `Bearer ${TOKEN}` }, signal: controller.signal });
    const reader = response.body!.getReader();
    await reader.read(); // the connected comment
    await rpc('organisations.create', { name: 'CEPOL', kind: 'international_organisation' });
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toContain('event: data.changed\ndata: {"domains":["organisations"]}');
    controller.abort();
  });
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http, not fetch: fetch refuses to send a foreign Host header or an unencoded path. */
const raw = (options: { method?: string; path: string; headers?: Record<string, string | number>; body?: Buffer | string }) =>
  new Promise<RawResponse>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    // The server may answer (and close) before the whole body is sent; the answer is what we test.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    req.end(options.body);
  });

const errorCode = (response: RawResponse) => (JSON.parse(response.body) as { error: { code: string } }).error.code;

describe('the loopback transport under hostile requests', () => {
  const auth = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };

  it('answers malformed percent-encoding with 400, not 500', async () => {
    const rpcPath = await raw({ method: 'POST', path: '/rpc/%E0%A4%A', headers: auth, body: '{}' });
    expect(rpcPath.status).toBe(400);
    expect(errorCode(rpcPath)).toBe('invalid_input');
    const staticPath = await raw({ path: '/%c0%ae%c0%ae/x' });
    expect(staticPath.status).toBe(400);
    expect(errorCode(staticPath)).toBe('invalid_input');
  });

  it('answers a body over the limit with 413 and an error body, whether announced or streamed', async () => {
    const small = await startLoopback({ core, rendererDir: tempDir(), token: TOKEN, maxBodyBytes: 1024 });
    try {
      const send = (headers: Record<string, string | number>) =>
        new Promise<RawResponse>((resolve, reject) => {
          const req = request({ host: '127.0.0.1', port: small.port, method: 'POST', path: '/rpc/people.create', headers: { ...auth, ...headers } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
          });
          req.on('error', (error: NodeJS.ErrnoException) => {
            if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
          });
          req.end(JSON.stringify({ fullName: 'x'.repeat(200_000) }));
        });
      const announced = await send({});
      expect(announced.status).toBe(413);
      expect(errorCode(announced)).toBe('invalid_input');
      const chunked = await send({ 'Transfer-Encoding': 'chunked' });
      expect(chunked.status).toBe(413);
      expect(errorCode(chunked)).toBe('invalid_input');
    } finally {
      await small.close();
    }
    expect(snapshot(core).people).toEqual([]);
  });

  it('accepts only its own Host names and refuses any other with an error body', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1:1', `127.0.0.2:${server.port}`]) {
      const response = await raw({ path: '/', headers: { Host: host } });
      expect(response.status, host).toBe(421);
      expect(errorCode(response)).toBe('invalid_input');
    }
    const rebound = await raw({ method: 'POST', path: '/rpc/people.list', headers: { ...auth, Host: `attacker.example:${server.port}` }, body: '{}' });
    expect(rebound.status).toBe(421);
    expect((await raw({ path: '/', headers: { Host: `127.0.0.1:${server.port}` } })).status).toBe(200);
    expect((await raw({ path: '/', headers: { Host: `localhost:${server.port}` } })).status).toBe(200);
    const local = await raw({ method: 'POST', path: '/rpc/people.list', headers: { ...auth, Host: `localhost:${server.port}`, Origin: `http://localhost:${server.port}` }, body: '{}' });
    expect(local.status).toBe(200);
  });

  it('isolates its pages and denies every browser feature; a 401 says how to authenticate', async () => {
    for (const path of ['/', '/missing.js']) {
      const response = await raw({ path });
      expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
      const policy = String(response.headers['permissions-policy']);
      for (const feature of ['camera', 'microphone', 'geolocation', 'usb', 'clipboard-read']) expect(policy).toContain(`${feature}=()`);
      expect(policy).not.toMatch(/=\((?!\))/);
    }
    const unauthorised = await raw({ method: 'POST', path: '/rpc/people.list', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(unauthorised.status).toBe(401);
    expect(unauthorised.headers['www-authenticate']).toMatch(/^Bearer /);
    expect(errorCode(unauthorised)).toBe('invalid_input');
  });

  it('closes a connection that never finishes its headers, and caps open connections', async () => {
    const slow = await startLoopback({ core, rendererDir: tempDir(), token: TOKEN, requestTimeoutMs: 300, maxConnections: 2 });
    try {
      const open = () =>
        new Promise<{ closed: Promise<number> }>((resolve) => {
          const socket = connect(slow.port, '127.0.0.1', () => {
            socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n'); // never the blank line that ends the headers
            const started = Date.now();
            resolve({ closed: new Promise((done) => socket.on('close', () => done(Date.now() - started))) });
          });
          socket.on('error', () => undefined);
          socket.resume(); // read the 408, or 'close' never comes
        });
      const first = await open();
      const second = await open();
      const third = await open();
      // The third is over the cap: dropped at once, while the first two wait for the timeout.
      expect(await third.closed).toBeLessThan(250);
      const waited = await Promise.all([first.closed, second.closed]);
      for (const ms of waited) expect(ms).toBeGreaterThanOrEqual(250);
    } finally {
      await slow.close();
    }
  }, 10_000);
});

describe('serve configuration', () => {
  it('reads the port, token and data folder from the environment and refuses bad values', () => {
    expect(serveConfigFromEnv({ LIAISON_PORT: '4321', LIAISON_TOKEN: TOKEN, LIAISON_DATA_DIR: '/tmp/x' })).toEqual({
      port: 4321, token: TOKEN, dataDir: '/tmp/x',
    });
    const random = serveConfigFromEnv({ LIAISON_DATA_DIR: '/tmp/x' });
    expect(random.port).toBe(0);
    expect(random.token.length).toBeGreaterThanOrEqual(32);
    expect(() => serveConfigFromEnv({ LIAISON_PORT: 'http' })).toThrow(/LIAISON_PORT/);
    expect(() => serveConfigFromEnv({ LIAISON_PORT: '70000' })).toThrow(/LIAISON_PORT/);
    expect(() => serveConfigFromEnv({ LIAISON_TOKEN: 'short' })).toThrow(/LIAISON_TOKEN/);
  });
});

describe('the Node version check', () => {
  it('accepts Node 22.12 and later and explains what to do on an older one', async () => {
    const { unsupportedNodeMessage } = await import('../../src-main/node-version');
    expect(unsupportedNodeMessage('24.21.0')).toBeNull();
    expect(unsupportedNodeMessage('22.12.0')).toBeNull();
    expect(unsupportedNodeMessage('22.11.0')).toMatch(/Node 22\.12 or newer.*22\.11\.0.*npm start/);
    expect(unsupportedNodeMessage('20.20.2')).toMatch(/this is Node 20\.20\.2/);
  });
});
