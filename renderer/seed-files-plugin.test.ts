import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devSeedUrl, seedFilesPlugin, seedNameOfDevUrl, type SeedFile } from './seed-files-plugin';

// Names a seed may well have, and bytes that must arrive unchanged (windows-1256 for "قراءة").
const SEEDS: Record<string, Uint8Array> = {
  '000_14e37202ef5eb1ed.txt': new TextEncoder().encode('مقال أول\n'),
  'a#b.txt': new Uint8Array([0xe2, 0xd1, 0xc7, 0xc1, 0xc9]),
  'why?.txt': new TextEncoder().encode('?'),
  '"quoted".txt': new TextEncoder().encode('"'),
  "it's.txt": new TextEncoder().encode("'"),
  '100% sure.txt': new TextEncoder().encode('%'),
  'تقرير ليبيا.txt': new TextEncoder().encode('تقرير'),
  'SHOUT.TXT': new TextEncoder().encode('!'),
};

let base: string;
let seedsDir: string;
let outDir: string;
beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'qiraa-seeds-'));
  seedsDir = path.join(base, 'seeds');
  outDir = path.join(base, 'out');
  await mkdir(seedsDir);
  for (const [name, bytes] of Object.entries(SEEDS)) await writeFile(path.join(seedsDir, name), bytes);
  await writeFile(path.join(seedsDir, 'notes.md'), 'not a seed');
  await writeFile(path.join(seedsDir, '.hidden.txt'), 'not a seed either');
  await writeFile(path.join(base, 'entry.js'), "import seeds from 'virtual:seed-files';\nglobalThis.qiraaSeeds = seeds;\n");
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('seedFilesPlugin', () => {
  it('builds every seed, whatever its name, to a URL that fetches its exact bytes', async () => {
    await build({
      root: base,
      base: './',
      logLevel: 'silent',
      configFile: false,
      plugins: [seedFilesPlugin(seedsDir)],
      build: { outDir, assetsInlineLimit: 0, rollupOptions: { input: path.join(base, 'entry.js') } },
    });
    const [chunk] = (await readdir(path.join(outDir, 'assets'))).filter((name) => name.endsWith('.js'));
    await import(pathToFileURL(path.join(outDir, 'assets', chunk!)).href);
    const seeds = (globalThis as { qiraaSeeds?: SeedFile[] }).qiraaSeeds!;

    expect(seeds.map((seed) => seed.fileName)).toEqual(Object.keys(SEEDS).sort());
    for (const seed of seeds) {
      const url = new URL(seed.url);
      expect(url.hash, seed.fileName).toBe('');
      expect(url.search, seed.fileName).toBe('');
      expect(new Uint8Array(await readFile(fileURLToPath(url))), seed.fileName).toEqual(SEEDS[seed.fileName]);
    }
    // A plain name keeps its stem, so a seed's asset can still be recognised by name.
    expect(seeds.find((seed) => seed.fileName.startsWith('000_'))!.url).toMatch(/\/000_14e37202ef5eb1ed-[\w-]+\.txt$/);
  });
});

describe('dev server seed URLs', () => {
  it.each(Object.keys(SEEDS))('carry %j in one segment, and back', (name) => {
    const url = devSeedUrl(name);
    expect(url).toMatch(/^\/@seed-files\/[^/?#]+$/);
    expect(seedNameOfDevUrl(url)).toBe(name);
  });

  it.each(['/@fs/etc/passwd', '/src/main.tsx', '/@seed-files/%E0%A4%A'])('ignore %s', (url) => {
    expect(seedNameOfDevUrl(url)).toBeNull();
  });
});
