#!/usr/bin/env node
/**
 * Makes sure the Electron binary is on disk before `electron-vite dev` / `preview` needs it.
 *
 *   node scripts/ensure-electron.mjs      (run by `npm start` and `npm run preview`)
 *
 * Since Electron 42 the `electron` package no longer downloads its binary when it is installed;
 * it does so on first use, from its index.js. electron-vite 6.0.0 reads
 * node_modules/electron/path.txt itself and never triggers that download, so on a fresh clone
 * `npm start` failed with "Error: Electron uninstall" (electron-vite issue #904). This pre-step
 * can go once electron-vite ships the fix (pull request #905).
 *
 * Present: does nothing and prints nothing. Missing: says so in one line and runs Electron's own
 * installer (so ELECTRON_MIRROR, electron_config_cache, electron_use_remote_checksums,
 * ELECTRON_GET_USE_PROXY with HTTPS_PROXY all apply); if that fails, prints what failed and what
 * to do instead of a stack trace, and exits non-zero.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(HERE, 'electron-installer-child.mjs');

/** The platform and architecture install.js downloads for (it reads the same variables). */
export function installTarget(env = process.env) {
  return {
    platform: env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform,
    arch: env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || process.arch,
  };
}

// Where the executable sits inside dist/, as install.js's getPlatformPath() has it.
const EXECUTABLES = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  mas: 'Electron.app/Contents/MacOS/Electron',
  linux: 'electron',
  freebsd: 'electron',
  openbsd: 'electron',
  win32: 'electron.exe',
};

/**
 * The same test as isInstalled() in node_modules/electron/install.js: dist/version is the
 * package's version, path.txt names this platform's executable, and that executable exists.
 */
export function isElectronInstalled(electronDir, env = process.env) {
  const read = (file) => readFileSync(path.join(electronDir, file), 'utf8');
  try {
    const { version } = JSON.parse(read('package.json'));
    if (read('dist/version').trim().replace(/^v/, '') !== version) return false;
    const executable = read('path.txt');
    const platform = env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform;
    if (executable !== EXECUTABLES[platform]) return false;
    return existsSync(path.join(electronDir, 'dist', executable));
  } catch {
    return false;
  }
}

const CERTIFICATE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/;

/** Why the download failed, in words, from the installer's error and the last failed request. */
export function failureReason({ stack, network, status, signal }) {
  const firstLine = stack?.split('\n')[0].trim() ?? '';
  const http = /Response code (\d+) \(([^)]*)\) for (\S+)/.exec(firstLine);
  if (http) return `the server answered ${http[1]} (${http[2]}) for ${http[3]}`;
  if (/checksum/i.test(firstLine)) return "the downloaded file did not match Electron's published checksum";
  if (network) {
    const host = hostOf(network.url);
    const code = network.code;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `the download host ${host} could not be reached (${code})`;
    if (code === 'ECONNREFUSED') return `${host} refused the connection (${code})`;
    if (/TIMEDOUT|TIMEOUT/.test(code ?? '')) return `the connection to ${host} timed out (${code})`;
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `the connection to ${host} was cut (${code})`;
    if (CERTIFICATE.test(code ?? '')) {
      return `${host}'s HTTPS certificate was not trusted (${code}); if your network inspects HTTPS, point NODE_EXTRA_CA_CERTS at its certificate`;
    }
    return `the request to ${network.url} failed: ${network.message}${code ? ` (${code})` : ''}`;
  }
  if (firstLine) return firstLine;
  return signal ? `the installer was stopped (${signal})` : `the installer exited with code ${status}`;
}

function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return 'the download host';
  }
}

/** The message a user sees when the download fails: what failed, then what to do. */
export function failureMessage({ version, target, result }) {
  const firstLine = result.stack?.split('\n')[0].trim();
  return [
    `Could not download Electron ${version} for ${target.platform}-${target.arch}: ${failureReason(result)}.`,
    ...(firstLine ? [`  (the installer said: ${firstLine})`] : []),
    'What you can do:',
    '  - behind a proxy: set ELECTRON_GET_USE_PROXY=1 and HTTPS_PROXY=http://your-proxy:port, then try again;',
    '  - if the download host is blocked: set ELECTRON_MIRROR to a mirror of Electron releases',
    '    (for example ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/);',
    '  - or run the installer by hand: node node_modules/electron/install.js',
    '  - the browser version needs no Electron: npm run web',
    '',
  ].join('\n');
}

/**
 * Decides and acts; returns the exit code. Dependencies are passed in so tests can use a fake
 * electron package and a fake installer: runInstaller(electronDir) resolves to
 * { status, signal, stack?, network? }.
 */
export async function ensureElectron({ electronDir, runInstaller, write, writeError, env = process.env }) {
  if (env.ELECTRON_EXEC_PATH || env.ELECTRON_OVERRIDE_DIST_PATH) return 0; // the user brings their own
  if (isElectronInstalled(electronDir, env)) return 0;

  const { version } = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
  const target = installTarget(env);
  write(`Downloading Electron ${version} for ${target.platform}-${target.arch} once (about 100 MB); later starts skip this.\n`);
  const result = await runInstaller(electronDir);
  if (result.status === 0 && isElectronInstalled(electronDir, env)) return 0;
  const failure =
    result.status === 0 ? { ...result, stack: `Error: the installer finished, but ${path.join(electronDir, 'dist')} holds no Electron ${version}` } : result;
  writeError(failureMessage({ version, target, result: failure }));
  return 1;
}

/**
 * Runs install.js through electron-installer-child.mjs. Its output is the terminal's (the progress
 * bar needs a TTY) unless output is 'pipe', which tests use; stacks and the cause of the last
 * failed request come back on fd 3.
 */
export function runInstaller(electronDir, { output = 'inherit', env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, path.join(electronDir, 'install.js')], {
      stdio: ['inherit', output, output, 'pipe'],
      env,
    });
    const result = { status: null, signal: null, stdout: '', stderr: '' };
    child.stdout?.on('data', (chunk) => (result.stdout += chunk));
    child.stderr?.on('data', (chunk) => (result.stderr += chunk));
    let reports = '';
    child.stdio[3].on('data', (chunk) => (reports += chunk));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      for (const line of reports.split('\n').filter(Boolean)) {
        try {
          Object.assign(result, JSON.parse(line)); // the last stack and the last network error win
        } catch {
          // a torn line from a killed child carries nothing we need
        }
      }
      resolve({ ...result, status, signal });
    });
  });
}

async function main() {
  const root = path.resolve(HERE, '..');
  let electronDir;
  try {
    electronDir = path.dirname(createRequire(path.join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    process.stderr.write('The electron package is not installed: run npm install first.\n');
    return 1;
  }
  return ensureElectron({
    electronDir,
    runInstaller,
    write: (text) => process.stdout.write(text),
    writeError: (text) => process.stderr.write(text),
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
