/**
 * The stored rows of the Chromium search benchmark: 2,000 generated articles as imported
 * documents (library row + body), 10,000 highlights on their words and 5,000 free notes, shaped
 * exactly as the app stores them, so that both builds read them from IndexedDB as their own.
 * The notes' texts are those of the Node benchmark (`makeSearchData`).
 */
import { createHash } from 'node:crypto';
import { describeRange } from '../../renderer/src/core/anchoring/selectors';
import { HIGHLIGHT_COLORS, type Highlight } from '../../renderer/src/core/highlights/highlight-types';
import { DERIVED_VERSION, type DocumentBodyRow, type LibraryDocumentRow } from '../../renderer/src/core/library/library-types';
import type { NoteRow } from '../../renderer/src/core/notes/note-types';
import { corpusMaterial, readSeedTexts } from './generate-articles';
import { makeSearchData } from './search';

export interface SeedRows {
  documents: LibraryDocumentRow[];
  documentBodies: DocumentBodyRow[];
  highlights: Highlight[];
  notes: NoteRow[];
}

function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A note's stored content: one right-to-left paragraph of plain text, as the editor saves it. */
export function noteContent(text: string): string {
  const paragraph = {
    type: 'paragraph',
    version: 1,
    children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
    direction: 'rtl',
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
  };
  return JSON.stringify({ root: { type: 'root', version: 1, children: [paragraph], direction: 'rtl', format: '', indent: 0 } });
}

const T0 = 1_700_000_000_000;

export function makeSeedRows(sizes: { articles: number; highlights: number; notes: number }): SeedRows {
  const { documents, items } = makeSearchData(sizes);
  const tags = corpusMaterial(readSeedTexts()).tags;
  const random = createRandom(11);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const rows: SeedRows = { documents: [], documentBodies: [], highlights: [], notes: [] };
  const ids: string[] = [];
  documents.forEach((doc, i) => {
    const hash = createHash('sha256').update(doc.text).digest('hex');
    const id = `imp-${hash.slice(0, 16)}`;
    ids.push(id);
    rows.documents.push({
      id,
      fileName: doc.fileName,
      format: 'txt',
      encoding: 'utf-8',
      contentHash: hash,
      byteLength: Buffer.byteLength(doc.text),
      title: doc.title,
      titleDerived: doc.titleDerived,
      source: null,
      byline: null,
      tags: [],
      publishedAt: null,
      url: null,
      wordCount: doc.wordCount,
      charCount: doc.text.length,
      addedAt: T0 + i * 1000,
      collectionIds: [],
      derivedVersion: DERIVED_VERSION,
    });
    rows.documentBodies.push({ docId: id, text: doc.text, blocks: doc.blocks.map((b) => [b.kind, b.start, b.end]), relatedLinks: [] });
  });
  for (let n = 0; n < sizes.highlights; n++) {
    const d = n % documents.length;
    const doc = documents[d]!;
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 40);
    const block = pick(paragraphs.length > 0 ? paragraphs : doc.blocks);
    const words = [...block.text.matchAll(/\S+/g)];
    const first = Math.floor(random() * Math.max(1, words.length - 6));
    const last = words[Math.min(words.length - 1, first + 4 + Math.floor(random() * 12))]!;
    const start = block.start + words[first]!.index;
    const end = block.start + last.index + last[0].length;
    rows.highlights.push({
      id: `bench-h-${n}`,
      docId: ids[d]!,
      color: HIGHLIGHT_COLORS[n % HIGHLIGHT_COLORS.length]!,
      style: 'highlight',
      tags: [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => pick(tags)))],
      selectors: describeRange(doc.text, start, end),
      sortIndex: start,
      createdAt: T0 + n * 1000,
      modifiedAt: T0 + n * 1000,
    });
  }
  let n = 0;
  for (const item of items) {
    if (item.kind !== 'note') continue;
    rows.notes.push({
      id: `bench-n-${n}`,
      title: item.title,
      highlightId: null,
      docId: null,
      content: noteContent(item.text),
      plainText: item.text,
      linkedNoteIds: [],
      linkedHighlightIds: [],
      createdAt: T0 + n * 1000,
      modifiedAt: T0 + n * 1000,
    });
    n++;
  }
  return rows;
}
