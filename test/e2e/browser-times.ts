// A vitest reporter for the e2e run: after vitest's own summary, the time the end-to-end files took
// per browser, so that Firefox's run time is read next to Chromium's. A file is Firefox's when its
// name starts with "firefox" (test/e2e/firefox*.e2e.test.ts); every other file drives Chromium.
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const browserOf = (file: string) => (path.basename(file).startsWith('firefox') ? 'Firefox ESR' : 'Chromium');

/** A file's time from its import to its last hook: what it adds to the run (files run one at a time). */
function secondsOf(module: TestModule): number {
  const d = module.diagnostic();
  return (d.environmentSetupDuration + d.prepareDuration + d.collectDuration + d.setupDuration + d.duration) / 1000;
}

export default class BrowserTimes implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const totals = new Map<string, { files: number; seconds: number; failed: number }>();
    for (const module of modules) {
      const browser = browserOf(module.moduleId);
      const total = totals.get(browser) ?? { files: 0, seconds: 0, failed: 0 };
      total.files += 1;
      total.seconds += secondsOf(module);
      if (!module.ok()) total.failed += 1;
      totals.set(browser, total);
    }
    if (totals.size === 0) return;
    const lines = [...totals].sort(([a], [b]) => a.localeCompare(b)).map(
      ([browser, { files, seconds, failed }]) =>
        `  ${browser.padEnd(12)} ${String(files).padStart(3)} file${files === 1 ? ' ' : 's'}  ${seconds.toFixed(1).padStart(7)} s${failed ? `  (${failed} failed)` : ''}`,
    );
    process.stdout.write(`\nEnd-to-end time per browser:\n${lines.join('\n')}\n`);
  }
}
