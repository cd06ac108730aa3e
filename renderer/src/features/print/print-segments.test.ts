import { describe, expect, it } from 'vitest';
import { printPieces, type PrintMark } from './print-segments';

const TEXT = 'قال الأمين العام للأمم المتحدة إن مجلس الأمن سيجتمع';
const mark = (phrase: string, color: PrintMark['color'] = 'yellow', id = phrase): PrintMark => {
  const start = TEXT.indexOf(phrase);
  return { start, end: start + phrase.length, color, style: 'highlight', id };
};

describe('printPieces', () => {
  it('leaves a block without highlights whole', () => {
    expect(printPieces(TEXT, 0, TEXT.length, [])).toEqual([{ text: TEXT, mark: null }]);
  });

  it('cuts the block at the edges of a highlight, keeping every character once', () => {
    const m = mark('للأمم المتحدة');
    const pieces = printPieces(TEXT, 0, TEXT.length, [m]);
    expect(pieces.map((p) => p.text).join('')).toBe(TEXT);
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['للأمم المتحدة']);
  });

  it('marks only the part of a highlight that lies in this block', () => {
    const m = mark('مجلس الأمن سيجتمع');
    const blockEnd = TEXT.indexOf(' سيجتمع');
    const pieces = printPieces(TEXT, 0, blockEnd, [m]);
    expect(pieces[pieces.length - 1]).toEqual({ text: 'مجلس الأمن', mark: m });
  });

  it('draws the later-starting highlight where two overlap', () => {
    const outer = mark('العام للأمم المتحدة', 'green', 'outer');
    const inner = mark('للأمم', 'pink', 'inner');
    const pieces = printPieces(TEXT, 0, TEXT.length, [outer, inner]);
    expect(pieces.filter((p) => p.mark).map((p) => [p.text, p.mark!.id])).toEqual([
      ['العام ', 'outer'],
      ['للأمم', 'inner'],
      [' المتحدة', 'outer'],
    ]);
  });
});
