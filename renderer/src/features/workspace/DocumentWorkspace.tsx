import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { afterNextPaint } from '../../data/after-paint';
import { WHOLE_DOCUMENT_CHARS } from '../reader/text-chunks';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CorpusDocument } from '../../core/corpus/corpus-types';
import type { Highlight, HighlightColor } from '../../core/highlights/highlight-types';
import { createHighlightResolver, type HighlightResolver } from '../../core/highlights/resolve-highlights';
import type { DocumentStateRow } from '../../data/db';
import { deleteHighlight, isHighlightStored, newHighlight, saveNewHighlight, type NoteFate } from '../../data/highlight-store';
import { useNotedHighlightIds } from '../../data/use-notes';
import { ErrorBoundary } from '../errors/ErrorBoundary';
import { NotebookPanel } from '../notes/NotebookPanel';
import { TableOfContents } from '../toc/TableOfContents';
import { useTocNavigation } from '../toc/use-toc-navigation';
import type { ReadingSettings } from '../../data/reading-settings';
import { useHighlightDefaults } from '../../data/use-highlight-defaults';
import { HighlightDetails } from '../highlights/HighlightDetails';
import { HighlightLayer } from '../highlights/HighlightLayer';
import { HighlightsPanel } from '../highlights/HighlightsPanel';
import { SelectionToolbar } from '../highlights/SelectionToolbar';
import { PanelCloseButton } from '../layout/LayoutToggles';
import type { PanelLayout } from '../layout/use-panel-layout';
import type { TextRange } from '../highlights/text-dom';
import { useTextSelection } from '../highlights/use-text-selection';
import { ReaderView } from '../reader/ReaderView';
import { useSelectAll } from '../reader/use-select-all';
import type { TextChunk } from '../reader/text-chunks';
import type { ReaderNavigator } from '../reader/use-reader-navigator';
import type { AnchoredHighlight } from '../../core/highlights/resolve-highlights';
import { HighlightDeleteDialog } from './HighlightDeleteDialog';
import type { SidePanelState } from './side-panel-state';
import { SidePanelTabs } from './SidePanelTabs';
import { useToolbarTab } from './use-toolbar-tab';
import { UndoToast } from './UndoToast';
import { useNoteActions } from './use-note-actions';
import { useHighlightKeys } from './use-highlight-keys';
import { useOptimisticHighlights } from './use-optimistic-highlights';
import { useFocusRange } from './use-focus-range';
import { FindBar } from '../find/FindBar';
import { FindMarks } from '../find/FindMarks';
import { useDocumentFind } from '../find/use-document-find';
import { highlightNeighbour, stillThere } from './focus-after-delete';
import { focusWhenLost } from '../layout/focus-when-lost';
import { PrintView } from '../print/PrintView';

const NO_PRINTED_HIGHLIGHTS: never[] = [];

/** Runs `work` under a performance measure, so the benchmark can read how long it took. */
function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  performance.measure(name, { start, end: performance.now() });
  return result;
}

const NO_HIGHLIGHTS: AnchoredHighlight[] = [];

interface DocumentWorkspaceProps {
  document: CorpusDocument;
  state: DocumentStateRow | null | undefined;
  settings: ReadingSettings;
  panel: SidePanelState;
  /** Which panels show; the side panel gets a close button when it lies over the text. */
  layout?: PanelLayout;
}

/** The same panel layout: App makes a new object each time it is drawn, its values and functions kept. */
const sameLayout = (a: PanelLayout | undefined, b: PanelLayout | undefined) =>
  a === b || (a !== undefined && b !== undefined && (Object.keys(a) as (keyof PanelLayout)[]).every((key) => a[key] === b[key]));

/**
 * One open document: the reader with its highlights, and the side panel. Keyed by document id.
 * Drawn again only when its own inputs change: App is drawn again whenever a highlight is stored
 * (the library's counts), and a long book's workspace costs milliseconds to draw.
 */
