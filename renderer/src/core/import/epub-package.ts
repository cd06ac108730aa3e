/**
 * An EPUB's package: where container.xml says the package file (OPF) is, and what that file
 * says: metadata, manifest, spine order and reading direction. XML is parsed with linkedom's
 * DOMParser (nothing is run or loaded) and only element names, attributes and text are read.
 */
import { DOMParser } from 'linkedom';
import { decodeStrictly } from './sniff-encoding';

/** The little of an XML element this module and the navigation reader use. */
export interface XmlElement {
  localName: string;
  textContent: string | null;
  children: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
}

export interface ManifestItem {
  id: string;
  /** The item's path inside the archive. */
  path: string;
  mediaType: string;
  properties: string[];
}

export interface EpubMetadata {
  title: string | null;
  creators: string[];
  language: string | null;
  publisher: string | null;
  date: string | null;
  identifier: string | null;
  subjects: string[];
}

export interface EpubPackage {
  /** The package file's path inside the archive; manifest paths are resolved against it. */
  path: string;
  metadata: EpubMetadata;
  manifest: Map<string, ManifestItem>;
  /** Manifest ids in reading order. */
  spine: string[];
  direction: 'rtl' | 'ltr' | null;
  /** The EPUB 3 navigation document, if the manifest names one. */
  navPath: string | null;
  /** The EPUB 2 NCX, if the spine or the manifest names one. */
  ncxPath: string | null;
}

/** An element's name without its namespace prefix, lower-cased: `dc:title` → `title`. */
export function nameOf(element: XmlElement): string {
  return (element.localName.split(':').pop() ?? '').toLowerCase();
}

/** Every element under `root` (itself included), in document order. */
export function descendants(root: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    found.push(element);
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  }
  return found;
}

/**
 * The text of an XML or XHTML file inside the archive: UTF-8 or UTF-16 (as a byte-order mark
 * says), the only encodings EPUB allows; null when it is neither.
 */
export function decodeXml(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrictly('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrictly('utf-16be', bytes.subarray(2));
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return decodeStrictly('utf-8', utf8Bom ? bytes.subarray(3) : bytes);
}

/** The root element of an XML text, or null when there is none. */
export function parseXml(text: string): XmlElement | null {
  const root = new DOMParser().parseFromString(text, 'text/xml').documentElement as unknown as XmlElement | null;
  return root && typeof root.localName === 'string' ? root : null;
}

/**
 * Resolves a link inside the book against the file it is written in; null for a link out of the
 * book (a web address, `javascript:`, `data:`) or one climbing out of the archive.
 *
 * @param from the path of the file holding the link.
 * @param href the link as written, possibly with a fragment.
 * @returns the target's path inside the archive and its fragment ('' when none).
 */
export function resolveHref(from: string, href: string): { path: string; fragment: string } | null {
  const trimmed = href.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('/')) return null;
  const hash = trimmed.indexOf('#');
  const rawPath = hash === -1 ? trimmed : trimmed.slice(0, hash);
  let fragment = hash === -1 ? '' : trimmed.slice(hash + 1);
  let relative = rawPath;
  try {
    relative = decodeURIComponent(rawPath);
    fragment = decodeURIComponent(fragment);
  } catch {
    // A malformed escape: the link as written is the best guess.
  }
  const segments = from.split('/').slice(0, -1);
  if (relative === '') return { path: from, fragment };
  for (const segment of relative.split('/')) {
    if (segment === '..') {
      if (segments.length === 0) return null;
      segments.pop();
    } else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return { path: segments.join('/'), fragment };
}

/** The package file's path as container.xml gives it, or null. */
export function packagePathOf(containerXml: string): string | null {
  const root = parseXml(containerXml);
  if (!root) return null;
  const rootfiles = descendants(root).filter((element) => nameOf(element) === 'rootfile');
  const opf = rootfiles.find((element) => element.getAttribute('media-type') === 'application/oebps-package+xml') ?? rootfiles[0];
  const path = opf?.getAttribute('full-path')?.trim();
  return path ? path.replace(/^\/+/, '') : null;
}

const collapse = (text: string | null | undefined): string | null => {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  return value === '' ? null : value;
};

function readMetadata(elements: XmlElement[]): EpubMetadata {
  const texts = (name: string) => elements.filter((element) => nameOf(element) === name).map((element) => collapse(element.textContent)).filter((text): text is string => text !== null);
  return {
    title: texts('title')[0] ?? null,
    creators: [...new Set(texts('creator'))],
    language: texts('language')[0] ?? null,
    publisher: texts('publisher')[0] ?? null,
    date: texts('date')[0] ?? null,
    identifier: texts('identifier')[0] ?? null,
    subjects: [...new Set(texts('subject'))],
  };
}

/**
 * Reads a package file (OPF, EPUB 2 or 3), or null when it is not one (no manifest or no spine).
 *
 * @param path the package file's path inside the archive.
 * @param opfXml its text.
 */
export function readPackage(path: string, opfXml: string): EpubPackage | null {
  const root = parseXml(opfXml);
  if (!root || nameOf(root) !== 'package') return null;
  const elements = descendants(root);
  const metadataElement = elements.find((element) => nameOf(element) === 'metadata');
  const manifestElement = elements.find((element) => nameOf(element) === 'manifest');
  const spineElement = elements.find((element) => nameOf(element) === 'spine');
  if (!manifestElement || !spineElement) return null;

  const manifest = new Map<string, ManifestItem>();
  for (const item of Array.from(manifestElement.children)) {
    const id = item.getAttribute('id');
    const target = resolveHref(path, item.getAttribute('href') ?? '');
    if (nameOf(item) !== 'item' || !id || !target || target.path === path) continue;
    const properties = (item.getAttribute('properties') ?? '').split(/\s+/).filter(Boolean);
    manifest.set(id, { id, path: target.path, mediaType: item.getAttribute('media-type') ?? '', properties });
  }
  const spine = Array.from(spineElement.children)
    .filter((element) => nameOf(element) === 'itemref')
    .map((element) => element.getAttribute('idref') ?? '')
    .filter((idref) => idref !== '');
  const progression = spineElement.getAttribute('page-progression-direction');
  const items = [...manifest.values()];
  const ncxId = spineElement.getAttribute('toc');
  const ncx = (ncxId ? manifest.get(ncxId) : undefined) ?? items.find((item) => item.mediaType === 'application/x-dtbncx+xml');
  return {
    path,
    metadata: readMetadata(metadataElement ? descendants(metadataElement) : []),
    manifest,
    spine,
    direction: progression === 'rtl' || progression === 'ltr' ? progression : null,
    navPath: items.find((item) => item.properties.includes('nav'))?.path ?? null,
    ncxPath: ncx?.path ?? null,
  };
}
