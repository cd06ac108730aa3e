/**
 * A deterministic notebook over real documents, for tests and the export benchmark: highlights
 * on whole words of body paragraphs (built with describeRange), notes with Markdown that uses
 * every feature the exporters must carry (headings, lists, quotes, emphasis, links, characters
 * that need escaping, emoji), links between notes and to passages, and a few orphans.
 */
import { describeRange } from '../anchoring/selectors';
import type { CorpusDocument } from '../corpus/corpus-types';
import { HIGHLIGHT_COLORS, HIGHLIGHT_STYLES, type Highlight } from '../highlights/highlight-types';
import type { ExportNote } from './export-types';
import { noteLinkMarkdown, passageLinkMarkdown } from './note-link-markdown';

function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable fake UUID, so file names and ids are the same on every run. */
export function fixtureId(kind: number, n: number): string {
  const hex = (kind * 1_000_000 + n).toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

const NOTE_TEMPLATES = [
  (quote: string) => `## قراءة\n\nهذا المقطع **مهم** لفهم *السياق*: ${quote}\n\n- أولاً\n- ثانياً`,
  () => `BBC نقلت الخبر أولاً 📰 — قارن مع [المصدر](https://example.org/a_b)\n\n> اقتباس من مصدر آخر`,
  () => `2021 كانت سنة التحول.\n\n1. النقطة الأولى\n2. النقطة الثانية`,
  () => `رموز خاصة تبقى نصاً: \\* ليست قائمة، و \\# ليس عنواناً، و \\<b\\> ليس HTML، و a\\|b ليس جدولاً.`,
  () => '',
];

export interface NotebookFixture {
  highlights: Highlight[];
  notes: ExportNote[];
}

/**
 * `perDocument` highlights on each document (fewer if it is short), a note on most of them, one
 * free-standing note per document linking to another note and to a passage, and every
 * `orphanEvery`-th highlight made an orphan by a quote no longer in the text.
 */
export function makeNotebookFixture(documents: readonly CorpusDocument[], perDocument: number, seed = 7, orphanEvery = 9): NotebookFixture {
  const random = createRandom(seed);
  const highlights: Highlight[] = [];
  const notes: ExportNote[] = [];
  let n = 0;
  for (const document of documents) {
    const paragraphs = document.blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 40);
    for (let i = 0; i < perDocument && paragraphs.length > 0; i++) {
      const block = paragraphs[Math.floor(random() * paragraphs.length)]!;
      const words = [...block.text.matchAll(/\S+/g)];
      const first = Math.floor(random() * Math.max(1, words.length - 6));
      const start = block.start + words[first]!.index;
      const lastWord = words[Math.min(words.length - 1, first + 2 + Math.floor(random() * 6))]!;
      const end = block.start + lastWord.index + lastWord[0].length;
      const selectors = describeRange(document.text, start, end);
      n++;
      if (highlights.length % orphanEvery === orphanEvery - 1) selectors.quote = { ...selectors.quote, exact: 'نص حذف من المقال ولم يعد موجوداً فيه إطلاقاً', prefix: '', suffix: '' };
      const id = fixtureId(1, n);
      const createdAt = 1_700_000_000_000 + n * 60_000;
      highlights.push({
        id,
        docId: document.id,
        color: HIGHLIGHT_COLORS[n % HIGHLIGHT_COLORS.length]!,
        style: HIGHLIGHT_STYLES[n % 7 === 0 ? 1 : 0]!,
        tags: n % 3 === 0 ? ['سياسة', 'ليبيا'] : [],
        selectors,
        sortIndex: start,
        createdAt,
        modifiedAt: createdAt + 1000,
      });
      if (n % 4 !== 0) {
        const markdown = NOTE_TEMPLATES[n % NOTE_TEMPLATES.length]!(selectors.quote.exact.slice(0, 30));
        notes.push({ id: fixtureId(2, n), title: `ملاحظة ${n}`, highlightId: id, docId: document.id, markdown, createdAt, modifiedAt: createdAt + 2000 });
      }
    }
    const onHighlight = notes.filter((note) => note.docId === document.id);
    const linked = onHighlight[0];
    const passage = highlights.find((h) => h.docId === document.id);
    const links = [linked ? noteLinkMarkdown(linked.id, linked.title) : '', passage ? passageLinkMarkdown(passage.id, passage.selectors.quote.exact) : ''];
    n++;
    notes.push({
      id: fixtureId(3, n),
      title: `خلاصة: ${document.title.slice(0, 40)}`,
      highlightId: null,
      docId: document.id,
      markdown: `# خلاصة\n\nانظر ${links.join(' و ')}.`,
      createdAt: 1_700_000_000_000 + n * 60_000,
      modifiedAt: 1_700_000_000_000 + n * 60_000,
    });
  }
  return { highlights, notes };
}
