import { useState } from 'react';
import { COLOR_LABELS, HIGHLIGHT_COLORS, type Highlight } from '../../core/highlights/highlight-types';
import { addTags } from '../../core/highlights/tags';
import { updateHighlight } from '../../data/highlight-store';
import { HighlightNote } from '../notes/HighlightNote';

interface HighlightDetailsProps {
  highlight: Highlight;
  /** The highlighted text as it stands in the document now. */
  text: string;
  onDelete: () => void;
  onClose: () => void;
  onSaveError: (error: unknown) => void;
  /** Starts a notebook note quoting this passage. */
  onStartNote: () => void;
  /** Links this passage in the notebook note that is open, when one is. */
  onLinkInOpenNote: (() => void) | undefined;
}

/** The selected highlight: its note, colour and style, tags; copy its text, delete it. */
export function HighlightDetails({ highlight, text, onDelete, onClose, onSaveError, onStartNote, onLinkInOpenNote }: HighlightDetailsProps) {
  const [tagDraft, setTagDraft] = useState('');
  const [copied, setCopied] = useState(false);

  function commitTags() {
    const tags = addTags(highlight.tags, tagDraft);
    setTagDraft('');
    if (tags.length !== highlight.tags.length) void updateHighlight(highlight.id, { tags });
  }

  return (
    <section className="highlight-details" aria-label="Selected highlight" data-highlight-id={highlight.id}>
      <div className="details-header">
        <h2 className="panel-heading">Selected highlight</h2>
        <button type="button" className="quiet-button" onClick={onClose} aria-label="Close selected highlight">
          ×
        </button>
      </div>
      <blockquote className={`details-quote color-${highlight.color}`} dir="rtl" lang="ar">
        {text}
      </blockquote>
      <HighlightNote highlightId={highlight.id} docId={highlight.docId} quote={text} onSaveError={onSaveError} />
      <div className="details-row" role="radiogroup" aria-label="Colour">
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            role="radio"
            aria-checked={highlight.color === color}
            aria-label={COLOR_LABELS[color]}
            className={`swatch color-${color}`}
            onClick={() => void updateHighlight(highlight.id, { color })}
          />
        ))}
        <button
          type="button"
          className="style-toggle"
          aria-pressed={highlight.style === 'underline'}
          onClick={() => void updateHighlight(highlight.id, { style: highlight.style === 'underline' ? 'highlight' : 'underline' })}
        >
          <span aria-hidden="true" className="underline-glyph">U</span>
          <span className="visually-hidden">Underline</span>
        </button>
      </div>
      <div className="details-tags">
        <ul className="tag-list" aria-label="Tags">
          {highlight.tags.map((tag) => (
            <li key={tag} className="tag" dir="auto">
              {tag}
              <button
                type="button"
                className="tag-remove"
                aria-label={`Remove tag ${tag}`}
                onClick={() => void updateHighlight(highlight.id, { tags: highlight.tags.filter((t) => t !== tag) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          aria-label="Add tags"
          placeholder="Add tags (comma separated)"
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
          {copied ? 'Copied' : 'Copy text'}
        </button>
        <button type="button" onClick={onStartNote}>
          Quote in new note
        </button>
        {onLinkInOpenNote && (
          <button type="button" onClick={onLinkInOpenNote}>
            Link in open note
          </button>
        )}
        <button type="button" className="danger-button" onClick={onDelete}>
          Delete
        </button>
      </div>
    </section>
  );
}
