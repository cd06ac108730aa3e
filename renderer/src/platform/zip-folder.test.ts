import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFolder } from './zip-folder';

const FILES = [
  { name: 'تقرير ليبيا.md', content: '# تقرير ليبيا\n\n> الانسحاب الفوري للقوات الروسية\n' },
  { name: 'مصادر البحث.md', content: 'انظر [[تقرير ليبيا#^h-1|المقطع]]\n' },
  { name: 'empty.md', content: '' },
];

async function unzip(folderName: string, files: typeof FILES) {
  const blob = new Blob(await zipFolder(folderName, files));
  return unzipSync(new Uint8Array(await blob.arrayBuffer()));
}

describe('zipFolder', () => {
  it('puts every file, byte for byte, in one folder of the archive', async () => {
    const entries = await unzip('Qiraa notebook 2026-11-25', FILES);
    expect(Object.keys(entries).sort()).toEqual(FILES.map((f) => `Qiraa notebook 2026-11-25/${f.name}`).sort());
    for (const file of FILES) expect(strFromU8(entries[`Qiraa notebook 2026-11-25/${file.name}`]!)).toBe(file.content);
  });

  it('marks Arabic names as UTF-8, so unzip tools do not read them as an old code page', async () => {
    const bytes = new Uint8Array(await new Blob(await zipFolder('دفتر', FILES.slice(0, 1))).arrayBuffer());
    // Local file header: general purpose flags at offset 6, bit 11 = names in UTF-8.
    expect(bytes[6]! | (bytes[7]! << 8)).toSatisfy((flags: number) => (flags & 0x800) !== 0);
    expect(Object.keys(unzipSync(bytes))).toEqual(['دفتر/تقرير ليبيا.md']);
  });

  it('compresses Markdown, since a notebook can be hundreds of megabytes of text', async () => {
    const content = 'الانسحاب الفوري للقوات الروسية\n'.repeat(10_000);
    const size = (await zipFolder('n', [{ name: 'a.md', content }])).reduce((sum, chunk) => sum + chunk.byteLength, 0);
    expect(size).toBeLessThan(new TextEncoder().encode(content).length / 10);
  });
});
