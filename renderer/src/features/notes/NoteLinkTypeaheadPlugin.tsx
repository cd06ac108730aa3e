import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createTextNode, type TextNode } from 'lexical';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { emptyContent } from '../../core/notes/note-content';
import { hasTitle, matchTitles } from '../../core/notes/notebook';
import { db } from '../../data/db';
import { currentIntl } from '../../i18n/current-intl';
import { createNote } from '../../data/note-store';
import { useMenuInView } from './menu-in-view';
import { $createNoteLinkNode } from './NoteLinkNode';

class NoteOption extends MenuOption {
  constructor(
    readonly noteId: string | null,
    readonly noteTitle: string,
  ) {
    super(noteId ?? `create:${noteTitle}`);
    this.title = noteId ? noteTitle : currentIntl().formatMessage({ id: 'notes.createLinked' }, { title: noteTitle });
  }
}

/** `[[` then up to 75 characters other than brackets and line breaks, just before the caret. */
const TRIGGER = /(^|\s|\()(\[\[([^[\]\n]{0,75}))$/;

export function matchNoteLinkTrigger(text: string): MenuTextMatch | null {
  const match = TRIGGER.exec(text);
  if (!match) return null;
  return { leadOffset: match.index + (match[1]?.length ?? 0), matchingString: match[3] ?? '', replaceableString: match[2] ?? '' };
}

/**
 * Typing `[[` offers the titles of other notes; choosing one puts a link to it (by id) in place
 * of what was typed. A title no note has yet offers to create that note.
 */
export function NoteLinkTypeaheadPlugin({ currentNoteId }: { currentNoteId: string }) {
  const [editor] = useLexicalComposerContext();
  const menuLabel = useIntl().formatMessage({ id: 'notes.linkMenu' });
  useMenuLabel(menuLabel);
  useMenuInView('note-typeahead');
  const [query, setQuery] = useState<string | null>(null);
  const [titles, setTitles] = useState<{ id: string; title: string }[] | null>(null);
  const open = query !== null;

  // Titles are read once each time the menu opens, not on every keystroke of the query.
  useEffect(() => {
    if (!open) return;
    let live = true;
    void db.notes.toArray().then((notes) => {
      if (live) setTitles(notes.filter((n) => n.id !== currentNoteId && n.title.trim() !== '').map(({ id, title }) => ({ id, title })));
    });
    return () => {
      live = false;
    };
  }, [open, currentNoteId]);

  const options = useMemo(() => {
    if (query === null || titles === null) return [];
    const found = matchTitles(titles, query).map((n) => new NoteOption(n.id, n.title));
    const title = query.trim();
    return title && !hasTitle(titles, title) ? [...found, new NoteOption(null, title)] : found;
  }, [query, titles]);

  const select = useCallback(
    (option: NoteOption, textNode: TextNode | null, close: () => void) => {
      const noteId = option.noteId ?? crypto.randomUUID();
      if (option.noteId === null) void createNote({ title: option.noteTitle, highlightId: null, docId: null }, emptyContent(), noteId);
      editor.update(() => {
        const link = $createNoteLinkNode(noteId, option.noteTitle);
        if (textNode) textNode.replace(link);
        else return;
        const space = $createTextNode(' ');
        link.insertAfter(space);
        space.select(1, 1);
      });
      close();
    },
    [editor],
  );

  return (
    <LexicalTypeaheadMenuPlugin<NoteOption>
      onQueryChange={setQuery}
      onSelectOption={select}
      triggerFn={matchNoteLinkTrigger}
      options={options}
      anchorClassName="note-typeahead"
    />
  );
}

/**
 * Lexical names its menu "Typeahead menu", in English, each time it places it (its container is a
 * child of <body>): the menu is named in the interface language instead, whenever Lexical resets it.
 */
function useMenuLabel(label: string): void {
  useEffect(() => {
    const watched = new WeakSet<Element>();
    const labels = new MutationObserver((records) => {
      for (const record of records) if (record.target instanceof Element && record.target.getAttribute('aria-label') !== label) record.target.setAttribute('aria-label', label);
    });
    const name = () => {
      for (const menu of document.querySelectorAll('body > .note-typeahead')) {
        if (menu.getAttribute('aria-label') !== label) menu.setAttribute('aria-label', label);
        if (watched.has(menu)) continue;
        watched.add(menu);
        labels.observe(menu, { attributes: true, attributeFilter: ['aria-label'] });
      }
    };
    name();
    const added = new MutationObserver(name);
    added.observe(document.body, { childList: true });
    return () => {
      added.disconnect();
      labels.disconnect();
    };
  }, [label]);
}
