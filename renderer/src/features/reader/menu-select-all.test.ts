import { afterEach, describe, expect, it, vi } from 'vitest';
import { menuSelectAll, offerReaderSelectAll } from './menu-select-all';

afterEach(() => vi.unstubAllGlobals());

function stubDocument() {
  const execCommand = vi.fn(() => true);
  vi.stubGlobal('document', { execCommand });
  return execCommand;
}

describe("the menu's Select All", () => {
  it('goes to the reading view when it takes it, and to the native command when it does not', () => {
    const execCommand = stubDocument();
    let focusInReader = true;
    const reader = vi.fn(() => focusInReader);
    const withdraw = offerReaderSelectAll(reader);
    menuSelectAll();
    expect(reader).toHaveBeenCalledTimes(1);
    expect(execCommand).not.toHaveBeenCalled();
    // Focus in a note, a field or the library: the field's or the page's own select-all.
    focusInReader = false;
    menuSelectAll();
    expect(execCommand).toHaveBeenCalledWith('selectAll');
    withdraw();
  });

  it('is the native command once the reading view is closed', () => {
    const execCommand = stubDocument();
    const reader = vi.fn(() => true);
    const withdrawFirst = offerReaderSelectAll(reader);
    const second = vi.fn(() => true);
    const withdrawSecond = offerReaderSelectAll(second);
    // A reader unmounted after another mounted leaves the newer one's offer.
    withdrawFirst();
    menuSelectAll();
    expect(second).toHaveBeenCalledTimes(1);
    withdrawSecond();
    menuSelectAll();
    expect(reader).not.toHaveBeenCalled();
    expect(execCommand).toHaveBeenCalledTimes(1);
  });
});
