import { describe, expect, it } from 'vitest';
import { devServerUrl, isAppUrl } from './app-origin';

describe('devServerUrl', () => {
  it('is the electron-vite URL while developing', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe('http://localhost:5173');
  });

  it('is ignored in a packaged app, whatever the environment says', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'https://evil.example' }, true)).toBeNull();
  });

  it.each(['', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url'])('rejects %j', (value) => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: value }, false)).toBeNull();
  });
});

describe('isAppUrl', () => {
  it.each([
    ['app://qiraa/index.html', null, true],
    ['app://qiraa/', null, true],
    ['app://QIRAA/index.html', null, true],
    ['app://other/index.html', null, false],
    ['app://user@qiraa/index.html', null, false],
    ['https://qiraa/index.html', null, false],
    ['file:///index.html', null, false],
    ['http://localhost:5173/', null, false],
    ['http://localhost:5173/src/main.tsx', 'http://localhost:5173', true],
    ['http://localhost:5174/', 'http://localhost:5173', false],
    ['http://127.0.0.1:5173/', 'http://localhost:5173', false],
    ['about:blank', 'http://localhost:5173', false],
    ['', null, false],
  ] as const)('%s (dev server %s) → %s', (url, dev, expected) => {
    expect(isAppUrl(url, dev)).toBe(expected);
  });
});
