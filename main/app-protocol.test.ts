import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appResponseHeaders, CONTENT_SECURITY_POLICY, isInsideFolder, resolveAppRequest } from './app-protocol';

const ROOT = '/opt/qiraa/resources/app.asar/out/renderer';

describe('resolveAppRequest', () => {
  it.each([
    ['app://qiraa/', 'index.html'],
    ['app://qiraa', 'index.html'],
    ['app://qiraa/?x=1#top', 'index.html'],
    ['app://qiraa/index.html', 'index.html'],
    ['app://QIRAA/index.html', 'index.html'],
    ['app://qiraa/assets/index-B2x9.js', 'assets/index-B2x9.js'],
    ['app://qiraa/assets/index-B2x9.js?v=3', 'assets/index-B2x9.js'],
    ['app://qiraa/assets/noto-naskh-arabic-arabic-400-normal.woff2', 'assets/noto-naskh-arabic-arabic-400-normal.woff2'],
    ['app://qiraa/assets/%D8%AE%D8%B7.svg', 'assets/خط.svg'],
  ])('serves %s from %s', (url, relative) => {
    const result = resolveAppRequest(url, ROOT, path.posix);
    expect(result).toMatchObject({ ok: true, filePath: path.posix.join(ROOT, relative) });
  });

  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.woff2', 'font/woff2'],
    ['a.woff', 'font/woff'],
    ['a.png', 'image/png'],
    ['a.svg', 'image/svg+xml'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.txt', 'text/plain; charset=utf-8'],
    ['A.PNG', 'image/png'],
  ])('labels %s as %s', (file, mimeType) => {
    expect(resolveAppRequest(`app://qiraa/${file}`, ROOT, path.posix)).toMatchObject({ ok: true, mimeType });
  });

  it.each([
    ['app://qiraa/../etc/passwd.txt', 400],
    ['app://qiraa/assets/../../secret.txt', 400],
    ['app://qiraa/%2e%2e/secret.txt', 400],
    ['app://qiraa/%2E%2E/secret.txt', 400],
    ['app://qiraa/.%2e/secret.txt', 400],
    ['app://qiraa/./index.html', 400],
    ['app://qiraa/assets/..%2f..%2fsecret.txt', 400],
    ['app://qiraa/assets%2f..%2f..%2fsecret.txt', 400],
    ['app://qiraa/..\\secret.txt', 400],
    ['app://qiraa/assets%5c..%5csecret.txt', 400],
    ['app://qiraa//etc/passwd.txt', 400],
    ['app:///etc/passwd.txt', 404],
    ['app://qiraa/C:/Windows/win.ini.txt', 400],
    ['app://qiraa/C%3A%5CWindows%5Cwin.txt', 400],
    ['app://qiraa/index.html%00.png', 400],
    ['app://qiraa/.env.json', 400],
    ['app://qiraa/index.html.', 400],
    ['app://qiraa/%E0%A4%A.js', 400],
    ['app://qiraa/assets/', 400],
    ['app://evil/index.html', 404],
    ['app://qiraa.evil/index.html', 404],
    ['https://qiraa/index.html', 400],
    ['file:///etc/passwd', 400],
    ['app://qiraa/index.js.map', 404],
    ['app://qiraa/main/index.ts', 404],
    ['app://qiraa/assets', 404],
  ])('refuses %s with %i', (url, status) => {
    expect(resolveAppRequest(url, ROOT, path.posix)).toMatchObject({ ok: false, status });
  });

  it('does not decode twice, so %252e%252e is a literal (and unserved) name', () => {
    expect(resolveAppRequest('app://qiraa/%252e%252e/x.txt', ROOT, path.posix)).toEqual({
      ok: true,
      filePath: path.posix.join(ROOT, '%2e%2e', 'x.txt'),
      mimeType: 'text/plain; charset=utf-8',
    });
  });

  it('applies the same rules with Windows paths', () => {
    const root = 'C:\\Program Files\\Qiraa\\resources\\app.asar\\out\\renderer';
    expect(resolveAppRequest('app://qiraa/assets/a.js', root, path.win32)).toMatchObject({
      ok: true,
      filePath: `${root}\\assets\\a.js`,
    });
    for (const url of ['app://qiraa/..%5c..%5cx.txt', 'app://qiraa/D:%5Cx.txt', 'app://qiraa/.. /x.txt', 'app://qiraa/x.txt::$DATA']) {
      expect(resolveAppRequest(url, root, path.win32)).toMatchObject({ ok: false, status: 400 });
    }
  });
});

describe('isInsideFolder', () => {
  it.each([
    ['/app/renderer', '/app/renderer/index.html', path.posix, true],
    ['/app/renderer', '/app/renderer/..x/a.js', path.posix, true],
    ['/app/renderer', '/app/renderer', path.posix, false],
    ['/app/renderer', '/app/outside.txt', path.posix, false],
    ['/app/renderer', '/app/renderer-evil/a.js', path.posix, false],
    ['/app/renderer', '/etc/passwd', path.posix, false],
    ['C:\\app\\renderer', 'C:\\app\\renderer\\a.js', path.win32, true],
    ['C:\\app\\renderer', 'C:\\app\\outside.txt', path.win32, false],
    ['C:\\app\\renderer', 'D:\\app\\renderer\\a.js', path.win32, false],
  ])('says whether %s contains %s', (folder, filePath, paths, inside) => {
    expect(isInsideFolder(folder, filePath, paths)).toBe(inside);
  });
});

describe('appResponseHeaders', () => {
  it('sends the content type, the CSP and nosniff', () => {
    const headers = appResponseHeaders('text/html; charset=utf-8');
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('uses the agreed policy, word for word', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data: blob:; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'",
    );
  });
});
