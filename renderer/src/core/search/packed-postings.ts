/**
 * A compact, lazily unpacked form of one term's postings in a MiniSearch index, so a persisted
 * index loads in a few tens of milliseconds instead of rebuilding millions of map entries.
 *
 * MiniSearch keeps, for every term, a `Map<fieldId, Map<shortDocId, termFrequency>>`. Its own
 * JSON writes each of those as an object and `loadJS` turns every one back into maps at load:
 * on 2,000 articles with 15,000 highlights and notes that is over two million entries, most of
 * them for terms no query of the session will touch. Here each term's postings are a run of
 * bytes (`packTermData`), all terms' runs one byte array in the saved row (IndexedDB clones it
 * as one block: no string to parse, no object per term), and `PackedTermData` is a Map that
 * unpacks its run the first time anything reads or changes it. It is a real `Map` for every
 * method MiniSearch calls (get, set, has, delete, size, iteration), so searching, adding,
 * discarding and vacuuming work on it unchanged.
 *
 * Format: unsigned LEB128 varints. Per field: its id, its number of documents, then per
 * document the short id as the difference from the previous one (zigzag, so a smaller id after
 * a larger one is kept in order), times two, plus one when the frequency follows (it is more
 * than 1). Field 1 with documents 3 and 5 (twice): `1 2 12 9 2`.
 */

export type TermData = Map<number, Map<number, number>>;

/** Bytes written one after the other into a buffer that grows. */
export class ByteWriter {
  #bytes = new Uint8Array(1 << 12);
  #length = 0;

  get length(): number {
    return this.#length;
  }

  #room(count: number): void {
    if (this.#length + count <= this.#bytes.length) return;
    const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.#length + count));
    grown.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = grown;
  }

  /** A non-negative integer (up to 2^53) as an unsigned LEB128 varint. */
  varint(value: number): void {
    this.#room(8);
    let n = value;
    while (n >= 0x80) {
      this.#bytes[this.#length++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.#bytes[this.#length++] = n;
  }

  append(bytes: Uint8Array): void {
    this.#room(bytes.length);
    this.#bytes.set(bytes, this.#length);
    this.#length += bytes.length;
  }

  /** A copy of what was written. */
  bytes(): Uint8Array {
    return this.#bytes.slice(0, this.#length);
  }
}

const zigzag = (n: number): number => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (n: number): number => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);

/** Packs one term's postings (field id → short document id → frequency) onto `out`. */
export function writeTermData(out: ByteWriter, data: Iterable<readonly [number, ReadonlyMap<number, number>]>): void {
  for (const [fieldId, docs] of data) {
    out.varint(fieldId);
    out.varint(docs.size);
    let previous = 0;
    for (const [docId, frequency] of docs) {
      const delta = zigzag(docId - previous) * 2;
      if (frequency === 1) out.varint(delta);
      else {
        out.varint(delta + 1);
        out.varint(frequency);
      }
      previous = docId;
    }
  }
}

/** One term's postings packed on their own. */
export function packTermData(data: Iterable<readonly [number, ReadonlyMap<number, number>]>): Uint8Array {
  const out = new ByteWriter();
  writeTermData(out, data);
  return out.bytes();
}

const damaged = (): Error => new Error('damaged packed postings');

/** Unpacks bytes made by `packTermData`; throws on bytes that end inside a field. */
export function unpackTermData(packed: Uint8Array, into: (fieldId: number, docs: Map<number, number>) => void): void {
  const end = packed.length;
  let at = 0;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (at >= end || scale > 2 ** 49) throw damaged();
      const byte = packed[at++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  };
  while (at < end) {
    const fieldId = varint();
    const count = varint();
    if (count > end - at) throw damaged();
    const docs = new Map<number, number>();
    let docId = 0;
    for (let i = 0; i < count; i++) {
      const entry = varint();
      docId += unzigzag(Math.floor(entry / 2));
      docs.set(docId, entry % 2 === 1 ? varint() : 1);
    }
    into(fieldId, docs);
  }
}

/** A term's postings that stay packed until first used (see the module comment). */
export class PackedTermData extends Map<number, Map<number, number>> {
  #packed: Uint8Array | null;

  constructor(packed: Uint8Array) {
    super();
    this.#packed = packed;
  }

  /** The packed bytes while nothing has used the postings yet (saving again reuses them), else null. */
  get packed(): Uint8Array | null {
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
