/**
 * Which file an `app://qiraa/...` request may read, and how it is labelled. Pure: the
 * Electron glue that answers requests is in serve-app-protocol.ts.
 */
import path from 'node:path';
import { APP_HOST } from './app-origin';

/** Sent with every response; the page's meta CSP says the same (minus frame-ancestors). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

// Only what a Vite build of the renderer emits; anything else is not served at all.
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export type AppRequestResolution =
  | { ok: true; filePath: string; mimeType: string }
  | { ok: false; status: 400 | 404; reason: string };

type PathApi = Pick<path.PlatformPath, 'join' | 'relative' | 'isAbsolute' | 'extname'>;

const refuse = (status: 400 | 404, reason: string): AppRequestResolution => ({ ok: false, status, reason });

/**
 * Maps `app://qiraa/<path>` to a file inside `rendererRoot`. Only `/` falls back to
 * index.html. Refuses other hosts, `.`/`..` segments (plain or percent-encoded), hidden
 * files, backslashes, encoded separators, NUL, drive letters and unknown file types.
 * `paths` is injectable so the Windows rules can be tested on any platform.
 */
export function resolveAppRequest(url: string, rendererRoot: string, paths: PathApi = path): AppRequestResolution {
  // Parsed by hand: WHATWG URL parsing would silently resolve `..` before we could see it.
  const match = /^app:\/\/([^/?#\\]*)([^?#]*)/i.exec(url);
  if (!match) return refuse(400, 'not an app:// URL');
  const [, host = '', rawPath = ''] = match;
  if (host.toLowerCase() !== APP_HOST) return refuse(404, `unknown host "${host}"`);
  if (rawPath === '' || rawPath === '/') return serve(paths, rendererRoot, ['index.html']);
  if (rawPath.includes('\\')) return refuse(400, 'backslash in path');

  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return refuse(400, 'malformed percent-encoding');
    }
    if (segment === '') return refuse(400, 'empty path segment');
    // A leading dot covers `.`, `..` and hidden files; Windows drops trailing dots and spaces.
    if (segment.startsWith('.') || /[. ]$/.test(segment)) return refuse(400, 'dot segment or hidden file');
    if (/[/\\:\0]/.test(segment)) return refuse(400, 'separator, drive letter or NUL in a segment');
    segments.push(segment);
  }
  return serve(paths, rendererRoot, segments);
}

function serve(paths: PathApi, root: string, segments: string[]): AppRequestResolution {
  const filePath = paths.join(root, ...segments);
  // Belt and braces: the segment rules above should already make escaping impossible.
  if (!isInsideFolder(root, filePath, paths)) return refuse(400, 'path escapes the renderer folder');
  const mimeType = MIME_TYPES[paths.extname(filePath).toLowerCase()];
  if (!mimeType) return refuse(404, 'file type not served');
  return { ok: true, filePath, mimeType };
}

/** True when `filePath` names something strictly inside `folder` (not the folder itself). */
export function isInsideFolder(folder: string, filePath: string, paths: Pick<PathApi, 'relative' | 'isAbsolute'> = path): boolean {
  const relative = paths.relative(folder, filePath);
  // `..x` is a name inside; only a first segment of exactly `..` climbs out.
  return relative !== '' && relative.split(/[\\/]/)[0] !== '..' && !paths.isAbsolute(relative);
}

/** Headers for a file served over `app://`. */
export function appResponseHeaders(mimeType: string): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}
