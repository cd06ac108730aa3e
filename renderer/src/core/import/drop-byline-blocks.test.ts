import { describe, expect, it } from 'vitest';
import type { TextBlock } from './build-document';
import { dropBylineBlocks } from './drop-byline-blocks';

const title: TextBlock = { kind: 'title', text: 'تحركات أميركية في ليبيا' };
const body: TextBlock = { kind: 'paragraph', text: 'وقال المتحدث إن المفاوضات ستستأنف الأسبوع المقبل في جنيف.' };
const para = (text: string): TextBlock => ({ kind: 'paragraph', text });

describe('dropBylineBlocks', () => {
  it.each([
    ['the byline with its “by” word', [title, para('بقلم: مراسلنا'), body], 'مراسلنا'],
    ['the “by” word left alone by an author link', [title, para('بقلم:'), body], 'مراسلنا'],
    ['the word and the name as two blocks', [title, para('بقلم:'), para('مراسلنا'), body], 'مراسلنا'],
    ['the byline as Readability gave it, with no headline before it', [para('بقلم: مراسلنا'), body], 'بقلم: مراسلنا'],
    ['an English byline', [title, para('By  Jane Doe.'), body], 'Jane Doe'],
  ])('leaves out %s', (_case, blocks, byline) => {
    expect(dropBylineBlocks(blocks, byline)).toEqual(blocks[0] === title ? [title, body] : [body]);
  });

  it.each([
    ['no byline', [title, para('بقلم: مراسلنا'), body], null],
    ['a paragraph that only starts with “كتب”', [title, para('كتب المؤرخون كثيراً عن هذه الحقبة'), body], 'مراسلنا'],
    ['another name', [title, para('بقلم: محمد علي'), body], 'مراسلنا'],
    ['the byline further down the article', [title, body, para('بقلم: مراسلنا')], 'مراسلنا'],
    ['a byline that is the whole article', [title, para('بقلم: مراسلنا')], 'مراسلنا'],
    ['a heading that repeats the name', [title, { kind: 'heading', text: 'مراسلنا' } as TextBlock, body], 'مراسلنا'],
  ])('keeps every block with %s', (_case, blocks, byline) => {
    expect(dropBylineBlocks(blocks, byline)).toBe(blocks);
  });
});
