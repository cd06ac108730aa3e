import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../core/anchoring/selectors';
import { parseCorpusText } from '../../core/corpus/parse-corpus';
import { createResearchIndex } from '../../core/search/research-index';
import { searchResearch } from '../../core/search/search-research';
import { noteRow } from '../../data/note-store';
import { bundledVersion, documentSource, highlightItem, noteItem, versionChanges } from './research-sources';
import { toResultGroups } from './result-hits';

const DOC = '000_14e37202ef5eb1ed';
/** A bundled article as the worker receives it; 003 has a title line, 001 a byline. */
function sourceOf(docId: string) {
  const text = readFileSync(new URL(`../../../../seeds/${docId}.txt`, import.meta.url), 'utf8');
  const corpus = parseCorpusText(docId, `${docId}.txt`, text);
  return { text, corpus, source: { id: corpus.id, title: corpus.title, text, blocks: corpus.blocks.map((b) => [b.kind, b.start, b.end] as const) } };
}
const { text, source } = sourceOf(DOC);

describe('documentSource', () => {
  it('keeps the body at its original offsets and blanks out the title line and the rest', () => {
    const { text, corpus, source } = sourceOf('003_a77fd7e03d334798');
    const { item, titleStart } = documentSource(source);
    expect(item.text).toHaveLength(text.length);
    for (const block of corpus.blocks) {
      const kept = item.text.slice(block.start, block.end);
      if (['heading', 'paragraph', 'caption', 'quote', 'list-item'].includes(block.kind)) expect(kept).toBe(block.text);
      else expect(kept.trim()).toBe('');
    }
    expect(titleStart).toBe(0);
    expect(text.slice(0, corpus.title.length)).toBe(corpus.title);
    expect(item.title).toBe(corpus.title);
  });

  it('gives hits whose offsets select the original characters, diacritics included', () => {
    const { text, corpus, source } = sourceOf('002_c93f435b5cdcdac7');
    const { item, titleStart } = documentSource(source);
    const hit = toResultGroups(searchResearch(createResearchIndex([item]), 'مذكرا'), () => ({ title: corpus.title, titleStart })).documents[0]!;
    expect(hit.field).toBe('text');
    expect(text.slice(hit.range!.start, hit.range!.end)).toBe('مُذكّراً');
    expect(hit.excerpt.match).toBe('مُذكّراً');
  });

  it('puts a match in the title on the title line of the original text', () => {
    const { text, source } = sourceOf('003_a77fd7e03d334798');
    const { item, titleStart } = documentSource(source);
    const hit = toResultGroups(searchResearch(createResearchIndex([item]), 'تحركات أميركية'), () => ({ title: source.title, titleStart })).documents[0]!;
    expect(hit.field).toBe('title');
    expect(text.slice(hit.range!.start, hit.range!.end)).toBe('تحركات أميركية');
  });

  it('indexes a renamed document under its new title, its title line still found as text where it is', () => {
    const { text, corpus, source } = sourceOf('003_a77fd7e03d334798');
    const { item, titleStart } = documentSource(source, 'مقالة مسماة زنجبيل');
    expect(item.title).toBe('مقالة مسماة زنجبيل');
    expect(titleStart).toBeNull();
    expect(item.text).toHaveLength(text.length);
    const groups = (query: string) => toResultGroups(searchResearch(createResearchIndex([item]), query), () => ({ title: item.title, titleStart }));
    const renamed = groups('زنجبيل').documents[0]!;
    expect([renamed.field, renamed.title, renamed.range]).toEqual(['title', 'مقالة مسماة زنجبيل', null]);
    const old = groups('تحركات أميركية').documents[0]!;
    expect(old.field).toBe('text');
    expect(text.slice(old.range!.start, old.range!.end)).toBe('تحركات أميركية');
    expect(old.range!.end).toBeLessThanOrEqual(corpus.title.length);
  });

  it('leaves the byline out of the searched text', () => {
    const { corpus, source } = sourceOf('001_10e699bd053cc6a9');
    expect(corpus.byline).toBe('بقلم علي بومنجل الجزائري');
    const index = createResearchIndex([documentSource(source).item]);
    expect(searchResearch(index, 'بومنجل').counts.document).toBe(0);
    expect(searchResearch(index, 'أفريكوم').counts.document).toBe(1);
  });
});

describe('highlight and note items', () => {
  it('take the highlight’s quote, tags and colour, and the note’s title and plain text', () => {
    const start = text.indexOf('ريتشارد ميلز جونيور');
    const highlight = { id: 'h1', docId: DOC, color: 'green' as const, style: 'highlight' as const, tags: ['روسيا'], selectors: describeRange(text, start, start + 19), sortIndex: start, createdAt: 1, modifiedAt: 2 };
    expect(highlightItem(highlight)).toEqual({ kind: 'highlight', highlightId: 'h1', docId: DOC, quote: 'ريتشارد ميلز جونيور', tags: ['روسيا'], color: 'green' });
    const content = JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'موقف بلقيس من الاتفاق' }] }] } });
    const note = noteRow({ id: 'n1', title: 'ليبيا', highlightId: null, docId: null }, content);
    expect(noteItem(note)).toEqual({ kind: 'note', noteId: 'n1', title: 'ليبيا', text: note.plainText });
    expect(note.plainText).toContain('بلقيس');
  });
});

describe('versions', () => {
  it('lists what changed, was added and was removed', () => {
    const before = new Map([['note:a', '1'], ['note:b', '1'], ['highlight:c', '4']]);
    const after = new Map([['note:a', '1'], ['note:b', '2'], ['document:d', 'b:x']]);
    expect(versionChanges(before, after)).toEqual({ changed: ['note:b', 'document:d'], removed: ['highlight:c'] });
  });

  it('gives a bundled document another version when its text changes', () => {
    expect(bundledVersion({ ...source, text: `${source.text} ` })).not.toBe(bundledVersion(source));
  });
});
