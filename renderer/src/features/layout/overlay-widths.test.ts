import { describe, expect, it } from 'vitest';
import { MEASURE_EMS, overlayQueries, overlayWidths, PANEL_WIDTHS } from './overlay-widths';

describe('overlayWidths', () => {
  it('at the default 20px text, overlays the library below 800px and the side panel below 1152px', () => {
    expect(overlayWidths(20)).toEqual({ library: 800, sidePanel: 1152 });
  });

  it('grows with the text size, so larger text keeps its ~45 characters a line', () => {
    const small = overlayWidths(14);
    const large = overlayWidths(32);
    expect(large.sidePanel - small.sidePanel).toBe(MEASURE_EMS * (32 - 14));
    // At 32px, a 1400px window has no room for both panels beside the text.
    expect(large.sidePanel).toBeGreaterThan(1400);
    expect(large.sidePanel - large.library).toBe(PANEL_WIDTHS.sidePanel);
  });

  it('leaves room for the text beside a panel at any size: window − panels ≥ 22em', () => {
    for (const fontSize of [14, 20, 26, 32]) {
      const { library, sidePanel } = overlayWidths(fontSize);
      expect(library - PANEL_WIDTHS.library).toBeGreaterThanOrEqual(MEASURE_EMS * fontSize);
      expect(sidePanel - PANEL_WIDTHS.library - PANEL_WIDTHS.sidePanel).toBeGreaterThanOrEqual(MEASURE_EMS * fontSize);
    }
  });

  it('writes them as max-width media queries', () => {
    expect(overlayQueries(20)).toEqual({ library: '(max-width: 800px)', sidePanel: '(max-width: 1152px)' });
  });
});
