import { app, type BrowserWindow, session } from 'electron';

/** Only the packaged renderer (or the dev server) may load in a window and call the main process. */
export function isTrustedUrl(url: string, rendererUrl: string): boolean {
  try {
    const candidate = new URL(url);
    const trusted = new URL(rendererUrl);
    if (trusted.protocol === 'file:') return candidate.protocol === 'file:' && candidate.pathname === trusted.pathname;
    return candidate.origin === trusted.origin;
  } catch {
    return false;
  }
}

const LOCAL_SCHEMES = ['file:', 'devtools:', 'data:', 'blob:'];

/** Nothing leaves the machine: no permission is granted, no new window opens, no navigation away. */
export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // Any request that is not for our own files is cancelled: Liaison makes no network calls at run time.
  ses.webRequest.onBeforeRequest((details, callback) => {
    // blob: carries files the renderer builds itself, such as an exported .ics.
    const local = LOCAL_SCHEMES.some((scheme) => details.url.startsWith(scheme)) ||
      (process.env.ELECTRON_RENDERER_URL !== undefined && details.url.startsWith(process.env.ELECTRON_RENDERER_URL));
    callback({ cancel: !local });
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

export function hardenWindow(window: BrowserWindow, rendererUrl: string): void {
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url, rendererUrl)) event.preventDefault();
  });
  window.webContents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url, rendererUrl)) event.preventDefault();
  });
}
