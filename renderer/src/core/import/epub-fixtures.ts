/**
 * Small EPUB books built in tests (unit and end-to-end), zipped with fflate as a real book is:
 * the uncompressed "mimetype" first, then container.xml, the package file, the sections and the
 * navigation. Every part can be left out or replaced, to build damaged books.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface EpubChapter {
  /** The file name inside OEBPS/. */
  file: string;
  /** The body's XHTML (what goes inside <body>). */
  body: string;
  /** Raw bytes instead of the XHTML document built around `body` (an undecodable section). */
  bytes?: Uint8Array;
}

export interface EpubSpec {
  version: 2 | 3;
  title?: string;
  creators?: string[];
  language?: string;
  publisher?: string;
  date?: string;
  identifier?: string;
  direction?: 'rtl' | 'ltr';
  chapters: EpubChapter[];
  /** Navigation entries: [title, href relative to OEBPS/, nested entries]. */
  nav?: NavSpec[];
  /** Entries of the archive to leave out, by path (e.g. `OEBPS/ch2.xhtml`). */
  omit?: string[];
  /** Entries to replace or add, by path. */
  extra?: Record<string, string | Uint8Array>;
}

export type NavSpec = [title: string, href: string, children?: NavSpec[]];

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>`;

function xhtml(body: string, lang: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${lang}" lang="${lang}">
<head><meta charset="UTF-8"/><title>section</title><link rel="stylesheet" href="style.css"/></head>
<body>${body}</body>
</html>`;
}

function opf(spec: EpubSpec): string {
  const meta = [
    spec.title !== undefined ? `<dc:title>${escapeXml(spec.title)}</dc:title>` : '',
    ...(spec.creators ?? []).map((creator) => `<dc:creator>${escapeXml(creator)}</dc:creator>`),
    `<dc:language>${spec.language ?? 'ar'}</dc:language>`,
    spec.publisher !== undefined ? `<dc:publisher>${escapeXml(spec.publisher)}</dc:publisher>` : '',
    spec.date !== undefined ? `<dc:date>${spec.date}</dc:date>` : '',
    `<dc:identifier id="uid">${escapeXml(spec.identifier ?? 'urn:uuid:00000000-0000-4000-8000-000000000000')}</dc:identifier>`,
  ].join('\n    ');
  const items = spec.chapters.map((chapter, index) => `<item id="c${index + 1}" href="${chapter.file}" media-type="application/xhtml+xml"/>`);
  const navItem = spec.version === 3 ? '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>' : '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>';
  const spine = spec.chapters.map((_, index) => `<itemref idref="c${index + 1}"/>`).join('');
  const direction = spec.direction ? ` page-progression-direction="${spec.direction}"` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="${spec.version}.0" unique-identifier="uid">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    ${meta}
  </metadata>
  <manifest>${items.join('')}${navItem}<item id="css" href="style.css" media-type="text/css"/></manifest>
  <spine${spec.version === 2 ? ' toc="ncx"' : ''}${direction}>${spine}</spine>
</package>`;
}

function navDocument(entries: NavSpec[], lang: string): string {
  const list = (items: NavSpec[]): string =>
    `<ol>${items.map(([title, href, children]) => `<li><a href="${href}">${escapeXml(title)}</a>${children ? list(children) : ''}</li>`).join('')}</ol>`;
  return xhtml(`<nav epub:type="toc" id="toc"><h1>المحتويات</h1>${list(entries)}</nav>`, lang);
}

function ncx(entries: NavSpec[]): string {
  let order = 0;
  const points = (items: NavSpec[]): string =>
    items
      .map(([title, href, children]) => `<navPoint id="p${++order}" playOrder="${order}"><navLabel><text>${escapeXml(title)}</text></navLabel><content src="${href}"/>${children ? points(children) : ''}</navPoint>`)
      .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><head/><docTitle><text>toc</text></docTitle><navMap>${points(entries)}</navMap></ncx>`;
}

/**
 * The bytes of an .epub file as described.
 *
 * @param spec the book's metadata, sections, navigation and any damage to do to it.
 */
export function buildEpub(spec: EpubSpec): Uint8Array {
  const lang = spec.language ?? 'ar';
  const entries: Record<string, string | Uint8Array> = {
    'META-INF/container.xml': CONTAINER,
    'OEBPS/content.opf': opf(spec),
    'OEBPS/style.css': 'body { display: none } p::before { content: "STYLE APPLIED" }',
  };
  for (const chapter of spec.chapters) entries[`OEBPS/${chapter.file}`] = chapter.bytes ?? xhtml(chapter.body, lang);
  if (spec.version === 3) entries['OEBPS/nav.xhtml'] = navDocument(spec.nav ?? [], lang);
  else entries['OEBPS/toc.ncx'] = ncx(spec.nav ?? []);
  Object.assign(entries, spec.extra ?? {});
  for (const path of spec.omit ?? []) delete entries[path];
  const zippable: Zippable = { mimetype: [strToU8('application/epub+zip'), { level: 0 }] };
  for (const [path, content] of Object.entries(entries)) zippable[path] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(zippable);
}
