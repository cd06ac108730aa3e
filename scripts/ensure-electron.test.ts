import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureElectron, failureMessage, runInstaller, type InstallerResult } from './ensure-electron.mjs';

const VERSION = '45.4.1';
// Pinned, so the tests read the same on every machine (install.js honours these too).
const ENV = { ELECTRON_INSTALL_PLATFORM: 'linux', ELECTRON_INSTALL_ARCH: 'x64' };
const STACK_LINE = /\n\s+at /;

let electronDir: string;

beforeEach(() => {
  electronDir = mkdtempSync(path.join(tmpdir(), 'qiraa-ensure-electron-'));
  writeFileSync(path.join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', version: VERSION }));
});
afterEach(() => rmSync(electronDir, { recursive: true, force: true }));

/** Lays out what a finished install leaves; each part can be left out or changed. */
function install({ pathTxt = true, binary = true, distVersion = VERSION } = {}) {
  mkdirSync(path.join(electronDir, 'dist'), { recursive: true });
  if (pathTxt) writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
  if (binary) writeFileSync(path.join(electronDir, 'dist', 'electron'), '#!/bin/sh\n', { mode: 0o755 });
  if (distVersion) writeFileSync(path.join(electronDir, 'dist', 'version'), distVersion);
}

/** A loopback port nothing listens on: it was free a moment ago. */
async function refusedPort() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs ensureElectron with an installer that succeeds (or returns `fails`), recording everything. */
async function run(fails?: InstallerResult) {
  const calls: string[] = [];
  let out = '';
  let err = '';
  const code = await ensureElectron({
    electronDir,
    env: ENV,
    runInstaller: async (dir) => {
      calls.push(dir);
      if (fails) return fails;
      install();
      return { status: 0, signal: null };
    },
    write: (text) => (out += text),
    writeError: (text) => (err += text),
  });
  return { code, calls, out, err };
}

describe('ensureElectron', () => {
  it('does nothing and prints nothing when the binary is installed', async () => {
    install();
    expect(await run()).toEqual({ code: 0, calls: [], out: '', err: '' });
  });

  it.each([
    ['path.txt is missing', { pathTxt: false }],
    ['the binary is missing', { binary: false }],
    ['dist/version is another version', { distVersion: '44.0.0' }],
  ])('runs the installer when %s', async (_case, layout) => {
    install(layout);
    const { code, calls, out, err } = await run();
    expect(calls).toEqual([electronDir]);
    expect(code).toBe(0);
    expect(out).toBe('Downloading Electron 45.4.1 for linux-x64 once (about 100 MB); later starts skip this.\n');
    expect(err).toBe('');
  });

  it('runs the installer on a fresh install, where there is no dist/ at all', async () => {
    expect((await run()).calls).toHaveLength(1);
  });

  it.each(['ELECTRON_EXEC_PATH', 'ELECTRON_OVERRIDE_DIST_PATH'])('leaves it to the user who sets %s', async (name) => {
    const calls: string[] = [];
    const code = await ensureElectron({
      electronDir,
      env: { ...ENV, [name]: '/opt/electron' },
      runInstaller: async (dir) => (calls.push(dir), { status: 0, signal: null }),
      write: () => {},
      writeError: () => {},
    });
    expect({ code, calls }).toEqual({ code: 0, calls: [] });
  });

  it('turns a failed download into a short message with the cause and advice, and exits non-zero', async () => {
    const { code, err } = await run({
      status: 1,
      signal: null,
      stack: 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n    at async FetchDownloader.download (x.js:46:30)',
      network: { url: 'https://github.com/electron/electron/releases/download/v45.4.1/electron-v45.4.1-linux-x64.zip', code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND github.com' },
    });
    expect(code).toBe(1);
    expect(err).toContain('Could not download Electron 45.4.1 for linux-x64: the download host github.com could not be reached (ENOTFOUND).');
    expect(err).toContain('ELECTRON_GET_USE_PROXY=1 and HTTPS_PROXY');
    expect(err).toContain('ELECTRON_MIRROR');
    expect(err).toContain('node node_modules/electron/install.js');
    expect(err).toContain('npm run web');
    expect(err).not.toMatch(STACK_LINE);
  });

  it('says so when the installer exits cleanly but leaves no binary', async () => {
    const { code, err } = await run({ status: 0, signal: null });
    expect(code).toBe(1);
    expect(err).toMatch(/the installer finished, but .* holds no Electron 45\.4\.1/);
  });
});

describe('failureMessage', () => {
  const message = (result: Partial<InstallerResult>) =>
    failureMessage({ version: VERSION, target: { platform: 'linux', arch: 'x64' }, result: { status: 1, signal: null, ...result } }).split('\n')[0];
  const fetchFailed = 'TypeError: fetch failed\n    at somewhere (x.js:1:1)';
  const url = 'http://mirror.example/v45.4.1/electron-v45.4.1-linux-x64.zip';

  it.each([
    ['a mirror answering 404', { stack: `HTTPError: Response code 404 (Not Found) for ${url}\n    at x` }, `the server answered 404 (Not Found) for ${url}`],
    ['a refused connection', { stack: fetchFailed, network: { url, code: 'ECONNREFUSED' } }, 'mirror.example refused the connection (ECONNREFUSED)'],
    ['a timeout', { stack: fetchFailed, network: { url, code: 'UND_ERR_CONNECT_TIMEOUT' } }, 'the connection to mirror.example timed out'],
    ['an untrusted certificate', { stack: fetchFailed, network: { url, code: 'SELF_SIGNED_CERT_IN_CHAIN' } }, 'NODE_EXTRA_CA_CERTS'],
    ['a checksum mismatch', { stack: 'Error: Generated checksum for "electron.zip" did not match expected checksum.\n    at x' }, 'did not match'],
    ['an error without a network cause', { stack: 'Error: Electron builds are not available on platform: aix\n    at x' }, 'not available on platform: aix'],
    ['an installer killed by a signal', { status: null, signal: 'SIGTERM' as const }, 'the installer was stopped (SIGTERM)'],
  ])('names %s', (_case, result, expected) => {
    expect(message(result)).toContain(expected);
  });
});

describe('the installer child, end to end', () => {
  it('keeps install.js stack traces from the user and hands the first line to the message', async () => {
    // What install.js does when its download fails.
    writeFileSync(path.join(electronDir, 'install.js'), "console.error(new Error('boom').stack);\nprocess.exit(1);\n");
    let err = '';
    const code = await ensureElectron({
      electronDir,
      env: ENV,
      runInstaller: async (dir) => {
        const result = await runInstaller(dir, { output: 'pipe' });
        err += result.stderr ?? '';
        return result;
      },
      write: () => {},
      writeError: (text) => (err += text),
    });
    expect(code).toBe(1);
    expect(err).toContain('Could not download Electron 45.4.1 for linux-x64: Error: boom.');
    expect(err).not.toMatch(STACK_LINE);
  });

  it('reports the cause of a failed request, which install.js never prints', async () => {
    const port = await refusedPort();
    writeFileSync(
      path.join(electronDir, 'install.js'),
      `fetch('http://127.0.0.1:${port}/v45.4.1/electron.zip').catch((err) => { console.error(err.stack); process.exit(1); });\n`,
    );
    const result = await runInstaller(electronDir, { output: 'pipe' });
    expect(result).toMatchObject({ status: 1, stderr: '', network: { code: 'ECONNREFUSED' } });
    expect(result.stack).toMatch(/^TypeError: fetch failed/);
  });

  it('lets the installer print its ordinary messages', async () => {
    writeFileSync(path.join(electronDir, 'install.js'), "console.error('Official Linux/ia32 support is deprecated.');\n");
    const result = await runInstaller(electronDir, { output: 'pipe' });
    expect(result).toMatchObject({ status: 0, stderr: 'Official Linux/ia32 support is deprecated.\n' });
  });
});
