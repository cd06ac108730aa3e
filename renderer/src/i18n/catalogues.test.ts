import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, type MessageId } from './catalogues';
import { LANGUAGES } from './languages';

const ids = (language: keyof typeof CATALOGUES) => Object.keys(CATALOGUES[language]).sort();

/** The argument names a message uses, in every branch. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

/** The words a message shows: its literal text in every branch, without the ICU syntax. */
function literalText(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if (element.type === TYPE.plural || element.type === TYPE.select) return Object.values(element.options).map((option) => literalText(option.value)).join(' ');
      if (element.type === TYPE.tag) return literalText(element.children);
      return ' ';
    })
    .join('');
}

function pluralsOf(elements: MessageFormatElement[]): string[][] {
  return elements.flatMap((element) => (element.type === TYPE.plural ? [Object.keys(element.options)] : []));
}

describe('the catalogues', () => {
  it('have the same ids in every language', () => {
    for (const language of LANGUAGES) expect(ids(language)).toEqual(ids('en'));
  });

  it.each(LANGUAGES)('hold only valid ICU messages, none empty (%s)', (language) => {
    for (const [id, message] of Object.entries(CATALOGUES[language])) {
      expect(message.trim(), id).not.toBe('');
      expect(() => parse(message), id).not.toThrow();
    }
  });

  it('use the same arguments in both languages', () => {
    for (const id of ids('en') as MessageId[]) {
      expect([...argumentsOf(parse(CATALOGUES.ar[id]))].sort(), id).toEqual([...argumentsOf(parse(CATALOGUES.en[id]))].sort());
    }
  });

  it('give every Arabic plural all six forms', () => {
    for (const id of ids('ar') as MessageId[]) {
      // Exact matches (=0) may come on top of the six.
      for (const forms of pluralsOf(parse(CATALOGUES.ar[id]))) expect(forms.filter((form) => !form.startsWith('=')).sort(), id).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    }
  });

  it('write Arabic messages in Arabic (no English word left in them)', () => {
    // Allowed Latin: names that stay Latin (file formats and extensions, encodings, key names, the language's own name).
    const allowed = /^(?:[A-Z]|JSON|JSON-LD|W3C|PDF|English|Markdown|Ctrl|Shift|Alt|Esc|Enter|Tab|Delete|Backspace|UTF|UTF-8|UTF-16|HTML|EPUB|TXT|MD|Qira'a|Base64)$/i;
    for (const id of ids('ar') as MessageId[]) {
      const text = literalText(parse(CATALOGUES.ar[id]));
      const words = text.match(/[A-Za-z][A-Za-z0-9'-]*/g) ?? [];
      expect(words.filter((word) => !allowed.test(word)), id).toEqual([]);
    }
  });
});

describe('Arabic plurals', () => {
  const highlights = new IntlMessageFormat(CATALOGUES.ar['count.highlights'], 'ar-u-nu-arab');
  const latin = new IntlMessageFormat(CATALOGUES.ar['count.highlights'], 'ar-u-nu-latn');

  it.each([
    [0, 'لا تظليلات'],
    [1, 'تظليل واحد'],
    [2, 'تظليلان'],
    [3, '٣ تظليلات'],
    [11, '١١ تظليلًا'],
    [100, '١٠٠ تظليل'],
  ])('%i highlights: %s', (count, expected) => {
    expect(highlights.format({ count })).toBe(expected);
  });

  it('writes the count in Latin digits when the user chose them', () => {
    expect(latin.format({ count: 11 })).toBe('11 تظليلًا');
  });

  it('counts in English with one and other', () => {
    const english = new IntlMessageFormat(CATALOGUES.en['count.highlights'], 'en');
    expect([0, 1, 2, 1204].map((count) => english.format({ count }))).toEqual(['0 highlights', '1 highlight', '2 highlights', '1,204 highlights']);
  });
});

const SOURCE_ROOTS = ['renderer/src', 'main'].map((dir) => fileURLToPath(new URL(`../../../${dir}`, import.meta.url)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('message ids in the code', () => {
  it('are all in the catalogues', () => {
    const known = new Set(ids('en'));
    const used = new Set<string>();
    for (const file of SOURCE_ROOTS.flatMap(sourceFiles)) {
      const text = readFileSync(file, 'utf8');
      // `id: 'x.y'`, `id="x.y"`, t('x.y'): ids written out whole (composed ids are checked by the typecheck).
      for (const match of text.matchAll(/\bid(?::\s*|=)['"]([a-z][\w-]*(?:\.[\w-]+)+)['"]|\bt\(\s*'([a-z][\w-]*(?:\.[\w-]+)+)'/g)) used.add(match[1] ?? match[2]!);
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((id) => !known.has(id))).toEqual([]);
  });
});
