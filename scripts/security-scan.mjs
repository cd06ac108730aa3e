#!/usr/bin/env node
// Runs @doyensec/electronegativity over main/, preload/ and renderer/ together (it takes one
// input folder, and scanning them apart gives false "no navigation limits" findings), then
// fails on any finding of medium severity or above, except the reviewed ones listed here.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;

/** Findings a person has reviewed; each needs a reason. */
const REVIEWED = {
  PRELOAD_JS_CHECK:
    'preload/index.ts exposes exactly listCorpus(), saveFile(), saveFiles() and saveOriginal() through contextBridge; it never exposes ipcRenderer, and main validates every call (main/ipc.ts).',
};

const work = mkdtempSync(join(tmpdir(), 'qiraa-scan-'));
try {
  for (const folder of ['main', 'preload', 'renderer']) {
    // Tests mock Electron and are not shipped; scanning them would only add noise.
    cpSync(join(root, folder), join(work, 'src', folder), { recursive: true, filter: (path) => !/\.test\.tsx?$/.test(path) });
  }
  const report = join(work, 'report.csv');
  const bin = join(root, 'node_modules/.bin/electronegativity');
  const run = spawnSync(bin, ['-i', join(work, 'src'), '-r', '-e', electronVersion, '-o', report], { encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error(`electronegativity exited with ${run.status}`);
  }
  const rows = readFileSync(report, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.match(/("[^"]*"|[^,]*)(?:,|$)/g)?.map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').trim()) ?? []);
  let failures = 0;
  console.log(`electronegativity (Electron ${electronVersion}) over main/, preload/, renderer/:`);
  for (const [check, severity, confidence, file, location] of rows) {
    const serious = ['MEDIUM', 'HIGH', 'CRITICAL'].includes(severity ?? '');
    const reviewed = REVIEWED[check ?? ''];
    const verdict = !serious ? 'info' : reviewed ? 'reviewed' : 'FAIL';
    if (verdict === 'FAIL') failures++;
    console.log(`  ${verdict.padEnd(8)} ${check} ${severity}/${confidence} ${file}:${location}`);
    if (verdict === 'reviewed') console.log(`           ${reviewed}`);
  }
  if (failures > 0) {
    console.error(`\n${failures} finding(s) of medium severity or above need fixing.`);
    process.exitCode = 1;
  } else {
    console.log('\nNo unreviewed finding of medium severity or above.');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
