/**
 * File names that every desktop file system accepts, that keep their Arabic letters, and that
 * Obsidian can link to with a wikilink.
 */

export const DEFAULT_MAX_FILE_NAME_BYTES = 150;

// Windows forbids <>:"/\|?* and control characters; Obsidian's links cannot hold #^[]| either.
// Bidi controls are dropped so a name cannot be displayed in a misleading order.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const FORBIDDEN = /[<>:"/\\|?*#^[\]\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The longest prefix of `text` within `maxBytes` of UTF-8, never cutting a character in two. */
export function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let out = '';
  for (const char of text) {
    const size = utf8ByteLength(char);
    if (bytes + size > maxBytes) break;
    bytes += size;
    out += char;
  }
  return out;
}

function trimEnds(name: string): string {
  // Windows drops trailing dots and spaces; a leading dot hides the file on macOS and Linux.
  return name.replace(/[\s.]+$/u, '').replace(/^[\s.]+/u, '');
}

/**
 * A file name (without extension) for `title`: forbidden and control characters become spaces,
 * runs of white space one space, leading and trailing dots and spaces go, Windows device names
 * (CON, NUL, COM1, …) get a trailing `_`, and the result fits in `maxBytes` of UTF-8 so that the
 * extension and a ` (2)` still fit under the 255-byte limit of common file systems. Returns
 * `fallback` when nothing is left. The text is NFC so macOS and the other systems agree.
 */
export function safeFileName(title: string, fallback = 'untitled', maxBytes = DEFAULT_MAX_FILE_NAME_BYTES): string {
  const cleaned = trimEnds(title.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/gu, ' '));
  let name = trimEnds(truncateUtf8(cleaned, maxBytes));
  if (name === '') name = fallback;
  // Windows reserves the device names with any extension too: `com1.txt` is the port.
  if (WINDOWS_RESERVED.test(name.split('.')[0]!.trim())) name = name.replace(/^[^.]*?(?=\s*(\.|$))/, '$&_');
  return name;
}

/**
 * Hands out names that are unique in one folder. Names are compared case-insensitively (Windows
 * and macOS do) and after NFC; a taken name gets ` (2)`, ` (3)`, …, shortened first if needed.
 */
export function createUniqueNamer(maxBytes = DEFAULT_MAX_FILE_NAME_BYTES): (name: string) => string {
  const taken = new Set<string>();
  const keyOf = (name: string) => name.normalize('NFC').toLocaleLowerCase('en');
  return (name) => {
    let candidate = name;
    for (let n = 2; taken.has(keyOf(candidate)); n++) {
      const suffix = ` (${n})`;
      candidate = `${trimEnds(truncateUtf8(name, maxBytes - utf8ByteLength(suffix)))}${suffix}`;
    }
    taken.add(keyOf(candidate));
    return candidate;
  };
}
