import { existsSync } from 'node:fs';

/**
 * The browser for end-to-end tests and benchmarks: $CHROMIUM_PATH, else Debian's Chromium where
 * installed (CI, Linux), else undefined (a browser from `npx playwright install chromium`).
 */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Headless Chromium as root on a machine without a network: no sandbox, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
