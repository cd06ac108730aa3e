import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleReason } from './web-build-stale.mjs';

/** A repository with one source file and a build, each dated `seconds` after the epoch. */
function repo(sourceAt: number, builtAt: number | null): { root: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'qiraa-stale-'));
  mkdirSync(join(root, 'renderer', 'src'), { recursive: true });
  const source = join(root, 'renderer', 'src', 'App.tsx');
  writeFileSync(source, 'export {};');
  utimesSync(source, sourceAt, sourceAt);
  const out = join(root, 'build');
  if (builtAt !== null) {
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), '<!doctype html>');
    utimesSync(join(out, 'index.html'), builtAt, builtAt);
  }
  return { root, out };
}

describe('staleReason', () => {
  it('asks for a build when there is none', () => {
    const { root, out } = repo(1000, null);
    expect(staleReason(root, out)).toMatch(/No web build/);
  });
  it('asks for a new build when a source changed after the build', () => {
    const { root, out } = repo(2000, 1000);
    expect(staleReason(root, out)).toBe('The web build is older than renderer');
  });
  it('keeps a build newer than every source', () => {
    const { root, out } = repo(1000, 2000);
    expect(staleReason(root, out)).toBeNull();
  });
  it('follows a changed config file too', () => {
    const { root, out } = repo(1000, 2000);
    writeFileSync(join(root, 'vite.web.config.ts'), 'export default {};');
    utimesSync(join(root, 'vite.web.config.ts'), 3000, 3000);
    expect(staleReason(root, out)).toBe('The web build is older than vite.web.config.ts');
  });
});
