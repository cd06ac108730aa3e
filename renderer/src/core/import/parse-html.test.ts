import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arabicNewsPage } from './import-fixtures';
import type { ParsedDocument } from './import-types';
import { parseHtmlDocument } from './parse-html';

const SEEDS_DIR = new URL('../../../../seeds/', import.meta.url);
const SEED_NAMES = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort();
const seedLines = (prefix: string): string[] =>
  readFileSync(new URL(SEED_NAMES.find((name) => name.startsWith(prefix)) ?? prefix, SEEDS_DIR), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

const LINES_003 = seedLines('003');
const LINES_002 = seedLines('002');
const TITLE = LINES_003[0] ?? '';
const PARAGRAPHS = LINES_003.filter((line) => line.length > 200).slice(0, 4);
const CAPTION = LINES_002[0] ?? '';
const QUOTE = 'لا حل عسكرياً للأزمة في ليبيا، ونريد التعاون مع روسيا لإنهاء الصراع هناك.';
const LIST_ITEMS = ['سحب القوات الأجنبية والمرتزقة', 'إجراء الانتخابات في موعدها'];
const BYLINE = 'بقلم علي بومنجل الجزائري';

const NEWS_PAGE = arabicNewsPage({ title: TITLE, byline: BYLINE, paragraphs: PARAGRAPHS, heading: 'الاستيلاء على طرابلس', quote: QUOTE, listItems: LIST_ITEMS, caption: CAPTION });

function parsed(fileName: string, html: string): ParsedDocument {
  const doc = parseHtmlDocument(fileName, html);
  if (doc === null) throw new Error('expected a document');
  return doc;
}

describe('parseHtmlDocument on a saved Arabic news page', () => {
  const doc = parsed('تحركات أميركية.html', NEWS_PAGE);

  it('the headline is the title, not the page title with the site name', () => {
    expect(doc.title).toBe(TITLE);
    expect(doc.titleDerived).toBe(false);
  });

  it('byline, site, date, address and tags come from the page', () => {
    expect(doc).toMatchObject({
      byline: BYLINE,
      source: 'العرب',
      publishedAt: '2021-03-15T10:20:00+02:00',
      url: 'https://alarab.example/article/12345',
      tags: ['ليبيا', 'الولايات المتحدة'],
    });
  });

  it('the article comes out as blocks of the same Arabic text, in order, with their kinds', () => {
    expect(doc.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['title', TITLE],
      ...PARAGRAPHS.map((text) => ['paragraph', text]),
      ['heading', 'الاستيلاء على طرابلس'],
      ['quote', QUOTE],
      ...LIST_ITEMS.map((text) => ['list-item', text]),
      ['caption', CAPTION],
    ]);
    for (const block of doc.blocks) expect(doc.text.slice(block.start, block.end)).toBe(block.text);
  });

  it('navigation, ads, share buttons, the cookie banner and the footer are left out', () => {
    for (const chrome of ['الرئيسية', 'إعلان', 'شارك المقال', 'ملفات تعريف الارتباط', 'جميع الحقوق محفوظة', 'dataLayer', 'display']) {
      expect(doc.text).not.toContain(chrome);
    }
  });

  it('words are counted in the article only', () => {
    const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    const article = [TITLE, ...PARAGRAPHS, 'الاستيلاء على طرابلس', QUOTE, ...LIST_ITEMS, CAPTION];
    expect(doc.wordCount).toBe(article.reduce((sum, text) => sum + words(text), 0));
  });
});

describe('parseHtmlDocument keeps nothing of a hostile page but its text', () => {
  const hostile = `<!DOCTYPE html><html><head>
  <title>صفحة خبيثة</title>
  <meta http-equiv="refresh" content="0; url=javascript:alert('refresh')">
  <base href="javascript:alert('base')//">
  <link rel="canonical" href="javascript:alert('canonical')">
  <style>body { background: url("javascript:alert('css')") }</style>
  <script>alert('head')</script>
</head><body onload="alert('body')">
  <article>
    <h1 onclick="alert('h1')">عنوان المقال</h1>
    <p>${PARAGRAPHS[0]}<img src="x" onerror="alert('img')"></p>
    <p>اضغط <a href="javascript:alert('link')" onmouseover="alert('hover')">هنا</a> للمزيد من التفاصيل عن الاجتماع الذي عقد في بنغازي.</p>
    <iframe src="https://evil.example/frame" srcdoc="<script>alert('srcdoc')</script>">إطار</iframe>
    <object data="evil.swf"><param name="x" value="y">كائن</object>
    <embed src="evil.swf">
    <svg><script>alert('svg')</script><text>رسم</text></svg>
    <form action="https://evil.example"><input value="سرقة"><button>أرسل</button><textarea>نص مخفي</textarea></form>
    <noscript><img src="https://evil.example/pixel"></noscript>
    <script>document.write('<p>مكتوب</p>')</script>
    <p>${PARAGRAPHS[1]}</p>
  </article>
</body></html>`;

  it('only paragraphs of plain text come out', () => {
    const doc = parsed('خبيث.html', hostile);
    expect(doc.title).toBe('صفحة خبيثة');
    expect(doc.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'عنوان المقال'],
      ['paragraph', PARAGRAPHS[0]],
      ['paragraph', 'اضغط هنا للمزيد من التفاصيل عن الاجتماع الذي عقد في بنغازي.'],
      ['paragraph', PARAGRAPHS[1]],
    ]);
    for (const trace of ['<', 'alert', 'javascript', 'onerror', 'onclick', 'evil', 'swf', 'إطار', 'كائن', 'رسم', 'سرقة', 'أرسل', 'نص مخفي', 'مكتوب', 'background']) {
      expect(doc.text).not.toContain(trace);
      expect(doc.title).not.toContain(trace);
    }
    expect(doc.url).toBeNull();
  });
});

