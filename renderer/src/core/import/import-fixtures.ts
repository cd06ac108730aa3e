/**
 * Test fixtures for importing: real bytes of Arabic text in the encodings people actually have
 * files in, and a saved news page around an article. The encoders are built from the platform's
 * own decoders, so a test never trusts a hand-typed code page table.
 */

export type FixtureEncoding = 'windows-1256' | 'iso-8859-6' | 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16le-bom' | 'utf-16be' | 'utf-16be-bom';

/**
 * An encoder for a single-byte code page, made by decoding every byte and inverting the map.
 * Throws on a character the code page cannot hold, so a fixture can never be silently lossy.
 *
 * @param label a single-byte encoding TextDecoder knows, e.g. `windows-1256`.
 */
export function singleByteEncoder(label: string): (text: string) => Uint8Array {
  const decoder = new TextDecoder(label);
  const byteOf = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) {
    const char = decoder.decode(new Uint8Array([byte]));
    if (char !== '\uFFFD' && !byteOf.has(char)) byteOf.set(char, byte);
  }
  return (text) =>
    Uint8Array.from(Array.from(text), (char) => {
      const byte = byteOf.get(char);
      if (byte === undefined) throw new Error(`${label} cannot encode U+${char.codePointAt(0)?.toString(16).toUpperCase()}`);
      return byte;
    });
}

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return bytes;
}

/**
 * The bytes of `text` as a file saved in the given encoding (`-bom` variants start with a
 * byte-order mark).
 *
 * @param text the file's text.
 * @param encoding how the file was saved.
 */
export function encodeAs(text: string, encoding: FixtureEncoding): Uint8Array {
  switch (encoding) {
    case 'windows-1256':
    case 'iso-8859-6':
      return singleByteEncoder(encoding)(text);
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'utf-16le':
    case 'utf-16le-bom':
      return utf16(text, true, encoding.endsWith('-bom'));
    case 'utf-16be':
    case 'utf-16be-bom':
      return utf16(text, false, encoding.endsWith('-bom'));
  }
}

/** What goes into the saved page fixture. */
export interface NewsPageParts {
  title: string;
  byline: string;
  paragraphs: string[];
  heading: string;
  quote: string;
  listItems: string[];
  caption: string;
  /** Text for the page's own `<head>`; defaults to a UTF-8 declaration. */
  charset?: string;
}

/**
 * A news page as a browser saves it: navigation, ads, share buttons, a cookie banner, scripts and a
 * footer around one article with a heading, a quote, a list and a captioned photo.
 */
export function arabicNewsPage(parts: NewsPageParts): string {
  const [first = '', ...rest] = parts.paragraphs;
  const paragraphs = rest.map((text) => `<p>${text}</p>`).join('\n      ');
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="${parts.charset ?? 'utf-8'}">
  <title>${parts.title} | العرب</title>
  <meta property="og:site_name" content="العرب">
  <meta property="og:url" content="https://alarab.example/article/12345">
  <link rel="canonical" href="https://alarab.example/article/12345">
  <meta property="article:published_time" content="2021-03-15T10:20:00+02:00">
  <meta property="article:tag" content="ليبيا">
  <meta property="article:tag" content="الولايات المتحدة">
  <style>.ad { display: block }</style>
  <script>window.dataLayer = []; function track() { document.title = 'tracked'; }</script>
</head>
<body>
  <header><nav><a href="/">الرئيسية</a> <a href="/politics">سياسة</a> <a href="/economy">اقتصاد</a> <a href="/sport">رياضة</a></nav></header>
  <div class="ad">إعلان: اشترك الآن في النشرة البريدية واحصل على خصم</div>
  <main>
    <article>
      <h1>${parts.title}</h1>
      <div class="byline"><span class="author">${parts.byline}</span></div>
      <p>${first}</p>
      ${paragraphs}
      <h2>${parts.heading}</h2>
      <blockquote><p>${parts.quote}</p></blockquote>
      <ul>${parts.listItems.map((item) => `<li>${item}</li>`).join('')}</ul>
      <figure><img src="libya.jpg" alt="صورة"><figcaption>${parts.caption}</figcaption></figure>
    </article>
    <aside class="share">شارك المقال: <a href="https://facebook.example/share">فيسبوك</a> <a href="https://x.example/share">إكس</a></aside>
  </main>
  <div class="cookie-banner">نستخدم ملفات تعريف الارتباط لتحسين تجربتك. <button>موافق</button></div>
  <footer>جميع الحقوق محفوظة © العرب 2021 — <a href="/privacy">سياسة الخصوصية</a></footer>
  <script src="https://ads.example/tag.js"></script>
</body>
</html>`;
}
