import { useLayoutEffect, useRef, type RefObject } from 'react';
import { COLOR_LABELS, type HighlightColor } from '../../core/highlights/highlight-types';
import type { HighlightDefaults } from '../../data/use-highlight-defaults';
import { ColorSwatches } from './ColorSwatches';

interface SelectionToolbarProps {
  /** The selection's box in the viewport. */
  rect: DOMRect;
  defaults: HighlightDefaults;
  onHighlight: (color: HighlightColor) => void;
  onToggleUnderline: () => void;
  /** Highlights the selection and starts a notebook note quoting it. */
  onNewNote: () => void;
  /** The reading area: the toolbar stays within its width, off the panels beside it. */
  areaRef?: RefObject<HTMLElement | null>;
}

const TOOLBAR_HEIGHT = 44;
const MARGIN = 8;

/** The toolbar's centre: over the selection, moved in so all of it lies within [start, end]. */
function centreWithin(selectionCentre: number, width: number, start: number, end: number): number {
  return Math.max(start + MARGIN + width / 2, Math.min(selectionCentre, end - MARGIN - width / 2));
}

/** Appears by a text selection in the reader: one button per colour, and the underline style. */
export function SelectionToolbar({ rect, defaults, onHighlight, onToggleUnderline, onNewNote, areaRef }: SelectionToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const above = rect.top - TOOLBAR_HEIGHT - MARGIN;
  const top = above > MARGIN ? above : rect.bottom + MARGIN;
  // Placed once its width is known, before it is painted.
  useLayoutEffect(() => {
    const toolbar = ref.current;
    if (!toolbar) return;
    const area = areaRef?.current?.getBoundingClientRect() ?? { left: 0, right: window.innerWidth };
    toolbar.style.left = `${centreWithin(rect.left + rect.width / 2, toolbar.offsetWidth, area.left, area.right)}px`;
  }, [rect, areaRef]);
  return (
    <div
      ref={ref}
      data-testid="selection-toolbar"
      className="selection-toolbar"
      role="toolbar"
      aria-label="Highlight the selection"
      style={{ top }}
      // Keep the text selection when a button is pressed.
      onMouseDown={(event) => event.preventDefault()}
    >
      <ColorSwatches
        kind="action"
        current={defaults.color}
        onPick={onHighlight}
        buttonLabel={(color) => `${defaults.style === 'underline' ? 'Underline' : 'Highlight'} in ${COLOR_LABELS[color].toLowerCase()}`}
        buttonTitle={(color) => `${COLOR_LABELS[color]} (H repeats the last colour)`}
      />
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
