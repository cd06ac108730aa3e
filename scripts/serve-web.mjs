#!/usr/bin/env node
// Serves the web build (out/web) on a loopback address, building it first when it is missing or
// older than its sources (renderer/, seeds/, assets/, the configs), so a code change is never
// served stale. Usage: npm run web   (PORT=5173 by default; WEB_OUT_DIR=out/web by default)
import { spawnSync } from 'node:child_process';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFolder } from './static-server.mjs';
import { staleReason } from './web-build-stale.mjs';

// WEB_OUT_DIR (same variable as the build) serves a build kept elsewhere.
const root = process.env.WEB_OUT_DIR ? resolve(process.env.WEB_OUT_DIR) + sep : fileURLToPath(new URL('../out/web/', import.meta.url));
const port = Number(process.env.PORT ?? 5173);
const host = '127.0.0.1';

const stale = staleReason(fileURLToPath(new URL('..', import.meta.url)), root);
if (stale) {
  console.log(`${stale}: running npm run build:web`);
  const result = spawnSync('npm', ['run', 'build:web'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const server = await serveFolder(root, { port, host });
console.log(`Qira'a web build: ${server.url}`);
