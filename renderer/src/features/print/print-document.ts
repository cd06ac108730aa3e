import { flushSync } from 'react-dom';
import { safeFileName } from '../../core/export/safe-file-name';
import type { FileSaveResult } from '../../../../preload/api-contract';
import { getApi } from '../../platform/get-api';
import { setPrinting, setPrintWithNotes } from './print-options';

/** Prints the open document (the print view), with or without its notes after the text. */
export function printDocument(withNotes: boolean): void {
  // The print view must hold the notes (or not) before the browser lays the page out for print.
  flushSync(() => {
    setPrintWithNotes(withNotes);
    setPrinting(true);
  });
  window.print();
}

/** The desktop's "Save as PDF…": the print view printed by main into a file the user names. */
export async function saveDocumentPdf(title: string, withNotes: boolean): Promise<{ result: FileSaveResult; name: string }> {
  // printToPDF in main fires no beforeprint here, so the print view is drawn before asking.
  flushSync(() => {
    setPrintWithNotes(withNotes);
    setPrinting(true);
  });
  const name = `${safeFileName(title, 'document')}.pdf`;
  try {
    return { result: await (await getApi()).savePdf({ suggestedName: name }), name };
  } finally {
    setPrintWithNotes(false);
    setPrinting(false);
  }
}
