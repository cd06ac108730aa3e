import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { QiraaApi } from '../../../../preload/api-contract';

const api = vi.hoisted(() => ({ saveFiles: vi.fn(), saveFile: vi.fn() }));
vi.mock('../../platform/get-api', () => ({ getApi: async () => api as unknown as QiraaApi }));

const { saveFolder } = await import('./save-export');

const files = (count: number) => Array.from({ length: count }, (_, i) => ({ name: `ملاحظة ${i}.md`, content: '' }));

describe('saveFolder', () => {
  beforeEach(() => api.saveFiles.mockReset().mockResolvedValue({ saved: true, path: 'Qiraa notebook', count: 2 }));

  it('hands a folder within the limit to the platform', async () => {
    await expect(saveFolder({ folderName: 'Qiraa notebook', files: files(2) })).resolves.toEqual({ saved: true, path: 'Qiraa notebook', count: 2 });
    expect(api.saveFiles).toHaveBeenCalledOnce();
  });

  it('refuses more than 20,000 files before sending them, saying how many and what to do instead', async () => {
    await expect(saveFolder({ folderName: 'Qiraa notebook', files: files(20_345) })).rejects.toThrow(
      'a folder export holds at most 20,000 files, and this one would have 20,345: export the notebook as one file instead',
    );
    expect(api.saveFiles).not.toHaveBeenCalled();
  });
});
