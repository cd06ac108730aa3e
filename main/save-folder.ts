/**
 * Writes a set of export files into a new folder inside a directory the user picked. The folder
 * is always new (a numbered name if one exists), so nothing the user already has is touched, and
 * every file must land directly inside it.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';

export interface FolderFile {
  name: string;
  content: string;
}

const MAX_FOLDER_ATTEMPTS = 1000;

/** Creates `parent/name`, or `parent/name (2)`, `(3)`… when taken; returns the path created. */
export async function createNewFolder(parent: string, name: string): Promise<string> {
  for (let attempt = 1; attempt <= MAX_FOLDER_ATTEMPTS; attempt++) {
    const candidate = path.join(parent, attempt === 1 ? name : `${name} (${attempt})`);
    try {
      await mkdir(candidate); // not recursive: fails if it exists, which is what we want
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`Could not create a new folder named "${name}" in ${parent}.`);
}

/** The path of `fileName` inside `folder`, or null if the name would point anywhere else. */
export function pathInside(folder: string, fileName: string): string | null {
  const target = path.resolve(folder, fileName);
  return path.dirname(target) === path.resolve(folder) ? target : null;
}

/** Writes every file atomically into a new folder under `parent`; returns the folder. */
export async function writeFilesToNewFolder(parent: string, folderName: string, files: readonly FolderFile[]): Promise<string> {
  const targets = files.map((file) => {
    const target = pathInside(path.join(parent, folderName), file.name);
    if (!target) throw new Error(`Refused to write "${file.name}": it is not a plain file name.`);
    return { file, name: path.basename(target) };
  });
  const folder = await createNewFolder(parent, folderName);
  for (const { file, name } of targets) await writeFileAtomic(path.join(folder, name), file.content);
  return folder;
}
