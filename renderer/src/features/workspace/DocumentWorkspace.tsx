import { useCallback, useMemo, useRef, useState } from 'react';
import type { CorpusDocument } from '../../core/corpus/corpus-types';
import type { HighlightColor } from '../../core/highlights/highlight-types';
import { createHighlightResolver } from '../../core/highlights/resolve-highlights';
import type { DocumentStateRow } from '../../data/db';
import { createHighlight, deleteHighlight } from '../../data/highlight-store';
import type { ReadingSettings } from '../../data/reading-settings';
import { useHighlightDefaults } from '../../data/use-highlight-defaults';
import { useDocumentHighlights } from '../../data/use-highlights';
import { HighlightDetails } from '../highlights/HighlightDetails';
import { HighlightLayer } from '../highlights/HighlightLayer';
import { HighlightsPanel } from '../highlights/HighlightsPanel';
import { SelectionToolbar } from '../highlights/SelectionToolbar';
import { blockNodes, domRanges } from '../highlights/text-dom';
import { useTextSelection } from '../highlights/use-text-selection';
import { layoutKeyOf, ReaderView } from '../reader/ReaderView';
import { UndoToast } from './UndoToast';
import { useHighlightKeys } from './use-highlight-keys';

interface DocumentWorkspaceProps {
  document: CorpusDocument;
  state: DocumentStateRow | null | undefined;
  settings: ReadingSettings;
}

/** One open document: the reader with its highlights, and the side panel. Keyed by document id. */
export function DocumentWorkspace({ document, state, settings }: DocumentWorkspaceProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const rows = useDocumentHighlights(document.id);
  const resolve = useMemo(() => createHighlightResolver(document.text), [document.text]);
  const resolved = useMemo(() => rows && resolve(rows), [rows, resolve]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<number>(0);
  const [defaults, setDefaults] = useHighlightDefaults();
  const selection = useTextSelection(bodyRef, document.text);

  const selected = resolved?.anchored.find((a) => a.highlight.id === selectedId) ?? null;

  const highlightSelection = useCallback(
    (color: HighlightColor) => {
      if (!selection) return;
      window.getSelection()?.removeAllRanges();
      setDefaults({ color });
      void createHighlight(document.id, document.text, selection.range, color, defaults.style);
    },
    [selection, document.id, document.text, defaults.style, setDefaults],
  );

  const remove = useCallback((id: string) => {
    setSelectedId((current) => (current === id ? null : current));
    void deleteHighlight(id).then(() => setDeleted(Date.now()));
  }, []);

  const scrollToHighlight = useCallback(
    (id: string) => {
      const target = resolved?.anchored.find((a) => a.highlight.id === id);
      const body = bodyRef.current;
      const scroller = scrollRef.current;
      if (!target || !body || !scroller) return;
      const first = domRanges(blockNodes(body), target)[0];
      if (!first) return;
      const view = scroller.getBoundingClientRect();
      scroller.scrollTo({ top: scroller.scrollTop + first.getBoundingClientRect().top - view.top - view.height / 3 });
    },
    [resolved],
  );

  const choose = useCallback(
    (id: string) => {
      setSelectedId(id);
      scrollToHighlight(id);
    },
    [scrollToHighlight],
  );

  useHighlightKeys({
    canHighlight: selection !== null,
    highlightWithLastColor: () => highlightSelection(defaults.color),
    selectedId,
    deleteSelected: () => selectedId && remove(selectedId),
    deselect: () => setSelectedId(null),
    onUndone: setSelectedId,
  });

  return (
    <div className="workspace">
      <ReaderView
        document={document}
        state={state}
        settings={settings}
        scrollRef={scrollRef}
        bodyRef={bodyRef}
        overlay={
          <HighlightLayer
            bodyRef={bodyRef}
            highlights={resolved?.anchored ?? []}
            selectedId={selectedId}
            layoutKey={layoutKeyOf(settings)}
            onSelect={setSelectedId}
          />
        }
      />
      {selection && (
        <SelectionToolbar
          rect={selection.rect}
          defaults={defaults}
          onHighlight={highlightSelection}
          onToggleUnderline={() => setDefaults({ style: defaults.style === 'underline' ? 'highlight' : 'underline' })}
        />
      )}
      <aside className="side-panel" aria-label="Highlights and notes">
        {selected && (
          <HighlightDetails
            key={selected.highlight.id}
            highlight={selected.highlight}
            text={document.text.slice(selected.start, selected.end)}
            onDelete={() => remove(selected.highlight.id)}
            onClose={() => setSelectedId(null)}
          />
        )}
        <HighlightsPanel
          document={document}
          resolved={resolved}
          selectedId={selectedId}
          onChoose={choose}
          onDeleteOrphan={(h) => remove(h.id)}
        />
      </aside>
      {deleted > 0 && <UndoToast key={deleted} onUndone={setSelectedId} onDismiss={() => setDeleted(0)} />}
    </div>
  );
}
