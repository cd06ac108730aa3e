import { useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useIntl } from 'react-intl';
import type { VirtualizerHandle } from 'virtua';
import type { CorpusDocument } from '../../core/corpus/corpus-types';
import type { DocumentStateRow } from '../../data/db';
import type { ReadingSettings } from '../../data/reading-settings';
import { bodyBlocks } from './body-blocks';
import { DocumentMeta } from './DocumentMeta';
import { DocumentTitle } from './DocumentTitle';
import { ReaderBody } from './ReaderBody';
import { ReadingProgress } from './ReadingProgress';
import { textChunks, type TextChunk } from './text-chunks';
import { useReaderNavigator, type ReaderNavigator } from './use-reader-navigator';
import { useReadingPosition } from './use-reading-position';
import { useCaretBrowsing } from './use-caret-browsing';
import './reader.css';

interface ReaderViewProps {
  document: CorpusDocument;
  /** undefined while the stored state is loading; null when the user never opened it. */
  state: DocumentStateRow | null | undefined;
  settings: ReadingSettings;
  scrollRef: RefObject<HTMLDivElement | null>;
  bodyRef: RefObject<HTMLDivElement | null>;
  /** Set to what brings far-away text into the DOM (search results, links, find). */
  navigatorRef?: RefObject<ReaderNavigator | null>;
  /** Drawn over each rendered chunk of the text and scrolled with it (highlights). */
  chunkOverlay?: (chunk: TextChunk) => ReactNode;
  /** Shown over the top of the text (the find bar). */
  children?: ReactNode;
}

/**
 * The right-to-left reading view of one document. Mount it with `key={document.id}`. A long
 * document is rendered in chunks, only those near the view in the DOM (see ReaderBody).
 */
export function ReaderView({ document, state, settings, scrollRef, bodyRef, navigatorRef, chunkOverlay, children }: ReaderViewProps) {
  const intl = useIntl();
  const blocks = useMemo(() => bodyBlocks(document), [document]);
  const chunks = useMemo(() => textChunks(blocks), [blocks]);
  const handleRef = useRef<VirtualizerHandle>(null);
  const navigator = useReaderNavigator(chunks, handleRef, bodyRef);
  useLayoutEffect(() => {
    if (!navigatorRef) return;
    navigatorRef.current = navigator;
    return () => {
      navigatorRef.current = null;
    };
  }, [navigatorRef, navigator]);
  const startMargin = useStartMargin(scrollRef, bodyRef);
  useCaretBrowsing(bodyRef);
  useReadingPosition(scrollRef, document.id, state === undefined ? undefined : (state?.position ?? null), layoutKeyOf(settings), blocks, navigator);

  return (
    <div className="reader-frame">
      {children}
      <div className="reader-scroll" ref={scrollRef} tabIndex={0} aria-label={intl.formatMessage({ id: 'reader.view' })}>
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
          <ReaderBody chunks={chunks} scrollRef={scrollRef} handleRef={handleRef} startMargin={startMargin} chunkOverlay={chunkOverlay} ref={bodyRef} />
          <DocumentMeta document={document} />
        </article>
      </div>
      <ReadingProgress scrollRef={scrollRef} document={document} />
    </div>
  );
}

/** How far below the top of the scrolled content the body starts (padding and title), kept as the title changes. */
function useStartMargin(scrollRef: RefObject<HTMLElement | null>, bodyRef: RefObject<HTMLElement | null>): number {
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    const body = bodyRef.current;
    if (!scroller || !body) return;
    const measure = () => setMargin(Math.round(body.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop));
    measure();
    const header = body.parentElement?.querySelector('.reader-header');
    const observer = new ResizeObserver(measure);
    if (header) observer.observe(header);
    return () => observer.disconnect();
  }, [scrollRef, bodyRef]);
  return margin;
}

/** Changes whenever the text reflows because of a reading setting. */
export function layoutKeyOf(settings: ReadingSettings): string {
  return `${settings.fontSize}/${settings.lineHeight}`;
}
