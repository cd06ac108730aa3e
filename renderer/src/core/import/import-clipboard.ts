/**
 * Text copied from anywhere (a web page, a PDF viewer, a chat) as a new document, read like a
 * .txt file. Kept apart from the file importer so that the window, which only ever pastes, does
 * not load the HTML, Markdown and encoding machinery the import worker needs.
 */
import type { Message } from '../message';
import type { ImportOutcome } from './import-types';
import { parseTextDocument } from './parse-text';
import { textProblem } from './readable-text';

/**
 * Lower-case hex SHA-256 of some bytes: the same bytes imported twice are one document.
 *
 * @param bytes any bytes.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // Copied into a plain ArrayBuffer: digest() refuses views of shared memory.
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The name a pasted document is stored under, in the user's local time:
 * `Clipboard 2026-11-25 14.03.txt` (a dot, not a colon, so it is a valid file name when exported).
 *
 * @param now when the text was pasted.
 */
export function clipboardFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `Clipboard ${date} ${pad(now.getHours())}.${pad(now.getMinutes())}.txt`;
}

/**
 * Makes a document of pasted text. Blank text, and text with control characters in it (binary
 * data on the clipboard), are refused; the text is otherwise kept exactly as pasted. Never throws.
 *
 * @param text the pasted text.
 * @param now when it was pasted, for the document's file name.
 */
export async function importClipboardText(text: string, now: Date): Promise<ImportOutcome> {
  const fileName = clipboardFileName(now);
  const fail = (reason: Message): ImportOutcome => ({ ok: false, failure: { fileName, reason } });
  const problem = textProblem(text);
  if (problem === 'blank') return fail({ id: 'import.reason.clipboardBlank' });
  // A replacement character on the clipboard was put there by the program copied from; the text
  // is still what the user sees, so it is kept. Control characters are not text.
  if (problem === 'control') return fail({ id: 'import.reason.clipboardControl' });
  try {
    const bytes = new TextEncoder().encode(text);
    const document = parseTextDocument(fileName, text);
    const contentHash = await sha256Hex(bytes);
    return { ok: true, file: { fileName, format: 'clipboard', encoding: 'utf-8', contentHash, byteLength: bytes.byteLength, document } };
  } catch (error) {
    return fail({ id: 'import.reason.clipboardFailed', values: { detail: error instanceof Error ? error.message : String(error) } });
  }
}
