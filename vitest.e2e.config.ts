import { defineConfig } from 'vitest/config';

// End-to-end tests: puppeteer drives the built extension (npm run build, npm run build:firefox) in
// Chromium, and in Firefox ESR for test/e2e/firefox*.e2e.test.ts, against the sandbox's replica
// pages. One file at a time: each launches its own browser, and the machines that run them have
// two cores. After vitest's summary, each browser's total time (test/e2e/browser-times.ts).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    reporters: ['default', './test/e2e/browser-times.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
