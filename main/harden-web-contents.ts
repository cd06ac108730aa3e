/**
 * Guards applied to every web contents the app ever creates (windows, devtools, anything
 * spawned later): no navigation away from the app, no new windows, no <webview>, no
 * permissions but a clipboard write. The corpus is offline news text with no live links, so
 * nothing is handed to the system browser either.
 */
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin';

// The single exception to "no permissions": navigator.clipboard.writeText (the highlight
// panel's copy button). Sanitised writes cannot read anything; clipboard-read stays denied.
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/**
 * Refuses every permission request and check (camera, notifications, clipboard read…),
 * except a clipboard write asked for by the app's own page.
 */
export function restrictPermissions(session: Session, devUrl: string | null): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(ALLOWED_PERMISSIONS.has(permission) && details.isMainFrame && isAppUrl(details.requestingUrl, devUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingOrigin, devUrl);
  });
}

export function hardenWebContents(contents: WebContents, devUrl: string | null): void {
  const stayInApp = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url, devUrl)) event.preventDefault();
  };
  // Top-frame navigations and their redirects. Subframes need no guard: the CSP
  // (default-src 'none', so no frame-src) lets the page load no frame at all.
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);

  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  // The app never uses <webview>; a page that adds one gets it destroyed.
  contents.on('will-attach-webview', (event) => event.preventDefault());

  restrictPermissions(contents.session, devUrl);
}
