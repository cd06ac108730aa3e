import { describe, expect, it } from 'vitest';
import { highlightKeyCommand } from './highlight-key-command';

const press = (key: string, code: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
  highlightKeyCommand({ key, code, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('highlightKeyCommand', () => {
  it.each([
    ['H in the English layout', press('h', 'KeyH'), 'highlight'],
    ['H in the Arabic layout (types ا)', press('ا', 'KeyH'), 'highlight'],
    ['Ctrl+Z in the Arabic layout (types ئ)', press('ئ', 'KeyZ', { ctrlKey: true }), 'undo'],
    ['⌘+Z', press('z', 'KeyZ', { metaKey: true }), 'undo'],
    ['Ctrl+Shift+Z in the Arabic layout', press('~', 'KeyZ', { ctrlKey: true, shiftKey: true }), 'redo'],
    ['Ctrl+Y', press('y', 'KeyY', { ctrlKey: true }), 'redo'],
    ['Delete', press('Delete', 'Delete'), 'delete'],
    ['Backspace', press('Backspace', 'Backspace'), 'delete'],
    ['Escape', press('Escape', 'Escape'), 'deselect'],
  ])('%s', (_case, command, expected) => {
    expect(command).toBe(expected);
  });

  it('leaves other keys and combinations alone', () => {
    expect(press('ه', 'KeyJ')).toBeNull(); // the key that types ه in the Arabic layout is not H
    expect(press('h', 'KeyH', { ctrlKey: true })).toBeNull();
    expect(press('h', 'KeyH', { altKey: true })).toBeNull();
    expect(press('z', 'KeyZ')).toBeNull();
    expect(press('z', 'KeyZ', { ctrlKey: true, altKey: true })).toBeNull();
  });
});
