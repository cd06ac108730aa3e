import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../renderer/src/core/export/backup-format';
import { makeSeedRows } from './search-browser-data';

describe('search browser bench rows', () => {
  const rows = makeSeedRows({ articles: 12, highlights: 40, notes: 20 });

  it('makes the asked numbers of documents, highlights and notes', () => {
    expect([rows.documents.length, rows.documentBodies.length, rows.highlights.length, rows.notes.length]).toEqual([12, 12, 40, 20]);
  });

  it('quotes each highlight exactly from its document', () => {
    const bodies = new Map(rows.documentBodies.map((b) => [b.docId, b.text]));
    for (const h of rows.highlights) {
      const position = h.selectors.position;
      expect(bodies.get(h.docId)!.slice(position.start, position.end)).toBe(h.selectors.quote.exact);
    }
  });

  it('passes the app’s own backup validation, as rows it would store', () => {
    const data = { settings: [], documentState: [], collections: [], originals: [], ...rows };
    const file = JSON.stringify({ format: 'qiraa-backup', version: 2, exportedAt: '2025-01-15T09:30:00.000Z', app: { name: "Qira'a", version: '0.1.0' }, data });
    const parsed = parseBackup(file);
    expect(parsed.ok ? 'ok' : parsed.message).toBe('ok');
  });
});
