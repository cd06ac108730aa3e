import { describe, expect, it } from 'vitest';
import { currentNoteLinkTitles, noteLinkMarkdown, passageLinkMarkdown, rewriteNoteLinks } from './note-link-markdown';

// Phrases from seeds/000_14e37202ef5eb1ed.txt.
const QUOTE = 'ريتشارد ميلز جونيور';

describe('currentNoteLinkTitles', () => {
  const titles = new Map([['n2', 'موقف موسكو [محدث]']]);
  const markdown = `انظر ${noteLinkMarkdown('n2', 'الموقف الروسي')} و ${noteLinkMarkdown('gone', 'تركيا')}\n\n${passageLinkMarkdown('h1', QUOTE)}`;

  it('writes the linked note’s current title, and a deleted note’s last name marked as deleted', () => {
    const texts: [string, string][] = [];
    rewriteNoteLinks(currentNoteLinkTitles(markdown, (id) => titles.get(id)), {
      note: (id, text) => (texts.push([id, text]), `[${text}](x)`),
      passage: (id, text) => (texts.push([id, text]), `[${text}](x)`),
    });
    expect(texts).toEqual([
      ['n2', 'موقف موسكو \\[محدث\\]'],
      ['gone', 'تركيا (deleted note)'],
      ['h1', QUOTE],
    ]);
  });

  it('marks a deleted note with the export label it is given (the interface language’s), its title escaped as link text', () => {
    const written = currentNoteLinkTitles(`${noteLinkMarkdown('gone', 'تركيا [1]')}`, () => undefined, '{title} (ملاحظة محذوفة)');
    expect(written).toBe('[تركيا \\[1\\] (ملاحظة محذوفة)](qiraa:note/gone)');
    expect(currentNoteLinkTitles(noteLinkMarkdown('gone', 'تركيا'), () => undefined)).toBe('[تركيا (deleted note)](qiraa:note/gone)');
  });

  it('leaves Markdown without note links as it is', () => {
    const plain = `نص ${passageLinkMarkdown('h1', QUOTE)}`;
    expect(currentNoteLinkTitles(plain, () => 'x')).toBe(plain);
  });
});
