import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownLine, escapeMarkdownParagraphs, isArabicParagraph, needsRlm, RLM, rtlSafeLine, rtlSafeMarkdown } from './markdown-escape';

// html: true is the harsh case: Obsidian, GitHub and VS Code all let raw HTML through.
const md = new MarkdownIt({ html: true, linkify: true });

/** What a reader sees: the rendered HTML with its tags removed and entities decoded. */
function renderedText(markdown: string): string {
  return md
    .render(markdown)
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

describe('escapeMarkdownLine', () => {
  it.each([
    ['emphasis', 'قال *المتحدث* إن _الوضع_ هادئ'],
    ['strong and strike', '**تحذير** و ~~ملغى~~'],
    ['a heading marker', '# ليس عنواناً'],
    ['a block quote marker', '> ليس اقتباساً'],
    ['a bullet list marker', '- ليس بنداً'],
    ['a plus list marker', '+ ليس بنداً'],
    ['an ordered list marker', '2021. سنة التحول'],
    ['a link', '[نص](https://example.org)'],
    ['an image', '![صورة](x.png)'],
    ['backticks', 'الأمر `rm -rf` خطير'],
    ['raw HTML', '<script>alert(1)</script> و <b>غامق</b>'],
    ['an entity', 'AT&amp;T و &copy;'],
    ['a table row', 'عمود | عمود آخر'],
    ['a backslash', 'المسار C:\\Users\\نص'],
    ['an Obsidian highlight and tag', '==مميز== و #وسم و ^معرف'],
    ['leading spaces of a code block', '    نص بعد أربع مسافات'],
  ])('renders %s literally', (_, text) => {
    expect(renderedText(escapeMarkdownLine(text))).toBe(text.trimStart());
  });

  it('leaves Arabic text without special characters as it was', () => {
    const text = 'دعت الولايات المتحدة إلى الانسحاب الفوري للقوات الروسية والتركية من ليبيا.';
    expect(escapeMarkdownLine(text)).toBe(text);
  });

  it('turns each non-blank line into its own escaped paragraph', () => {
    expect(escapeMarkdownParagraphs('أولاً *مهم*\n\n  ثانياً\r\n')).toEqual(['أولاً \\*مهم\\*', 'ثانياً']);
  });
});

describe('the right-to-left rule', () => {
  it.each([
    ['an Arabic paragraph starting with a Latin word', 'BBC نقلت الخبر عن مصادر ليبية', true],
    ['an Arabic paragraph starting with a number', '23 يناير هو موعد انتهاء المهلة', true],
    ['an Arabic paragraph starting with Arabic-Indic digits', '٢٠٢١ كانت سنة التحول', true],
    ['an Arabic paragraph starting with a quote mark and a Latin word', '“UN” طالبت بالانسحاب', true],
    ['an Arabic paragraph starting with an Arabic letter', 'دعت الولايات المتحدة إلى الانسحاب', false],
    ['an Arabic paragraph starting with punctuation then Arabic', '«ندعو جميع الأطراف» قال ميلز', false],
    ['an English paragraph quoting one Arabic word', 'The word سلام means peace', false],
    ['an emoji-only line', '📰', false],
    ['a paragraph that already starts with RLM', `${RLM}BBC نقلت الخبر`, false],
  ])('%s: needs RLM = %s', (_, text, expected) => {
    expect(needsRlm(text)).toBe(expected);
  });

  it('counts a paragraph as Arabic when Arabic letters are at least as many as Latin ones', () => {
    expect(isArabicParagraph('BBC نقلت')).toBe(true);
    expect(isArabicParagraph('Reuters and AFP reported ليبيا')).toBe(false);
    expect(isArabicParagraph('2021')).toBe(false);
  });

  it.each([
    ['a block quote line', '> BBC نقلت الخبر', `> ${RLM}BBC نقلت الخبر`],
    ['a nested quote in a list', '- > 2021 سنة التحول', `- > ${RLM}2021 سنة التحول`],
    ['a heading', '## CNN والأخبار العاجلة', `## ${RLM}CNN والأخبار العاجلة`],
    ['an ordered item', '1. GPS في السيارات', `1. ${RLM}GPS في السيارات`],
    ['an Arabic line that needs nothing', '> دعت الولايات المتحدة', '> دعت الولايات المتحدة'],
  ])('puts the mark after the Markdown markers of %s', (_, line, expected) => {
    expect(rtlSafeLine(line)).toBe(expected);
  });

  it('keeps the Markdown structure the same after adding marks', () => {
    const markdown = '## NATO والحلفاء\n\n> UN طالبت\n\n- 2021 سنة\n- GPS جهاز';
    const tokens = (text: string) => md.parse(text, {}).map((t) => t.type);
    expect(tokens(rtlSafeMarkdown(markdown))).toEqual(tokens(markdown));
    expect(rtlSafeMarkdown(markdown).split('\n').filter((l) => l.includes(RLM))).toHaveLength(4);
  });

  it('leaves fenced code, tables and HTML lines alone', () => {
    const markdown = '```\nBBC نص برمجي\n```\n| BBC | نص |\n<div>BBC نص</div>';
    expect(rtlSafeMarkdown(markdown)).toBe(markdown);
  });
});
