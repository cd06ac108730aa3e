import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from './atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qiraa-atomic-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const NOTE = '# ملاحظات\n\n> دعت الولايات المتحدة إلى الانسحاب الفوري للقوات الروسية والتركية من ليبيا.\n';

describe.each([
  ['writeFileAtomic', writeFileAtomic],
  ['writeFileAtomicSync', async (file: string, data: string | Uint8Array) => writeFileAtomicSync(file, data)],
] as const)('%s', (_name, write) => {
  it('creates a new file with exactly the given text', async () => {
    const target = path.join(dir, 'notes.md');
    await write(target, NOTE);
    expect(await readFile(target, 'utf8')).toBe(NOTE);
    expect(await readdir(dir)).toEqual(['notes.md']);
  });

  it('replaces an existing file and leaves no temp file behind', async () => {
    const target = path.join(dir, 'notes.md');
    await writeFile(target, 'old');
    await write(target, NOTE);
    expect(await readFile(target, 'utf8')).toBe(NOTE);
    expect(await readdir(dir)).toEqual(['notes.md']);
  });

  it('writes bytes unchanged', async () => {
    const target = path.join(dir, 'data.bin');
    const bytes = new Uint8Array([0, 255, 0xd8, 0xaf, 10]);
    await write(target, bytes);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
  });

  it('leaves the existing file untouched and removes the temp file when writing fails', async () => {
    const target = path.join(dir, 'notes.md');
    await writeFile(target, 'old');
    // Not a string or bytes: the write into the temp file throws after the temp file exists.
    await expect(write(target, 42 as unknown as string)).rejects.toThrow();
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['notes.md']);
  });

  it('removes the temp file when the rename fails', async () => {
    const target = path.join(dir, 'occupied');
    await mkdir(target);
    await writeFile(path.join(target, 'keep.txt'), 'keep');
    await expect(write(target, NOTE)).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['occupied']);
    expect(await readFile(path.join(target, 'keep.txt'), 'utf8')).toBe('keep');
  });

  it('fails without creating anything when the folder does not exist', async () => {
    await expect(write(path.join(dir, 'missing', 'notes.md'), NOTE)).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });
});
