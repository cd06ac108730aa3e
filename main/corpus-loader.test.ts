import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inEnglish } from '../renderer/src/i18n/in-english';
import { corpusFolder, createCorpusCache, readCorpusFolder } from './corpus-loader';

const SEEDS = fileURLToPath(new URL('../seeds', import.meta.url));

describe('corpusFolder', () => {
  it('is resources/seeds in a packaged app', () => {
    const folder = corpusFolder({ isPackaged: true, resourcesPath: '/opt/Qiraa/resources', appPath: '/opt/Qiraa/resources/app.asar' });
    expect(folder).toBe(path.join('/opt/Qiraa/resources', 'seeds'));
  });

  it('is <repo>/seeds while developing', () => {
    expect(corpusFolder({ isPackaged: false, resourcesPath: '/x/electron/dist/resources', appPath: '/work/main' })).toBe(
      path.join('/work/main', 'seeds'),
    );
  });
});

describe('readCorpusFolder on the real seeds', () => {
  it('parses all five articles, in file-name order', async () => {
    const entries = await readCorpusFolder(SEEDS);
    const names = (await readdir(SEEDS)).filter((name) => name.endsWith('.txt')).sort();
    expect(names).toHaveLength(5);
    expect(entries.map((entry) => (entry.ok ? entry.document.fileName : entry.error.fileName))).toEqual(names);
    for (const entry of entries) expect(entry.ok).toBe(true);
  });

  it('keeps each file text exactly as on disk', async () => {
    for (const entry of await readCorpusFolder(SEEDS)) {
      if (!entry.ok) throw new Error(inEnglish(entry.error.reason));
      const onDisk = (await readFile(path.join(SEEDS, entry.document.fileName), 'utf8')).replace(/^\uFEFF/, '');
      expect(entry.document.text).toBe(onDisk);
      expect(entry.document.id).toBe(entry.document.fileName.replace(/\.txt$/, ''));
    }
  });

  it('reads the first article as the one about Libya', async () => {
    const [first] = await readCorpusFolder(SEEDS);
    expect(first?.ok && first.document.text.startsWith('دعت الولايات المتحدة إلى الانسحاب الفوري')).toBe(true);
  });
});

describe('readCorpusFolder on awkward files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'qiraa-corpus-'));
    const seed = await readFile(path.join(SEEDS, '000_14e37202ef5eb1ed.txt'));
    await writeFile(path.join(dir, '010_good.txt'), seed);
    await writeFile(path.join(dir, '020_empty.txt'), '');
    // The start of a PNG: NUL bytes mean binary.
    await writeFile(path.join(dir, '030_binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    // A lone continuation byte and a truncated two-byte sequence inside Arabic text.
    await writeFile(path.join(dir, '040_bad-utf8.txt'), Buffer.concat([Buffer.from('نص عربي '), Buffer.from([0x80, 0xd8])]));
    await mkdir(path.join(dir, '050_folder.txt'));
    await symlink(path.join(dir, 'nowhere'), path.join(dir, '060_dangling.txt'));
    await writeFile(path.join(dir, 'README.md'), 'not a corpus file');
    await writeFile(path.join(dir, '.hidden.txt'), 'editor swap file');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('gives one entry per .txt name, in order, and skips other and hidden files', async () => {
    const entries = await readCorpusFolder(dir);
    expect(entries.map((entry) => (entry.ok ? entry.document.fileName : entry.error.fileName))).toEqual([
      '010_good.txt',
      '020_empty.txt',
      '030_binary.txt',
      '040_bad-utf8.txt',
      '050_folder.txt',
      '060_dangling.txt',
    ]);
  });

  it('parses the good file despite the bad ones around it', async () => {
    const [good, ...bad] = await readCorpusFolder(dir);
    expect(good?.ok).toBe(true);
    expect(bad.every((entry) => !entry.ok)).toBe(true);
  });

  it('explains each failure with the file name and id', async () => {
    const entries = await readCorpusFolder(dir);
    const errors = Object.fromEntries(entries.flatMap((entry) => (entry.ok ? [] : [[entry.error.id, inEnglish(entry.error.reason)]])));
    expect(errors['020_empty']).toMatch(/empty/);
    expect(errors['030_binary']).toMatch(/binary/);
    expect(errors['040_bad-utf8']).toMatch(/UTF-8/);
    expect(errors['050_folder']).toMatch(/could not be read from disk \(EISDIR\)/);
    expect(errors['060_dangling']).toMatch(/could not be read from disk \(ENOENT\)/);
  });

  it('throws when the folder itself is missing', async () => {
    await expect(readCorpusFolder(path.join(dir, 'missing'))).rejects.toThrow(/ENOENT/);
  });
});

describe('createCorpusCache', () => {
  it('reads the folder once per session', async () => {
    const list = createCorpusCache(SEEDS);
    const first = await list();
    expect(await list()).toBe(first);
  });

  it('does not keep a failure, so the next call tries again', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qiraa-corpus-late-'));
    const folder = path.join(dir, 'seeds');
    const list = createCorpusCache(folder);
    await expect(list()).rejects.toThrow();
    await mkdir(folder);
    await writeFile(path.join(folder, 'a.txt'), 'نص قصير للتجربة.');
    expect(await list()).toHaveLength(1);
    await rm(dir, { recursive: true, force: true });
  });
});
