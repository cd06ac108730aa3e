import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildEpub, type EpubSpec } from './epub-fixtures';
import { decodeXml, packagePathOf, readPackage, resolveHref } from './epub-package';
import { parseEpub } from './parse-epub';

describe('resolveHref', () => {
  it.each([
    ['OEBPS/content.opf', 'text/ch1.xhtml', { path: 'OEBPS/text/ch1.xhtml', fragment: '' }],
    ['OEBPS/text/nav.xhtml', '../text/ch2.xhtml#sec-3', { path: 'OEBPS/text/ch2.xhtml', fragment: 'sec-3' }],
    ['OEBPS/text/nav.xhtml', '#intro', { path: 'OEBPS/text/nav.xhtml', fragment: 'intro' }],
    ['content.opf', 'Text/%D8%A7%D9%84%D9%81%D8%B5%D9%84.xhtml', { path: 'Text/الفصل.xhtml', fragment: '' }],
    ['OEBPS/toc.ncx', './ch1.xhtml#%D8%A3', { path: 'OEBPS/ch1.xhtml', fragment: 'أ' }],
  ])('%s + %s', (from, href, target) => {
    expect(resolveHref(from, href)).toEqual(target);
  });

  it.each([['https://example.com/book'], ['javascript:alert(1)'], ['data:text/html,x'], ['/etc/passwd'], ['../../outside.xhtml']])('a link out of the book (%s) resolves to nothing', (href) => {
    expect(resolveHref('OEBPS/content.opf', href)).toBeNull();
  });
});

describe('packagePathOf', () => {
  it('takes the OEBPS package among the rootfiles', () => {
    const container = `<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>
      <rootfile full-path="other.pdf" media-type="application/pdf"/>
      <rootfile full-path="book/package.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`;
    expect(packagePathOf(container)).toBe('book/package.opf');
  });
});

describe('decodeXml', () => {
  it('reads UTF-8 with or without a byte-order mark and UTF-16 with one, and refuses anything else', () => {
    const text = '<p>نص</p>';
    const utf8 = new TextEncoder().encode(text);
    const utf16le = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])]);
    expect(decodeXml(utf8)).toBe(text);
    expect(decodeXml(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
    expect(decodeXml(utf16le)).toBe(text);
    expect(decodeXml(new Uint8Array([0x3c, 0x70, 0x3e, 0xe4, 0xd5, 0x3c]))).toBeNull();
  });
});

describe('readPackage', () => {
  const opf = `<?xml version="1.0"?>
<opf:package xmlns:opf="http://www.idpf.org/2007/opf" version="2.0">
  <opf:metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:title>  تاريخ   الأندلس  </dc:title><dc:title>عنوان فرعي</dc:title>
    <dc:creator>ابن خلدون</dc:creator><dc:creator>ابن خلدون</dc:creator>
    <dc:language>ar</dc:language><dc:subject>تاريخ</dc:subject><dc:subject>أندلس</dc:subject>
    <dc:identifier>isbn:123</dc:identifier><meta name="cover" content="cover-image"/>
  </opf:metadata>
  <opf:manifest>
    <opf:item id="c1" href="Text/c1.xhtml" media-type="application/xhtml+xml"/>
    <opf:item id="toc" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <opf:item id="escape" href="../../etc/passwd" media-type="application/xhtml+xml"/>
  </opf:manifest>
  <opf:spine toc="toc" page-progression-direction="sideways"><opf:itemref idref="c1"/><opf:itemref idref="c2"/></opf:spine>
</opf:package>`;

  it('reads prefixed elements, the first title, each creator once, subjects, and the NCX the spine names', () => {
    const pkg = readPackage('OEBPS/content.opf', opf);
    expect(pkg?.metadata).toEqual({ title: 'تاريخ الأندلس', creators: ['ابن خلدون'], language: 'ar', publisher: null, date: null, identifier: 'isbn:123', subjects: ['تاريخ', 'أندلس'] });
    expect(pkg?.spine).toEqual(['c1', 'c2']);
    expect(pkg?.direction).toBeNull();
    expect(pkg?.ncxPath).toBe('OEBPS/toc.ncx');
    expect(pkg?.manifest.get('c1')?.path).toBe('OEBPS/Text/c1.xhtml');
    expect(pkg?.manifest.has('escape')).toBe(false);
  });

  it('is null for a file that is not a package', () => {
    expect(readPackage('a.opf', '<html><body>not a package</body></html>')).toBeNull();
    expect(readPackage('a.opf', 'not xml at all')).toBeNull();
  });
});

describe('a spine entry the manifest does not list', () => {
  it('is named as a missing part of the book', () => {
    const spec: EpubSpec = { version: 3, title: 'كتاب', chapters: [{ file: 'c1.xhtml', body: '<p>الفصل الأول من الكتاب</p>' }] };
    const bytes = buildEpub(spec);
    const opf = new TextDecoder().decode(readEntry(bytes, 'OEBPS/content.opf')).replace('<itemref idref="c1"/>', '<itemref idref="c1"/><itemref idref="ghost"/>');
    const result = parseEpub('كتاب.epub', buildEpub({ ...spec, extra: { 'OEBPS/content.opf': opf } }));
    expect(result).toMatchObject({ ok: true, problems: [{ id: 'import.problem.epub.notInManifest', values: { part: 'ghost' } }] });
  });
});

function readEntry(zip: Uint8Array, name: string): Uint8Array {
  const entry = unzipSync(zip, { filter: (file) => file.name === name })[name];
  if (!entry) throw new Error(`no ${name}`);
  return entry;
}
