import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useEffect, useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { createPortal, flushSync } from 'react-dom';
import type { CorpusDocument } from '../../core/corpus/corpus-types';
import type { AnchoredHighlight } from '../../core/highlights/resolve-highlights';
import { db } from '../../data/db';
import { bodyBlocks } from '../reader/body-blocks';
import { printPieces, type PrintMark } from './print-segments';
import { setPrinting, setPrintWithNotes, usePrinting, usePrintWithNotes } from './print-options';
import './print.css';

interface PrintViewProps {
  document: CorpusDocument;
  /** The title as the user sees it (their rename, if any). */
  title: string;
  highlights: readonly AnchoredHighlight[];
}

const BLOCK_TAGS = { heading: 'h2', paragraph: 'p', caption: 'p', quote: 'blockquote', 'list-item': 'p' } as const;

/**
 * Holds the print view only while a print is under way (the browser's own Ctrl+P included, through
 * beforeprint), so a book's whole text is not in the DOM, nor re-rendered on every highlight change,
 * the rest of the time.
 */
export function PrintView(props: PrintViewProps) {
  const printing = usePrinting();
  useEffect(() => {
    // The browser lays the page out for print right after beforeprint: the view must be there by then.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => {
      setPrinting(false);
      // "With notes" is for the print it was chosen for; Ctrl+P afterwards prints the text alone.
      setPrintWithNotes(false);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing ? <PrintContent {...props} /> : null;
}

/**
 * What printing (and the desktop's Save as PDF) gives: the title, the document's details and its
 * whole text with the highlights as <mark>s, then, when asked for, its notes. Hidden on screen; in
 * print it is the only thing shown (print.css). Rendered outside the app's root, so none of the
 * chrome, nor the virtualised reader, takes part in printing.
 */
function PrintContent({ document, title, highlights }: PrintViewProps) {
  const intl = useIntl();
  const withNotes = usePrintWithNotes();
  const blocks = useMemo(() => bodyBlocks(document), [document]);
  const marks = useMemo<PrintMark[]>(
    () => highlights.map(({ highlight, start, end }) => ({ start, end, color: highlight.color, style: highlight.style, id: highlight.id })),
    [highlights],
  );
  const ids = useMemo(() => new Set(highlights.map((h) => h.highlight.id)), [highlights]);
  const notes = useLiveQuery(() => db.notes.where('docId').equals(document.id).sortBy('createdAt'), [document.id]);
  const printedNotes = (notes ?? []).filter((note) => note.plainText.trim() !== '');
  const quoteOf = (highlightId: string | null) => {
    const found = highlightId !== null && ids.has(highlightId) ? highlights.find((h) => h.highlight.id === highlightId) : undefined;
    return found ? document.text.slice(found.start, found.end) : null;
  };

  return createPortal(
    <div className="print-view" data-testid="print-view" data-with-notes={withNotes || undefined}>
      <article dir="rtl" lang="ar">
        <h1 className="print-title">{title}</h1>
        {(document.source || document.byline || document.tags.length > 0) && (
          <p className="print-meta">
            {[document.source, document.byline].filter(Boolean).map((part, i) => (
              <Fragment key={i}>
                {i > 0 && intl.formatMessage({ id: 'reader.separator' })}
                <bdi>{part}</bdi>
              </Fragment>
            ))}
            {document.tags.length > 0 && (
              <span className="print-tags"> {intl.formatMessage({ id: 'print.tags' }, { tags: document.tags.join('، ') })}</span>
            )}
          </p>
        )}
        {blocks.map((block) => {
          const Tag = BLOCK_TAGS[block.kind as keyof typeof BLOCK_TAGS] ?? 'p';
          return (
            <Tag key={block.index} className={`print-block print-${block.kind}`}>
              {printPieces(document.text, block.start, block.end, marks).map((piece, i) =>
                piece.mark ? (
                  <mark key={i} className={`print-mark color-${piece.mark.color} style-${piece.mark.style}`} data-highlight-id={piece.mark.id}>
                    {piece.text}
                  </mark>
                ) : (
                  <Fragment key={i}>{piece.text}</Fragment>
                ),
              )}
            </Tag>
          );
        })}
      </article>
      {withNotes && printedNotes.length > 0 && (
        <section className="print-notes" aria-label={intl.formatMessage({ id: 'print.notes' })}>
          <h2>
            <FormattedMessage id="print.notes" />
          </h2>
          {printedNotes.map((note) => {
            const quote = quoteOf(note.highlightId);
            return (
              <div key={note.id} className="print-note">
                <h3 dir="auto">{note.title || intl.formatMessage({ id: 'notes.untitled' })}</h3>
                {quote !== null && (
                  <blockquote dir="rtl" lang="ar">
                    {quote}
                  </blockquote>
                )}
                <div className="print-note-text" dir="auto">
                  {note.plainText}
                </div>
              </div>
            );
          })}
        </section>
      )}
    </div>,
    window.document.body,
  );
}
