import { useCallback, useEffect, useMemo, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { CorpusDocument, CorpusLoadError } from './core/corpus/corpus-types';
import type { LibraryEntry } from './core/library/library-entry';
import { BUNDLED_COLLECTION_ID } from './core/library/library-types';
import { createDocumentLoader } from './data/document-loader';
import type { DeletedDocuments } from './data/document-delete';
import { lastOpenedDocumentId, markOpened, useDocumentStates } from './data/document-state';
import { useDocumentCounts } from './data/use-document-counts';
import { useLibrary, useLibraryQuery } from './data/use-library';
import { useReadingSettings } from './data/use-reading-settings';
import { useDatabaseLost } from './data/use-notes';
import { recoverDrafts } from './data/note-store';
import { ErrorBoundary } from './features/errors/ErrorBoundary';
import { ExportMenu } from './features/export/ExportMenu';
import type { ImportSource } from './features/import/import-messages';
import { ImportPanel } from './features/import/ImportPanel';
import { useFileDrop } from './features/import/use-file-drop';
import { useImport } from './features/import/use-import';
import { FocusExit, FocusToggle, PanelCloseButton, PanelToggle } from './features/layout/LayoutToggles';
import { usePanelLayout } from './features/layout/use-panel-layout';
import { useMenuSelectAll } from './features/reader/menu-select-all';
import { DocumentActions } from './features/library/DocumentActions';
import { DocumentDeletedToast } from './features/library/DocumentDeletedToast';
import { LibraryPanel } from './features/library/LibraryPanel';
import { FormattedReason } from './features/import/FormattedReason';
import { useCorpus } from './features/library/use-corpus';
import { useOpenDocument } from './features/library/use-open-document';
import { NoteNavigationContext } from './features/notes/note-navigation';
import { SearchBox } from './features/search/SearchBox';
import type { ResultHit } from './features/search/search-messages';
import { useResearchSearch } from './features/search/use-research-search';
import { InterfaceSettings } from './features/settings/InterfaceSettings';
import { ReadingSettingsBar } from './features/settings/ReadingSettingsBar';
import { useTheme } from './features/settings/use-theme';
import { DocumentWorkspace } from './features/workspace/DocumentWorkspace';
import type { SidePanelState } from './features/workspace/side-panel-state';
import { useSidePanel } from './features/workspace/use-side-panel';
import { useDocumentKeys } from './use-document-keys';

const NO_ERRORS: CorpusLoadError[] = [];

function AppWindow() {
  const corpus = useCorpus();
  const states = useDocumentStates();
  const documentCounts = useDocumentCounts();
  const [settings, updateSettings] = useReadingSettings();
  const [query, updateQuery] = useLibraryQuery();
  const [openId, setOpenId] = useState<string | null>(null);
  const [shownIds, setShownIds] = useState<string[]>([]);
  const [deleted, setDeleted] = useState<DeletedDocuments | null>(null);
  const databaseLost = useDatabaseLost();
  useTheme(settings.theme);
  useMenuSelectAll();
  const layout = usePanelLayout();

  const bundled = useMemo<CorpusDocument[]>(() => (corpus.status === 'ready' ? corpus.entries.flatMap((e) => (e.ok ? [e.document] : [])) : []), [corpus]);
  const corpusErrors = useMemo(() => (corpus.status === 'ready' ? corpus.entries.flatMap((e) => (e.ok ? [] : [e.error])) : NO_ERRORS), [corpus]);
  const library = useLibrary(bundled, states);
  const loader = useMemo(() => createDocumentLoader(bundled), [bundled]);
  const openRow = openId === null ? undefined : library.rows.get(openId);
  const opened = useOpenDocument(loader, openId, openRow?.contentHash);

  const open = useCallback((docId: string) => {
    setOpenId(docId);
    void markOpened(docId);
  }, []);
  const { panel: sidePanel, navigation, showText } = useSidePanel(open, loader.cached);
  // What the reader asks of the side panel (a chosen highlight, a new note) shows it if it is put away.
  const { reveal } = layout;
  const panel = useMemo<SidePanelState>(
    () => ({
      ...sidePanel,
      onTab: (tab) => {
        reveal('sidePanel');
        sidePanel.onTab(tab);
      },
      onOpenNote: (noteId) => {
        if (noteId) reveal('sidePanel');
        sidePanel.onOpenNote(noteId);
      },
    }),
    [sidePanel, reveal],
  );
  const search = useResearchSearch();
  // A document result selects its match in the reader; a highlight opens with its details; a note opens in the notebook.
  const { openPassage } = navigation;
  const { onOpenNote } = panel;
  const openResult = useCallback(
    (hit: ResultHit) => {
      if (hit.kind === 'document') showText({ docId: hit.id, start: hit.range?.start ?? 0, end: hit.range?.end ?? 0 });
      else if (hit.kind === 'highlight' && hit.docId) {
        reveal('sidePanel');
        openPassage(hit.id, hit.docId);
      } else if (hit.kind === 'note') onOpenNote(hit.id);
    },
    [showText, reveal, openPassage, onOpenNote],
  );
  // Kept as the same array while the order is the same, so reporting it never re-renders for nothing.
  const onShown = useCallback((entries: LibraryEntry[]) => {
    setShownIds((current) => (current.length === entries.length && entries.every((e, i) => e.id === current[i]) ? current : entries.map((e) => e.id)));
  }, []);

  const importer = useImport();
  // Files imported while one of the user's collections is shown go into it.
  const importInto = query?.collectionId && query.collectionId !== BUNDLED_COLLECTION_ID ? query.collectionId : null;
  const startImport = importer.start;
  const onImport = useCallback((sources: ImportSource[]) => startImport(sources, importInto ? [importInto] : []), [startImport, importInto]);
  const dragging = useFileDrop(onImport);

  // Note drafts a reload cut short are written before anything else reads the notes.
  useEffect(() => {
    void recoverDrafts();
  }, []);

  // Reopen the document the user was reading last time, or the first one.
  const entries = library.entries;
  useEffect(() => {
    if (openId !== null || !entries || entries.length === 0) return;
    let cancelled = false;
    void lastOpenedDocumentId().then((last) => {
      if (cancelled) return;
      setOpenId(entries.some((e) => e.id === last) ? last : (shownIds[0] ?? entries[0]?.id ?? null));
    });
    return () => {
      cancelled = true;
    };
  }, [entries, openId, shownIds]);

  // After deleting the open document, the next one in the list opens; when the list as filtered
  // held nothing else, the library's first other document does, never the deleted one left on screen.
  const onDeleted = useCallback(
    (removed: DeletedDocuments) => {
      setDeleted(removed);
      const kept = (id: string) => !removed.docIds.includes(id);
      const index = shownIds.findIndex((id) => removed.docIds.includes(id));
      const next = shownIds.slice(index + 1).find(kept) ?? shownIds.find(kept) ?? entries?.map((e) => e.id).find(kept);
      if (next) open(next);
    },
    [shownIds, entries, open],
  );

  useDocumentKeys(shownIds, openId, open);

  const ready = corpus.status === 'ready' && entries !== undefined && query !== undefined;
  return (
    <NoteNavigationContext.Provider value={navigation}>
      <div
        className="app"
        data-library-overlays={layout.libraryOverlays || undefined}
        data-side-panel-overlays={layout.sidePanelOverlays || undefined}
        data-library={layout.libraryOpen ? 'open' : 'closed'}
        data-side-panel={layout.sidePanelOpen ? 'open' : 'closed'}
        data-focus={layout.focus || undefined}
      >
        <header className="app-bar">
          <div className="layout-toggles">
            <PanelToggle layout={layout} panel="library" />
            <span className="app-name">
              <FormattedMessage id="app.name" />
            </span>
          </div>
          <SearchBox search={search} collections={library.collections} onOpen={openResult} />
          <ReadingSettingsBar settings={settings} onChange={updateSettings} />
          <InterfaceSettings />
          <div className="layout-toggles">
            <FocusToggle layout={layout} />
            <PanelToggle layout={layout} panel="sidePanel" />
          </div>
        </header>
        <FocusExit layout={layout} />
        {databaseLost && (
          <p className="status status-error" data-testid="error" role="alert">
            <FormattedMessage id="app.databaseLost" />
          </p>
        )}
        <div className="app-body">
          {ready && (
            <div className="left-column" id="library-column">
              <PanelCloseButton layout={layout} panel="library" />
              <ErrorBoundary area="library">
                <ImportPanel importer={importer} onImport={onImport} onClipboardDocument={open} />
                <LibraryPanel
                  entries={entries}
                  errors={corpusErrors}
                  collections={library.collections}
                  query={query}
                  onQuery={updateQuery}
                  states={states}
                  counts={documentCounts}
                  openId={openId}
                  onOpen={open}
                  onShown={onShown}
                />
                <ExportMenu openDocumentId={openId} documents={bundled} />
              </ErrorBoundary>
            </div>
          )}
          <main className="reader-pane">
            {corpus.status === 'loading' && <p className="status">
                <FormattedMessage id="app.loadingLibrary" />
              </p>}
            {corpus.status === 'failed' && (
              <p className="status status-error" data-testid="error" role="alert">
                <FormattedReason reason={corpus.message} />
              </p>
            )}
            {ready && entries.length === 0 && <p className="status">
                <FormattedMessage id="app.libraryEmpty" />
              </p>}
            {opened.status === 'failed' && (
              <p className="status status-error" data-testid="error" role="alert">
                <FormattedReason reason={opened.message} />
              </p>
            )}
            {openRow && <DocumentActions row={openRow} collections={library.collections} onDeleted={onDeleted} />}
            {opened.status === 'ready' && (
              <ErrorBoundary key={opened.document.id} area="reader">
                <DocumentWorkspace
                  document={opened.document}
                  state={states === undefined ? undefined : (states.get(opened.document.id) ?? null)}
                  settings={settings}
                  panel={panel}
                  layout={layout}
                />
              </ErrorBoundary>
            )}
          </main>
        </div>
        {dragging && (
          <div className="drop-overlay" aria-hidden="true">
            <FormattedMessage id="app.dropFiles" />
          </div>
        )}
        {deleted && <DocumentDeletedToast deleted={deleted} onUndone={open} onDismiss={() => setDeleted(null)} />}
      </div>
    </NoteNavigationContext.Provider>
  );
}

/** The app inside its last-resort boundary: whatever fails to render, the window shows a message, never a blank page. */
export function App() {
  return (
    <ErrorBoundary area="app">
      <AppWindow />
    </ErrorBoundary>
  );
}
