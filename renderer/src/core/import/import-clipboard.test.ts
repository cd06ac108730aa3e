import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clipboardFileName, importClipboardText, sha256Hex } from './import-clipboard';
import type { ImportOutcome, ImportedFile } from './import-types';

const SEEDS_DIR = new URL('../../../../seeds/', import.meta.url);
const SEED_003 = readFileSync(new URL(readdirSync(SEEDS_DIR).find((name) => name.startsWith('003')) ?? '003', SEEDS_DIR), 'utf8');
// 14:03 on 25 November 2026, in the local time zone of whoever runs the test.
const PASTED_AT = new Date(2026, 10, 25, 14, 3, 59);

function imported(outcome: ImportOutcome): ImportedFile {
  if (!outcome.ok) throw new Error(`expected a document, got: ${outcome.failure.reason.id}`);
  return outcome.file;
}

describe('importClipboardText', () => {
  it('pasted Arabic text becomes a document read like a .txt file, kept exactly as pasted', async () => {
    const file = imported(await importClipboardText(SEED_003, PASTED_AT));
    expect(file).toMatchObject({ fileName: 'Clipboard 2026-11-25 14.03.txt', format: 'clipboard', encoding: 'utf-8' });
    expect(file.document.text).toBe(SEED_003);
    expect(file.document.title).toBe('تحركات أميركية في ليبيا.. أمن المنطقة رهين بكبح التمدد الروسي');
  });

  it('the hash and length are those of the text’s UTF-8 bytes, so pasting it twice is one document', async () => {
    const file = imported(await importClipboardText(SEED_003, PASTED_AT));
    const utf8 = Buffer.from(SEED_003, 'utf8');
    expect(file.contentHash).toBe(createHash('sha256').update(utf8).digest('hex'));
    expect(file.byteLength).toBe(utf8.length);
    expect(imported(await importClipboardText(SEED_003, new Date(2027, 0, 1))).contentHash).toBe(file.contentHash);
  });

  it('a short paste with no title line is titled after its opening', async () => {
    const file = imported(await importClipboardText('قال بومبيو إنه لا حل عسكرياً للأزمة في ليبيا.', PASTED_AT));
    expect([file.document.title, file.document.titleDerived]).toEqual(['قال بومبيو إنه لا حل عسكرياً للأزمة في ليبيا', true]);
  });

  it.each(['', '   ', '\n\t\r\n'])('blank text (%j) is refused', async (text) => {
    const outcome = await importClipboardText(text, PASTED_AT);
    expect(outcome).toEqual({ ok: false, failure: { fileName: 'Clipboard 2026-11-25 14.03.txt', reason: { id: 'import.reason.clipboardBlank' } } });
  });

  it('binary data on the clipboard is refused', async () => {
    const outcome = await importClipboardText('PK\u0003\u0004\u0000\u0000', PASTED_AT);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.failure.reason).toEqual({ id: 'import.reason.clipboardControl' });
  });

  it('a replacement character put there by the program copied from is kept, not refused', async () => {
    const file = imported(await importClipboardText('نص منسوخ \uFFFD من صفحة', PASTED_AT));
    expect(file.document.text).toBe('نص منسوخ \uFFFD من صفحة');
  });
});

describe('clipboardFileName and sha256Hex', () => {
  it('pads months, days, hours and minutes', () => {
    expect(clipboardFileName(new Date(2027, 0, 5, 9, 7))).toBe('Clipboard 2027-01-05 09.07.txt');
  });

  it('hashes a view into a larger buffer by its own bytes only', async () => {
    const buffer = new TextEncoder().encode('xxليبياyy');
    const view = buffer.subarray(2, buffer.length - 2);
    expect(await sha256Hex(view)).toBe(createHash('sha256').update('ليبيا', 'utf8').digest('hex'));
  });
});
