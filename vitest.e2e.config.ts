import { defineConfig } from 'vitest/config';

// End-to-end tests: puppeteer drives the built extension (npm run build) in Chromium against the
// sandbox's replica pages. One file at a time: each launches its own browser, and the machines
// that run them have two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
