import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['main/**/*.test.ts', 'preload/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    // Property tests (fast-check) and the 2,000-document backup run for seconds; on a loaded
    // 2-core CI machine the default 5 s fails them for load, not for behaviour.
    testTimeout: 30_000,
    // CI also writes a machine-readable summary, which .ci/run totals up.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'out/test-results/unit.json' },
  },
});
