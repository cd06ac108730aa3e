import { useCallback, useMemo, useState } from 'react';
import type { CorpusDocument } from '../../core/corpus/corpus-types';
import { createHighlightResolver, type HighlightResolver } from '../../core/highlights/resolve-highlights';
import type { NoteNavigation } from '../notes/note-navigation';
import type { FocusRange, SidePanelState, SideTab } from './side-panel-state';

/**
 * The side panel's state, kept above the document so that the open note and tab survive
 * switching documents, the navigation that note links use, and `showText`, which opens a
 * document at a stretch of its text (search results).
 */
export function useSidePanel(
  openDocument: (docId: string) => void,
  /** A document if it is in memory (bundled, or imported and opened lately). */
  documentFor: (docId: string) => CorpusDocument | undefined,
): { panel: SidePanelState; navigation: NoteNavigation; showText: (range: FocusRange) => void } {
  const [tab, setTab] = useState<SideTab>('highlights');
  const [openNoteId, setOpenNoteId] = useState<string | null>(null);
  const [focusHighlightId, setFocusHighlightId] = useState<string | null>(null);
  const [focusRange, setFocusRange] = useState<FocusRange | null>(null);

  const onOpenNote = useCallback((noteId: string | null) => {
    setOpenNoteId(noteId);
    if (noteId) setTab('notebook');
  }, []);
  const onFocused = useCallback(() => {
    setFocusHighlightId(null);
    setFocusRange(null);
  }, []);
  const showText = useCallback(
    (range: FocusRange) => {
      setFocusHighlightId(null);
      setFocusRange(range);
      openDocument(range.docId);
    },
    [openDocument],
  );

  const navigation = useMemo<NoteNavigation>(() => {
    // One resolver per document, made when a passage link first asks: each anchors a highlight once.
    const resolvers = new Map<string, HighlightResolver>();
    return {
      passageFound: (highlight) => {
        const document = documentFor(highlight.docId);
        if (!document) return null;
        let resolve = resolvers.get(document.id);
        if (!resolve) {
          resolve = createHighlightResolver(document.text);
          resolvers.set(document.id, resolve);
        }
        return resolve([highlight]).orphans.length === 0;
      },
      openNote: onOpenNote,
      openPassage: (highlightId, docId) => {
        setFocusRange(null);
        setFocusHighlightId(highlightId);
        setTab('highlights');
        openDocument(docId);
      },
    };
  }, [onOpenNote, openDocument, documentFor]);

  const panel = useMemo<SidePanelState>(
    () => ({ tab, onTab: setTab, openNoteId, onOpenNote, focusHighlightId, focusRange, onFocused }),
    [tab, openNoteId, onOpenNote, focusHighlightId, focusRange, onFocused],
  );
  return { panel, navigation, showText };
}
