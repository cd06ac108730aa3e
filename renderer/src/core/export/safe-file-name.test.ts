import { describe, expect, it } from 'vitest';
import { createUniqueNamer, safeFileName, truncateUtf8, utf8ByteLength } from './safe-file-name';

describe('safeFileName', () => {
  it.each([
    ['keeps an Arabic title as it is', 'انسحاب القوات الأجنبية من ليبيا', 'انسحاب القوات الأجنبية من ليبيا'],
    ['replaces characters Windows forbids', 'سؤال: من؟ <نعم> "لا" a/b\\c|d?e*f', 'سؤال من؟ نعم لا a b c d e f'],
    ['replaces characters Obsidian links cannot hold', 'عنوان #وسم [مربع] ^رمز', 'عنوان وسم مربع رمز'],
    ['drops control and bidi characters', 'سطر\u0000\t\n\u200Fجديد\u202E', 'سطر جديد'],
    ['drops trailing dots and spaces', 'نهاية...  ', 'نهاية'],
    ['drops leading dots so the file is not hidden', '..مخفي', 'مخفي'],
    ['renames a Windows device name', 'CON', 'CON_'],
    ['renames a Windows device name with an extension', 'com1.txt', 'com1_.txt'],
    ['keeps a name that only starts like a device', 'CONTACT', 'CONTACT'],
    ['falls back when nothing is left', ' ?*. ', 'untitled'],
    ['composes decomposed letters (macOS) to NFC', 'Cafe\u0301', 'Café'],
  ])('%s', (_, title, expected) => {
    expect(safeFileName(title)).toBe(expected);
  });

  it('fits long Arabic titles in 150 bytes of UTF-8 without cutting a letter', () => {
    const title = 'الولايات المتحدة تدعو إلى الانسحاب الفوري للقوات الروسية والتركية من ليبيا بعد انتهاء المهلة المحددة في اتفاق الأمم المتحدة لوقف إطلاق النار';
    const name = safeFileName(title);
    expect(utf8ByteLength(name)).toBeLessThanOrEqual(150);
    expect(title.startsWith(name)).toBe(true);
    expect(name).not.toMatch(/\s$/);
  });

  it('never splits an emoji when truncating', () => {
    expect(truncateUtf8('ab📰', 5)).toBe('ab');
    expect(truncateUtf8('ab📰', 6)).toBe('ab📰');
  });
});

describe('createUniqueNamer', () => {
  it('numbers names that are taken, ignoring case as Windows and macOS do', () => {
    const unique = createUniqueNamer();
    expect(['ليبيا', 'ليبيا', 'Notes', 'notes', 'ليبيا'].map(unique)).toEqual(['ليبيا', 'ليبيا (2)', 'Notes', 'notes (2)', 'ليبيا (3)']);
  });

  it('shortens a long name so the number still fits', () => {
    const unique = createUniqueNamer(20);
    const long = 'ليبيا ليبيا ليبيا'; // 31 bytes > 20, as if already cut by safeFileName at a larger limit
    unique(long);
    const second = unique(long);
    expect(second.endsWith(' (2)')).toBe(true);
    expect(utf8ByteLength(second)).toBeLessThanOrEqual(20);
  });
});
