import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../core/export/backup-format';
import { createFormatter } from '../../i18n/current-intl';
import { wordMessage } from '../../i18n/word-message';
import { isolated } from './restore-message';

function refusal(text: string, language: 'ar' | 'en', locale: string = language): string {
  const parsed = parseBackup(text);
  if (parsed.ok) throw new Error('expected the backup to be refused');
  // As the export menu words it, in text: names isolated (U+2068…U+2069 in Arabic; the menu uses <bdi>).
  const intl = createFormatter(language, locale);
  return wordMessage(parsed.message, (id, values) => intl.formatMessage({ id }, values), (text) => isolated(intl, text));
}

describe('a refused backup is explained in the interface language', () => {
  it('in Arabic: not JSON, not a backup, and a newer version with its numbers in the user’s digits', () => {
    expect(refusal('hello', 'ar')).toBe('ليس هذا الملف نسخة احتياطية من «قراءة»: فهو ليس بصيغة JSON.');
    expect(refusal('{"format":"other"}', 'ar')).toBe('ليس هذا الملف نسخة احتياطية من «قراءة».');
    const newer = JSON.stringify({ format: 'qiraa-backup', version: 999 });
    expect(refusal(newer, 'ar', 'ar-u-nu-arab')).toContain('إصدار النسخة ٩٩٩');
    expect(refusal(newer, 'en')).toMatch(/^This backup was made by a newer version of Qira’a \(backup version 999; this version reads up to \d+\)\. Update the app to restore it\.$/);
  });

  it('in Arabic, a backup cut short is called incomplete, not some other kind of file', () => {
    expect(refusal('{"format":"qiraa-backup","version":2,"data":{"notes":[', 'ar')).toBe('هذه النسخة الاحتياطية ناقصة أو تالفة (ينقطع نصها أو يختلّ في أثنائه)، فلم يُستعد منها شيء. جرّب نسخة أخرى منها.');
  });

  it('in Arabic, a damaged backup names the kind of row, its number and the field, in Arabic, the names isolated', () => {
    const collections = [
      { id: 'col-1', name: 'ليبيا', createdAt: 1 },
      { id: 'col-2', name: 'تونس', createdAt: 1e300 },
    ];
    const damaged = JSON.stringify({ format: 'qiraa-backup', version: 2, exportedAt: '2025-01-15T09:30:00.000Z', app: { name: 'x', version: '0' }, data: { settings: [], documentState: [], highlights: [], notes: [], documents: [], documentBodies: [], originals: [], collections } });
    expect(refusal(damaged, 'ar', 'ar-u-nu-arab')).toBe('هذه النسخة الاحتياطية تالفة، فلم تُستعد: صف المجموعة رقم ٢ (\u2068col-2\u2069)، الحقل «\u2068createdAt\u2069»: القيمة \u20681e+300\u2069 ليست وقتًا يمكن أن يحمله تاريخ.');
    expect(refusal(damaged, 'en')).toBe('This backup is damaged and was not restored: collection row 2 (col-2), field “createdAt”: 1e+300 is not a time a date can hold.');
  });

  it('joins several problems with the language’s separator and counts the rest', () => {
    const highlights = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
    const damaged = JSON.stringify({ format: 'qiraa-backup', version: 2, exportedAt: '2025-01-15T09:30:00.000Z', app: { name: 'x', version: '0' }, data: { settings: [], documentState: [], highlights, notes: [], documents: [], documentBodies: [], originals: [], collections: [] } });
    const arabic = refusal(damaged, 'ar');
    expect(arabic.match(/صف التظليل رقم/g)).toHaveLength(3);
    expect(arabic).toContain('؛ ');
    expect(arabic).toMatch(/مشكلة أخرى|مشكلات أخرى/);
    expect(refusal(damaged, 'en')).toMatch(/^This backup is damaged and was not restored: highlight row 1 \(a\), field “docId”: it is missing; highlight row 1 \(a\), field “color”: it is missing; .* \(and \d+ more problems\)\.$/);
  });
});
