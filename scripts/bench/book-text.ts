/**
 * A deterministic book-length Arabic text for the long-document benchmark and end-to-end test:
 * the corpus's own sentences, shuffled into paragraphs, with a short heading line every dozen
 * paragraphs or so (a few pages), in the plain-text form the importer reads (one line a block; a
 * short line without a full stop between paragraphs is a heading).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRandom, splitSentences } from '../../renderer/src/core/anchoring/bench-fixture';

/** Every sentence of the bundled corpus (seeds/*.txt). */
export function corpusSentences(): string[] {
  const seeds = new URL('../../seeds/', import.meta.url);
  return readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => splitSentences(readFileSync(new URL(f, seeds), 'utf8')))
    .filter((s) => s.length > 30 && /[.!?؟]$/.test(s));
}

export interface BookOptions {
  /** Size of the text in UTF-8 bytes, about. */
  bytes: number;
  seed?: number;
  /** Paragraphs between two headings. */
  paragraphsPerSection?: number;
}

/** A heading such as "الفصل 12: المهلة المحددة في اتفاق": short, and not ending like a sentence. */
function headingLine(number: number, sentence: string): string {
  const words = sentence.replace(/[^\p{L}\p{N}\s]/gu, '').split(/\s+/).filter((w) => w.length > 2);
  return `الفصل ${number}: ${words.slice(0, 4).join(' ')}`;
}

/** The book's lines: its title, then headings and paragraphs. Join with "\n" to get the file. */
export function bookLines(sentences: readonly string[], { bytes, seed = 11, paragraphsPerSection = 12 }: BookOptions): string[] {
  const random = createRandom(seed);
  const pick = () => sentences[Math.floor(random() * sentences.length)]!;
  const lines = ['كتاب الأخبار والوقائع'];
  let size = 0;
  let section = 0;
  for (let paragraph = 0; size < bytes; paragraph++) {
    if (paragraph % paragraphsPerSection === 0) lines.push(headingLine(++section, pick()));
    const count = 3 + Math.floor(random() * 5);
    const text = Array.from({ length: count }, pick).join(' ');
    lines.push(text);
    size += Buffer.byteLength(text) + 1;
  }
  return lines;
}
