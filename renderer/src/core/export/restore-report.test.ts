import { describe, expect, it } from 'vitest';
import type { BackupData } from './backup-format';
import { describeRestore, mergeReport, replaceReport } from './restore-report';

const empty: BackupData = { settings: [], documentState: [], highlights: [], notes: [], documents: [], documentBodies: [], originals: [], collections: [] };
const collection = (id: string, name: string) => ({ id, name, createdAt: 1 }) as BackupData['collections'][number];

describe('mergeReport', () => {
  it('counts the file’s rows as added, updated or already here', () => {
    const here = collection('c-1', 'قديم');
    const current = { ...empty, collections: [here, collection('c-2', 'هنا فقط')] };
    const incoming = { ...empty, collections: [collection('c-1', 'من الملف'), collection('c-3', 'جديد')] };
    const result = { ...empty, collections: [here, current.collections[1]!, incoming.collections[1]!] };
    expect(mergeReport(current, incoming, result).collections).toEqual({ inFile: 2, added: 1, updated: 0, kept: 1 });
    const newerWins = { ...empty, collections: [incoming.collections[0]!, current.collections[1]!, incoming.collections[1]!] };
    expect(mergeReport(current, incoming, newerWins).collections).toEqual({ inFile: 2, added: 1, updated: 1, kept: 0 });
  });
});

describe('describeRestore', () => {
  it('reports a merge per kind the file holds, leaving out kinds it does not', () => {
    const report = mergeReport(empty, { ...empty, collections: [collection('c-1', 'أ')] }, { ...empty, collections: [collection('c-1', 'أ')] });
    expect(describeRestore('b.json', 'merge', report)).toBe('Restored b.json into what was here: 1 collection (1 added).');
  });
  it('reports a replace as what is here now', () => {
    const report = replaceReport({ ...empty, collections: [collection('c-1', 'أ'), collection('c-2', 'ب')] });
    expect(describeRestore('b.json', 'replace', report)).toBe('Restored b.json, replacing what was here: 2 collections.');
  });
  it('says so when the file holds nothing', () => {
    expect(describeRestore('b.json', 'merge', replaceReport(empty))).toBe('Restored b.json: the file holds nothing to restore.');
  });
});
