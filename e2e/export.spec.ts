/**
 * Export and backup, as a user does them: highlights and notes are made through the UI, every
 * export is the file the browser downloads, and the files are read the way other tools read them
 * (YAML, markdown-it, the W3C annotation schemas, the app itself for a backup).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import MarkdownIt, { type Token } from 'markdown-it';
import YAML from 'yaml';
import { expect, openApp, openDocument, test } from './fixtures';
import {
  DOC,
  downloadFolder,
  downloadFrom,
  editor,
  exportStatus,
  highlightItem,
  highlightPhrase,
  highlightsTab,
  libraryItem,
  linkNote,
  newNote,
  openHighlightNote,
  readDatabase,
  renameDocument,
  seedText,
  watchProblems,
} from './actions';

// Two passages of the first paragraph; EARLY comes first in the text.
const EARLY = 'الانسحاب الفوري للقوات الروسية';
const LATE = 'ريتشارد ميلز جونيور';
const NOTE_LINE = 'ملاحظة عربية فيها';
const BOLD = 'كلمة مهمة';
const LIST_ITEM = 'عنصر في قائمة';
const SPECIAL = 'رموز تبقى كما هي: * _ # | [ نهاية';

const md = new MarkdownIt();
const FORBIDDEN_IN_FILE_NAMES = /[/\\:*?"<>|]/;
const ARABIC = /[\u0600-\u06FF]/;

/** Writes the Arabic note with bold, a list item and Markdown's special characters, through the editor's shortcuts. */
async function typeRichNote(page: Page): Promise<void> {
  await page.keyboard.type(`${NOTE_LINE} **${BOLD}** هنا`);
  await page.keyboard.press('Enter');
  await page.keyboard.type(`- ${LIST_ITEM}`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type(SPECIAL);
  await expect(editor(page).locator('strong, b, .note-bold')).toHaveText([BOLD]);
  await expect(editor(page).locator('ul li')).toHaveText([LIST_ITEM]);
  await expect(editor(page).locator('p').last()).toHaveText(SPECIAL);
}

/** Splits a Markdown file into its YAML frontmatter (parsed) and its body. */
function splitFrontmatter(text: string): { meta: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  expect(match, 'the file starts with YAML frontmatter').not.toBeNull();
  return { meta: YAML.parse(match![1]!) as Record<string, unknown>, body: text.slice(match![0].length) };
}

/** The text an inline token shows: its text, code and line breaks, without the markup. */
function inlineText(token: Token): string {
  return (token.children ?? [])
    .map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : /break$/.test(child.type) ? '\n' : ''))
    .join('');
}

/** The text of each top-level block quote, its paragraphs joined by newlines. */
function blockquoteTexts(tokens: Token[]): string[] {
  const quotes: string[] = [];
  let depth = 0;
  let current: string[] = [];
  for (const token of tokens) {
    if (token.type === 'blockquote_open' && depth++ === 0) current = [];
    else if (token.type === 'blockquote_close' && --depth === 0) quotes.push(current.join('\n'));
    else if (depth > 0 && token.type === 'inline') current.push(inlineText(token));
  }
  return quotes;
}

/** The text a Markdown viewer shows for `markdown`: rendered by markdown-it, read back by the browser's HTML parser. */
async function renderedText(page: Page, markdown: string): Promise<string> {
  const html = md.render(markdown);
  return page.evaluate((source) => new DOMParser().parseFromString(source, 'text/html').body.textContent ?? '', html);
}

/** Wikilinks `[[target#fragment|alias]]` in a Markdown file, split into file part and fragment. */
function wikilinks(text: string): { file: string; fragment: string }[] {
  return [...text.matchAll(/\[\[([^\]]+)\]\]/g)].map((m) => {
    const target = m[1]!.split('|')[0]!;
    const hash = target.indexOf('#');
    return hash === -1 ? { file: target, fragment: '' } : { file: target.slice(0, hash), fragment: target.slice(hash + 1) };
  });
}

