import { app, session, type WebContents } from 'electron';

/** The packaged renderer's origin: a privileged custom scheme, so no page ever runs from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'liaison';
export const PACKAGED_RENDERER_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The dev server only while developing: a packaged app ignores ELECTRON_RENDERER_URL, which anyone could set. */
export function rendererUrlFor(isPackaged: boolean, env: NodeJS.ProcessEnv): string {
  return !isPackaged && env.ELECTRON_RENDERER_URL ? env.ELECTRON_RENDERER_URL : PACKAGED_RENDERER_URL;
}

/** Only the renderer (app://liaison or the dev server) may load in a window and call the main process. */
export function isTrustedUrl(url: string, rendererUrl: string): boolean {
  try {
    const candidate = new URL(url);
    const trusted = new URL(rendererUrl);
    // A non-special scheme has an opaque origin ("null"), so scheme and host are compared instead.
    if (trusted.protocol === `${APP_SCHEME}:`) return candidate.protocol === trusted.protocol && candidate.host === trusted.host;
    return candidate.origin === trusted.origin;
  } catch {
    return false;
  }
}

// blob: carries files the renderer builds itself, such as an exported .ics; data: the printed documents. Never file:.
const LOCAL_SCHEMES = [`${APP_SCHEME}:`, 'devtools:', 'data:', 'blob:'];

/** Nothing leaves the machine: no permission is granted, no new window opens, no navigation away, no file: read. */
export function hardenSession(rendererUrl: string): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  const devServer = rendererUrl.startsWith(`${APP_SCHEME}:`) ? null : new URL(rendererUrl).origin;
  // Any request that is not for our own pages is cancelled: Liaison makes no network calls at run time.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const local = LOCAL_SCHEMES.some((scheme) => details.url.startsWith(scheme)) || (devServer !== null && details.url.startsWith(`${devServer}/`));
    callback({ cancel: !local });
  });
  // Every web contents, not only the main window's: the print window, devtools, anything created later.
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, rendererUrl));
}

export function hardenContents(contents: WebContents, rendererUrl: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url, rendererUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url, rendererUrl)) event.preventDefault();
  });
}
