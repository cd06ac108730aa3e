#!/usr/bin/env node
/**
 * The front door, end to end: `npm ci && npm start` on a fresh clone of HEAD, as a new
 * contributor runs it, without Electron's download host (CI has none).
 *
 *   node scripts/check-front-door.mjs [--verbose]     (npm run check:front-door)
 *
 * --verbose prints what each npm start printed, not only when a check fails.
 *
 * A local HTTP server stands in for Electron's releases (ELECTRON_MIRROR) and serves a zip whose
 * `electron` is a small script: it records how it was started, asks the renderer dev server for
 * the page, and exits, which ends electron-vite. Checks, one `ok` line each:
 *   1. npm ci downloads no Electron (nothing asks the mirror, no path.txt);
 *   2. the first npm start downloads it once and starts it with the app and its dev server;
 *   3. the second npm start downloads nothing;
 *   4. with the binary gone and the mirror unreachable, npm start fails with the short message
 *      from ensure-electron.mjs and no stack trace.
 * Only committed work is checked (it clones HEAD), as CI does. Exits non-zero on any problem.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { zipSync, strToU8 } = createRequire(path.join(ROOT, 'package.json'))('fflate');
const VERBOSE = process.argv.includes('--verbose');
const DEV_SERVER_PORT = 5174; // fixed in electron.vite.config.ts
const started = Date.now();
const seconds = (since = started) => `${((Date.now() - since) / 1000).toFixed(1)}s`;

const work = realpathSync(mkdtempSync(path.join(tmpdir(), 'qiraa-front-door-')));
const clone = path.join(work, 'qiraa');
const record = path.join(work, 'electron-started.json');
const running = new Set();
// Whatever happens, no child outlives the check and the temporary folder goes.
process.on('exit', () => {
  for (const child of running) killGroup(child);
  rmSync(work, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function fail(message, output = '') {
  if (output) process.stderr.write(`${output.trimEnd().split('\n').slice(-40).join('\n')}\n`);
  process.stderr.write(`FAIL ${message}\n`);
  process.exit(1);
}

function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/**
 * Runs a command in its own process group, with stdout and stderr captured together. The group
 * is killed at the timeout, or `grace` ms after `until()` first holds (should electron-vite ever
 * outlive its Electron).
 */
function run(command, args, { cwd, env, timeout, until, graceMs = 15_000 }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let output = '';
    let why = null;
    let grace;
    const stop = (reason) => {
      why ??= reason;
      killGroup(child);
    };
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => stop(`timed out after ${timeout / 1000}s`), timeout);
    const poll = until && setInterval(() => {
      if (grace || !until()) return;
      grace = setTimeout(() => stop('still running after Electron exited'), graceMs);
    }, 500);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(grace);
      clearInterval(poll);
      running.delete(child);
      killGroup(child); // anything the command left behind in its group
      resolve({ code, signal, output, why });
    });
  });
}

/** Scrubs settings that would redirect or skip Electron's download, then adds the check's own. */
function envWith(extra) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^((npm_config|npm_package_config)_)?electron_|^force_no_cache$/i.test(name)));
  return { ...env, CI: 'true', ...extra };
}

