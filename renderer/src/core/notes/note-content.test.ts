import { describe, expect, it } from 'vitest';
import { appendPassageLink, contentWithPassageLink, emptyContent, extractLinks, plainTextOf, retitleNoteLinks, titleFromText } from './note-content';

// Sentences from seeds/000_14e37202ef5eb1ed.txt.
const PASSAGE = 'دعت الولايات المتحدة إلى الانسحاب الفوري للقوات الروسية والتركية من ليبيا.';
const REMARK = 'يمثل هذا النداء قلقا أمريكيا متجددا';

const text = (t: string, format = 0) => ({ type: 'text', version: 1, text: t, format, detail: 0, mode: 'normal', style: '' });
const paragraph = (...children: object[]) => ({ type: 'paragraph', version: 1, children, direction: null, format: '', indent: 0 });
const noteLink = (noteId: string, title: string) => ({ type: 'note-link', version: 1, noteId, title });
const state = (...children: object[]) => JSON.stringify({ root: { type: 'root', version: 1, children, direction: null, format: '', indent: 0 } });

describe('extractLinks', () => {
  it('finds note links inside paragraphs and list items, each once, in order', () => {
    const content = state(
      paragraph(text('انظر '), noteLink('n2', 'الموقف الروسي'), text(' و '), noteLink('n1', 'تركيا')),
      { type: 'list', version: 1, listType: 'bullet', start: 1, tag: 'ul', children: [{ type: 'listitem', version: 1, value: 1, children: [noteLink('n2', 'الموقف الروسي')] }] },
    );
    expect(extractLinks(content)).toEqual({ noteIds: ['n2', 'n1'], highlightIds: [] });
  });

  it('finds passage links', () => {
    const content = contentWithPassageLink({ highlightId: 'h1', docId: '000_14e37202ef5eb1ed', quote: PASSAGE });
    expect(extractLinks(content)).toEqual({ noteIds: [], highlightIds: ['h1'] });
  });

  it.each([
    ['empty text', ''],
    ['not JSON', '<p>hi</p>'],
    ['JSON without a root', '{"a":1}'],
    ['null', 'null'],
  ])('finds nothing in %s', (_name, content) => {
    expect(extractLinks(content)).toEqual({ noteIds: [], highlightIds: [] });
  });
});

describe('plainTextOf', () => {
  it('puts each block on its own line and shows links by title and passages by quote', () => {
    const content = JSON.stringify({
      root: {
        type: 'root',
        children: [
          { type: 'passage-link', version: 1, highlightId: 'h1', docId: 'd', quote: PASSAGE },
          { type: 'heading', tag: 'h1', children: [text('ملاحظات')] },
          paragraph(text(REMARK, 1), text(' — see '), noteLink('n1', 'Russia')),
        ],
      },
    });
    expect(plainTextOf(content)).toBe(`«${PASSAGE}»\nملاحظات\n${REMARK} — see Russia`);
  });

  it('is empty for an empty note', () => {
    expect(plainTextOf(emptyContent())).toBe('');
  });
});

describe('titleFromText', () => {
  it('keeps short text whole', () => {
    expect(titleFromText(`  ${REMARK}\n`)).toBe(REMARK);
  });

  it('cuts long text at a word boundary', () => {
    const title = titleFromText(PASSAGE, 30);
    expect(title.endsWith('…')).toBe(true);
    expect(PASSAGE.startsWith(title.slice(0, -1))).toBe(true);
    expect(title.length).toBeLessThanOrEqual(31);
  });
});

describe('appendPassageLink', () => {
  it('adds the passage after what the note has, keeping its links', () => {
    const content = state(paragraph(text(REMARK), noteLink('n1', 'روسيا')));
    const added = appendPassageLink(content, { highlightId: 'h9', docId: 'd', quote: PASSAGE });
    expect(extractLinks(added)).toEqual({ noteIds: ['n1'], highlightIds: ['h9'] });
    expect(plainTextOf(added)).toBe(`${REMARK}روسيا\n«${PASSAGE}»\n`);
  });

  it('leaves unreadable content alone', () => {
    expect(appendPassageLink('not json', { highlightId: 'h', docId: 'd', quote: 'q' })).toBe('not json');
  });
});

describe('note links read as the linked note’s current title', () => {
  const content = state(paragraph(text('انظر '), noteLink('n2', 'الموقف الروسي'), text(' و '), noteLink('gone', 'تركيا')));
  const titles = new Map([['n2', 'موقف موسكو']]);

  it('takes the current title of a note that exists, and the stored one of a note that is gone', () => {
    expect(plainTextOf(content, (id) => titles.get(id))).toBe('انظر موقف موسكو و تركيا');
    expect(plainTextOf(content)).toBe('انظر الموقف الروسي و تركيا');
  });

  it('stores the last name of a deleted note in the links to it, and nothing else', () => {
    const retitled = retitleNoteLinks(content, 'n2', 'موقف موسكو');
    expect(plainTextOf(retitled)).toBe('انظر موقف موسكو و تركيا');
    expect(JSON.parse(retitled)).toEqual(JSON.parse(content.replace('الموقف الروسي', 'موقف موسكو')));
  });

  it.each([
    ['no link to the note', state(paragraph(text(REMARK)))],
    ['a link already showing that title', state(paragraph(noteLink('n2', 'موقف موسكو')))],
    ['content that cannot be read', '<p>hi</p>'],
  ])('leaves %s as it is', (_, unchanged) => {
    expect(retitleNoteLinks(unchanged, 'n2', 'موقف موسكو')).toBe(unchanged);
  });
});
