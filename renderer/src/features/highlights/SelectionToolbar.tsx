import { COLOR_LABELS, HIGHLIGHT_COLORS, type HighlightColor } from '../../core/highlights/highlight-types';
import type { HighlightDefaults } from '../../data/use-highlight-defaults';

interface SelectionToolbarProps {
  /** The selection's box in the viewport. */
  rect: DOMRect;
  defaults: HighlightDefaults;
  onHighlight: (color: HighlightColor) => void;
  onToggleUnderline: () => void;
  /** Highlights the selection and starts a notebook note quoting it. */
  onNewNote: () => void;
}

const TOOLBAR_HEIGHT = 44;

/** Appears by a text selection in the reader: one button per colour, and the underline style. */
export function SelectionToolbar({ rect, defaults, onHighlight, onToggleUnderline, onNewNote }: SelectionToolbarProps) {
  const above = rect.top - TOOLBAR_HEIGHT - 8;
  const top = above > 8 ? above : rect.bottom + 8;
  const left = Math.min(Math.max(8, rect.left + rect.width / 2), window.innerWidth - 8);
  return (
    <div
      data-testid="selection-toolbar"
      className="selection-toolbar"
      role="toolbar"
      aria-label="Highlight the selection"
      style={{ top, left }}
      // Keep the text selection when a button is pressed.
      onMouseDown={(event) => event.preventDefault()}
    >
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          data-testid="highlight-color"
          data-color={color}
          className={`swatch color-${color}${defaults.color === color ? ' last-used' : ''}`}
          aria-label={`${defaults.style === 'underline' ? 'Underline' : 'Highlight'} in ${COLOR_LABELS[color].toLowerCase()}`}
          title={`${COLOR_LABELS[color]} (H repeats the last colour)`}
          onClick={() => onHighlight(color)}
        />
      ))}
      <button
        type="button"
        className="style-toggle"
        aria-pressed={defaults.style === 'underline'}
        title="Underline instead of highlighting"
        onClick={onToggleUnderline}
      >
        <span aria-hidden="true" className="underline-glyph">U</span>
        <span className="visually-hidden">Underline</span>
      </button>
      <button type="button" className="new-note-button" data-testid="new-note-from-selection" title="Highlight and start a note quoting it" onClick={onNewNote}>
        New note
      </button>
    </div>
  );
}
