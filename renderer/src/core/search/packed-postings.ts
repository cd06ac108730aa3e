/**
 * A compact, lazily unpacked form of one term's postings in a MiniSearch index, so a persisted
 * index loads in a few tens of milliseconds instead of rebuilding millions of map entries.
 *
 * MiniSearch keeps, for every term, a `Map<fieldId, Map<shortDocId, termFrequency>>`. Its own
 * JSON writes each of those as an object and `loadJS` turns every one back into maps at load:
 * on 2,000 articles with 15,000 highlights and notes that is over two million entries, most of
 * them for terms no query of the session will touch. Here each term's postings are one string
 * (`packTermData`), and `PackedTermData` is a Map that unpacks that string the first time
 * anything reads or changes it. It is a real `Map` for every method MiniSearch calls (get,
 * set, has, delete, size, iteration), so searching, adding, discarding and vacuuming work on it
 * unchanged.
 *
 * Format: fields separated by `;`, each `fieldId=` followed by its documents separated by `,`:
 * the short document id as the difference from the previous one, in base 36, with `.` and the
 * frequency (base 36) when the term occurs more than once. `0=1,2.3;3=5` is field 0: documents
 * 1 and 3 (three times); field 3: document 5.
 */

export type TermData = Map<number, Map<number, number>>;

/** Packs one term's postings (field id → short document id → frequency) into a string. */
export function packTermData(data: Iterable<readonly [number, Iterable<readonly [number, number]>]>): string {
  const fields: string[] = [];
  for (const [fieldId, docs] of data) {
    const parts: string[] = [];
    let previous = 0;
    for (const [docId, frequency] of docs) {
      const delta = (docId - previous).toString(36);
      parts.push(frequency === 1 ? delta : `${delta}.${frequency.toString(36)}`);
      previous = docId;
    }
    fields.push(`${fieldId}=${parts.join(',')}`);
  }
  return fields.join(';');
}

const ENTRY = /^-?[0-9a-z]+(\.[0-9a-z]+)?$/;

/** Unpacks a string made by `packTermData`; throws on anything else. */
export function unpackTermData(packed: string, into: (fieldId: number, docs: Map<number, number>) => void): void {
  if (packed === '') return;
  for (const field of packed.split(';')) {
    const eq = field.indexOf('=');
    if (eq < 1 || !/^[0-9]+$/.test(field.slice(0, eq))) throw new Error('damaged packed postings');
    const fieldId = parseInt(field.slice(0, eq), 10);
    const docs = new Map<number, number>();
    let docId = 0;
    for (const entry of field.slice(eq + 1).split(',')) {
      if (!ENTRY.test(entry)) throw new Error('damaged packed postings');
      const dot = entry.indexOf('.');
      docId += parseInt(dot === -1 ? entry : entry.slice(0, dot), 36);
      const frequency = dot === -1 ? 1 : parseInt(entry.slice(dot + 1), 36);
      docs.set(docId, frequency);
    }
    into(fieldId, docs);
  }
}

/** A term's postings that stay packed until first used (see the module comment). */
export class PackedTermData extends Map<number, Map<number, number>> {
  #packed: string | null;

  constructor(packed: string) {
    super();
    this.#packed = packed;
  }

  /** The packed string while nothing has used the postings yet (saving again reuses it), else null. */
  get packed(): string | null {
    return this.#packed;
  }

  #unpack(): void {
    const packed = this.#packed;
    if (packed === null) return;
    this.#packed = null;
    unpackTermData(packed, (fieldId, docs) => super.set(fieldId, docs));
  }

  override get(fieldId: number): Map<number, number> | undefined {
    this.#unpack();
    return super.get(fieldId);
  }
  override has(fieldId: number): boolean {
    this.#unpack();
    return super.has(fieldId);
  }
  override set(fieldId: number, docs: Map<number, number>): this {
    this.#unpack();
    return super.set(fieldId, docs);
  }
  override delete(fieldId: number): boolean {
    this.#unpack();
    return super.delete(fieldId);
  }
  override clear(): void {
    this.#packed = null;
    super.clear();
  }
  override get size(): number {
    this.#unpack();
    return super.size;
  }
  override forEach(callback: (docs: Map<number, number>, fieldId: number, map: Map<number, Map<number, number>>) => void, thisArg?: unknown): void {
    this.#unpack();
    super.forEach(callback, thisArg);
  }
  override keys(): MapIterator<number> {
    this.#unpack();
    return super.keys();
  }
  override values(): MapIterator<Map<number, number>> {
    this.#unpack();
    return super.values();
  }
  override entries(): MapIterator<[number, Map<number, number>]> {
    this.#unpack();
    return super.entries();
  }
  override [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    return this.entries();
  }
}
