// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { RawIntlProvider } from 'react-intl';
import { beforeEach, describe, expect, it } from 'vitest';
import { derivedFields } from '../../core/notes/note-content';
import type { NoteRow } from '../../core/notes/note-types';
import { db } from '../../data/db';
import { createFormatter } from '../../i18n/current-intl';
import { NoteEditor } from './NoteEditor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// From seeds/000_14e37202ef5eb1ed.txt.
const PASSAGE = 'دعت الولايات المتحدة إلى الانسحاب الفوري للقوات الروسية والتركية من ليبيا.';

const text = (t: string) => ({ type: 'text', version: 1, text: t, detail: 0, format: 0, mode: 'normal', style: '' });
const block = (type: string, children: object[], extra: object = {}) => ({ type, version: 1, children, direction: null, format: '', indent: 0, ...extra });
const paragraph = (children: object[]) => block('paragraph', children, { textFormat: 0, textStyle: '' });
const state = (children: object[]) => JSON.stringify({ root: { type: 'root', version: 1, children, direction: null, format: '', indent: 0 } });

/** Notes as the app, another build or a hand-written backup stores them. */
const CONTENTS: Record<string, string> = {
  'a note link': state([paragraph([text('انظر '), { type: 'note-link', version: 1, noteId: 'other', title: 'ملاحظة أخرى' }, text(' هنا')])]),
  'a passage link': state([{ type: 'passage-link', version: 1, highlightId: 'h1', docId: 'd1', quote: PASSAGE }, paragraph([text('تعليق')])]),
  'a list': state([block('list', [block('listitem', [text('أولا')], { value: 1 }), block('listitem', [text('second')], { value: 2 })], { listType: 'number', start: 1, tag: 'ol' })]),
  'a heading and formatting': state([block('heading', [text('عنوان')], { tag: 'h2' }), paragraph([text('نص '), { ...text('bold'), format: 1 }, text(' بعده')])]),
  'a web link': state([paragraph([block('link', [text('site')], { url: 'https://example.org', rel: null, target: null, title: null })])]),
  'long text in split text nodes': state(Array.from({ length: 30 }, () => paragraph([text(PASSAGE.repeat(40)), text(' '), text(PASSAGE)]))),
};

function row(id: string, content: string): NoteRow {
  return { id, title: id, highlightId: null, docId: null, content, ...derivedFields(content), createdAt: 1_700_000_000_000, modifiedAt: 1_700_000_000_000 };
}

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(async () => {
  localStorage.clear();
  await db.notes.clear();
});

describe('opening a note', () => {
  it.each(Object.keys(CONTENTS))('with %s and closing it without typing leaves its stored row byte for byte', async (name) => {
    const stored = row('n1', CONTENTS[name]!);
    await db.notes.put(stored);
    const before = JSON.stringify(await db.notes.get('n1'));
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const errors: unknown[] = [];
    await act(async () => {
      // Link decorators speak the interface language, as in the app.
      root.render(
        <RawIntlProvider value={createFormatter('en', 'en')}>
          <NoteEditor identity={{ id: 'n1', title: 'n1', highlightId: null, docId: null }} initialContent={stored.content} stored={stored} label="Note" placeholder="" onSaveError={(e) => errors.push(e)} />
        </RawIntlProvider>,
      );
      await later(50);
    });
    expect(host.querySelector('[data-testid="note-editor"]')?.textContent).not.toBe('');
    // Focused and left, then closed, past the save interval.
    await act(async () => {
      host.querySelector<HTMLElement>('[data-testid="note-editor"]')!.focus();
      await later(300);
      host.querySelector<HTMLElement>('[data-testid="note-editor"]')!.blur();
      await later(300);
    });
    act(() => root.unmount());
    host.remove();
    await later(50);
    expect(errors).toEqual([]);
    expect(JSON.stringify(await db.notes.get('n1'))).toBe(before);
  });
});
