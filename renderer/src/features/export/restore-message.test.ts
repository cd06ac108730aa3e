import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../core/export/backup-format';
import { createFormatter } from '../../i18n/current-intl';
import { backupRefusal } from './restore-message';

function refusal(text: string, language: 'ar' | 'en', locale: string = language): string {
  const parsed = parseBackup(text);
  if (parsed.ok) throw new Error('expected the backup to be refused');
  return backupRefusal(createFormatter(language, locale), parsed.message);
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
});
