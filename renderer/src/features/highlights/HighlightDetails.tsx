import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Highlight } from '../../core/highlights/highlight-types';
import { addTags } from '../../core/highlights/tags';
import { updateHighlight } from '../../data/highlight-store';
import { focusWhenLost } from '../layout/focus-when-lost';
import { HighlightNote } from '../notes/HighlightNote';
import { ColorSwatches } from './ColorSwatches';

interface HighlightDetailsProps {
  highlight: Highlight;
  /** The highlighted text as it stands in the document now. */
  text: string;
  onDelete: () => void;
  onClose: () => void;
  onSaveError: (error: unknown) => void;
  /** A change to the highlight (colour, style, tags) could not be stored; it is taken back. */
  onChangeError?: (error: unknown) => void;
  /** Starts a notebook note quoting this passage. */
  onStartNote: () => void;
  /** Links this passage in the notebook note that is open, when one is. */
  onLinkInOpenNote: (() => void) | undefined;
  /** Chosen from the keyboard: focus moves into the details (their heading), then `onFocusTaken`. */
  takeFocus?: boolean;
  onFocusTaken?: () => void;
}

/** The selected highlight: its note, colour and style, tags; copy its text, delete it. */
export function HighlightDetails({ highlight, text, onDelete, onClose, onSaveError, onChangeError = onSaveError, onStartNote, onLinkInOpenNote, takeFocus, onFocusTaken }: HighlightDetailsProps) {
  const intl = useIntl();
  const [tagDraft, setTagDraft] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tagListRef = useRef<HTMLUListElement>(null);
  const tagInputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!takeFocus) return;
    headingRef.current?.focus();
    onFocusTaken?.();
  }, [takeFocus, onFocusTaken]);
  const [copied, setCopied] = useState(false);
  // Shown at once, stored a moment later (see updateHighlight).
  const change = (what: Parameters<typeof updateHighlight>[1]) => updateHighlight(highlight.id, what, highlight).catch(onChangeError);

  function commitTags() {
    const tags = addTags(highlight.tags, tagDraft);
    setTagDraft('');
    if (tags.length !== highlight.tags.length) void change({ tags });
  }

  // The pressed × goes with its tag: focus goes to the next tag's ×, else the one before, else the tag field.
  function removeTag(tag: string, button: HTMLButtonElement) {
    const buttons = [...(tagListRef.current?.querySelectorAll<HTMLButtonElement>('.tag-remove') ?? [])];
    const index = buttons.indexOf(button);
    const neighbour = index >= 0 ? (buttons[index + 1] ?? buttons[index - 1]) : undefined;
    focusWhenLost(() => (neighbour?.isConnected ? neighbour : tagInputRef.current));
    void change({ tags: highlight.tags.filter((t) => t !== tag) });
  }

  return (
    <section className="highlight-details" aria-label={intl.formatMessage({ id: 'highlights.selected' })} data-highlight-id={highlight.id}>
      <div className="details-header">
        <h2 ref={headingRef} className="panel-heading" tabIndex={-1}>
          <FormattedMessage id="highlights.selected" />
        </h2>
        <button type="button" className="quiet-button" onClick={onClose} aria-label={intl.formatMessage({ id: 'highlights.closeSelected' })}>
          <FormattedMessage id="common.closeSymbol" />
        </button>
      </div>
      <blockquote className={`details-quote color-${highlight.color}`} dir="rtl" lang="ar">
        {text}
      </blockquote>
      <HighlightNote highlightId={highlight.id} docId={highlight.docId} quote={text} onSaveError={onSaveError} />
      <div className="details-row">
        <ColorSwatches kind="radio" current={highlight.color} onPick={(color) => void change({ color })} buttonLabel={(color) => intl.formatMessage({ id: `highlights.color.${color}` })} />
        <button
          type="button"
          className="style-toggle"
          aria-pressed={highlight.style === 'underline'}
          onClick={() => void change({ style: highlight.style === 'underline' ? 'highlight' : 'underline' })}
        >
          <span aria-hidden="true" className="underline-glyph">
            <FormattedMessage id="highlights.underlineGlyph" />
          </span>
          <span className="visually-hidden">
            <FormattedMessage id="highlights.underline" />
          </span>
        </button>
      </div>
      <div className="details-tags">
        <ul ref={tagListRef} className="tag-list" aria-label={intl.formatMessage({ id: 'highlights.tags' })}>
          {highlight.tags.map((tag) => (
            <li key={tag} className="tag" dir="auto">
              {tag}
              <button
                type="button"
                className="tag-remove"
                aria-label={intl.formatMessage({ id: 'highlights.removeTag' }, { tag })}
                onClick={(event) => removeTag(tag, event.currentTarget)}
              >
                <FormattedMessage id="common.closeSymbol" />
              </button>
            </li>
          ))}
        </ul>
        <input
          ref={tagInputRef}
          aria-label={intl.formatMessage({ id: 'highlights.addTags' })}
          placeholder={intl.formatMessage({ id: 'highlights.addTagsPlaceholder' })}
          dir="auto"
          value={tagDraft}
          onChange={(event) => setTagDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commitTags();
            }
          }}
          onBlur={commitTags}
        />
      </div>
      <div className="details-row">
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard.writeText(text).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          <FormattedMessage id={copied ? 'highlights.copied' : 'highlights.copy'} />
        </button>
        <button type="button" onClick={onStartNote}>
          <FormattedMessage id="highlights.quoteInNewNote" />
        </button>
        {onLinkInOpenNote && (
          <button type="button" onClick={onLinkInOpenNote}>
            <FormattedMessage id="highlights.linkInOpenNote" />
          </button>
        )}
        <button type="button" className="danger-button" onClick={onDelete}>
          <FormattedMessage id="common.delete" />
        </button>
      </div>
    </section>
  );
}
