import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useIntl } from 'react-intl';
import type { HighlightColor } from '../../core/highlights/highlight-types';
import type { HighlightDefaults } from '../../data/use-highlight-defaults';
import { useKeyLabel } from '../../i18n/key-labels';
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
  const intl = useIntl();
  // H, named as the user's keyboard layout shows it (ا in the Arabic layout).
  const highlightKey = useKeyLabel('KeyH');
  const colorName = (color: HighlightColor) => intl.formatMessage({ id: `highlights.color.${color}` });
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
      aria-label={intl.formatMessage({ id: 'highlights.toolbar' })}
      style={{ top }}
      // Keep the text selection when a button is pressed.
      onMouseDown={(event) => event.preventDefault()}
    >
      <ColorSwatches
        kind="action"
        current={defaults.color}
        onPick={onHighlight}
        buttonLabel={(color) =>
          intl.formatMessage({ id: defaults.style === 'underline' ? 'highlights.underlineIn' : 'highlights.highlightIn' }, { color: colorName(color).toLocaleLowerCase(intl.locale) })
        }
        buttonTitle={(color) => intl.formatMessage({ id: 'highlights.colorHint' }, { color: colorName(color), key: highlightKey })}
      />
      <button
        type="button"
        className="style-toggle"
        aria-pressed={defaults.style === 'underline'}
        title={intl.formatMessage({ id: 'highlights.underlineInstead' })}
        onClick={onToggleUnderline}
      >
        <span aria-hidden="true" className="underline-glyph">
          {intl.formatMessage({ id: 'highlights.underlineGlyph' })}
        </span>
        <span className="visually-hidden">{intl.formatMessage({ id: 'highlights.underline' })}</span>
      </button>
      <button type="button" className="new-note-button" data-testid="new-note-from-selection" title={intl.formatMessage({ id: 'highlights.newNoteTitle' })} onClick={onNewNote}>
        {intl.formatMessage({ id: 'highlights.newNote' })}
      </button>
    </div>
  );
}
