import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CorpusDocument } from './core/corpus/corpus-types';
import { lastOpenedDocumentId, markOpened, useDocumentStates } from './data/document-state';
import { useDocumentCounts } from './data/use-document-counts';
import { useReadingSettings } from './data/use-reading-settings';
import { LibraryPanel } from './features/library/LibraryPanel';
import { useCorpus } from './features/library/use-corpus';
import { ReadingSettingsBar } from './features/settings/ReadingSettingsBar';
import { useTheme } from './features/settings/use-theme';
import { recoverDrafts } from './data/note-store';
import { NoteNavigationContext } from './features/notes/note-navigation';
import { ExportMenu } from './features/export/ExportMenu';
import { createSearchIndex } from './core/search/search-corpus';
import { SearchBox } from './features/search/SearchBox';
import { DocumentWorkspace } from './features/workspace/DocumentWorkspace';
import { useSidePanel } from './features/workspace/use-side-panel';
import { useDocumentKeys } from './use-document-keys';

export function App() {
  const corpus = useCorpus();
  const states = useDocumentStates();
  const documentCounts = useDocumentCounts();
  const [settings, updateSettings] = useReadingSettings();
  const [openId, setOpenId] = useState<string | null>(null);
  useTheme(settings.theme);

  const documents = useMemo<CorpusDocument[]>(
    () => (corpus.status === 'ready' ? corpus.entries.flatMap((e) => (e.ok ? [e.document] : [])) : []),
    [corpus],
  );

  const open = useCallback((docId: string) => {
    setOpenId(docId);
    void markOpened(docId);
  }, []);
  const { panel, navigation, showText } = useSidePanel(open, documents);
  // Normalised once per corpus; every query then only scans the prepared text.
  const searchIndex = useMemo(() => createSearchIndex(documents), [documents]);

  // Note drafts a reload cut short are written before anything else reads the notes.
  useEffect(() => {
    void recoverDrafts();
  }, []);

  // Reopen the document the user was reading last time, or the first one.
  useEffect(() => {
    if (openId !== null || documents.length === 0) return;
    let cancelled = false;
    void lastOpenedDocumentId().then((last) => {
      if (cancelled) return;
      setOpenId(documents.some((d) => d.id === last) ? last : (documents[0]?.id ?? null));
    });
    return () => {
      cancelled = true;
    };
  }, [documents, openId]);

  useDocumentKeys(documents, openId, open);

  const openDocument = documents.find((d) => d.id === openId);

  return (
    <NoteNavigationContext.Provider value={navigation}>
    <div className="app">
      <header className="app-bar">
        <span className="app-name">
          Qira'a <span lang="ar">قراءة</span>
        </span>
        <SearchBox index={searchIndex} onChoose={showText} />
        <ReadingSettingsBar settings={settings} onChange={updateSettings} />
      </header>
      <div className="app-body">
        {corpus.status === 'ready' && (
          <div className="left-column">
            <LibraryPanel entries={corpus.entries} states={states} counts={documentCounts} openId={openId} onOpen={open} />
            <ExportMenu openDocumentId={openId} documents={documents} />
          </div>
        )}
        <main className="reader-pane">
          {corpus.status === 'loading' && <p className="status">Loading the corpus…</p>}
          {corpus.status === 'failed' && (
            <p className="status status-error" data-testid="error" role="alert">
              {corpus.message}
            </p>
          )}
          {corpus.status === 'ready' && documents.length === 0 && (
            <p className="status">No document could be read from the corpus.</p>
          )}
          {openDocument && (
            <DocumentWorkspace
              key={openDocument.id}
              document={openDocument}
              state={states === undefined ? undefined : (states.get(openDocument.id) ?? null)}
              settings={settings}
              panel={panel}
            />
          )}
        </main>
      </div>
    </div>
    </NoteNavigationContext.Provider>
  );
}
