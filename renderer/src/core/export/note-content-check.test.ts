import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../i18n/current-intl';
import { inEnglish } from '../../i18n/in-english';
import { contentWithPassageLink, emptyContent } from '../notes/note-content';
import { noteContentProblem } from './note-content-check';

const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (children: object[]) => ({ type: 'paragraph', version: 1, children, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' });
const state = (...children: unknown[]) => JSON.stringify({ root: { type: 'root', version: 1, children, direction: null, format: '', indent: 0 } });
const PASSAGE = { highlightId: 'h-1', docId: '000_14e37202ef5eb1ed', quote: 'الانسحاب الفوري للقوات الروسية' };

describe('note content the editor can open', () => {
  it.each([
    ['an empty note', emptyContent()],
    ['a note started from a passage', contentWithPassageLink(PASSAGE)],
    ['text, a line break, a tab and links', state(paragraph([text('دعت الولايات المتحدة'), { type: 'linebreak', version: 1 }, { type: 'tab', version: 1, text: '\t' }, { type: 'link', url: 'https://example.org', children: [text('مصدر')] }, { type: 'note-link', version: 1, noteId: 'n-2', title: 'ملاحظة' }]))],
    ['headings, quotes and nested lists', state({ type: 'heading', tag: 'h2', children: [text('عنوان')] }, { type: 'quote', children: [] }, { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [{ type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('عنصر')] }] }] }] })],
    ['a root with no blocks', state()],
  ])('accepts %s', (_, content) => {
    expect(noteContentProblem(content)).toBeNull();
  });

  it.each([
    ['text that is not JSON', 'ملاحظة عادية', /not JSON/],
    ['an empty string', '', /not JSON/],
    ['JSON without a root', '{"notes":[]}', /no root node/],
    ['a root of the wrong type', JSON.stringify({ root: { type: 'paragraph', children: [] } }), /no root node/],
    ['a root without children', JSON.stringify({ root: { type: 'root' } }), /root node has no list of children/],
    ['an unknown node type', state({ type: 'code', children: [text('x')] }), /node of type “code”, which this version of Qira’a does not know/],
    ['an unknown node deep inside', state(paragraph([{ type: 'hashtag', text: '#ليبيا' }])), /“hashtag”/],
    ['a node that is not an object', state(null), /not a node/],
    ['a node without a type', state({ children: [] }), /no type/],
    ['text directly in the root', state(text('نص')), /text node is outside any paragraph/],
    ['a text node without its text', state(paragraph([{ type: 'text', text: 5 }])), /text node has no “text”/],
    ['a paragraph without children', state({ type: 'paragraph' }), /paragraph node has no list of children/],
    ['a passage link without its document', state({ type: 'passage-link', highlightId: 'h-1', quote: 'x' }), /passage-link node has no “docId”/],
    ['a root inside a paragraph', state(paragraph([{ type: 'root', children: [] }])), /root node is inside/],
  ])('refuses %s', (_, content, message) => {
    const problem = noteContentProblem(content);
    expect(problem).not.toBeNull();
    expect(inEnglish(problem!)).toMatch(message);
  });

  it('gives the problem as a message with the node’s type and field as values, worded in Arabic too', () => {
    const unknown = noteContentProblem(state({ type: 'code', children: [text('x')] }));
    expect(unknown).toEqual({ id: 'notes.problem.unknownType', values: { type: 'code' } });
    expect(inEnglish(unknown!)).toBe('it holds a node of type “code”, which this version of Qira’a does not know');
    const missing = noteContentProblem(state({ type: 'passage-link', highlightId: 'h-1', quote: 'x' }));
    expect(missing).toEqual({ id: 'notes.problem.missingField', values: { type: 'passage-link', field: 'docId' } });
    expect(noteContentProblem('ملاحظة عادية')).toEqual({ id: 'notes.problem.notJson' });
    const arabic = createFormatter('ar', 'ar');
    expect(arabic.formatMessage({ id: unknown!.id }, unknown!.values as Record<string, string>)).toBe('فيها عقدة من نوع «code» لا يعرفه هذا الإصدار من «قراءة»');
  });
});
