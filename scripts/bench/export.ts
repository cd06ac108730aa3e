/**
 * Export benchmark: 10,000 highlights across 1,000 synthetic documents built from the bundled
 * corpus's sentences, with notes. Times the Markdown export, the W3C JSON-LD export and a backup
 * import into fake-indexeddb (Node), and the longest stretch without a yield while gathering the
 * data, which is what decides whether the UI stays responsive. Medians of a few runs.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { makeBenchDocument, splitSentences } from '../../renderer/src/core/anchoring/bench-fixture';
import { parseCorpusText } from '../../renderer/src/core/corpus/parse-corpus';
import { makeBackup, parseBackup } from '../../renderer/src/core/export/backup-format';
import { makeNotebookFixture } from '../../renderer/src/core/export/notebook-fixture';
import { notebookMarkdown } from '../../renderer/src/core/export/notebook-markdown';
import { prepareDocument } from '../../renderer/src/core/export/prepare-document';
import { w3cAnnotations } from '../../renderer/src/core/export/w3c-annotations';
import { derivedFields } from '../../renderer/src/core/notes/note-content';
import type { NoteRow } from '../../renderer/src/core/notes/note-types';
import { importBackup, serializeBackup } from '../../renderer/src/data/backup-store';
import { openDb } from '../../renderer/src/data/db';
import { gatherExportData } from '../../renderer/src/data/export-data';

const DOCUMENTS = 1000;
const PER_DOCUMENT = 10;
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const ms = (value: number) => Math.round(value);

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

async function timeAsync<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

/** The longest gap between timer ticks while `run` goes on: the worst freeze the UI would see. */
async function longestBlock(run: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  await run();
  clearInterval(timer);
  return Math.max(longest, performance.now() - last);
}

function buildCorpus() {
  const seeds = new URL('../../seeds/', import.meta.url);
  const sentences = readdirSync(seeds)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => splitSentences(readFileSync(new URL(name, seeds), 'utf8')));
  return Array.from({ length: DOCUMENTS }, (_, i) => {
    const id = `${String(i).padStart(4, '0')}_bench`;
    return parseCorpusText(id, `${id}.txt`, makeBenchDocument(sentences, 4000, i + 1));
  });
}

function noteRows(fixture: ReturnType<typeof makeNotebookFixture>): NoteRow[] {
  return fixture.notes.map((note) => {
    const content = JSON.stringify({ root: { type: 'root', version: 1, children: note.markdown.split('\n\n').map((text) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] })) } });
    return { id: note.id, title: note.title, highlightId: note.highlightId, docId: note.docId, content, ...derivedFields(content), createdAt: note.createdAt, modifiedAt: note.modifiedAt };
  });
}

export async function benchExport(): Promise<Record<string, number | string>> {
  const corpus = buildCorpus();
  const fixture = makeNotebookFixture(corpus, PER_DOCUMENT);
  const byDoc = new Map(corpus.map((d) => [d.id, fixture.highlights.filter((h) => h.docId === d.id)]));
  const anchorRuns: number[] = [];
  const markdownRuns: number[] = [];
  const jsonLdRuns: number[] = [];
  let files = 0;
  let jsonBytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const [documents, anchorMs] = time(() => corpus.map((d) => prepareDocument(d, null, byDoc.get(d.id)!)));
    const input = { documents, notes: fixture.notes, exportedAt: new Date().toISOString() };
    const [markdown, markdownMs] = time(() => notebookMarkdown(input));
    const [json, jsonMs] = time(() => JSON.stringify(w3cAnnotations(input, 'urn:uuid:bench')));
    files = markdown.files.length;
    jsonBytes = json.length;
    anchorRuns.push(anchorMs);
    markdownRuns.push(anchorMs + markdownMs);
    jsonLdRuns.push(anchorMs + jsonMs);
  }

  const rows = noteRows(fixture);
  const backupText = serializeBackup(makeBackup({ settings: [{ key: 'reading', value: { theme: 'sepia' } }], documentState: [], highlights: fixture.highlights, notes: rows, documents: [], documentBodies: [], originals: [], collections: [] }, new Date().toISOString(), { name: 'bench', version: '0' }));
  const validateRuns: number[] = [];
  const importRuns: number[] = [];
  const gatherRuns: number[] = [];
  const freezeRuns: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    validateRuns.push(time(() => parseBackup(backupText))[1]);
    const db = openDb(`bench-export-${run}`);
    importRuns.push((await timeAsync(() => importBackup(db, backupText, 'replace')))[1]);
    let gatherMs = 0;
    freezeRuns.push(await longestBlock(async () => {
      gatherMs = (await timeAsync(() => gatherExportData(db, corpus)))[1];
    }));
    gatherRuns.push(gatherMs);
    db.close();
    await Dexie.delete(db.name);
  }

  return {
    documents: DOCUMENTS,
    highlights: fixture.highlights.length,
    notes: fixture.notes.length,
    'anchoring for export (ms, median)': ms(median(anchorRuns)),
    'Markdown export incl. anchoring (ms, median)': ms(median(markdownRuns)),
    'Markdown files': files,
    'JSON-LD export incl. anchoring (ms, median)': ms(median(jsonLdRuns)),
    'JSON-LD size (MB)': Number((jsonBytes / 1024 / 1024).toFixed(2)),
    'backup size (MB)': Number((backupText.length / 1024 / 1024).toFixed(2)),
    'backup validation (ms, median)': ms(median(validateRuns)),
    'backup import into fake-indexeddb (ms, median)': ms(median(importRuns)),
    'gather from fake-indexeddb, chunked (ms, median)': ms(median(gatherRuns)),
    'longest block while gathering (ms, median)': ms(median(freezeRuns)),
  };
}