describe('parseHtmlDocument on pages that are not articles', () => {
  it('a short page Readability finds no article in is read block by block', () => {
    const doc = parsed('قصير.html', '<html><head><title>ملاحظة</title></head><body><div>اجتماع في طرابلس</div><div>غداً <b>صباحاً</b></div></body></html>');
    expect(doc.blocks.map((block) => block.text)).toEqual(['اجتماع في طرابلس', 'غداً صباحاً']);
    expect(doc.title).toBe('ملاحظة');
  });

  it('a bare fragment without <html> or <body> is read too', () => {
    const doc = parsed('مقطع.html', `<p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>`);
    expect(doc.text).toBe(`${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}`);
    expect(doc.titleDerived).toBe(true);
  });

  it('the fallback text of a video or an audio player is not read as prose', () => {
    const doc = parsed('مرئي.html', '<html><body><div>تقرير مصور</div><video src="a.mp4">متصفحك لا يدعم تشغيل الفيديو</video><audio><p>لا يمكن تشغيل الصوت</p></audio></body></html>');
    expect(doc.blocks.map((block) => block.text)).toEqual(['تقرير مصور']);
  });

  it('a page with no text at all gives no document', () => {
    expect(parseHtmlDocument('فارغ.html', '<html><body><script>alert(1)</script><img src="x.png"><div>   </div></body></html>')).toBeNull();
    expect(parseHtmlDocument('فارغ.html', '')).toBeNull();
  });

  it('white space is collapsed, but a <br> stays a line break and <pre> keeps its spacing', () => {
    const doc = parsed('شعر.html', '<html><body><p>  قفا   نبك\n  من ذكرى <br> حبيب ومنزل  </p><pre>سطر  أول\n  سطر ثان</pre></body></html>');
    expect(doc.blocks.map((block) => block.text)).toEqual(['قفا نبك من ذكرى\nحبيب ومنزل', 'سطر  أول\n  سطر ثان']);
  });

  it('a page titled with the site’s name alone takes its headline as the title', () => {
    const page = `<html><head><title>العرب | سياسة</title><meta property="og:site_name" content="العرب"></head><body><article><h1>${TITLE}</h1><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p></article></body></html>`;
    const doc = parsed('x.html', page);
    expect([doc.title, doc.blocks[0]?.kind]).toEqual([TITLE, 'title']);
  });

  it('the address comes from og:url when there is no canonical link', () => {
    const doc = parsed('x.html', `<html><head><meta property="og:url" content="https://alarab.example/a/1"></head><body><p>${PARAGRAPHS[0]}</p></body></html>`);
    expect(doc.url).toBe('https://alarab.example/a/1');
  });

  describe('a byline Readability found is not also the text’s first paragraph', () => {
    const page = (head: string, top: string): string =>
      `<html lang="ar"><head><title>خبر</title>${head}</head><body><article><h1>${TITLE}</h1>${top}<p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p></article></body></html>`;
    it.each([
      ['an author link inside the paragraph', '', '<p>بقلم: <a rel="author" href="/author/1">مراسلنا</a></p>', 'مراسلنا'],
      ['the page’s author meta repeated at the top', '<meta name="author" content="مراسلنا">', '<p>بقلم: مراسلنا</p>', 'مراسلنا'],
      ['an element with class="byline"', '', '<p class="byline">بقلم: مراسلنا</p>', 'بقلم: مراسلنا'],
    ])('%s', (_case, head, top, byline) => {
      const doc = parsed('خبر.html', page(head, top));
      expect(doc.byline).toBe(byline);
      expect(doc.blocks.map((block) => block.text)).toEqual([TITLE, PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]]);
      expect(doc.text.startsWith(`${TITLE}\n`) && !doc.text.includes('بقلم')).toBe(true);
      for (const block of doc.blocks) expect(doc.text.slice(block.start, block.end)).toBe(block.text);
    });
  });
});