export const DocumentWorkspace = memo(function DocumentWorkspace({ document, state, settings, panel, layout }: DocumentWorkspaceProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const navigatorRef = useRef<ReaderNavigator>(null);
  const { rows, addUnsaved, dropUnsaved } = useOptimisticHighlights(document.id);
  // Made on the first anchoring, not with the document: normalising a long book's text takes a
  // while, and the highlights arrive after its text has been painted.
  const resolve = useMemo(() => {
    let resolver: HighlightResolver | null = null;
    return (highlights: readonly Highlight[]) => (resolver ??= createHighlightResolver(document.text))(highlights);
  }, [document.text]);
  // A long text is painted before its highlights are anchored: anchoring first normalises the whole
  // text (about 100 ms for a 10 MB book), which held up the first paint when the highlights came first.
  // It starts once that frame is painted and the tasks queued behind it have run.
  const [textPainted, setTextPainted] = useState(() => document.text.length <= WHOLE_DOCUMENT_CHARS);
  useEffect(() => {
    if (textPainted) return undefined;
    let idle: number | undefined;
    const cancelPaint = afterNextPaint(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(() => setTextPainted(true), { timeout: 300 });
      else setTextPainted(true);
    });
    return () => {
      cancelPaint();
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [textPainted]);
  const resolved = useMemo(() => (textPainted ? rows && measured('qiraa:anchor-highlights', () => resolve(rows)) : undefined), [rows, resolve, textPainted]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<number>(0);
  const [defaults, setDefaults] = useHighlightDefaults();
  // Ctrl/⌘+A in the reader selects the whole document, most of it not drawn: that selection wins.
  const wholeSelection = useSelectAll(bodyRef, scrollRef, document.text);
  const { selection: drawnSelection, clear: clearSelection } = useTextSelection(bodyRef, document.text);
  const selection = wholeSelection ?? drawnSelection;
  const notedIds = useNotedHighlightIds(document.id);
  /** One way to tell the user a write failed: "<what> could not be saved: <reason>". */
  const intl = useIntl();
  const reportFailure = useCallback(
    (what: 'note' | 'highlight' | 'deletion', error: unknown) => {
      setSaveError(intl.formatMessage({ id: `workspace.saveFailed.${what}` }, { reason: error instanceof Error ? error.message : String(error) }));
    },
    [intl],
  );
  const reportSaveError = useCallback((error: unknown) => reportFailure('note', error), [reportFailure]);
  const reportChangeError = useCallback((error: unknown) => reportFailure('highlight', error), [reportFailure]);

  const selected = resolved?.anchored.find((a) => a.highlight.id === selectedId) ?? null;
  // The selected highlight's text as it stands in the document now (it may have moved since it was made).
  const selectedText = selected ? document.text.slice(selected.start, selected.end) : null;

  const highlightSelection = useCallback(
    (color: HighlightColor): Highlight | null => {
      if (!selection) return null;
      const highlight = newHighlight(document.id, document.text, selection.range, color, defaults.style);
      addUnsaved(highlight);
      clearSelection();
      setDefaults({ color });
      saveNewHighlight(highlight).catch((error: unknown) => {
        dropUnsaved(highlight.id);
        reportFailure('highlight', error);
      });
      return highlight;
    },
    [selection, document.id, document.text, defaults.style, setDefaults, addUnsaved, clearSelection, dropUnsaved, reportFailure],
  );

  const removeNow = useCallback(
    (id: string, noteFate?: NoteFate) => {
      // Focus that was on the highlight's details or list entry moves on to the next entry.
      const neighbour = highlightNeighbour(id);
      focusWhenLost(() => stillThere(neighbour));
      setSelectedId((current) => (current === id ? null : current));
      deleteHighlight(id, noteFate).then(
        () => setDeleted(Date.now()),
        (error: unknown) => reportFailure('deletion', error),
      );
    },
    [reportFailure],
  );

  const notes = useNoteActions({ docId: document.id, panel, deleteHighlightNow: removeNow, reportError: reportSaveError });
  const remove = notes.deleteHighlight;

  /** "New note" on a selection: highlights it with the last colour and starts a notebook note quoting it. */
  const noteOnSelection = () => {
    const highlight = highlightSelection(defaults.color);
    if (highlight) notes.startNoteQuoting(highlight, highlight.selectors.quote.exact);
  };

  const select = useCallback(
    (id: string | null) => {
      setSelectedId(id);
      if (id) panel.onTab('highlights');
    },
    [panel],
  );

  /**
   * Scrolls a text range to a third of the way down the view, bringing it into the DOM first (a long
   * document renders only the text near the view); resolves to its DOM ranges (none outside the body).
   */
  const scrollToRange = useCallback(async (range: TextRange): Promise<Range[]> => {
    await navigatorRef.current?.restored;
    const scroller = scrollRef.current;
    return scroller && navigatorRef.current ? navigatorRef.current.showRange(range, scroller) : [];
  }, []);

  const scrollToHighlight = useCallback(
    (id: string) => {
      const target = resolved?.anchored.find((a) => a.highlight.id === id);
      if (target) void scrollToRange(target);
    },
    [resolved, scrollToRange],
  );

  // A highlight chosen in the list from the keyboard: focus follows into its details.
  const [detailsFocusFor, setDetailsFocusFor] = useState<string | null>(null);
  const detailsFocusTaken = useCallback(() => setDetailsFocusFor(null), []);
  const choose = useCallback(
    (id: string, byKeyboard = false) => {
      select(id);
      scrollToHighlight(id);
      if (byKeyboard) setDetailsFocusFor(id);
    },
    [select, scrollToHighlight],
  );
  // The list gets one function for the document's life: `choose` changes with every highlight added,
  // and a new one would redraw all of a long book's list entries on each colour click.
  const latestChoose = useRef(choose);
  useEffect(() => {
    latestChoose.current = choose;
  }, [choose]);
  const chooseFromList = useCallback((id: string, byKeyboard: boolean) => latestChoose.current(id, byKeyboard), []);

  // A followed passage link: show the passage once this document has anchored its highlight.
  // Selecting happens while rendering (React's way to adjust state to props); scrolling after layout.
  const { focusHighlightId, onFocused } = panel;
  const [focused, setFocused] = useState<string | null>(null);
  if (focusHighlightId !== null && resolved && focused !== focusHighlightId) {
    setFocused(focusHighlightId);
    if (resolved.anchored.some((a) => a.highlight.id === focusHighlightId)) setSelectedId(focusHighlightId);
  }
  if (focusHighlightId === null && focused !== null) setFocused(null);
  useEffect(() => {
    if (focusHighlightId === null || focused !== focusHighlightId) return;
    scrollToHighlight(focusHighlightId);
    onFocused();
  }, [focusHighlightId, focused, scrollToHighlight, onFocused]);

  useFocusRange({ focusRange: panel.focusRange, docId: document.id, ready: state !== undefined, scrollRef, scrollToRange, onFocused });
  const find = useDocumentFind(document.text, scrollRef, scrollToRange);
  const toc = useTocNavigation({ docId: document.id, onTab: panel.onTab, ready: state !== undefined, scrollRef, scrollToRange, layout });

  // After an undo or redo the "deleted" toast no longer describes the last change.
  const afterUndo = useCallback(
    (id: string | null) => {
      setSelectedId(id);
      setDeleted(0);
      // A new highlight undone before its stored row was read back is still listed as unsaved: it goes with its row.
      if (id) void isHighlightStored(id).then((stored) => stored || dropUnsaved(id));
    },
    [dropUnsaved],
  );

  useToolbarTab(scrollRef, selection !== null);
  useHighlightKeys({
    canHighlight: selection !== null,
    highlightWithLastColor: () => void highlightSelection(defaults.color),
    selectedId,
    deleteSelected: () => selectedId && remove(selectedId),
    deselect: () => setSelectedId(null),
    onUndone: afterUndo,
    onUndoError: reportChangeError,
  });

  // Each rendered chunk of the text draws the highlights in it.
  const anchored = resolved?.anchored ?? NO_HIGHLIGHTS;
  // and, while "find in document" is open, marks its matches.
  const findMatches = find.open ? find.found?.matches : undefined;
  const currentMatch = findMatches?.[find.current] ?? null;
  const chunkOverlay = useCallback(
    (chunk: TextChunk) => (
      <>
        <HighlightLayer start={chunk.start} end={chunk.end} highlights={anchored} selectedId={selectedId} notedIds={notedIds} onSelect={select} />
        {findMatches && <FindMarks start={chunk.start} end={chunk.end} matches={findMatches} current={currentMatch} />}
      </>
    ),
    [anchored, selectedId, notedIds, select, findMatches, currentMatch],
  );

  return (
    <div className="workspace">
      <PrintView document={document} title={state?.customTitle ?? document.title} highlights={resolved?.anchored ?? NO_PRINTED_HIGHLIGHTS} />
      <ReaderView
        document={document}
        state={state}
        settings={settings}
        scrollRef={scrollRef}
        bodyRef={bodyRef}
        navigatorRef={navigatorRef}
        chunkOverlay={chunkOverlay}
      >
        <FindBar find={find} />
      </ReaderView>
      {selection && (
        <SelectionToolbar
          rect={selection.rect}
          areaRef={scrollRef}
          defaults={defaults}
          onHighlight={(color) => void highlightSelection(color)}
          onNewNote={noteOnSelection}
          onToggleUnderline={() => setDefaults({ style: defaults.style === 'underline' ? 'highlight' : 'underline' })}
        />
      )}
      <aside className="side-panel" id="side-panel" aria-label={intl.formatMessage({ id: 'workspace.sideLabel' })}>
        {layout && <PanelCloseButton layout={layout} panel="sidePanel" />}
        <SidePanelTabs tab={panel.tab} onTab={panel.onTab} />
        <div className="side-tabpanel" role="tabpanel" id={`side-tabpanel-${panel.tab}`} aria-labelledby={`side-tab-${panel.tab}`}>
          {/* Keyed by the tab, so the other tab starts afresh after a failure in one. */}
          <ErrorBoundary key={panel.tab} area="sidePanel">
            {panel.tab === 'highlights' ? (
              <>
                {selected && selectedText !== null && (
                  <HighlightDetails
                    key={selected.highlight.id}
                    highlight={selected.highlight}
                    text={selectedText}
                    onDelete={() => remove(selected.highlight.id)}
                    onClose={() => setSelectedId(null)}
                    onSaveError={reportSaveError}
                    onChangeError={reportChangeError}
                    onStartNote={() => notes.startNoteQuoting(selected.highlight, selectedText)}
                    onLinkInOpenNote={panel.openNoteId ? () => notes.linkInOpenNote(selected.highlight, selectedText) : undefined}
                    takeFocus={detailsFocusFor === selected.highlight.id}
                    onFocusTaken={detailsFocusTaken}
                  />
                )}
                <HighlightsPanel
                  document={document}
                  resolved={resolved}
                  selectedId={selectedId}
                  notedIds={notedIds}
                  onChoose={chooseFromList}
                  onDeleteOrphan={(h) => remove(h.id)}
                />
              </>
            ) : panel.tab === 'contents' ? (
              <TableOfContents document={document} position={state?.position ?? null} onChoose={toc.choose} focusRequest={toc.focusRequest} onFocusTaken={toc.onFocusTaken} />
            ) : (
              <NotebookPanel openNoteId={panel.openNoteId} onOpen={panel.onOpenNote} onSaveError={reportSaveError} />
            )}
          </ErrorBoundary>
        </div>
      </aside>
      {notes.asking && (
        <HighlightDeleteDialog
          onKeepNote={() => notes.answer(true)}
          onDeleteNote={() => notes.answer(false)}
          onCancel={notes.cancel}
          returnFocus={() => notes.asking && highlightNeighbour(notes.asking.highlightId)}
        />
      )}
      {saveError && (
        <div className="toast toast-error" role="alert" data-testid="error">
          <span>{saveError}</span>
          <button type="button" onClick={() => setSaveError(null)}>
            <FormattedMessage id="common.dismiss" />
          </button>
        </div>
      )}
      {deleted > 0 && <UndoToast key={deleted} onUndone={afterUndo} onUndoError={reportChangeError} onDismiss={() => setDeleted(0)} />}
    </div>
  );
},
(a, b) => a.document === b.document && a.state === b.state && a.settings === b.settings && a.panel === b.panel && sameLayout(a.layout, b.layout));
