/**
 * A book's own table of contents: the EPUB 3 navigation document (`<nav epub:type="toc">`) or the
 * EPUB 2 NCX (`<navMap>`). Read as XML with linkedom; only names, `href`/`src` and text are read,
 * and links are resolved to paths inside the archive (a link out of the book is dropped).
 */
import { DOMParser } from 'linkedom';
import { closeEmptyElements } from './epub-section';
import { descendants, nameOf, parseXml, resolveHref, type XmlElement } from './epub-package';

/** One entry of a book's navigation, before it has an offset in the document's text. */
export interface NavPoint {
  title: string;
  /** The target's path inside the archive. */
  path: string;
  /** The target's `id` in that file; '' for the file's start. */
  fragment: string;
  /** 1 for a top-level entry, 2 for an entry under it, and so on. */
  level: number;
}

const MAX_LEVEL = 6;

const collapse = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

const childrenNamed = (element: XmlElement, name: string): XmlElement[] => Array.from(element.children).filter((child) => nameOf(child) === name);

function hasType(element: XmlElement, type: string): boolean {
  return (element.getAttribute('epub:type') ?? '').split(/\s+/).includes(type);
}

/**
 * The entries of an EPUB 3 navigation document's table of contents, nested lists as levels.
 *
 * @param navPath the navigation document's path in the archive (its links are relative to it).
 * @param xhtml its decoded text.
 */
export function readNavDocument(navPath: string, xhtml: string): NavPoint[] {
  // Parsed as HTML so that entities such as &nbsp; in titles are decoded.
  const page = new DOMParser().parseFromString(closeEmptyElements(xhtml), 'text/html');
  // A title is the text a reader sees: code inside a link is not part of it.
  for (const code of Array.from(page.querySelectorAll('script, style, template') as ArrayLike<{ remove(): void }>)) code.remove();
  const root = page.documentElement as unknown as XmlElement | null;
  if (!root) return [];
  const navs = descendants(root).filter((element) => nameOf(element) === 'nav');
  const toc = navs.find((nav) => hasType(nav, 'toc')) ?? navs[0];
  const list = toc && descendants(toc).find((element) => nameOf(element) === 'ol' || nameOf(element) === 'ul');
  const points: NavPoint[] = [];
  const walk = (ol: XmlElement, level: number): void => {
    for (const li of childrenNamed(ol, 'li')) {
      const label = Array.from(li.children).find((child) => nameOf(child) === 'a' || nameOf(child) === 'span');
      const target = label && nameOf(label) === 'a' ? resolveHref(navPath, label.getAttribute('href') ?? '') : null;
      const title = collapse(label?.textContent);
      if (target && title !== '') points.push({ title, ...target, level: Math.min(level, MAX_LEVEL) });
      for (const nested of [...childrenNamed(li, 'ol'), ...childrenNamed(li, 'ul')]) walk(nested, level + 1);
    }
  };
  if (list) walk(list, 1);
  return points;
}

/**
 * The entries of an EPUB 2 NCX's `navMap`, nested `navPoint`s as levels.
 *
 * @param ncxPath the NCX's path in the archive (its links are relative to it).
 * @param xml its decoded text.
 */
export function readNcx(ncxPath: string, xml: string): NavPoint[] {
  const root = parseXml(xml);
  const navMap = root && descendants(root).find((element) => nameOf(element) === 'navmap');
  const points: NavPoint[] = [];
  const walk = (parent: XmlElement, level: number): void => {
    for (const point of childrenNamed(parent, 'navpoint')) {
      const label = childrenNamed(point, 'navlabel')[0];
      const text = label ? childrenNamed(label, 'text')[0] : undefined;
      const content = childrenNamed(point, 'content')[0];
      const target = content ? resolveHref(ncxPath, content.getAttribute('src') ?? '') : null;
      const title = collapse(text?.textContent);
      if (target && title !== '') points.push({ title, ...target, level: Math.min(level, MAX_LEVEL) });
      walk(point, level + 1);
    }
  };
  if (navMap) walk(navMap, 1);
  return points;
}
