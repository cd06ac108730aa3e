import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeRange } from '../../core/anchoring/selectors';
import { parseCorpusText } from '../../core/corpus/parse-corpus';
import type { Highlight } from '../../core/highlights/highlight-types';
import { RESEARCH_INDEX_VERSION } from '../../core/search/research-index';
import { openDb, type QiraaDb, type SearchIndexRow } from '../../data/db';
import { noteRow } from '../../data/note-store';
import { readSavedIndex, saveIndex } from '../../data/search-index-store';
import { createIndexKeeper, type IndexKeeper } from './index-keeper';
import type { FromSearchWorker, ResultGroups, SearchFilters } from './search-messages';
import { NO_FILTERS } from './search-messages';

const DOC = '000_14e37202ef5eb1ed';
const text = readFileSync(new URL(`../../../../seeds/${DOC}.txt`, import.meta.url), 'utf8');
const corpus = parseCorpusText(DOC, `${DOC}.txt`, text);
const bundled = [{ id: DOC, title: corpus.title, text, blocks: corpus.blocks.map((b) => [b.kind, b.start, b.end] as const) }];

const content = (words: string) => JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: words }] }] } });

const opened: { db: QiraaDb; keepers: IndexKeeper[] }[] = [];
afterEach(async () => {
  for (const { db, keepers } of opened.splice(0)) {
    keepers.forEach((k) => k.stop());
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A highlight on "ريتشارد ميلز جونيور" in the bundled document, with one tag, made and last edited at `time`. */
function millsHighlight(id: string, tag: string, time: number): Highlight {
  const at = text.indexOf('ريتشارد ميلز جونيور');
  return { id, docId: DOC, color: 'green', style: 'highlight', tags: [tag], selectors: describeRange(text, at, at + 19), sortIndex: at, createdAt: time, modifiedAt: time };
}

async function freshDb(): Promise<{ db: QiraaDb; keepers: IndexKeeper[] }> {
  const entry = { db: openDb(`qiraa-search-${opened.length}-${Date.now()}`), keepers: [] as IndexKeeper[] };
  opened.push(entry);
  await entry.db.highlights.add(millsHighlight('h1', 'روسيا', 1));
  await entry.db.notes.add(noteRow({ id: 'n1', title: 'موقف الأطراف', highlightId: null, docId: null }, content('مراجعة موقف بلقيس من الاتفاق'), 10));
  return entry;
}

/** A keeper over `db` and everything it said, with a way to wait for a message. */
function start(entry: { db: QiraaDb; keepers: IndexKeeper[] }, onSaid?: (message: FromSearchWorker) => void) {
  const said: FromSearchWorker[] = [];
  const keeper = createIndexKeeper(
    entry.db,
    (m) => {
      said.push(m);
      onSaid?.(m);
    },
    10,
  );
  entry.keepers.push(keeper);
  keeper.receive({ type: 'start', bundled });
  let seq = 0;
  const search = async (query: string, filters: SearchFilters = NO_FILTERS): Promise<ResultGroups> => {
    const mine = ++seq;
    keeper.receive({ type: 'query', seq: mine, query, filters });
    await expect.poll(() => said.some((m) => m.type === 'results' && m.seq === mine)).toBe(true);
    const answers = said.filter((m) => m.type === 'results' && m.seq === mine);
    return (answers.at(-1) as Extract<FromSearchWorker, { type: 'results' }>).results;
  };
  const statuses = () => said.flatMap((m) => (m.type === 'status' ? [m.status.state === 'building' ? `building:${m.status.reason}` : m.status.state] : []));
  return { said, search, statuses };
}

/**
 * A database with imported documents of these texts (imp-1, imp-2, …) and an index saved over
 * them by a keeper that has stopped: the next start loads the documents without their texts.
 */
async function savedWithImported(texts: readonly string[]): Promise<{ db: QiraaDb; keepers: IndexKeeper[] }> {
  const entry = await freshDb();
  for (const [i, words] of texts.entries()) {
    const id = `imp-${i + 1}`;
    await entry.db.documents.add({ id, title: `تقرير ${id}`, contentHash: id, derivedVersion: 1, collectionIds: [] } as never);
    await entry.db.documentBodies.add({ docId: id, text: words, blocks: [['paragraph', 0, words.length]], relatedLinks: [] });
  }
  await saveAndStop(entry, (row) => row?.records?.keys.length === 3 + texts.length);
  return entry;
}

/** A keeper started over `entry`, asked once, and stopped once the index it saved shows `isSaved`. */
async function saveAndStop(entry: { db: QiraaDb; keepers: IndexKeeper[] }, isSaved: (row: SearchIndexRow | undefined) => boolean = (row) => row !== undefined): Promise<void> {
  await start(entry).search('ميلز');
  await expect.poll(async () => isSaved(await readSavedIndex(entry.db))).toBe(true);
  entry.keepers.at(-1)!.stop();
}

describe('the index keeper', () => {
  it('builds the index over the corpus, highlights and notes, saves it, and the next start loads it without building', async () => {
    const entry = await freshDb();
    const first = start(entry);
    const found = await first.search('ميلز');
    expect(found.counts).toEqual({ document: 1, highlight: 1, note: 0 });
    expect((await first.search('بلقيس')).notes.map((n) => n.id)).toEqual(['n1']);
    expect((await first.search('tag:روسيا')).highlights.map((h) => [h.id, h.docId, h.title])).toEqual([['h1', DOC, corpus.title]]);
    expect(first.statuses()).toContain('building:none-saved');
    await expect.poll(async () => (await readSavedIndex(entry.db))?.formatVersion).toBe(RESEARCH_INDEX_VERSION);

    const second = start(entry);
    expect((await second.search('بلقيس')).notes.map((n) => n.id)).toEqual(['n1']);
    expect(second.statuses()).toEqual(['loading', 'ready']);
  });

  it('follows changes: an edited, a new and a deleted note, and a re-tagged highlight', async () => {
    const entry = await freshDb();
    const keeper = start(entry);
    await keeper.search('ميلز');
    await entry.db.notes.put(noteRow({ id: 'n1', title: 'موقف الأطراف', highlightId: null, docId: null }, content('مراجعة موقف زعفران'), 20, 10));
    await entry.db.notes.add(noteRow({ id: 'n2', title: 'أخرى', highlightId: null, docId: null }, content('بلقيس مرة أخرى'), 21));
    await expect.poll(async () => (await keeper.search('زعفران')).notes.map((n) => n.id)).toEqual(['n1']);
    await expect.poll(async () => (await keeper.search('بلقيس')).notes.map((n) => n.id)).toEqual(['n2']);
    await entry.db.notes.delete('n2');
    await entry.db.highlights.update('h1', { tags: ['تركيا'], modifiedAt: 30 });
    await expect.poll(async () => (await keeper.search('بلقيس')).counts.note).toBe(0);
    await expect.poll(async () => (await keeper.search('tag:تركيا')).highlights.map((h) => h.id)).toEqual(['h1']);
    expect((await keeper.search('tag:روسيا')).counts.highlight).toBe(0);
  });

  it('indexes again the notes linking to a renamed note, whose plain text reads its new title', async () => {
    const entry = await freshDb();
    await entry.db.notes.add({ ...noteRow({ id: 'n2', title: 'رابط', highlightId: null, docId: null }, content('انظر موقف الأطراف'), 11), linkedNoteIds: ['n1'] });
    const keeper = start(entry);
    expect((await keeper.search('الأطراف')).notes.map((n) => n.id).sort()).toEqual(['n1', 'n2']);
    // As renameNote does: the note gets a new title and time, the linking note only a new plain text.
    await entry.db.transaction('rw', entry.db.notes, async () => {
      await entry.db.notes.update('n1', { title: 'موقف الفرقاء', modifiedAt: 50 });
      await entry.db.notes.update('n2', { plainText: 'انظر موقف الفرقاء' });
    });
    await expect.poll(async () => (await keeper.search('الفرقاء')).notes.map((n) => n.id).sort()).toEqual(['n1', 'n2']);
  });

  it('finds a renamed document by its new title at once, and names it so in its highlights', async () => {
    const entry = await freshDb();
    const keeper = start(entry);
    expect((await keeper.search('زنجبيل')).counts.document).toBe(0);
    await entry.db.documentState.put({ docId: DOC, customTitle: 'مقالة مسماة زنجبيل', position: null, openedAt: null });
    await expect.poll(async () => (await keeper.search('زنجبيل')).documents.map((d) => [d.id, d.title])).toEqual([[DOC, 'مقالة مسماة زنجبيل']]);
    expect((await keeper.search('tag:روسيا')).highlights.map((h) => h.title)).toEqual(['مقالة مسماة زنجبيل']);
    // The old title is still found, as the document's text.
    expect((await keeper.search(corpus.title)).documents.map((d) => d.id)).toEqual([DOC]);
    // Back to the parsed title: the custom one no longer finds it.
    await entry.db.documentState.update(DOC, { customTitle: null });
    await expect.poll(async () => (await keeper.search('زنجبيل')).counts.document).toBe(0);
  });

  it('finds at start a document renamed while the saved index did not run, without building again', async () => {
    const entry = await freshDb();
    await saveAndStop(entry);
    await entry.db.documentState.put({ docId: DOC, customTitle: 'مقالة مسماة زنجبيل', position: null, openedAt: null });

    const second = start(entry);
    expect((await second.search('زنجبيل')).documents.map((d) => [d.id, d.title])).toEqual([[DOC, 'مقالة مسماة زنجبيل']]);
    expect(second.statuses()).not.toContainEqual(expect.stringMatching(/^building/));
    // Saved again with the new title: the next start finds it from the saved index alone.
    await expect.poll(async () => (await readSavedIndex(entry.db))?.records?.versions.some((v) => v.includes(':t:'))).toBe(true);
    entry.keepers[1]!.stop();
    const third = start(entry);
    expect((await third.search('زنجبيل')).documents.map((d) => d.title)).toEqual(['مقالة مسماة زنجبيل']);
  });

  it('catches up at start on records changed after the last save, without building again', async () => {
    const entry = await freshDb();
    await saveAndStop(entry);
    // While no keeper runs (the app closed before its debounced save): one note edited, one added, a highlight deleted.
    await entry.db.notes.put(noteRow({ id: 'n1', title: 'موقف الأطراف', highlightId: null, docId: null }, content('مراجعة موقف زعفران'), 20, 10));
    await entry.db.notes.add(noteRow({ id: 'n2', title: 'أخرى', highlightId: null, docId: null }, content('قرنفل'), 21));
    await entry.db.highlights.delete('h1');

    const second = start(entry);
    // Deleted: never listed, not even by the answers given before the catch-up.
    expect((await second.search('tag:روسيا')).counts.highlight).toBe(0);
    // Edited and added: found once the catch-up, which follows the first answer, has read them.
    await expect.poll(async () => (await second.search('زعفران')).notes.map((n) => n.id)).toEqual(['n1']);
    expect((await second.search('قرنفل')).notes.map((n) => n.id)).toEqual(['n2']);
    expect((await second.search('بلقيس')).counts.note).toBe(0);
    expect(second.statuses()).not.toContainEqual(expect.stringMatching(/^building/));
    expect(second.statuses()).toContain('ready');
  });

  /** A database whose saved index holds h1, then h1 deleted and `replacement` added while no keeper ran. */
  async function replacedAfterSave(replacement: Highlight) {
    const entry = await freshDb();
    await saveAndStop(entry);
    await entry.db.highlights.delete('h1');
    await entry.db.highlights.add(replacement);
    return entry;
  }

  it('never lists at start a highlight deleted after the last save when another was added meanwhile', async () => {
    const second = start(await replacedAfterSave(millsHighlight('h2', 'تركيا', 40)));
    expect((await second.search('tag:روسيا')).counts.highlight).toBe(0);
    await expect.poll(async () => (await second.search('tag:تركيا')).highlights.map((h) => h.id)).toEqual(['h2']);
  });

  it('drops at the catch-up a highlight replaced by another with an older time (a restored backup), which the start could not tell', async () => {
    const second = start(await replacedAfterSave(millsHighlight('h0', 'تركيا', 1)));
    await expect.poll(async () => (await second.search('tag:تركيا')).highlights.map((h) => h.id)).toEqual(['h0']);
    expect((await second.search('tag:روسيا')).counts.highlight).toBe(0);
  });

  it('rebuilds a saved index that is outdated or damaged, and says why', async () => {
    const entry = await freshDb();
    const first = start(entry);
    await first.search('ميلز');
    await expect.poll(async () => (await readSavedIndex(entry.db)) !== undefined).toBe(true);
    first.said.length = 0;
    entry.keepers[0]!.stop();
    const saved = (await readSavedIndex(entry.db))!;

    await saveIndex(entry.db, { ...saved, formatVersion: saved.formatVersion + 1 });
    const outdated = start(entry);
    expect((await outdated.search('بلقيس')).counts.note).toBe(1);
    expect(outdated.statuses()).toContain('building:outdated');
    outdated.said.length = 0;

    await expect.poll(async () => (await readSavedIndex(entry.db))?.formatVersion).toBe(RESEARCH_INDEX_VERSION);
    const current = (await readSavedIndex(entry.db))!;
    await saveIndex(entry.db, { ...current, json: current.json.slice(0, 100) });
    const damaged = start(entry);
    expect((await damaged.search('بلقيس')).counts.note).toBe(1);
    expect(damaged.statuses()).toContain('building:damaged');
  });

  it('answers a start from the saved index before reading any highlight, note or document record, then reads the texts', async () => {
    const entry = await freshDb();
    const body = 'تقرير عن الأسواق\nارتفعت أسعار الأسطرلابات النحاسية في الأسواق القديمة.';
    await entry.db.documents.add({ id: 'imp-1', title: 'تقرير عن الأسواق', contentHash: 'c1', derivedVersion: 1, collectionIds: [] } as never);
    await entry.db.documentBodies.add({ docId: 'imp-1', text: body, blocks: [['title', 0, 16], ['paragraph', 17, body.length]], relatedLinks: [] });
    await saveAndStop(entry, (row) => row?.records?.items.count === 2);

    const reads: string[] = [];
    for (const table of [entry.db.highlights, entry.db.notes, entry.db.documentBodies]) {
      for (const method of ['toArray', 'bulkGet', 'get', 'each'] as const) {
        const original = table[method].bind(table) as (...args: unknown[]) => unknown;
        vi.spyOn(table, method).mockImplementation(((...args: unknown[]) => {
          reads.push(`${table.name}.${method}`);
          return original(...args);
        }) as never);
      }
    }
    const second = start(entry, (m) => m.type === 'results' && reads.push(`answer ${m.query}`));
    expect((await second.search('بلقيس')).notes.map((n) => n.id)).toEqual(['n1']);
    expect(reads[0]).toBe('answer بلقيس');
    // The documents' texts are read in the background after the first answer.
    await expect.poll(() => reads.includes('documentBodies.bulkGet')).toBe(true);
    const found = await second.search('الأسطرلاب');
    expect(found.documents.map((d) => [d.id, d.excerpt.match])).toEqual([['imp-1', 'الأسطرلابات']]);
    expect(reads.filter((r) => !r.startsWith('answer'))).toEqual(['documentBodies.bulkGet']);
    expect(second.statuses()).toEqual(['loading', 'ready']);
  });

  it('reads the text of a document a first answer needs, and only that one', async () => {
    const entry = await savedWithImported(['ارتفعت أسعار الأسطرلابات النحاسية.', 'هبطت أسعار القمح.']);
    const asked: unknown[] = [];
    const bulkGet = entry.db.documentBodies.bulkGet.bind(entry.db.documentBodies);
    vi.spyOn(entry.db.documentBodies, 'bulkGet').mockImplementation(((keys: string[]) => {
      asked.push(keys);
      return bulkGet(keys);
    }) as never);
    const second = start(entry);
    const found = await second.search('الأسطرلاب');
    expect(found.documents.map((d) => [d.id, d.excerpt.match])).toEqual([['imp-1', 'الأسطرلابات']]);
    expect(asked[0]).toEqual(['imp-1']);
  });

  it('checks a quoted phrase in documents not read yet at a first answer, and marks it in the excerpt', async () => {
    const entry = await savedWithImported(['ارتفعت أسعار الأسطرلابات وهبط القمح.', 'هبطت أسعار القمح في الأسواق.']);
    const second = start(entry);
    await second.search('"أسعار القمح"');
    // Its first answer, not one given again once the background read the texts.
    const found = (second.said.find((m) => m.type === 'results') as Extract<FromSearchWorker, { type: 'results' }>).results;
    expect(found.documents.map((d) => [d.id, d.excerpt.match])).toEqual([['imp-2', 'أسعار القمح']]);
    expect(found.counts.document).toBe(1);
  });

  it('rebuilds an index saved in the format before this one (without its records)', async () => {
    const entry = await freshDb();
    await saveIndex(entry.db, { formatVersion: 2, fingerprint: 'f', json: '{"version":2}', savedAt: 1 });
    const keeper = start(entry);
    expect((await keeper.search('بلقيس')).notes.map((n) => n.id)).toEqual(['n1']);
    expect(keeper.statuses()).toContain('building:outdated');
    await expect.poll(async () => (await readSavedIndex(entry.db))?.formatVersion).toBe(RESEARCH_INDEX_VERSION);
  });

  it('answers only the latest of the queries sent together', async () => {
    const entry = await freshDb();
    const keeper = start(entry);
    await keeper.search('ميلز');
    const before = keeper.said.length;
    const last = await keeper.search('بلقيس');
    expect(last.counts.note).toBe(1);
    const k = entry.keepers[0]!;
    k.receive({ type: 'query', seq: 100, query: 'ميلز', filters: NO_FILTERS });
    k.receive({ type: 'query', seq: 101, query: 'ريتشارد', filters: NO_FILTERS });
    k.receive({ type: 'query', seq: 102, query: 'بلقيس', filters: NO_FILTERS });
    await expect.poll(() => keeper.said.some((m) => m.type === 'results' && m.seq === 102)).toBe(true);
    const answered = keeper.said.slice(before).flatMap((m) => (m.type === 'results' ? [m.seq] : []));
    expect(answered).not.toContain(100);
    expect(answered).not.toContain(101);
  });
});
