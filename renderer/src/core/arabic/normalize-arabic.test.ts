import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArabic, toNormalizedOffset, toOriginalRange } from './normalize-arabic';

const seedsDir = new URL('../../../../seeds/', import.meta.url);
const corpus = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, seedsDir), 'utf8'));

const norm = (text: string) => normalizeArabic(text).text;

describe('normalizeArabic', () => {
  // Words taken from the corpus, with the variant a rule folds away.
  it.each([
    ['drops tashkeel (tanween, shadda)', 'دوليّاً', 'دوليا'],
    ['drops damma and fatha', 'مُذكّراً وأكَّد', 'مذكرا واكد'],
    ['drops the superscript alef', 'هٰذا', 'هذا'],
    ['drops Quranic annotation marks', 'الليبيةۖ', 'الليبيه'],
    ['drops tatweel', 'بـ “احترام', 'ب "احترام'],
    ['drops stretched tatweel inside a word', 'الليبيــة', 'الليبيه'],
    ['folds alef with hamza above', 'أمريكيا', 'امريكيا'],
    ['folds alef with hamza below', 'إطلاق', 'اطلاق'],
    ['folds alef with madda', 'آخر', 'اخر'],
    ['folds alef wasla', 'ٱلأمم', 'الامم'],
    ['folds alef maqsura into ya', 'إلى مستوى', 'الي مستوي'],
    ['folds ta marbuta into ha', 'السيادة الليبية', 'السياده الليبيه'],
    ['folds waw with hamza into waw', 'المسؤولين', 'المسوولين'],
    ['folds ya with hamza into ya', 'رئيس الفصائل', 'رييس الفصايل'],
    ['keeps the free-standing hamza', 'إجراءات', 'اجراءات'],
    ['folds Persian yeh and keheh', 'ليبیا کذلك', 'ليبيا كذلك'],
    ['folds Arabic-Indic digits', 'في ٢٣ يناير', 'في 23 يناير'],
    ['folds Eastern Arabic-Indic digits', '۲۰۲۱', '2021'],
    ['removes bidi marks and isolates', 'ليبيا\u200F (AP)\u2066x\u2069\u202B\u202C\u061C\uFEFF', 'ليبيا (ap)x'],
    ['removes zero-width joiners and spaces', 'لا\u200Dحل\u200B', 'لاحل'],
    ['collapses whitespace runs', 'وأضافت  أنه\n\n\tقال\u00A0\u2003هنا', 'واضافت انه قال هنا'],
    ['collapses whitespace across removed controls', 'ليبيا \u200F \u200F تابعنا', 'ليبيا تابعنا'],
    ['lower-cases Latin', 'Africom (AP) ÉCOLE', 'africom (ap) école'],
    ['straightens typographic double quotes', '«القائم» “ندعو” „x‟', '"القايم" "ندعو" "x"'],
    ['straightens typographic single quotes', '‘x’ ‚y‛', "'x' 'y'"],
    ['leaves plain ASCII and Arabic punctuation alone', 'ليبيا، (2020) - "نعم"؟', 'ليبيا، (2020) - "نعم"؟'],
  ])('%s', (_rule, input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  it.each([
    ['دوليّاً', 'دوليًا'],
    ['وفقًا', 'وفقاً'],
    ['تؤكّد هذه الزيارة', 'تؤكد هذه الزيارة'],
    ['أنّ التطورات', 'أن التطورات'],
  ])('makes the corpus spellings %s and %s identical', (a, b) => {
    expect(norm(a)).toBe(norm(b));
  });

  it('makes a fully vocalised corpus sentence match its bare form', () => {
    const bare = 'دعت الولايات المتحدة إلى الانسحاب الفوري للقوات الروسية والتركية من ليبيا';
    const vocalised = 'دَعَتِ الوِلايَاتُ المُتَّحِدَةُ إِلَى الانْسِحَابِ الفَوْرِيِّ لِلْقُوَّاتِ الرُّوسِيَّةِ والتُّرْكِيَّةِ مِنْ لِيبْيَا';
    expect(norm(vocalised)).toBe(norm(bare));
    expect(norm(corpus.join('\n'))).toContain(norm(vocalised));
  });

  it('maps a match in the normalised text back to the diacritised original words', () => {
    const original = 'أكّد القائم بالأعمال هاريس مجدّدا أنّه';
    const n = normalizeArabic(original);
    const at = n.text.indexOf('مجددا');
    const range = toOriginalRange(n, at, at + 'مجددا'.length);
    expect(original.slice(range.start, range.end)).toBe('مجدّدا');
  });

  it('keeps the diacritics of the last matched letter but not dropped characters around the match', () => {
    const original = 'قال \u200Fفوراً\u200F ثم';
    const n = normalizeArabic(original);
    const at = n.text.indexOf('فورا');
    const range = toOriginalRange(n, at, at + 4);
    expect(original.slice(range.start, range.end)).toBe('فوراً');
  });

  it('maps a collapsed space back to the whole whitespace run it stands for', () => {
    const original = 'في ليبيا.\n\n\u200F\nيمثل';
    const n = normalizeArabic(original);
    expect(n.text).toBe('في ليبيا. يمثل');
    const space = n.text.indexOf(' ', 3);
    expect(toOriginalRange(n, 3, space + 1)).toEqual({ start: 3, end: original.indexOf('يمثل') });
  });

  it('maps the end of the normalised text to the end of the original', () => {
    const n = normalizeArabic('ليبيا\u200F');
    expect(n.toOriginal[n.text.length]).toBe('ليبيا\u200F'.length);
    expect(toOriginalRange(n, 0, 0)).toEqual({ start: 0, end: 0 });
  });

  it('normalises the whole corpus without changing what it does not fold', () => {
    for (const text of corpus) {
      const n = normalizeArabic(text);
      expect(n.text.length).toBeGreaterThan(text.length * 0.9);
      // eslint-disable-next-line no-misleading-character-class -- the class lists lone combining marks on purpose
      expect(n.text).not.toMatch(/[\u064B-\u065F\u0640\u0670\u0623\u0625\u0622\u0649\u0629“”«»]|\s\s/);
    }
  });

  it('rejects a normalised range outside the text', () => {
    expect(() => toOriginalRange(normalizeArabic('abc'), 2, 4)).toThrow(RangeError);
  });
});

describe('the offset map', () => {
  // Corpus words mixed with every kind of character a rule touches.
  const pieces = [
    ...corpus[0]!.split(' ').slice(0, 40),
    'ً', 'ّ', 'ٰ', 'ۖ', 'ـ', '\u200F', '\u2066', '\uFEFF', ' ', '  ', '\n', '\t', '\u00A0',
    'أ', 'ى', 'ة', 'ؤ', 'ئ', '٣', '۷', '«', '”', '’', 'A', 'z', '😀',
  ];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));
  const anyTexts = fc.oneof(texts, fc.string({ unit: 'binary', maxLength: 80 }));

  it('is non-decreasing and ends at the original length', () => {
    fc.assert(
      fc.property(anyTexts, (original) => {
        const n = normalizeArabic(original);
        expect(n.toOriginal.length).toBe(n.text.length + 1);
        expect(n.toOriginal[n.text.length]).toBe(original.length);
        for (let i = 1; i < n.toOriginal.length; i++) {
          expect(n.toOriginal[i]!).toBeGreaterThan(n.toOriginal[i - 1]!);
        }
      }),
    );
  });

  it('maps every normalised character back to the original character it came from', () => {
    fc.assert(
      fc.property(anyTexts, (original) => {
        const n = normalizeArabic(original);
        for (let i = 0; i < n.text.length; i++) {
          const from = n.toOriginal[i]!;
          expect(norm(original[from]!)).toBe(n.text[i]);
          expect(norm(original.slice(from, n.originalEnd[i]))).toBe(n.text[i]);
        }
      }),
    );
  });

  it('maps random original ranges to normalised ranges with the same normalised content', () => {
    const cases = texts.chain((original) =>
      fc.tuple(fc.constant(original), fc.nat(original.length), fc.nat(original.length)),
    );
    fc.assert(
      fc.property(cases, ([original, a, b]) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const n = normalizeArabic(original);
        const start = toNormalizedOffset(n, from);
        const end = toNormalizedOffset(n, to);
        const expected = norm(original.slice(from, to));
        // A slice that begins inside a whitespace run has its own leading space.
        expect([expected, expected.replace(/^ /, '')]).toContain(n.text.slice(start, end));
      }),
    );
  });

  it('maps normalised ranges to original ranges that start and end on matched characters', () => {
    const cases = texts.chain((original) => {
      const length = norm(original).length;
      return fc.tuple(fc.constant(original), fc.nat(length), fc.nat(length));
    });
    fc.assert(
      fc.property(cases, ([original, a, b]) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const n = normalizeArabic(original);
        const range = toOriginalRange(n, start, end);
        const covered = original.slice(range.start, range.end);
        expect(norm(covered)).toBe(n.text.slice(start, end));
        if (start < end) {
          // Nothing dropped dangles at the start; the end is a kept character or one of its marks.
          expect(norm(covered[0]!)).not.toBe('');
          expect(/[^\u0640\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]$/.test(covered)).toBe(true);
        }
      }),
    );
  });
});
