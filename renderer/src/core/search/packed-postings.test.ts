import { describe, expect, it } from 'vitest';
import { PackedTermData, packTermData, unpackTermData, type TermData } from './packed-postings';

const postings = (): TermData =>
  new Map([
    [1, new Map([[3, 1], [40, 2], [41, 1], [1200, 37]])],
    [4, new Map([[7, 1]])],
  ]);

const unpacked = (packed: Uint8Array): TermData => {
  const data: TermData = new Map();
  unpackTermData(packed, (fieldId, docs) => data.set(fieldId, docs));
  return data;
};

describe('packTermData / unpackTermData', () => {
  it('gives back every field, document and frequency, in order', () => {
    const packed = packTermData(postings());
    // Field 1, 4 documents: 3; 40 (+37) twice; 41 (+1); 1200 (+1159, two bytes) 37 times; field 4, 1 document: 7.
    expect([...packed]).toEqual([1, 4, 12, 149, 1, 2, 4, 157, 36, 37, 4, 1, 28]);
    expect(unpacked(packed)).toEqual(postings());
    expect([...unpacked(packed).get(1)!.keys()]).toEqual([3, 40, 41, 1200]);
  });

  it('keeps documents in the order they were added, even when a later one has a smaller id', () => {
    const data: TermData = new Map([[0, new Map([[9, 1], [2, 1]])]]);
    expect([...unpacked(packTermData(data)).get(0)!.keys()]).toEqual([9, 2]);
  });

  it('packs each document in one byte while the ids are close and the term occurs once', () => {
    const docs = new Map(Array.from({ length: 1000 }, (_, i) => [i * 3, 1] as const));
    expect(packTermData([[0, docs]]).length).toBe(1 + 2 + 1000);
  });

  it.each([
    ['ending inside a varint', [1, 1, 0x80]],
    ['ending before its frequency', [1, 1, 3]],
    ['with fewer documents than it says', [1, 3, 2, 2]],
  ])('refuses damaged bytes (%s)', (_case, bytes) => {
    expect(() => unpacked(new Uint8Array(bytes))).toThrow();
  });
});

describe('PackedTermData', () => {
  it('stays packed until something reads it, then behaves as the map it packs', () => {
    const data = new PackedTermData(packTermData(postings()));
    expect(data.packed).not.toBeNull();
    expect(data.get(1)?.get(40)).toBe(2);
    expect(data.packed).toBeNull();
    expect(data.size).toBe(2);
    expect([...data.keys()]).toEqual([1, 4]);
    expect(new Map(data)).toEqual(postings());
  });

  it.each<[string, (data: PackedTermData) => unknown]>([
    ['size', (d) => d.size],
    ['has', (d) => d.has(4)],
    ['iteration', (d) => [...d]],
    ['entries', (d) => [...d.entries()]],
    ['values', (d) => [...d.values()]],
    ['forEach', (d) => d.forEach(() => undefined)],
  ])('unpacks on %s', (_name, read) => {
    const data = new PackedTermData(packTermData(postings()));
    read(data);
    expect(data.packed).toBeNull();
    expect(new Map(data)).toEqual(postings());
  });

  it('keeps the packed postings when a field is added or removed', () => {
    const data = new PackedTermData(packTermData(postings()));
    data.set(2, new Map([[5, 1]]));
    expect([...data.keys()]).toEqual([1, 4, 2]);
    const other = new PackedTermData(packTermData(postings()));
    other.delete(4);
    expect([...other.keys()]).toEqual([1]);
  });
});
