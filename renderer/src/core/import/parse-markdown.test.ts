import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from './import-types';
import { parseMarkdownDocument } from './parse-markdown';

const SEEDS_DIR = new URL('../../../../seeds/', import.meta.url);
const SEED_NAMES = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort();
const seedLines = (prefix: string): string[] =>
  readFileSync(new URL(SEED_NAMES.find((name) => name.startsWith(prefix)) ?? prefix, SEEDS_DIR), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

// Seed 002: a caption, then paragraphs with the heading "الاستيلاء على طرابلس" among them.
const [, , P1 = '', P2 = '', P3 = ''] = seedLines('002');
const TITLE = 'تحركات أميركية في ليبيا.. أمن المنطقة رهين بكبح التمدد الروسي';
const HEADING = 'الاستيلاء على طرابلس';

const kinds = (doc: ParsedDocument) => doc.blocks.map((block) => [block.kind, block.text]);

function expectExactOffsets(doc: ParsedDocument): void {
  for (const block of doc.blocks) expect(doc.text.slice(block.start, block.end)).toBe(block.text);
  expect(doc.blocks.map((block) => block.text).join('\n\n')).toBe(doc.text);
}

describe('parseMarkdownDocument reads YAML frontmatter', () => {
  const source = `---
title: "${TITLE}"
author: [علي بومنجل, سارة الليبية]
source: العرب
date: 2021-03-15
tags: [ليبيا, الولايات المتحدة]
url: https://alarab.example/article/12345
---

# ${TITLE}

${P1}
`;

  it('title, authors, source, date, tags and address become the document’s metadata', () => {
    const doc = parseMarkdownDocument('مقال.md', source);
    expect(doc).toMatchObject({
      title: TITLE,
      titleDerived: false,
      byline: 'علي بومنجل، سارة الليبية',
      source: 'العرب',
      publishedAt: '2021-03-15',
      tags: ['ليبيا', 'الولايات المتحدة'],
      url: 'https://alarab.example/article/12345',
    });
  });

  it('with a title in the frontmatter, the first # heading is an ordinary heading, and the frontmatter is not text', () => {
    const doc = parseMarkdownDocument('مقال.md', source);
    expect(kinds(doc)).toEqual([
      ['heading', TITLE],
      ['paragraph', P1],
    ]);
    expect(doc.text).not.toContain('tags');
  });

  it('tags may be one comma-separated string, and a date may carry a time', () => {
    const doc = parseMarkdownDocument('مقال.md', `---\nTags: ليبيا، روسيا\nDate: 2021-03-15 10:20:00+02:00\n---\n${P1}\n`);
    expect([doc.tags, doc.publishedAt]).toEqual([['ليبيا', 'روسيا'], '2021-03-15T10:20:00+02:00']);
  });

  it('a javascript: address in the frontmatter is dropped', () => {
    expect(parseMarkdownDocument('مقال.md', `---\nurl: javascript:alert(1)\n---\n${P1}\n`).url).toBeNull();
  });

  it('frontmatter that is not valid YAML is set aside and the body still imported', () => {
    const doc = parseMarkdownDocument('مقال.md', `---\ntitle: [غير مغلق\nauthor: فلان\n---\n# ${TITLE}\n\n${P1}\n`);
    expect(doc.title).toBe(TITLE);
    expect(doc.byline).toBeNull();
    expect(kinds(doc)).toEqual([
      ['title', TITLE],
      ['paragraph', P1],
    ]);
  });

  it('a --- that is never closed is Markdown, not frontmatter, and nothing after it is lost', () => {
    const doc = parseMarkdownDocument('مقال.md', `---\n${P1}\n`);
    expect(doc.text).toBe(P1);
  });

  it('a file saved with Windows line endings reads the same', () => {
    const doc = parseMarkdownDocument('مقال.md', `---\r\ntitle: ${TITLE}\r\n---\r\n${P1}\r\n\r\n${P2}\r\n`);
    expect(doc.title).toBe(TITLE);
    expect(kinds(doc)).toEqual([
      ['paragraph', P1],
      ['paragraph', P2],
    ]);
  });
});

describe('parseMarkdownDocument turns Markdown blocks into plain text blocks', () => {
  it('the first # heading is the title; paragraphs, quotes, list items and later headings keep their kind', () => {
    const source = `# ${TITLE}\n\n${P1}\n\n## ${HEADING}\n\n> ${P2}\n\n- سحب المرتزقة\n- وقف إطلاق النار\n\n# خاتمة\n\n${P3}\n`;
    const doc = parseMarkdownDocument('مقال.md', source);
    expect(doc.title).toBe(TITLE);
    expect(doc.titleDerived).toBe(false);
    expect(kinds(doc)).toEqual([
      ['title', TITLE],
      ['paragraph', P1],
      ['heading', HEADING],
      ['quote', P2],
      ['list-item', 'سحب المرتزقة'],
      ['list-item', 'وقف إطلاق النار'],
      ['heading', 'خاتمة'],
      ['paragraph', P3],
    ]);
    expectExactOffsets(doc);
  });

  it('without a title anywhere, one is derived from the opening sentence', () => {
    const doc = parseMarkdownDocument('مقال.md', `${P1}\n\n${P2}\n`);
    expect(doc.titleDerived).toBe(true);
    expect(doc.title.length).toBeLessThanOrEqual(81);
    expect(P1.startsWith(doc.title.replace(/…$/, ''))).toBe(true);
  });

  it('inline markup is reduced to its text: emphasis, code, link text, image alt text; a soft break is a space', () => {
    const doc = parseMarkdownDocument('مقال.md', 'قال **بومبيو** إن `الحل` ليس [عسكرياً](https://example.com)\nبل ![سياسي](x.png) في ليبيا.\n');
    expect(doc.text).toBe('قال بومبيو إن الحل ليس عسكرياً بل سياسي في ليبيا.');
  });

  it('an ordered list keeps its numbers, a code block its text as written, a table one line per row', () => {
    const doc = parseMarkdownDocument('مقال.md', '3. الأول\n4. الثاني\n\n```\nسطر  أول\n  سطر ثان\n```\n\n| البلد | القوات |\n|---|---|\n| روسيا | ٣٠٠ |\n');
    expect(kinds(doc)).toEqual([
      ['list-item', '3. الأول'],
      ['list-item', '4. الثاني'],
      ['paragraph', 'سطر  أول\n  سطر ثان'],
      ['paragraph', 'البلد | القوات'],
      ['paragraph', 'روسيا | ٣٠٠'],
    ]);
    // "3." is a word (it holds a digit); "|" is not.
    expect(doc.wordCount).toBe(2 + 2 + 4 + 2 + 2);
  });

  it('a seed article written as Markdown paragraphs comes out as the same Arabic text', () => {
    const paragraphs = seedLines('004');
    const doc = parseMarkdownDocument('بيان.md', paragraphs.join('\n\n'));
    expect(doc.text).toBe(paragraphs.join('\n\n'));
  });
});

describe('parseMarkdownDocument keeps nothing of hostile HTML in Markdown', () => {
  const hostile = `# عنوان

<script>alert('block')</script>

<iframe src="https://evil.example"></iframe>

<style>body { display: none }</style>

<div onclick="steal()">

نص داخل div

</div>

قبل <script>alert('inline')</script> بعد <img src=x onerror="alert(1)"> و[رابط](javascript:alert(2)) <object data="x.swf"></object> آخر.

<!-- تعليق -->
`;

  it('only the prose is left: no tags, no script, no handler, no address', () => {
    const doc = parseMarkdownDocument('خبيث.md', hostile);
    expect(kinds(doc)).toEqual([
      ['title', 'عنوان'],
      ['paragraph', 'نص داخل div'],
      ['paragraph', 'قبل  بعد  ورابط  آخر.'],
    ]);
    for (const trace of ['<', 'script', 'alert', 'onerror', 'onclick', 'javascript', 'iframe', 'display', 'تعليق']) {
      expect(doc.text).not.toContain(trace);
    }
  });
});
