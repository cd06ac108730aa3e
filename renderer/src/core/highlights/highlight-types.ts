import type { RangeSelectors } from '../anchoring/selectors';

/** The colours offered for highlights, in toolbar order. Names, not CSS: themes decide the shade. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export const HIGHLIGHT_STYLES = ['highlight', 'underline'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const COLOR_LABELS: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};

/**
 * A stored highlight: W3C selectors against the document's original text, never DOM ranges.
 * `sortIndex` keeps highlights in reading order without anchoring them (Zotero's approach).
 */
export interface Highlight {
  id: string;
  docId: string;
  color: HighlightColor;
  style: HighlightStyle;
  tags: string[];
  selectors: RangeSelectors;
  sortIndex: number;
  createdAt: number;
  modifiedAt: number;
}

export function isHighlightColor(value: unknown): value is HighlightColor {
  return HIGHLIGHT_COLORS.some((c) => c === value);
}
