import { useRef, useState, type KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../core/highlights/highlight-types';
import { rovingTarget } from './roving-index';
import './ColorSwatches.css';

interface ColorSwatchesProps {
  /** The colour marked as current: the highlight's own, or the last one used. */
  current: HighlightColor;
  onPick: (color: HighlightColor) => void;
  /**
   * 'radio': the highlight's colour (a radiogroup; arrows choose, as radio buttons do).
   * 'action': buttons that highlight the selection (arrows only move; Enter or Space picks).
   */
  kind: 'radio' | 'action';
  buttonLabel: (color: HighlightColor) => string;
  buttonTitle?: (color: HighlightColor) => string;
}

/** The colour swatches as one Tab stop: arrow keys (following the reading direction) move within. */
export function ColorSwatches({ current, onPick, kind, buttonLabel, buttonTitle }: ColorSwatchesProps) {
  const intl = useIntl();
  const groupRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<HighlightColor | null>(null);
  const tabStop = active ?? current;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const group = groupRef.current;
    if (!group) return;
    const from = HIGHLIGHT_COLORS.indexOf(tabStop);
    const direction = getComputedStyle(group).direction === 'rtl' ? 'rtl' : 'ltr';
    const to = rovingTarget(event.key, from, HIGHLIGHT_COLORS.length, direction);
    if (to === null) return;
    event.preventDefault();
    event.stopPropagation();
    const color = HIGHLIGHT_COLORS[to] ?? current;
    setActive(color);
    group.querySelector<HTMLElement>(`[data-color="${color}"]`)?.focus();
    if (kind === 'radio') onPick(color);
  }

  return (
    <div ref={groupRef} className="swatch-group" role={kind === 'radio' ? 'radiogroup' : 'group'} aria-label={intl.formatMessage({ id: 'highlights.colour' })} onKeyDown={onKeyDown}>
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          data-testid={kind === 'action' ? 'highlight-color' : undefined}
          data-color={color}
          role={kind === 'radio' ? 'radio' : undefined}
          aria-checked={kind === 'radio' ? current === color : undefined}
          tabIndex={color === tabStop ? 0 : -1}
          className={`swatch color-${color}${kind === 'action' && current === color ? ' last-used' : ''}`}
          aria-label={buttonLabel(color)}
          title={buttonTitle?.(color)}
          onFocus={() => setActive(color)}
          onClick={() => onPick(color)}
        />
      ))}
    </div>
  );
}
