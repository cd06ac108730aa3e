import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { hardenWebContents } from './harden-web-contents';

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  type Details = { isMainFrame: boolean; requestingUrl: string };
  let requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: Details) => void) | undefined;
  let checkHandler: ((contents: unknown, permission: string, origin: string) => boolean) | undefined;
  const session = {
    setPermissionRequestHandler: (handler: typeof requestHandler) => (requestHandler = handler),
    setPermissionCheckHandler: (handler: typeof checkHandler) => (checkHandler = handler),
  } as unknown as Session;
  const contents = Object.assign(emitter, {
    session,
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  }) as unknown as WebContents;
  return {
    contents,
    emit: (name: string, ...args: unknown[]) => emitter.emit(name, ...args),
    open: (url: string) => openHandler!({ url }),
    request: (permission: string, requestingUrl = 'app://qiraa/index.html', isMainFrame = true) =>
      new Promise<boolean>((resolve) => requestHandler!(contents, permission, resolve, { isMainFrame, requestingUrl })),
    check: (permission: string, origin = 'app://qiraa') => checkHandler!(contents, permission, origin),
  };
}

const navigation = (url: string) => ({ url, preventDefault: vi.fn() });

describe('hardenWebContents', () => {
  let page: ReturnType<typeof fakeContents>;
  beforeEach(() => {
    page = fakeContents();
    hardenWebContents(page.contents, null);
  });

  it.each(['will-navigate', 'will-redirect'])('%s: stays inside the app', (eventName) => {
    const inside = navigation('app://qiraa/index.html#note-3');
    page.emit(eventName, inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://other/', 'http://localhost:5173/']) {
      const outside = navigation(url);
      page.emit(eventName, outside);
      expect(outside.preventDefault).toHaveBeenCalled();
    }
  });

  it('lets the dev server page navigate within itself while developing', () => {
    const dev = fakeContents();
    hardenWebContents(dev.contents, 'http://localhost:5173');
    const inside = navigation('http://localhost:5173/');
    dev.emit('will-navigate', inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();
  });

  it.each(['https://www.aljazeera.net/news', 'file:///etc/passwd', 'javascript:alert(1)', 'app://qiraa/index.html', 'about:blank'])(
    'never opens a new window, not even for %s',
    (url) => {
      expect(page.open(url)).toEqual({ action: 'deny' });
    },
  );

  it('destroys any <webview> before it attaches', () => {
    const event = { preventDefault: vi.fn() };
    page.emit('will-attach-webview', event, {}, { src: 'https://example.com' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it.each(['media', 'display-capture', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'denies the %s permission, even to the app itself',
    async (permission) => {
      await expect(page.request(permission)).resolves.toBe(false);
      expect(page.check(permission)).toBe(false);
    },
  );

  it("lets the app's own page write to the clipboard (the copy button)", async () => {
    await expect(page.request('clipboard-sanitized-write')).resolves.toBe(true);
    expect(page.check('clipboard-sanitized-write')).toBe(true);
  });

  it('refuses clipboard writes to any other page or to a subframe', async () => {
    await expect(page.request('clipboard-sanitized-write', 'https://evil.example/')).resolves.toBe(false);
    await expect(page.request('clipboard-sanitized-write', 'app://qiraa/index.html', false)).resolves.toBe(false);
    expect(page.check('clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect(page.check('clipboard-sanitized-write', 'file://')).toBe(false);
  });
});
