import { useMemo, type ReactNode, type RefObject } from 'react';
import type { CorpusDocument } from '../../core/corpus/corpus-types';
import type { DocumentStateRow } from '../../data/db';
import type { ReadingSettings } from '../../data/reading-settings';
import { bodyBlocks } from './body-blocks';
import { DocumentMeta } from './DocumentMeta';
import { DocumentTitle } from './DocumentTitle';
import { ReaderBody } from './ReaderBody';
import { useReadingPosition } from './use-reading-position';
import { useCaretBrowsing } from './use-caret-browsing';

interface ReaderViewProps {
  document: CorpusDocument;
  /** undefined while the stored state is loading; null when the user never opened it. */
  state: DocumentStateRow | null | undefined;
  settings: ReadingSettings;
  scrollRef: RefObject<HTMLDivElement | null>;
  bodyRef: RefObject<HTMLDivElement | null>;
  /** Drawn over the text and scrolled with it (highlights). */
  overlay?: ReactNode;
}

/** The right-to-left reading view of one document. Mount it with `key={document.id}`. */
export function ReaderView({ document, state, settings, scrollRef, bodyRef, overlay }: ReaderViewProps) {
  const blocks = useMemo(() => bodyBlocks(document), [document]);
  useCaretBrowsing(bodyRef);
  useReadingPosition(scrollRef, document.id, state === undefined ? undefined : (state?.position ?? null), layoutKeyOf(settings));

  return (
    <div className="reader-scroll" ref={scrollRef} tabIndex={0} aria-label="Reading view">
      <article
        data-testid="reader"
        data-doc-id={document.id}
        className="reader"
        dir="rtl"
        lang="ar"
        style={{ fontSize: `${settings.fontSize}px`, lineHeight: settings.lineHeight }}
      >
        <header className="reader-header">
          <DocumentTitle docId={document.id} originalTitle={document.title} customTitle={state?.customTitle ?? null} />
        </header>
        {/* The overlay is positioned against the body alone, so a title changing height cannot shift it. */}
        <div className="reader-text">
          <ReaderBody blocks={blocks} ref={bodyRef} />
          {overlay}
        </div>
        <DocumentMeta document={document} />
      </article>
    </div>
  );
}

/** Changes whenever the text reflows because of a reading setting. */
export function layoutKeyOf(settings: ReadingSettings): string {
  return `${settings.fontSize}/${settings.lineHeight}`;
}
