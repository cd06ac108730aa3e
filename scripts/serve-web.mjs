#!/usr/bin/env node
// Serves the web build (out/web) on a loopback address, building it first when it is missing or
// older than its sources (renderer/, seeds/, assets/, the configs), so a code change is never
// served stale. Usage: npm run web   (PORT=5173 by default; WEB_OUT_DIR=out/web by default)
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleReason } from './web-build-stale.mjs';

// WEB_OUT_DIR (same variable as the build) serves a build kept elsewhere.
const root = process.env.WEB_OUT_DIR ? resolve(process.env.WEB_OUT_DIR) + sep : fileURLToPath(new URL('../out/web/', import.meta.url));
const port = Number(process.env.PORT ?? 5173);
const host = '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const stale = staleReason(fileURLToPath(new URL('..', import.meta.url)), root);
if (stale) {
  console.log(`${stale}: running npm run build:web`);
  const result = spawnSync('npm', ['run', 'build:web'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Maps a URL path to a file under root, or null when it would leave root. */
function resolvePath(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const relative = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/, '');
  const file = join(root, relative);
  return file.startsWith(root) || file + sep === root ? file : null;
}

const server = createServer(async (request, response) => {
  const file = resolvePath(request.url ?? '/');
  if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
    response.writeHead(file ? 405 : 400).end();
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  }
});

server.listen(port, host, () => console.log(`Qira'a web build: http://${host}:${port}/`));
