/**
 * An EPUB book (EPUB 2 or 3) as a document: the zip is opened (epub-zip), container.xml leads to
 * the package file (epub-package), each spine item in order becomes blocks (epub-section), and
 * the book's navigation (epub-nav) becomes a table of contents with offsets into the text. The
 * book's scripts and styles never run or apply: only text and structure are read.
 *
 * A book that cannot be read at all is refused with the reason; a book with some sections
 * missing or unreadable is imported with each of them named, never silently without them.
 */
import type { TocEntry } from '../corpus/corpus-types';
import type { Message } from '../message';
import { assembleText, chooseTitle, type TextBlock } from './build-document';
import { openEpubArchive, type EpubArchive } from './epub-zip';
import { readNavDocument, readNcx, type NavPoint } from './epub-nav';
import { decodeXml, packagePathOf, readPackage, type EpubPackage } from './epub-package';
import { readSection } from './epub-section';
import type { ParsedDocument } from './import-types';
import { readIsoDate, readNames, readText } from './metadata-values';

export type ParsedEpub = { ok: true; document: ParsedDocument; problems: Message[] } | { ok: false; reason: Message };

const CONTAINER = 'META-INF/container.xml';
const ENCRYPTION = 'META-INF/encryption.xml';
const isXhtml = (mediaType: string, path: string): boolean => /html/i.test(mediaType) || (mediaType === '' && /\.x?html?$/i.test(path));

/** The decoded text of an entry, or why it cannot be had. */
function readText8(archive: EpubArchive, path: string): { text: string } | { missing: true } | { undecodable: true } {
  const bytes = archive.read(path);
  if (bytes === null) return { missing: true };
  const text = decodeXml(bytes);
  return text === null ? { undecodable: true } : { text };
}

interface Sections {
  parts: TextBlock[];
  /** Each section's path, with the index of its first part and its anchors (part indices). */
  placed: Map<string, { first: number; anchors: Map<string, number> }>;
  /** Each section that could not be read, as a message naming it. */
  problems: Message[];
  /** Sections that held text in the package's terms (XHTML), read or not. */
  expected: number;
}

function readSpine(archive: EpubArchive, pkg: EpubPackage): Sections {
  const parts: TextBlock[] = [];
  const placed = new Map<string, { first: number; anchors: Map<string, number> }>();
  const problems: Message[] = [];
  let expected = 0;
  for (const idref of pkg.spine) {
    const item = pkg.manifest.get(idref);
    if (!item) {
      expected++;
      problems.push({ id: 'import.problem.epub.notInManifest', values: { part: idref } });
      continue;
    }
    // Images and other media in the spine hold no text to read.
    if (!isXhtml(item.mediaType, item.path) || placed.has(item.path)) continue;
    expected++;
    const read = readText8(archive, item.path);
    if ('missing' in read) problems.push({ id: 'import.problem.epub.sectionMissing', values: { part: item.path } });
    else if ('undecodable' in read) problems.push({ id: 'import.problem.epub.sectionUndecodable', values: { part: item.path } });
    else {
      const section = readSection(read.text);
      const first = parts.length;
      placed.set(item.path, { first, anchors: new Map([...section.anchors].map(([id, index]) => [id, first + index])) });
      parts.push(...section.blocks);
    }
  }
  return { parts, placed, problems, expected };
}

/** The book's navigation points: the EPUB 3 navigation document first, else the NCX. */
function readNavigation(archive: EpubArchive, pkg: EpubPackage): NavPoint[] {
  for (const [path, read] of [
    [pkg.navPath, readNavDocument],
    [pkg.ncxPath, readNcx],
  ] as const) {
    if (path === null) continue;
    const entry = readText8(archive, path);
    const points = 'text' in entry ? read(path, entry.text) : [];
    if (points.length > 0) return points;
  }
  return [];
}

/** Navigation points placed in the text; a point into a section that was not read is left out. */
function placeNavigation(points: NavPoint[], sections: Sections, starts: number[]): TocEntry[] {
  return points.flatMap((point) => {
    const section = sections.placed.get(point.path);
    if (!section) return [];
    const index = (point.fragment !== '' ? section.anchors.get(point.fragment) : undefined) ?? section.first;
    // A section with no text, or an anchor at its very end, points at the next text there is.
    const offset = starts[index];
    return offset === undefined ? [] : [{ title: point.title, offset, level: point.level }];
  });
}

/**
 * Reads an EPUB file into a document, with the parts that could not be read named; or refuses it
 * with the reason (bad zip, no container or package file, nothing readable in it).
 *
 * @param fileName the file's name, for a title of last resort.
 * @param bytes the whole .epub file.
 */
export function parseEpub(fileName: string, bytes: Uint8Array): ParsedEpub {
  const opened = openEpubArchive(bytes);
  if (!opened.ok) return { ok: false, reason: opened.reason };
  const { archive } = opened;
  const container = readText8(archive, CONTAINER);
  if (!('text' in container)) return { ok: false, reason: { id: 'import.reason.epub.noContainer', values: { container: CONTAINER } } };
  const packagePath = packagePathOf(container.text);
  if (packagePath === null) return { ok: false, reason: { id: 'import.reason.epub.noPackagePath', values: { container: CONTAINER } } };
  const opf = readText8(archive, packagePath);
  if ('missing' in opf) return { ok: false, reason: { id: 'import.reason.epub.packageMissing', values: { part: packagePath } } };
  if ('undecodable' in opf) return { ok: false, reason: { id: 'import.reason.epub.packageUndecodable', values: { part: packagePath } } };
  const pkg = readPackage(packagePath, opf.text);
  if (pkg === null) return { ok: false, reason: { id: 'import.reason.epub.packageDamaged', values: { part: packagePath } } };
  if (pkg.spine.length === 0) return { ok: false, reason: { id: 'import.reason.epub.noSections', values: { part: packagePath } } };

  const sections = readSpine(archive, pkg);
  if (sections.placed.size === 0 && sections.problems.length > 0) {
    // Encrypted sections read as undecodable bytes: say why, rather than only that they cannot be read.
    if (archive.read(ENCRYPTION) !== null && sections.problems.every((problem) => problem.id === 'import.problem.epub.sectionUndecodable')) {
      return { ok: false, reason: { id: 'import.reason.epub.encrypted' } };
    }
    const problems = sections.problems.slice(0, 3);
    return { ok: false, reason: { id: 'import.reason.epub.noSectionReadable', values: { count: sections.expected, problems, more: sections.problems.length - problems.length } } };
  }
  const { text, blocks, wordCount } = assembleText(sections.parts);
  if (blocks.length === 0) return { ok: false, reason: { id: 'import.reason.epub.noText' } };
  // Every part is non-blank, so blocks[i] is parts[i] placed in the text.
  const starts = blocks.map((block) => block.start);
  const toc = placeNavigation(readNavigation(archive, pkg), sections, starts);
  const { metadata } = pkg;
  const { title, titleDerived } = chooseTitle(blocks, readText(metadata.title), fileName);
  return {
    ok: true,
    problems: sections.problems,
    document: {
      text,
      title,
      titleDerived,
      blocks,
      wordCount,
      source: readText(metadata.publisher),
      byline: readNames(metadata.creators),
      tags: metadata.subjects,
      relatedLinks: [],
      publishedAt: readIsoDate(metadata.date),
      url: null,
      ...(toc.length > 0 ? { toc } : {}),
      book: { language: readText(metadata.language), identifier: readText(metadata.identifier), direction: pkg.direction, date: readText(metadata.date) },
    },
  };
}
