// @vitest-environment jsdom
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { browserDownloads } from './browser-downloads';

interface Download {
  name: string;
  blob: Blob;
}

let downloads: Download[];
beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => vi.restoreAllMocks());

describe('browserDownloads.saveFiles', () => {
  it('downloads the folder as one .zip named after it, holding every file', async () => {
    const files = [
      { name: 'تقرير ليبيا.md', content: '# تقرير ليبيا\n' },
      { name: 'مصادر البحث.md', content: 'انظر [[تقرير ليبيا]]\n' },
    ];
    const result = await browserDownloads.saveFiles({ folderName: 'Qiraa notebook 2026-11-25', files });

    expect(result).toEqual({ saved: true, path: 'Qiraa notebook 2026-11-25.zip', count: 2 });
    expect(downloads.map((d) => d.name)).toEqual(['Qiraa notebook 2026-11-25.zip']);
    expect(downloads[0]!.blob.type).toBe('application/zip');
    const entries = unzipSync(new Uint8Array(await downloads[0]!.blob.arrayBuffer()));
    expect(Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]))).toEqual({
      'Qiraa notebook 2026-11-25/تقرير ليبيا.md': '# تقرير ليبيا\n',
      'Qiraa notebook 2026-11-25/مصادر البحث.md': 'انظر [[تقرير ليبيا]]\n',
    });
  });
});