/** A loopback port that refuses connections: it was free a moment ago. */
async function refusedPort() {
  const server = createTcpServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function ensurePortFree(port) {
  const server = createTcpServer();
  const error = await new Promise((resolve) => {
    server.once('error', resolve);
    server.listen(port, 'localhost', () => server.close(() => resolve(null)));
  });
  if (error) fail(`port ${port} (the dev server's fixed port) is in use (${error.code}): stop the other npm start first`);
}

// The stand-in Electron. It runs under the same node that runs npm (found on PATH).
const STAND_IN = `#!/usr/bin/env node
const fs = require('node:fs');
const url = process.env.ELECTRON_RENDERER_URL;
const seen = { argv: process.argv.slice(2), cwd: process.cwd(), rendererUrl: url };
fetch(url)
  .then(async (res) => Object.assign(seen, { rendererStatus: res.status, rendererHtml: await res.text() }))
  .catch((err) => Object.assign(seen, { rendererError: String(err.cause?.code ?? err.message) }))
  .finally(() => fs.writeFileSync(process.env.QIRAA_FRONT_DOOR_RECORD, JSON.stringify(seen)));
`;

/**
 * The mirror: logs every request, and once told the version, serves the stand-in zip and its
 * SHASUMS256.txt where @electron/get asks for them (artifact-utils.js: <mirror>v<version>/<file>).
 */
async function startMirror() {
  const files = {};
  const requests = [];
  const server = createServer((req, res) => {
    requests.push(req.url);
    const body = files[req.url];
    res.writeHead(body ? 200 : 404).end(body ?? 'not here');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const serve = (version) => {
    // Real Electron zips hold a `version` file beside the executable; install.js checks it.
    const zip = zipSync({
      electron: [strToU8(STAND_IN), { os: 3, attrs: 0o100755 << 16 }],
      version: strToU8(version),
    });
    const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`;
    files[`/v${version}/${zipName}`] = zip;
    files[`/v${version}/SHASUMS256.txt`] = `${createHash('sha256').update(zip).digest('hex')} *${zipName}\n`;
    return zipName;
  };
  return { url: `http://127.0.0.1:${server.address().port}/`, requests, serve };
}

function readRecord() {
  try {
    return JSON.parse(readFileSync(record, 'utf8'));
  } catch {
    return null;
  }
}

async function npmStart(mirror) {
  rmSync(record, { force: true });
  await ensurePortFree(DEV_SERVER_PORT);
  const result = await run('npm', ['start'], {
    cwd: clone,
    env: envWith({ ELECTRON_MIRROR: mirror, electron_use_remote_checksums: '1', electron_config_cache: path.join(work, 'cache'), QIRAA_FRONT_DOOR_RECORD: record }),
    timeout: 120_000,
    until: () => existsSync(record),
  });
  if (VERBOSE) process.stdout.write(`--- npm start (ELECTRON_MIRROR=${mirror})\n${result.output}---\n`);
  return result;
}

/** Electron was started by npm start with the app, and the renderer's dev server answered. */
function checkStarted(result, what) {
  if (result.code !== 0) fail(`${what}: npm start exited with ${result.why ?? result.code ?? result.signal}`, result.output);
  const seen = readRecord();
  if (!seen) fail(`${what}: npm start never started Electron`, result.output);
  const main = JSON.parse(readFileSync(path.join(clone, 'package.json'), 'utf8')).main;
  if (seen.cwd !== clone || path.resolve(seen.cwd, seen.argv[0] ?? '') !== clone) {
    fail(`${what}: Electron was started with ${JSON.stringify(seen.argv)} in ${seen.cwd}, not with the app in ${clone}`);
  }
  if (main !== 'out/main/index.js' || !existsSync(path.join(clone, main))) fail(`${what}: the app's entry ${main} was not built`);
  if (seen.rendererStatus !== 200 || !/<title>Qira'a<\/title>/.test(seen.rendererHtml) || !seen.rendererHtml.includes('/@vite/client')) {
    fail(`${what}: the renderer dev server at ${seen.rendererUrl} answered ${seen.rendererStatus ?? seen.rendererError}, not the app's page`);
  }
  return seen;
}

// 0. A fresh clone of what is committed.
const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
let step = Date.now();
const cloned = await run('git', ['clone', '--quiet', ROOT, clone], { cwd: work, env: envWith({}), timeout: 60_000 });
if (cloned.code !== 0) fail(`git clone failed (${cloned.why ?? cloned.code})`, cloned.output);

// 1. npm ci downloads no Electron. The mirror is already up, so any download would show.
const electronDir = path.join(clone, 'node_modules', 'electron');
const mirror = await startMirror();
const installed = await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: clone, env: envWith({ ELECTRON_MIRROR: mirror.url }), timeout: 240_000 });
if (installed.code !== 0) fail(`npm ci failed (${installed.why ?? installed.code})`, installed.output);
const { version } = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
if (existsSync(path.join(electronDir, 'path.txt')) || existsSync(path.join(electronDir, 'dist')) || mirror.requests.length > 0) {
  fail(`npm ci downloaded Electron: path.txt or dist/ exists in node_modules/electron, or the mirror saw ${JSON.stringify(mirror.requests)}`, installed.output);
}
const zipName = mirror.serve(version);
console.log(`ok    npm ci on a fresh clone of ${head} downloaded no Electron ${version} (${seconds(step)})`);

// 2. The first npm start downloads Electron once, from the mirror, and starts the app.
step = Date.now();
const first = await npmStart(mirror.url);
const seen = checkStarted(first, 'first npm start');
const zipRequests = mirror.requests.filter((url) => url.endsWith(zipName));
if (zipRequests.length !== 1 || !mirror.requests.some((url) => url.endsWith('/SHASUMS256.txt'))) {
  fail(`first npm start: expected one download of ${zipName} and its SHASUMS256.txt, the mirror saw ${JSON.stringify(mirror.requests)}`);
}
if (!first.output.includes(`Downloading Electron ${version} for ${process.platform}-${process.arch} once`)) {
  fail('first npm start: no line saying Electron is being downloaded', first.output);
}
console.log(`ok    first npm start downloaded Electron ${version} once and started it with the app; ${seen.rendererUrl} answered 200 (${seconds(step)})`);

// 3. The second npm start finds it installed: no request, no download line.
step = Date.now();
const before = mirror.requests.length;
const second = await npmStart(mirror.url);
checkStarted(second, 'second npm start');
if (mirror.requests.length !== before || second.output.includes('Downloading Electron')) {
  fail(`second npm start downloaded again: the mirror saw ${JSON.stringify(mirror.requests.slice(before))}`, second.output);
}
console.log(`ok    second npm start downloaded nothing and started Electron again (${seconds(step)})`);

// 4. Binary gone, mirror unreachable: a short message with advice, no stack, electron-vite not run.
step = Date.now();
rmSync(path.join(electronDir, 'dist', 'electron'));
const unreachable = await npmStart(`http://127.0.0.1:${await refusedPort()}/`);
const expected = ['Could not download Electron', 'refused the connection (ECONNREFUSED)', 'HTTPS_PROXY', 'ELECTRON_MIRROR', 'npm run web'];
if (unreachable.code === 0 || unreachable.why) fail(`npm start with an unreachable mirror ended with ${unreachable.why ?? 'exit code 0'}`, unreachable.output);
const missing = expected.filter((text) => !unreachable.output.includes(text));
if (missing.length > 0) fail(`npm start with an unreachable mirror: the message lacks ${JSON.stringify(missing)}`, unreachable.output);
if (/\n\s+at /.test(unreachable.output)) fail('npm start with an unreachable mirror printed a stack trace', unreachable.output);
if (existsSync(record)) fail('npm start with an unreachable mirror still started electron-vite and Electron');
console.log(`ok    npm start with an unreachable mirror exits ${unreachable.code} with the short message and no stack trace (${seconds(step)})`);

console.log(`Front door checked in ${seconds()}`);
