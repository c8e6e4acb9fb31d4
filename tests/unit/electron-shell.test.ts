import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL_PREFIX } from '../../src-shared/bridge';
import { callNames } from '../../src-shared/contract';
import { tempDir } from './helpers';

type Handler = (...args: any[]) => any;

// The Electron binary cannot run here: a stand-in records what the shell asks of it.
const electron = vi.hoisted(() => {
  const appHandlers = new Map<string, Handler[]>();
  const ipcHandlers = new Map<string, Handler[]>();
  const protocolHandlers = new Map<string, Handler>();
  const windows: Array<{ options: any; loaded: string[] }> = [];
  const state = {
    appHandlers, ipcHandlers, protocolHandlers, windows,
    privileged: [] as any[],
    beforeRequest: null as Handler | null,
    dataDir: '',
    keychainBackend: 'gnome_libsecret',
  };
  class BrowserWindow {
    options: any;
    loaded: string[] = [];
    webContents = { send: () => undefined, on: () => undefined, setWindowOpenHandler: () => undefined };
    constructor(options: any) {
      this.options = options;
      windows.push(this);
    }
    static getAllWindows = () => windows;
    once() {}
    show() {}
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  const module = {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      on: (name: string, handler: Handler) => appHandlers.set(name, [...(appHandlers.get(name) ?? []), handler]),
      getPath: () => state.dataDir,
      getVersion: () => '0.0.0-test',
      quit: () => undefined,
      exit: () => undefined,
    },
    BrowserWindow,
    dialog: { showErrorBox: (title: string, message: string) => { throw new Error(`${title}: ${message}`); } },
    ipcMain: { handle: (channel: string, handler: Handler) => ipcHandlers.set(channel, [...(ipcHandlers.get(channel) ?? []), handler]) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: any[]) => state.privileged.push(...schemes),
      handle: (scheme: string, handler: Handler) => protocolHandlers.set(scheme, handler),
    },
    // A keychain that marks what it wraps, as libsecret would on a Linux desktop.
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => state.keychainBackend,
      encryptString: (text: string) => Buffer.from(`sealed:${text}`),
      decryptString: (data: Buffer) => data.toString().replace(/^sealed:/, ''),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined,
        webRequest: { onBeforeRequest: (listener: Handler) => { state.beforeRequest = listener; } },
      },
    },
  };
  return { state, module };
});
vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

const { state } = electron;
let keyFile: any;
const APP_URL = 'app://liaison/index.html';
const frame = (url: string, parent: object | null = null) => ({ senderFrame: { url, parent } });

beforeAll(async () => {
  state.dataDir = tempDir();
  // A packaged app must ignore this: anyone could set it to load a page of their own with the bridge.
  process.env.ELECTRON_RENDERER_URL = 'http://evil.example:5173';
  await import('../../src-main/index');
  await vi.waitFor(() => expect(state.windows).toHaveLength(1), { timeout: 15_000 });
  // The store starts locked until a passphrase is created, as a user would at first start.
  const [create] = state.ipcHandlers.get(`${IPC_CHANNEL_PREFIX}vault.create`)!;
  expect(await create!(frame(APP_URL), { passphrase: 'correct horse battery staple' })).toMatchObject({ ok: true });
  // Read now: the temp folder goes after the first test.
  keyFile = JSON.parse(readFileSync(join(state.dataDir, 'liaison.keys.json'), 'utf8'));
}, 20_000);
afterAll(() => {
  delete process.env.ELECTRON_RENDERER_URL;
  for (const quit of state.appHandlers.get('will-quit') ?? []) quit();
});

