/**
 * A folder of export files as one .zip, for the browser build, which cannot create folders (and
 * would otherwise start one download per file, which browsers throttle or block).
 */
import { strToU8, Zip, ZipDeflate } from 'fflate';

// Compressing is synchronous: hand the thread back this often so the page stays responsive.
const WORK_SLICE_MS = 30;

/**
 * The zip archive, as chunks for a Blob, of `files` inside a folder named `folderName`. Names are
 * stored as UTF-8 and flagged so, so Arabic names survive every unzip tool.
 */
export async function zipFolder(folderName: string, files: readonly { name: string; content: string }[]): Promise<Uint8Array<ArrayBuffer>[]> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk as Uint8Array<ArrayBuffer>);
  });
  let sliceStart = Date.now();
  for (const file of files) {
    const entry = new ZipDeflate(`${folderName}/${file.name}`, { level: 6 });
    zip.add(entry);
    entry.push(strToU8(file.content), true);
    if (failure) throw failure;
    if (Date.now() - sliceStart > WORK_SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = Date.now();
    }
  }
  zip.end();
  if (failure) throw failure;
  return chunks;
}
