import { describe, expect, it } from 'vitest';
import { closeEmptyElements, readSection } from './epub-section';

const page = (body: string, head = '<title>فصل</title>') => `<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head>${head}</head><body>${body}</body></html>`;

describe('closeEmptyElements', () => {
  it.each([
    ['<script src="a.js"/>', '<script src="a.js"></script>'],
    ['<title/>', '<title></title>'],
    ['<a id="page5" />', '<a id="page5"></a>'],
    ['<div class="x" data-note=\'a/>b\'/>', '<div class="x" data-note=\'a/>b\'></div>'],
    ['<br/><hr /><img src="x.png"/>', '<br/><hr /><img src="x.png"/>'],
    ['<p>نص</p>', '<p>نص</p>'],
  ])('%s → %s', (xhtml, html) => {
    expect(closeEmptyElements(xhtml)).toBe(html);
  });
});

describe('readSection', () => {
  it('a self-closed script or title does not swallow the text after it', () => {
    const { blocks } = readSection(page('<script src="x.js"/><p>الفقرة الأولى</p><textarea/><p>الفقرة الثانية</p>', '<title/><script type="text/javascript" src="y.js"/>'));
    expect(blocks.map((block) => block.text)).toEqual(['الفقرة الأولى', 'الفقرة الثانية']);
  });

  it('finds the block an id points at: a heading, a paragraph, an empty anchor before a paragraph, a mark inside one', () => {
    const { blocks, anchors } = readSection(page('<h2 id="h">عنوان</h2><p>أول</p><a id="page7"/><p>ثان <span id="inner">داخل</span></p><div id="end"></div>'));
    expect(blocks.map((block) => block.text)).toEqual(['عنوان', 'أول', 'ثان داخل']);
    expect(Object.fromEntries(anchors)).toEqual({ h: 0, page7: 2, inner: 2, end: 3 });
  });

  it('decodes HTML entities (a no-break space is a space, as in .html imports) and keeps line breaks inside a paragraph', () => {
    const { blocks } = readSection(page('<p>بيت&nbsp;شعر<br/>الشطر الثاني &amp; &#x627;</p>'));
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'بيت شعر\nالشطر الثاني & ا' }]);
  });

  it('keeps the spacing of preformatted text, as an .html import does', () => {
    const { blocks } = readSection(page('<p>  قفا   نبك  </p><pre>سطر  أول\n  سطر ثان</pre>'));
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'قفا نبك' },
      { kind: 'paragraph', text: 'سطر  أول\n  سطر ثان' },
    ]);
  });

  it('leaves out the navigation lists of a navigation document in the spine', () => {
    const { blocks } = readSection(page('<nav epub:type="toc"><h1>المحتويات</h1><ol><li><a href="c1.xhtml">الفصل الأول</a></li></ol></nav><nav epub:type="landmarks"><ol><li>الغلاف</li></ol></nav><p>مقدمة</p>'));
    expect(blocks.map((block) => block.text)).toEqual(['مقدمة']);
  });
});
