/**
 * The window widths below which a panel lies over the text instead of beside it: where the text
 * column would drop under ~45 characters (22em) at the reader's own text size. Pure, so the
 * thresholds follow the font-size setting and are tested.
 */

/** The library column and the side panel at their usual widths (18rem and 22rem), in CSS px. */
export const PANEL_WIDTHS = { library: 18 * 16, sidePanel: 22 * 16 } as const;

/** About 45 characters of the Naskh face, in ems of the reading text. */
export const MEASURE_EMS = 22;

/** The reading view around its text: 1.5rem of padding each side, a scrollbar and borders. */
const READER_CHROME = 72;

export interface OverlayWidths {
  /** At or below this width the library overlays the text. */
  library: number;
  /** At or below this width the side panel overlays the text. */
  sidePanel: number;
}

/** Thresholds for a reading text of `fontSize` CSS px. */
export function overlayWidths(fontSize: number): OverlayWidths {
  const text = Math.ceil(MEASURE_EMS * fontSize + READER_CHROME);
  return { library: PANEL_WIDTHS.library + text, sidePanel: PANEL_WIDTHS.library + PANEL_WIDTHS.sidePanel + text };
}

/** The media queries for those thresholds; CSS px in a media query shrink with zoom as the layout does. */
export function overlayQueries(fontSize: number): { library: string; sidePanel: string } {
  const widths = overlayWidths(fontSize);
  return { library: `(max-width: ${widths.library}px)`, sidePanel: `(max-width: ${widths.sidePanel}px)` };
}
