import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLoopback, type LoopbackServer } from '../../src-main/core/loopback';
import { serveConfigFromEnv } from '../../src-main/core/serve';
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
    const { unsupportedNodeMessage } = await import('../../src-main/core/node-version');
    expect(unsupportedNodeMessage('24.21.0')).toBeNull();
    expect(unsupportedNodeMessage('22.12.0')).toBeNull();
    expect(unsupportedNodeMessage('22.11.0')).toMatch(/Node 22\.12 or newer.*22\.11\.0.*npm start/);
    expect(unsupportedNodeMessage('20.20.2')).toMatch(/this is Node 20\.20\.2/);
  });
});
