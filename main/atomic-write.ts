/**
 * Writes a file so that a reader (or a crash) sees either the old contents or the new ones,
 * never half of each: write a temp file beside the target, flush it, then rename over.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

// Same directory as the target, so the rename never crosses file systems.
function tempPathFor(filePath: string): string {
  const suffix = `${process.pid}-${randomBytes(6).toString('hex')}`;
  return path.join(path.dirname(filePath), `.${path.basename(filePath)}.${suffix}.tmp`);
}

/** Replaces `filePath` with `data` atomically; on failure the old file is left as it was. */
export async function writeFileAtomic(filePath: string, data: string | Uint8Array): Promise<void> {
  const tempPath = tempPathFor(filePath);
  try {
    // 'wx': never follow or reuse something already at the temp path.
    const handle = await open(tempPath, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tempPath, filePath);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
  await syncDirectory(path.dirname(filePath));
}

/** The synchronous twin, for writes that must finish before the process exits. */
export function writeFileAtomicSync(filePath: string, data: string | Uint8Array): void {
  const tempPath = tempPathFor(filePath);
  try {
    const fd = openSync(tempPath, 'wx');
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tempPath, filePath);
  } catch (error) {
    rmSync(tempPath, { force: true });
    throw error;
  }
}

// Makes the rename itself durable on POSIX. Windows cannot open a directory; that is fine.
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort only.
  }
}
