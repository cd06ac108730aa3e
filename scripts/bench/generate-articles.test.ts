import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseCorpusText } from '../../renderer/src/core/corpus/parse-corpus';
import { encodeWindows1256 } from './generate-articles-formats';
import { corpusMaterial, generateArticles, readSeedTexts } from './generate-articles';

const material = corpusMaterial(readSeedTexts());
const articles = generateArticles(material, { count: 2000 });
const decode = (bytes: Uint8Array, encoding: string) => new TextDecoder(encoding).decode(bytes);
const totalBytes = (list: readonly { bytes: Uint8Array }[]) => list.reduce((sum, a) => sum + a.bytes.length, 0);

describe('generateArticles', () => {
  it('gives the same bytes for the same seed and different ones for another seed', () => {
    const again = generateArticles(material, { count: 50 });
    expect(again.map((a) => a.fileName)).toEqual(articles.slice(0, 50).map((a) => a.fileName));
    again.forEach((a, i) => expect(a.bytes).toEqual(articles[i]!.bytes));
    const other = generateArticles(material, { count: 50, seed: 2 });
    expect(other.filter((a, i) => a.content.title === articles[i]!.content.title).length).toBeLessThan(10);
  });

  it('writes 2,000 articles of about 6.5 KB, 13 MB in all', () => {
    expect(new Set(articles.map((a) => a.fileName)).size).toBe(2000);
    expect(totalBytes(articles) / 1e6).toBeGreaterThan(12);
    expect(totalBytes(articles) / 1e6).toBeLessThan(14);
    for (const article of articles) {
      expect(article.bytes.length).toBeGreaterThan(1500);
      expect(article.bytes.length).toBeLessThan(16_000);
      expect(article.content.paragraphs.length).toBeGreaterThanOrEqual(5);
      expect(article.content.paragraphs.length).toBeLessThanOrEqual(20);
    }
  });

  it('mixes about 10% Markdown, 10% HTML and a few windows-1256 files into the .txt ones', () => {
    const count = (test: (a: (typeof articles)[number]) => boolean) => articles.filter(test).length;
    expect(count((a) => a.format === 'md')).toBeGreaterThan(150);
    expect(count((a) => a.format === 'md')).toBeLessThan(250);
    expect(count((a) => a.format === 'html')).toBeGreaterThan(150);
    expect(count((a) => a.format === 'html')).toBeLessThan(250);
    expect(count((a) => a.encoding === 'windows-1256')).toBeGreaterThan(10);
    expect(count((a) => a.encoding === 'windows-1256')).toBeLessThan(100);
    expect(count((a) => a.encoding === 'windows-1256' && a.format === 'html')).toBeGreaterThan(0);
  });

  it('writes .txt files the corpus parser splits into the title, source, paragraphs, subheadings and tags', () => {
    for (const article of articles.filter((a) => a.format === 'txt')) {
      const text = decode(article.bytes, article.encoding);
      const document = parseCorpusText('id', article.fileName, text);
      const texts = (kind: string) => document.blocks.filter((b) => b.kind === kind).map((b) => b.text);
      expect(document.titleDerived).toBe(false);
      expect(document.title).toBe(article.content.title);
      expect(document.source).toBe(article.content.source);
      expect(texts('paragraph')).toEqual(article.content.paragraphs);
      expect(texts('heading')).toEqual([...article.content.headings.values()]);
      expect(document.tags).toEqual(article.content.tags);
    }
  });

  it('keeps the words when asked for UTF-8 .txt files only', () => {
    const plain = generateArticles(material, { count: 200, plainTextOnly: true });
    expect(plain.every((a) => a.format === 'txt' && a.encoding === 'utf-8' && a.fileName.endsWith('.txt'))).toBe(true);
    expect(plain.map((a) => a.content.title)).toEqual(articles.slice(0, 200).map((a) => a.content.title));
  });

  it('writes Markdown frontmatter that YAML reads back', () => {
    const article = articles.find((a) => a.format === 'md')!;
    const text = decode(article.bytes, 'utf-8');
    const frontmatter = parseYaml(text.split('---\n')[1]!) as Record<string, unknown>;
    expect(frontmatter['title']).toBe(article.content.title);
    expect(frontmatter['author']).toBe(article.content.author);
    expect(frontmatter['tags']).toEqual(article.content.tags);
    expect(text).toContain(`\n\n${article.content.paragraphs[0]}\n\n`);
  });

  it('declares the encoding of windows-1256 pages, whose bytes decode back to the text', () => {
    const page = articles.find((a) => a.format === 'html' && a.encoding === 'windows-1256')!;
    const text = decode(page.bytes, 'windows-1256');
    expect(text).toContain('<meta charset="windows-1256">');
    expect(text).toContain(`<h1>${page.content.title}</h1>`);
    expect(decode(page.bytes, 'utf-8')).not.toContain(page.content.title);
  });
});

describe('encodeWindows1256', () => {
  it('inverts the decoder, and refuses what the code page lacks', () => {
    const text = 'قال «المسؤول» — 23 يناير؛ هل؟\r\n';
    expect(decode(encodeWindows1256(text), 'windows-1256')).toBe(text);
    expect(encodeWindows1256('ا').length).toBe(1);
    expect(() => encodeWindows1256('ﷺ')).toThrow(/windows-1256/);
  });
});
