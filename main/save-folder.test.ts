import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pathInside, writeFilesToNewFolder } from './save-folder';

let parent: string;
beforeEach(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'qiraa-folder-'));
});
afterEach(() => rm(parent, { recursive: true, force: true }));

const FILES = [
  { name: 'الانسحاب من ليبيا.md', content: '# الانسحاب من ليبيا\n\n> دعت الولايات المتحدة إلى الانسحاب الفوري\n' },
  { name: 'ملاحظة حرة.md', content: 'Notes in English and عربي.\n' },
];

describe('writeFilesToNewFolder', () => {
  it('writes every file, with Arabic names, into a new folder in the chosen directory', async () => {
    const folder = await writeFilesToNewFolder(parent, 'قراءة', FILES);
    expect(folder).toBe(path.join(parent, 'قراءة'));
    expect((await readdir(folder)).sort()).toEqual(FILES.map((f) => f.name).sort());
    expect(await readFile(path.join(folder, FILES[0]!.name), 'utf8')).toBe(FILES[0]!.content);
  });

  it('never writes into a folder that already exists: it numbers the new one', async () => {
    await mkdir(path.join(parent, 'قراءة'));
    const folder = await writeFilesToNewFolder(parent, 'قراءة', FILES);
    expect(folder).toBe(path.join(parent, 'قراءة (2)'));
    expect(await readdir(path.join(parent, 'قراءة'))).toEqual([]);
  });

  it('refuses a file name that would escape the folder, before creating anything', async () => {
    await expect(writeFilesToNewFolder(parent, 'export', [{ name: '../outside.md', content: 'x' }])).rejects.toThrow(/not a plain file name/);
    expect(await readdir(parent)).toEqual([]);
  });
});

describe('pathInside', () => {
  it.each([
    ['note.md', true],
    ['ملاحظة.md', true],
    ['../note.md', false],
    ['sub/note.md', false],
    ['/etc/passwd', false],
    ['.', false],
  ])('%s → inside: %s', (name, inside) => {
    expect(pathInside('/home/reader/export', name) !== null).toBe(inside);
  });
});
