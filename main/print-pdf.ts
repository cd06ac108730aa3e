/**
 * "Save as PDF…": the page printed by Chromium (its print stylesheet shows the open article alone),
 * saved where the user chooses, written atomically. Plain logic over injected steps, so it is tested
 * without Electron; ipc.ts wires in webContents.printToPDF, the save dialog and writeFileAtomic.
 */
import type { FileSaveResult } from '../preload/api-contract';

/** webContents.printToPDF options: A4, the stylesheet's own margins, highlight colours printed. */
export const PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  generateDocumentOutline: true,
} as const;

export interface PdfSaveSteps {
  /** Asks where to save; null when the user cancels. */
  choosePath: (suggestedName: string) => Promise<string | null>;
  /** Prints the page to PDF bytes. */
  print: () => Promise<Uint8Array>;
  /** Writes the bytes to the chosen path (atomically). */
  write: (filePath: string, data: Uint8Array) => Promise<void>;
}

/** Asks first (nothing is printed for a cancelled dialog), then prints and writes. */
export async function savePageAsPdf(steps: PdfSaveSteps, suggestedName: string): Promise<FileSaveResult> {
  const filePath = await steps.choosePath(suggestedName);
  if (filePath === null) return { saved: false };
  const pdf = await steps.print();
  if (pdf.byteLength === 0) throw new Error('the page printed to an empty PDF');
  await steps.write(filePath, pdf);
  return { saved: true, path: filePath };
}
