/**
 * Which reader command a key press asks for. Letters are matched by physical key
 * (`KeyboardEvent.code`), so H, Ctrl/⌘+Z and Ctrl/⌘+Shift+Z work in any layout: in the Arabic
 * layout the H key types "ا" and Z types "ئ", but their codes stay KeyH and KeyZ.
 */
export type HighlightKeyCommand = 'undo' | 'redo' | 'highlight' | 'delete' | 'deselect';

type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

export function highlightKeyCommand(event: KeyPress): HighlightKeyCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey && ((event.code === 'KeyZ' && event.shiftKey) || (event.code === 'KeyY' && !event.shiftKey))) return 'redo';
  if (mod && !event.altKey && event.code === 'KeyZ') return 'undo';
  if (!mod && !event.altKey && event.code === 'KeyH') return 'highlight';
  if (event.key === 'Delete' || event.key === 'Backspace' || event.code === 'Delete' || event.code === 'Backspace') return 'delete';
  if (event.key === 'Escape') return 'deselect';
  return null;
}