/** Ordinary Markdown links to another exported file's block: `[…](file.md#^h-…)`. */
function fileLinks(text: string): { file: string; fragment: string }[] {
  return [...text.matchAll(/\]\(([^)\s#]+\.md)#([^)\s]+)\)/g)].map((m) => ({ file: decodeURIComponent(m[1]!), fragment: decodeURIComponent(m[2]!) }));
}

const stem = (name: string) => name.replace(/\.md$/, '');

test('exporting a document gives an Arabic-named Markdown file with its highlights quoted in reading order and the note’s formatting intact', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  // A title with every character file systems refuse, and Markdown's own.
  const title = 'تقرير: ليبيا/تركيا? "سري" <1> | *مهم* #وسم';
  await renameDocument(page, title);
  // The later passage first: the file must still list them in reading order.
  const lateId = await highlightPhrase(page, LATE, 'blue');
  await highlightPhrase(page, EARLY);
  await openHighlightNote(page, lateId);
  await typeRichNote(page);

  const started = Date.now();
  const file = await downloadFrom(page, 'export-markdown');
  await expect(exportStatus(page)).toHaveText(`Saved ${file.name}.`);

  expect(file.name).toMatch(ARABIC);
  expect(file.name).not.toMatch(FORBIDDEN_IN_FILE_NAMES);
  // The refused characters become spaces (so the browser had nothing left to replace).
  // The export's date follows, so the file never clashes with the document's file in a notebook folder.
  expect(file.name).toMatch(/^تقرير ليبيا تركيا سري 1 مهم وسم \d{4}-\d{2}-\d{2}\.md$/);

  const { meta, body } = splitFrontmatter(file.text);
  expect(meta['title']).toBe(title);
  expect(meta).toHaveProperty('source');
  expect(meta).toHaveProperty('byline');
  expect(meta).toHaveProperty('tags');
  expect(Array.isArray(meta['tags'])).toBe(true);
  expect(meta).toMatchObject({ document_id: DOC, highlights: 2, orphans: 0, notes: 1 });
  const exportedAt = Date.parse(String(meta['exported_at']));
  expect(exportedAt).toBeGreaterThanOrEqual(started - 1000);
  expect(exportedAt).toBeLessThanOrEqual(Date.now() + 1000);

  const tokens = md.parse(body, {});
  const heading = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  expect(inlineText(tokens[heading + 1]!), 'the heading shows the title as it is').toBe(title);
  expect(blockquoteTexts(tokens), 'one quote per highlight, exactly its text, in reading order').toEqual([EARLY, LATE]);

  // The note: bold and the list item are Markdown, not escaped text.
  const strong = tokens.flatMap((t) => t.children ?? []).findIndex((t) => t.type === 'strong_open');
  expect(strong, 'the bold text is a strong token').toBeGreaterThanOrEqual(0);
  expect(tokens.flatMap((t) => t.children ?? [])[strong + 1]?.content).toBe(BOLD);
  const list = tokens.findIndex((t) => t.type === 'bullet_list_open');
  expect(list, 'the list item is a bullet list').toBeGreaterThanOrEqual(0);
  expect(tokens.slice(list).find((t) => t.type === 'inline')?.content).toBe(LIST_ITEM);
  // The special characters come back literally once rendered, and make no markup of their own.
  const text = await renderedText(page, body);
  expect(text).toContain(SPECIAL);
  expect(text).toContain(`${NOTE_LINE} ${BOLD} هنا`);
  expect(tokens.filter((t) => t.type === 'bullet_list_open')).toHaveLength(1);
  const special = tokens.find((t) => t.type === 'inline' && inlineText(t) === SPECIAL);
  expect(special, 'the special characters are a paragraph of their own').toBeDefined();
  expect(special!.children!.map((t) => t.type), 'and make no markup').toEqual(['text']);
});

test('the notebook exports as one file or a folder of files, and every link between notes points at an exported file', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  const target = 'العقوبات الأمريكية';
  await newNote(page, target);
  await editor(page).click();
  await page.keyboard.type('نص عن العقوبات');
  await newNote(page, 'مصادر البحث');
  await editor(page).click();
  await page.keyboard.type('انظر ');
  await linkNote(page, 'العقوب', target);
  // A passage link in the same note, and a highlight whose note links to the first note too.
  const id = await highlightPhrase(page, LATE);
  await highlightItem(page, id).click();
  await page.getByRole('button', { name: 'Link in open note' }).click();
  await expect(editor(page).locator(`[data-passage-link="${id}"]`)).toContainText(LATE);
  await openHighlightNote(page, id);
  await page.keyboard.type('راجع ');
  await linkNote(page, 'العقوب', target);

  // One file.
  const combined = await downloadFrom(page, 'export-all-markdown');
  expect(combined.name).toMatch(/^Qiraa notebook \d{4}-\d{2}-\d{2}\.md$/);
  const { meta, body } = splitFrontmatter(combined.text);
  expect(meta).toMatchObject({ documents: 1, highlights: 1, notes: 3 });
  const combinedLinks = wikilinks(body);
  expect(combinedLinks.length, 'the combined file has the two note links').toBeGreaterThanOrEqual(2);
  for (const link of combinedLinks) {
    expect(link.file, 'links in the combined file stay inside it').toBe('');
    if (link.fragment.startsWith('^')) expect(body.split('\n')).toContain(link.fragment);
    else expect(body.split('\n').map((l) => l.replace(/^#+ \u200F?/, ''))).toContain(link.fragment);
  }
  expect(blockquoteTexts(md.parse(body, {}))).toEqual([LATE]);
  const combinedText = await renderedText(page, body);
  for (const words of ['نص عن العقوبات', 'انظر', 'راجع']) expect(combinedText).toContain(words);

  // A folder (one .zip in the browser): a file per document with highlights and per free note.
  const files = await downloadFolder(page);
  const names = files.map((f) => f.name);
  expect(names).toHaveLength(3);
  expect(new Set(names).size).toBe(3);
  for (const name of names) {
    expect(name).toMatch(/\.md$/);
    expect(name).not.toMatch(FORBIDDEN_IN_FILE_NAMES);
  }
  expect(names).toEqual(expect.arrayContaining([`${target}.md`, 'مصادر البحث.md']));
  const stems = new Set(names.map(stem));
  const byStem = new Map(files.map((f) => [stem(f.name), f.text]));
  const allWikilinks = files.flatMap((f) => wikilinks(f.text).map((link) => ({ ...link, from: f.name })));
  expect(allWikilinks.filter((l) => l.file === target).map((l) => l.from).sort()).toEqual(
    [names.find((n) => n !== `${target}.md` && n !== 'مصادر البحث.md'), 'مصادر البحث.md'].sort(),
  );
  for (const link of allWikilinks) {
    expect(stems, `[[${link.file}]] in ${link.from} names an exported file`).toContain(link.file);
    if (link.fragment) expect(byStem.get(link.file)!.split('\n')).toContain(link.fragment);
  }
  const passageLinks = files.flatMap((f) => fileLinks(f.text));
  expect(passageLinks).toHaveLength(1);
  for (const link of passageLinks) {
    expect(stems).toContain(stem(link.file));
    expect(byStem.get(stem(link.file))!.split('\n'), 'the linked block exists in that file').toContain(link.fragment);
  }
});

test('the W3C annotation export is valid, its selectors point at the real text, and an Arabic note is a right-to-left Markdown body', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  const noted = await highlightPhrase(page, LATE);
  await highlightPhrase(page, EARLY, 'green');
  await openHighlightNote(page, noted);
  await page.keyboard.type(`${NOTE_LINE} **${BOLD}**`);
  await expect(editor(page).locator('strong, b, .note-bold')).toHaveText([BOLD]);

  const file = await downloadFrom(page, 'export-annotations');
  expect(file.name).toMatch(/^qiraa-annotations-\d{4}-\d{2}-\d{2}\.json$/);
  const path = join(mkdtempSync(join(tmpdir(), 'qiraa-w3c-')), file.name);
  writeFileSync(path, file.text);
  const validator = spawnSync('node', ['../shared/w3c-annotation/validate-annotation.mjs', path], { cwd: process.cwd(), encoding: 'utf8' });
  expect(validator.status, `validator output:\n${validator.stdout}\n${validator.stderr}`).toBe(0);

  const collection = JSON.parse(file.text);
  expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 2 });
  const items = collection.first.items as {
    id: string;
    motivation: string;
    body?: { type: string; value: string; format?: string; language?: string; textDirection?: string; purpose: string }[];
    target: { source: string; selector: { type: string; exact?: string; start?: number; end?: number }[] };
  }[];
  expect(items).toHaveLength(2);
  for (const item of items) {
    const docId = decodeURIComponent(item.target.source.replace('urn:qiraa:doc:', ''));
    const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const position = item.target.selector.find((s) => s.type === 'TextPositionSelector');
    expect(seedText(docId).slice(position!.start, position!.end), `${item.id}: the position selects the quote`).toBe(quote!.exact);
  }
  expect(items.map((i) => i.target.selector.find((s) => s.type === 'TextQuoteSelector')!.exact).sort()).toEqual([EARLY, LATE].sort());

  const commented = items.find((i) => i.id === `urn:uuid:${noted}`)!;
  expect(commented.motivation).toBe('commenting');
  expect(commented.body).toEqual([
    expect.objectContaining({ type: 'TextualBody', format: 'text/markdown', language: 'ar', textDirection: 'rtl', purpose: 'commenting' }),
  ]);
  expect(commented.body![0]!.value).toBe(`${NOTE_LINE} **${BOLD}**`);
  expect(items.find((i) => i.id !== commented.id)!.motivation).toBe('highlighting');
});

test('a backup restored into an empty browser brings back the highlights, the note and the new title', async ({ page, browser, baseURL }) => {
  await openApp(page);
  await openDocument(page, DOC);
  const renamed = 'عنوان جديد للمقال';
  await renameDocument(page, renamed);
  const lateId = await highlightPhrase(page, LATE, 'pink');
  const earlyId = await highlightPhrase(page, EARLY);
  await openHighlightNote(page, lateId);
  await typeRichNote(page);
  const backup = await downloadFrom(page, 'backup-export');
  expect(backup.name).toMatch(/^qiraa-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const original = JSON.parse(backup.text);
  expect(original.data.highlights).toHaveLength(2);
  expect(original.data.notes).toHaveLength(1);
  expect(original.data.notes[0].plainText).toContain(SPECIAL);

  const context = await browser.newContext({ baseURL, locale: 'en-GB' });
  const problems: string[] = [];
  try {
    const fresh = await context.newPage();
    await watchProblems(fresh, problems);
    await openApp(fresh);
    const empty = await readDatabase(fresh);
    expect([empty.highlights, empty.notes, empty.documentState]).toEqual([[], [], []]);

    await fresh.getByTestId('backup-import').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
    await expect(exportStatus(fresh)).toContainText(`Restored ${backup.name}`);
    await expect(fresh.getByTestId('error')).toHaveCount(0);
    await expect(libraryItem(fresh, DOC)).toContainText(renamed);
    await expect(libraryItem(fresh, DOC)).toContainText('2 highlights');

    // A backup of the restored browser holds the same data.
    const again = await downloadFrom(fresh, 'backup-export');
    const copy = JSON.parse(again.text);
    expect(copy.data).toEqual(original.data);
    expect({ ...copy, exportedAt: null, data: null }).toEqual({ ...original, exportedAt: null, data: null });

    await openDocument(fresh, DOC);
    await expect(fresh.getByTestId('reader-title')).toHaveText(renamed);
    // The item of a highlight with a note ends with a note marker.
    await expect(fresh.getByTestId('highlight-item')).toHaveText([EARLY, new RegExp(`^${LATE}`)]);
    await expect(highlightItem(fresh, earlyId)).toHaveCount(1);
    await highlightItem(fresh, lateId).click();
    await expect(editor(fresh).locator('strong, b, .note-bold')).toHaveText([BOLD]);
    await expect(editor(fresh).locator('ul li')).toHaveText([LIST_ITEM]);
    await expect(editor(fresh).locator('p').last()).toHaveText(SPECIAL);
    await expect(fresh.locator(`[data-testid="highlight"][data-highlight-id="${lateId}"]`).first()).toHaveAttribute('data-color', 'pink');
  } finally {
    await context.close();
  }
  expect(problems, 'the restored page reported problems').toEqual([]);
});

/** Chooses a file in the restore input, as the file dialog would. */
async function restore(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('backup-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The database once the reading position (saved 300 ms after the last scroll) has settled. */
async function settledDatabase(page: Page) {
  await page.waitForTimeout(400);
  return readDatabase(page);
}

test('files that are not good backups are refused with a clear message and nothing changes', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  const id = await highlightPhrase(page, LATE);
  const backup = await downloadFrom(page, 'backup-export');
  const before = await settledDatabase(page);
  expect(before.highlights).toHaveLength(1);

  const valid = JSON.parse(backup.text);
  const damaged = structuredClone(valid);
  damaged.data.highlights[0].color = 'orange';
  const cases: [string, string, RegExp][] = [
    ['not-a-backup.json', JSON.stringify({ hello: 'world', data: [] }), /not a Qira.a backup/],
    ['future.json', JSON.stringify({ ...valid, version: 999 }), /newer version.*999/],
    ['damaged.json', JSON.stringify(damaged), /damaged.*highlight row 1.*color/],
    ['notes.json', 'ملاحظات عادية وليست JSON', /not JSON/],
    // A backup cut short while copying is damaged, not some other kind of file.
    ['cut-short.json', backup.text.slice(0, Math.floor(backup.text.length / 2)), /incomplete or damaged/],
  ];
  for (const [name, text, message] of cases) {
    await restore(page, name, text);
    await expect(page.getByTestId('error'), name).toHaveText(message);
    await expect(exportStatus(page)).toHaveCount(0);
    await expect(page.getByTestId('highlight-item')).toHaveCount(1);
    await expect(highlightItem(page, id)).toHaveCount(1);
    expect(await readDatabase(page), `${name} left the database as it was`).toEqual(before);
  }

  // The good file still restores after the refusals.
  await restore(page, backup.name, backup.text);
  await expect(exportStatus(page)).toContainText(`Restored ${backup.name}`);
  await expect(page.getByTestId('error')).toHaveCount(0);
});

test('“replace all” asks first: dismissed it changes nothing, accepted it makes the notebook exactly the backup', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  const kept = await highlightPhrase(page, LATE);
  const backup = await downloadFrom(page, 'backup-export');
  const later = await highlightPhrase(page, EARLY, 'green');
  await highlightsTab(page).click();
  await expect(page.getByTestId('highlight-item')).toHaveCount(2);
  await page.getByLabel('How to restore').selectOption('replace');
  const before = await settledDatabase(page);

  const question = page.getByRole('alertdialog', { name: 'Replace everything with this backup?' });
  await restore(page, backup.name, backup.text);
  await expect(question).toContainText(backup.name);
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toHaveCount(0);
  await expect(page.getByTestId('highlight-item')).toHaveCount(2);
  expect(await readDatabase(page)).toEqual(before);
  await expect(exportStatus(page)).not.toContainText('Restored');
  await expect(page.getByTestId('error')).toHaveCount(0);

  await restore(page, backup.name, backup.text);
  await question.getByRole('button', { name: 'Replace everything' }).click();
  await expect(exportStatus(page)).toContainText(`Restored ${backup.name}`);
  await expect(page.getByTestId('highlight-item')).toHaveCount(1);
  await expect(highlightItem(page, kept)).toHaveCount(1);
  await expect(highlightItem(page, later)).toHaveCount(0);
  await expect(page.locator(`[data-testid="highlight"][data-highlight-id="${later}"]`)).toHaveCount(0);
  const after = await readDatabase(page);
  expect(after.highlights).toEqual(JSON.parse(backup.text).data.highlights);
});

// Choosing the same file again (say, after fixing it) must fire a change event again.
test('after a refused file the restore button is ready for the same file again', async ({ page }) => {
  await openApp(page);
  await restore(page, 'notes.json', 'ملاحظات عادية وليست JSON');
  await expect(page.getByTestId('error')).toHaveText(/not JSON/);
  await expect(page.getByTestId('backup-import')).toHaveValue('');
});

// GitHub renders Markdown with dir="auto" on every block, and Obsidian picks each line's direction
// from its first strong character: an Arabic paragraph that starts with a number or a Latin word
// would turn left-to-right there. The export marks such paragraphs so they stay right-to-left.
test('Arabic that starts with a number or a Latin word stays right-to-left in a viewer that picks direction per block', async ({ page, browser }) => {
  await openApp(page);
  await openDocument(page, DOC);
  const digitFirst = '1300 جندي ليبي قد أكملوا التدريب';
  const id = await highlightPhrase(page, digitFirst);
  await openHighlightNote(page, id);
  await page.keyboard.type('Wagner مرتزقة في ليبيا منذ سنوات');
  await page.keyboard.press('Enter');
  await page.keyboard.type('An English remark stays left-to-right.');
  const file = await downloadFrom(page, 'export-markdown');

  // Render the export as GitHub does (markdown-it HTML, dir="auto" on each block) in a fresh page.
  const html = md.render(splitFrontmatter(file.text).body).replace(/<(p|blockquote|li|h[1-6])>/g, '<$1 dir="auto">');
  const viewer = await (await browser.newContext()).newPage();
  await viewer.setContent(`<!doctype html><meta charset="utf-8"><body>${html}</body>`);
  const directionOf = (text: string) =>
    viewer.locator('p').filter({ hasText: text }).first().evaluate((el) => getComputedStyle(el).direction);
  expect(await directionOf(digitFirst)).toBe('rtl');
  expect(await directionOf('Wagner مرتزقة')).toBe('rtl');
  expect(await directionOf('An English remark')).toBe('ltr');

  // Without the mark the same viewer would have flipped the Latin-first paragraph: the handling is
  // what keeps it right-to-left. (Digits are not strong characters, so they never flip a paragraph.)
  await viewer.setContent(`<!doctype html><meta charset="utf-8"><body>${html.replaceAll('\u200f', '')}</body>`);
  expect(await directionOf('Wagner مرتزقة')).toBe('ltr');
  await viewer.context().close();
});

test('restoring with “merge” says what the file brought, kind by kind, not what the database holds', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  await highlightPhrase(page, LATE);
  const backup = await downloadFrom(page, 'backup-export');
  await highlightPhrase(page, EARLY, 'green');
  await restore(page, backup.name, backup.text);
  // The file holds one highlight, already here; the database holds two.
  await expect(exportStatus(page)).toContainText('1 highlight (1 already here)');
  await expect(exportStatus(page)).not.toContainText('2 highlights');
});

test('a long message wraps inside its column', async ({ page }) => {
  await openApp(page);
  // A file name with no space to break at, as a saved file's name or path often is.
  const name = `${'تقرير_عن_الوضع_في_ليبيا_'.repeat(7)}.txt`;
  await page.getByTestId('import-files').locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from('عنوان المقالة\n\nنص قصير عن الوضع.\n') });
  await page.getByTestId('import-progress').getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByTestId('library-item').filter({ hasText: 'عنوان المقالة' }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save original' }).click()]);
  const message = page.locator('.document-actions').getByText(/^Saved /);
  await expect(message).toBeVisible();
  const fits = await message.evaluate((el) => {
    const column = el.closest('.document-actions')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return box.left >= column.left - 1 && box.right <= column.right + 1;
  });
  expect(fits, 'the message stays inside the reading column').toBe(true);

  // The backup restore message, in the library column, too.
  const backup = await downloadFrom(page, 'backup-export');
  await restore(page, name.replace(/\.txt$/, '.json'), backup.text);
  const status = page.locator('.export-menu .export-status');
  await expect(status).toContainText('Restored');
  expect(await status.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
});

test('“Document → Markdown” on an article with no highlights exports its metadata and an empty list', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  const file = await downloadFrom(page, 'export-markdown');
  await expect(page.getByTestId('error')).toHaveCount(0);
  const { meta, body } = splitFrontmatter(file.text);
  expect(meta['highlights']).toBe(0);
  expect(meta).toHaveProperty('source');
  expect(body).toContain('## Highlights');
  expect(body).toContain('*None yet.*');
  // Its name is not the one the same document has in a notebook folder.
  expect(file.name).toMatch(/ \d{4}-\d{2}-\d{2}\.md$/);
});
