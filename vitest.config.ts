import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['main/**/*.test.ts', 'preload/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    // CI also writes a machine-readable summary, which .ci/run totals up.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'out/test-results/unit.json' },
  },
});
