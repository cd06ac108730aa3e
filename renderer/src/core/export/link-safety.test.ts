import { describe, expect, it } from 'vitest';
import { isSafeLinkUrl, withoutUnsafeLinks } from './link-safety';

describe('which link targets are safe', () => {
  it.each([
    ['https://www.aljazeera.net/news/2020/libya', true],
    ['http://example.org/ليبيا', true],
    ['mailto:editor@example.org', true],
    ['HTTPS://EXAMPLE.ORG', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['\u0001javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox(1)', false],
    ['file:///etc/passwd', false],
    ['www.example.org', false],
    ['', false],
  ])('%j is safe: %s', (url, safe) => {
    expect(isSafeLinkUrl(url)).toBe(safe);
  });
});

const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const link = (url: string, children: object[], type = 'link') => ({ type, version: 1, url, rel: null, target: null, title: null, children, direction: null, format: '', indent: 0 });
const paragraph = (children: object[]) => ({ type: 'paragraph', version: 1, children, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' });
const state = (...children: object[]) => JSON.stringify({ root: { type: 'root', version: 1, children, direction: null, format: '', indent: 0 } });

describe('a note without unsafe links', () => {
  it('unwraps a javascript: link, keeping its text in place', () => {
    const content = state(paragraph([text('انظر '), link('javascript:alert(1)', [text('هنا')]), text(' للمزيد')]));
    expect(withoutUnsafeLinks(content)).toBe(state(paragraph([text('انظر '), text('هنا'), text(' للمزيد')])));
  });

  it('unwraps unsafe links and autolinks inside lists, keeping the safe ones', () => {
    const item = (children: object[]) => ({ type: 'listitem', version: 1, value: 1, children, direction: null, format: '', indent: 0 });
    const list = (children: object[]) => ({ type: 'list', version: 1, listType: 'bullet', start: 1, tag: 'ul', children, direction: null, format: '', indent: 0 });
    const safe = link('https://example.org', [text('مصدر')]);
    const content = state(list([item([safe]), item([link('data:text/html,x', [text('بيانات')], 'autolink')]), item([link('file:///c:/x', [text('ملف')])])]));
    expect(withoutUnsafeLinks(content)).toBe(state(list([item([safe]), item([text('بيانات')]), item([text('ملف')])])));
  });

  it('treats a link without a URL as unsafe', () => {
    const { url: _, ...noUrl } = link('x', [text('نص')]);
    expect(withoutUnsafeLinks(state(paragraph([noUrl])))).toBe(state(paragraph([text('نص')])));
  });

  it.each([
    ['content with only safe links', state(paragraph([link('mailto:a@example.org', [text('راسلني')])]))],
    ['content that is not JSON', 'ملاحظة'],
    ['JSON without a root', '{"a":1}'],
  ])('leaves %s exactly as it was', (_, content) => {
    expect(withoutUnsafeLinks(content)).toBe(content);
  });
});
