/**
 * Serves the built renderer over `app://qiraa/`, so the page gets a real, secure origin
 * (not `file://`) and every response carries our CSP.
 */
import { readFile, realpath } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { appResponseHeaders, isInsideFolder, resolveAppRequest } from './app-protocol';

/** Must run before the app's 'ready' event; Chromium fixes scheme privileges at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // standard: relative URLs and an origin; secure: a secure context; supportFetchAPI: fetch().
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Call after 'ready'. `rendererRoot` is out/renderer (inside app.asar when packaged). */
export function serveAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request, rendererRoot));
}

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function respondToAppRequest(
  request: Pick<Request, 'method' | 'url'>,
  rendererRoot: string,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed');
  const resolution = resolveAppRequest(request.url, rendererRoot);
  if (!resolution.ok) return plain(resolution.status, resolution.reason);
  let bytes: Buffer;
  try {
    // The URL rules keep the path inside, but a symlink could still point out: compare real
    // paths. Electron's fs resolves (and reads) inside app.asar transparently.
    const [realRoot, realFile] = await Promise.all([realpath(rendererRoot), realpath(resolution.filePath)]);
    if (!isInsideFolder(realRoot, realFile)) return plain(404, 'not found');
    bytes = await readFile(realFile);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const missing = code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
    return missing ? plain(404, 'not found') : plain(500, 'could not read file');
  }
  const body = request.method === 'HEAD' ? null : new Uint8Array(bytes);
  return new Response(body, { status: 200, headers: appResponseHeaders(resolution.mimeType) });
}
