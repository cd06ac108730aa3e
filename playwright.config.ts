import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);

/** End-to-end tests drive the web build in Chromium, served from out/web on a loopback port. */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  // CI also writes a machine-readable summary, which .ci/run totals up.
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'out/test-results/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'en-GB',
    launchOptions: {
      executablePath: chromiumPath,
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node scripts/serve-web.mjs',
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
