#!/usr/bin/env node
/**
 * Offline check of the packaging config (electron-builder.yml), without the real Electron
 * binary: packs a Linux `dir` build around a stand-in executable, then inspects what came out.
 *
 *   node scripts/check-builder.mjs [--build] [--keep] [--verbose]
 *
 * --build   run `electron-vite build` first even if out/ exists (otherwise only when missing)
 * --keep    keep the temporary output folder and print its path
 * --verbose print electron-builder's own log even when it succeeds
 * Any other argument goes to electron-builder, e.g. `--config /tmp/trial.yml` or
 * `-c.asar=false`, to try a config change before editing electron-builder.yml.
 *
 * Exits non-zero on any problem.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'package.json'));
// Both ship with electron-builder; nothing here needs a download.
const asar = require('@electron/asar');
const fuses = require('@electron/fuses');

const args = new Set(process.argv.slice(2));
const OWN_FLAGS = ['--build', '--keep', '--verbose'];
const builderArgs = process.argv.slice(2).filter((arg) => !OWN_FLAGS.includes(arg));
const started = Date.now();
const problems = [];
const notes = [];
const check = (ok, message) => (ok ? notes.push(`ok    ${message}`) : problems.push(message));
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

const ENTRY_FILES = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'; // where @electron/fuses finds the fuse wire
const work = mkdtempSync(path.join(tmpdir(), 'qiraa-check-builder-'));
const electronDist = path.join(work, 'electron-dist');
const output = path.join(work, 'dist');
// Whatever happens (even a crash), the temporary folder goes unless --keep asks otherwise.
process.on('exit', () => {
  if (!args.has('--keep')) rmSync(work, { recursive: true, force: true });
});

// 1. The build output electron-builder packs.
if (args.has('--build') || ENTRY_FILES.some((file) => !existsSync(path.join(ROOT, file)))) {
  console.log('Building with electron-vite…');
  // By path: electron-vite's package "exports" does not expose its bin script.
  const cli = path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const build = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) fail('electron-vite build failed');
}
for (const file of ENTRY_FILES) if (!existsSync(path.join(ROOT, file))) fail(`${file} is missing after the build`);

// 2. A stand-in Electron: electron-builder copies the folder and renames `electron`. The comment
// carries a fuse wire (sentinel, version 1, 8 fuses at Electron's defaults) so the configured
// electronFuses can be flipped and then verified, exactly as on the real binary.
mkdirSync(electronDist);
const standIn = path.join(electronDist, 'electron');
writeFileSync(
  standIn,
  Buffer.concat([
    Buffer.from('#!/bin/sh\n# Stand-in for Electron, made by scripts/check-builder.mjs. Fuse wire: '),
    Buffer.from(SENTINEL),
    Buffer.from([1, 8]),
    Buffer.from('10110001'),
    Buffer.from('\necho "stand-in, not Electron" >&2\nexit 1\n'),
  ]),
);
chmodSync(standIn, 0o755);

// 3. Pack. `dir` needs no target tools; electronDist means no Electron download.
const arch = process.arch === 'arm64' ? 'arm64' : 'x64';
const builder = spawnSync(
  process.execPath,
  [
    require.resolve('electron-builder/cli.js'),
    '--linux',
    'dir',
    `--${arch}`,
    '--publish',
    'never',
    `-c.electronDist=${electronDist}`,
    `-c.directories.output=${output}`,
    ...builderArgs,
  ],
  { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false', ELECTRON_BUILDER_OFFLINE: 'true' } },
);
const builderLog = `${builder.stdout ?? ''}${builder.stderr ?? ''}`;
if (builder.status !== 0 || args.has('--verbose')) console.log(builderLog);
if (builder.status !== 0) fail(`electron-builder exited with ${builder.status}`);
check(!/download/i.test(builderLog), 'electron-builder downloaded nothing');

// 4. Inspect the unpacked app.
const unpacked = path.join(output, arch === 'x64' ? 'linux-unpacked' : `linux-${arch}-unpacked`);
const resources = path.join(unpacked, 'resources');
check(existsSync(path.join(unpacked, 'qiraa')), 'executable is named qiraa');

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
const seedNames = readdirSync(path.join(ROOT, 'seeds')).filter((name) => name.endsWith('.txt')).sort();
const shippedSeeds = existsSync(path.join(resources, 'seeds')) ? readdirSync(path.join(resources, 'seeds')).sort() : [];
check(
  JSON.stringify(shippedSeeds) === JSON.stringify(seedNames),
  `resources/seeds holds exactly the ${seedNames.length} corpus files (${shippedSeeds.length} found)`,
);
for (const name of seedNames) {
  const shipped = path.join(resources, 'seeds', name);
  check(existsSync(shipped) && sha256(shipped) === sha256(path.join(ROOT, 'seeds', name)), `seeds/${name} is byte-identical`);
}

const archive = path.join(resources, 'app.asar');
check(existsSync(archive), 'resources/app.asar exists');
if (existsSync(archive)) inspectArchive(archive);

const fuseWire = readFuses(path.join(unpacked, 'qiraa'));
for (const [name, wanted] of Object.entries({
  RunAsNode: '0',
  EnableCookieEncryption: '1',
  EnableNodeOptionsEnvironmentVariable: '0',
  EnableNodeCliInspectArguments: '0',
  EnableEmbeddedAsarIntegrityValidation: '1',
  OnlyLoadAppFromAsar: '1',
  GrantFileProtocolExtraPrivileges: '0',
})) {
  check(fuseWire[name] === wanted, `fuse ${name} is ${wanted === '1' ? 'on' : 'off'}`);
}

report();

function inspectArchive(file) {
  const entries = asar.listPackage(file, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
  const has = (entry) => entries.includes(entry);
  for (const entry of ['/package.json', ...ENTRY_FILES.map((f) => `/${f}`)]) check(has(entry), `app.asar contains ${entry}`);

  // The packed entry files must be today's build, not a stale one.
  for (const entry of ENTRY_FILES) {
    if (!has(`/${entry}`)) continue;
    const packed = asar.extractFile(file, entry);
    check(Buffer.compare(packed, readFileSync(path.join(ROOT, entry))) === 0, `${entry} in app.asar matches the local build`);
  }

  const forbidden = [
    [/^\/(main|preload|renderer|scripts|e2e|seeds|assets)\//, 'source or asset folders'],
    [/\.(ts|tsx|mts|cts)$/, 'TypeScript sources'],
    [/\.map$/, 'source maps'],
    [/\.test\.[cm]?[jt]sx?$/, 'tests'],
    [/^\/out\/web\//, 'browser build (out/web)'],
    [/^\/node_modules\/(typescript|electron|electron-builder|electron-vite|vite|vitest|@types)\//, 'build tools'],
    [/^\/(tsconfig\.json|electron-builder\.yml|electron\.vite\.config\.ts|vitest\.config\.ts|package-lock\.json)$/, 'config files'],
  ];
  for (const [pattern, what] of forbidden) {
    const found = entries.filter((entry) => pattern.test(entry) && !entry.endsWith('.d.ts'));
    check(found.length === 0, `app.asar has no ${what}${found.length ? `: ${found.slice(0, 5).join(', ')}` : ''}`);
  }

  // Every package main imports at runtime must be inside the archive.
  const mainCode = readFileSync(path.join(ROOT, 'out/main/index.js'), 'utf8');
  const bare = new Set(
    [...mainCode.matchAll(/(?:^|\n)\s*import\s[^'"]*?['"]([^'"]+)['"]|\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g)]
      .map((match) => match[1] ?? match[2])
      .filter((spec) => !spec.startsWith('.') && !spec.startsWith('node:') && spec !== 'electron'),
  );
  const imported = new Set([...bare].map((spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/')));
  for (const name of imported) {
    check(has(`/node_modules/${name}/package.json`), `main's runtime import "${name}" is packed in app.asar (else add it to files)`);
  }
  const packed = new Set(
    entries.filter((e) => /^\/node_modules\/[^/]+\/package\.json$|^\/node_modules\/@[^/]+\/[^/]+\/package\.json$/.test(e)).map((e) => e.slice(14, -13)),
  );
  const unused = [...packed].filter((name) => !imported.has(name));
  check(unused.length === 0, `app.asar ships no package main does not import${unused.length ? `: ${unused.join(', ')} (drop from files)` : ''}`);

  const manifest = JSON.parse(asar.extractFile(file, 'package.json').toString('utf8'));
  check(manifest.main === 'out/main/index.js', `packed package.json main is ${manifest.main}`);
  check(manifest.type === 'module', 'packed package.json keeps "type": "module" (main is ESM)');
  check(manifest.desktopName === 'qiraa.desktop', 'packed package.json sets desktopName qiraa.desktop');

  notes.push(`info  app.asar: ${entries.length} entries, ${(statSync(file).size / 1024).toFixed(0)} KiB; packages: ${[...packed].join(', ') || 'none'}`);
}

function readFuses(executable) {
  if (!existsSync(executable)) return {};
  const bytes = readFileSync(executable);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
  const names = Object.keys(fuses.FuseV1Options).filter((key) => Number.isNaN(Number(key)));
  return Object.fromEntries(names.map((name) => [name, String.fromCharCode(bytes[at + 2 + fuses.FuseV1Options[name]])]));
}

function report() {
  for (const note of notes) console.log(note);
  for (const problem of problems) console.log(`FAIL  ${problem}`);
  if (args.has('--keep')) console.log(`\nOutput kept in ${output}`);
  console.log(`\n${problems.length === 0 ? 'Packaging config OK' : `${problems.length} problem(s)`} — ${notes.length} checks passed in ${seconds()} s`);
  process.exit(problems.length === 0 ? 0 : 1);
}

function fail(message) {
  problems.push(message);
  report();
}
