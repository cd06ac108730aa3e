/**
 * Whether decoded or pasted text is text a reader can use. Kept in its own module so that pasting
 * (in the window) checks text the same way importing (in the worker) does, without loading the
 * encoding detector.
 */

/** Tab, line feed, form feed and carriage return are ordinary in text; any other C0 or C1 control, DEL or U+FFFD is not. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const UNREADABLE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/u;

/**
 * What is wrong with decoded text, or null when it is readable text.
 *
 * @param text text as decoded.
 */
export function textProblem(text: string): 'blank' | 'replacement' | 'control' | null {
  if (text.trim() === '') return 'blank';
  const bad = UNREADABLE.exec(text);
  if (bad === null) return null;
  return bad[0] === '\uFFFD' ? 'replacement' : 'control';
}
