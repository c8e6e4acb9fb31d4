import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, FRAME_ANCESTORS } from '../src-shared/csp';
import { printDocument } from './pdf';
import { APP_HOST, APP_SCHEME } from './security';

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

/** Must run before the app is ready: a standard, secure scheme gets a real origin, fetch and storage, like https. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });

/** app://liaison/… is the built renderer and nothing outside it; app://print/<id> a document being printed to PDF. */
export async function appResponse(url: string, rendererDir: string): Promise<Response> {
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return notFound();
  }
  if (parsed.host === 'print') {
    const html = printDocument(path.slice(1));
    return html === undefined ? notFound() : new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  }
  if (parsed.host !== APP_HOST) return notFound();
  const root = normalize(rendererDir);
  const file = normalize(join(root, path === '/' ? 'index.html' : path));
  if (!file.startsWith(root + sep)) return notFound();
  try {
    const body = await readFile(file);
    return new Response(body, {
      headers: {
        'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${FRAME_ANCESTORS}`,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    return notFound();
  }
}

export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(request.url, rendererDir));
  // Nothing Liaison shows comes from file:, so no page may read a file that way (the web-request filter cancels it too).
  protocol.handle('file', () => new Response('Refused', { status: 403, headers: { 'Content-Type': 'text/plain' } }));
}
