import { useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useIntl } from 'react-intl';
import type { VirtualizerHandle } from 'virtua';
import type { CorpusDocument } from '../../core/corpus/corpus-types';
import type { DocumentStateRow } from '../../data/db';
import type { ReadingSettings } from '../../data/reading-settings';
import { bodyBlocks } from './body-blocks';
import { BookDetails } from './BookDetails';
import { DocumentMeta } from './DocumentMeta';
import { DocumentTitle } from './DocumentTitle';
import { ReaderBody } from './ReaderBody';
import { ReadingProgress } from './ReadingProgress';
import { estimatedChunkHeight, textChunks, type TextChunk } from './text-chunks';
import { useReaderNavigator, type ReaderNavigator } from './use-reader-navigator';
import { useReadingPosition } from './use-reading-position';
import { useCaretBrowsing } from './use-caret-browsing';
import { useCaretTravel } from './use-caret-travel';
import { useReaderCopy } from './use-reader-copy';
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
  const width = useWidth(bodyRef);
  const layoutKey = layoutKeyOf(settings);
  const itemSize = useMemo(() => {
    if (width === 0 || chunks.length === 0) return 0;
    const chars = (chunks.at(-1)!.end - chunks[0]!.start) / chunks.length;
    const paragraphs = chunks.reduce((sum, c) => sum + c.parts.length, 0) / chunks.length;
    // Lines of text, plus a paragraph's gap (1em) after each block.
    return estimatedChunkHeight(chars, Math.max(width, 240), settings.fontSize, settings.lineHeight) + paragraphs * settings.fontSize;
  }, [chunks, width, settings.fontSize, settings.lineHeight]);
  useCaretBrowsing(bodyRef);
  useCaretTravel(bodyRef, scrollRef, chunks, navigator);
  useReaderCopy(bodyRef, document.text);
  useReadingPosition(scrollRef, document.id, state === undefined ? undefined : (state?.position ?? null), layoutKey, blocks, navigator);

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
            <BookDetails book={document.bookDetails} />
          </header>
          <ReaderBody chunks={chunks} scrollRef={scrollRef} handleRef={handleRef} startMargin={startMargin}
            itemSize={itemSize}
            layoutKey={layoutKey}
            chunkOverlay={chunkOverlay}
            ref={bodyRef}
          />
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

/** The body's width, followed as the window or the panels change. */
function useWidth(bodyRef: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const measure = () => setWidth(Math.round(body.getBoundingClientRect().width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(body);
    return () => observer.disconnect();
  }, [bodyRef]);
  return width;
}

/** Changes whenever the text reflows because of a reading setting. */
export function layoutKeyOf(settings: ReadingSettings): string {
  return `${settings.fontSize}/${settings.lineHeight}`;
}
