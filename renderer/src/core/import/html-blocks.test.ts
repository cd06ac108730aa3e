import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectBlocks, type DomNode } from './html-blocks';

const bodyOf = (html: string) => new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html').querySelector('body') as unknown as DomNode;
const blocks = (html: string) => collectBlocks(bodyOf(html)).map((block) => [block.kind, block.text, block.level]);

describe('collectBlocks', () => {
  it.each([
    ['a heading keeps its level; a paragraph after it is a paragraph', '<h2>الأخبار</h2><p>خبر عاجل</p>', [['heading', 'الأخبار', 2], ['paragraph', 'خبر عاجل', undefined]]],
    ['a paragraph in a quote or a list item takes that kind', '<blockquote><p>قال الوزير</p></blockquote><ul><li><p>أولاً</p></li></ul>', [['quote', 'قال الوزير', undefined], ['list-item', 'أولاً', undefined]]],
    ['inline elements are part of their block', '<p>غداً <b>صباحاً</b> في <a href="#">طرابلس</a></p>', [['paragraph', 'غداً صباحاً في طرابلس', undefined]]],
    ['scripts, styles, forms and media are left out', '<p>نص</p><script>alert(1)</script><style>p{}</style><select><option>خيار</option></select><video>لا يعمل</video>', [['paragraph', 'نص', undefined]]],
    ['blank blocks are dropped', '<div>  </div><p>\n</p><p>كلمة</p>', [['paragraph', 'كلمة', undefined]]],
  ])('%s', (_name, html, expected) => {
    expect(blocks(html)).toEqual(expected);
  });

  it('a caller may skip elements of its own and is told each id with the block it points at', () => {
    const ids: [string, number][] = [];
    const read = collectBlocks(bodyOf('<nav class="x"><p>القائمة</p></nav><p id="a">أول</p><p>ثان <span id="b">داخل</span></p><div id="end"></div>'), {
      skip: (_node, name) => name === 'NAV',
      onId: (id, index) => ids.push([id, index]),
    });
    expect(read.map((block) => block.text)).toEqual(['أول', 'ثان داخل']);
    expect(ids).toEqual([['a', 0], ['b', 1], ['end', 2]]);
  });
});
