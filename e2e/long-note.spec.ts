/**
 * A note of two million characters is more than the recovery journal (localStorage) can hold:
 * the note is still saved, and the user is told once that the journal does not cover it.
 */
import { DOC, editor, notebookTab, putNote, readDatabase, seedText } from './actions';
import { expect, openApp, openDocument, test } from './fixtures';

test('typing in a note too long for the recovery journal saves it and says once that the journal cannot cover it', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  // Five hundred paragraphs of real prose, two million characters in all.
  const prose = seedText(DOC).replace(/\s+/g, ' ');
  const paragraph = prose.repeat(Math.ceil(4000 / prose.length)).slice(0, 4000);
  const paragraphs = Array.from({ length: 500 }, () => paragraph);
  const node = (text: string) => ({ type: 'paragraph', version: 1, direction: 'rtl', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] });
  const content = JSON.stringify({ root: { type: 'root', version: 1, direction: 'rtl', format: '', indent: 0, children: paragraphs.map(node) } });
  const plainText = paragraphs.join('\n');
  await putNote(page, { id: 'n-long', title: 'ملاحظة طويلة', highlightId: null, docId: null, content, plainText, linkedNoteIds: [], linkedHighlightIds: [], createdAt: 1_700_000_000_000, modifiedAt: 1_700_000_000_000 });
  await page.reload();
  await openDocument(page, DOC);
  await notebookTab(page).click();
  await page.locator('[data-testid="note-item"][data-note-id="n-long"]').click();
  await expect(editor(page)).toBeVisible();

  await editor(page).locator('p').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.type('أ');
  await expect(page.getByTestId('journal-notice')).toContainText('too long for the recovery journal');
  await expect.poll(async () => ((await readDatabase(page)).notes.find((n) => n['id'] === 'n-long')?.['plainText'] as string).length, { timeout: 20_000 }).toBe(plainText.length + 1);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('qiraa:note-draft:')))).toEqual([]);

  // Told once: dismissed, it does not come back as the user goes on typing.
  await page.getByTestId('journal-notice').getByRole('button', { name: 'Dismiss' }).click();
  await page.keyboard.type('ب');
  await expect.poll(async () => ((await readDatabase(page)).notes.find((n) => n['id'] === 'n-long')?.['plainText'] as string).length, { timeout: 20_000 }).toBe(plainText.length + 2);
  await expect(page.getByTestId('journal-notice')).toHaveCount(0);
});