describe('the Electron shell against a stand-in electron module', () => {
  it('registers the app: scheme as privileged before ready, and serves the window from it, not from file: or the env', () => {
    expect(state.privileged).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(state.protocolHandlers.has('app')).toBe(true);
    expect(state.windows[0]!.loaded).toEqual([APP_URL]);
  });

  it('gives the window an isolated, sandboxed renderer without Node', () => {
    const { webPreferences } = state.windows[0]!.options;
    expect(webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(webPreferences.preload).toMatch(/preload\.cjs$/);
    expect(webPreferences).not.toHaveProperty('allowRunningInsecureContent', true);
    expect(webPreferences).not.toHaveProperty('nodeIntegrationInSubFrames', true);
  });

  it('wraps the store key with the keychain as well, recording its backend, but never in the key file in clear', () => {
    const ring = keyFile;
    expect(ring.system.backend).toBe('gnome_libsecret');
    expect(Buffer.from(ring.system.data, 'base64').toString()).toMatch(/^sealed:/);
    expect(ring.passphrase).toMatchObject({ kdf: 'argon2id', memoryKiB: 65_536, iterations: 3, parallelism: 1 });
  });

  it('registers every contract call exactly once, and nothing else', () => {
    const channels = [...state.ipcHandlers.keys()];
    expect(channels.sort()).toEqual(callNames.map((name) => `${IPC_CHANNEL_PREFIX}${name}`).sort());
    for (const [channel, handlers] of state.ipcHandlers) expect(handlers, channel).toHaveLength(1);
  });

  it('answers a call from its own top frame and refuses a foreign frame, a subframe and a missing frame', async () => {
    const [info] = state.ipcHandlers.get(`${IPC_CHANNEL_PREFIX}system.info`)!;
    expect(await info!(frame(APP_URL), {})).toMatchObject({ ok: true });
    const [create] = state.ipcHandlers.get(`${IPC_CHANNEL_PREFIX}people.create`)!;
    for (const event of [
      frame('https://evil.example/'),
      frame('http://evil.example:5173/'),
      frame('file:///tmp/page.html'),
      frame('app://print/123'),
      frame(APP_URL, { url: APP_URL }),
      { senderFrame: null },
    ]) {
      expect(await create!(event, { fullName: 'Intruder' }), JSON.stringify(event)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    const people = await state.ipcHandlers.get(`${IPC_CHANNEL_PREFIX}people.list`)![0]!(frame(APP_URL), {});
    expect(people.data.total).toBe(0);
  });

  it('cancels every request but its own pages, data: and blob:, above all file:', () => {
    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      state.beforeRequest!({ url }, (result: { cancel: boolean }) => (answer = result.cancel));
      return answer;
    };
    expect(cancelled('app://liaison/assets/index.js')).toBe(false);
    expect(cancelled('data:text/html;base64,AA==')).toBe(false);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('https://example.org/')).toBe(true);
    expect(cancelled('http://evil.example:5173/index.html')).toBe(true);
  });

  it('guards every web contents created, not only the main window', () => {
    const [created] = state.appHandlers.get('web-contents-created')!;
    const listeners = new Map<string, Handler>();
    let openHandler: Handler | null = null;
    created!({}, { on: (name: string, listener: Handler) => listeners.set(name, listener), setWindowOpenHandler: (h: Handler) => (openHandler = h) });
    expect(openHandler!({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    const prevented = (name: string, url: string) => {
      const event = { prevented: false, preventDefault() { this.prevented = true; } };
      listeners.get(name)!(event, url);
      return event.prevented;
    };
    expect(prevented('will-navigate', 'https://example.org/')).toBe(true);
    expect(prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-navigate', 'app://liaison/index.html#/people')).toBe(false);
    expect(prevented('will-redirect', 'https://example.org/')).toBe(true);
    expect(prevented('will-attach-webview', '')).toBe(true);
  });

  it('refuses file: outright and serves app: from the renderer folder only', async () => {
    const refused = (await state.protocolHandlers.get('file')!({ url: 'file:///etc/passwd' })) as Response;
    expect(refused.status).toBe(403);
    const { appResponse } = await import('../../src-main/app-protocol');
    const renderer = tempDir();
    writeFileSync(join(renderer, 'index.html'), '<title>Liaison</title>');
    mkdirSync(join(renderer, 'assets'));
    writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
    const index = await appResponse('app://liaison/index.html', renderer);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect((await appResponse('app://liaison/assets/app.js', renderer)).headers.get('content-type')).toContain('javascript');
    for (const url of ['app://liaison/..%2f..%2fetc%2fpasswd', 'app://liaison/%E0%A4%A', 'app://other/index.html', 'app://print/unknown']) {
      expect((await appResponse(url, renderer)).status, url).toBe(404);
    }
  });

  it('honours ELECTRON_RENDERER_URL only in an unpackaged app', async () => {
    const { rendererUrlFor } = await import('../../src-main/security');
    expect(rendererUrlFor(true, { ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toBe(APP_URL);
    expect(rendererUrlFor(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toBe('http://localhost:5173');
    expect(rendererUrlFor(false, {})).toBe(APP_URL);
  });
});
