// The admin's hands in the journey tests: every click, typed field, copy-paste and typed address
// goes through here and is counted, so the journey with the extension can be compared with the
// same journey done by hand. Values typed or carried are never printed.
import type { Frame, Page } from 'puppeteer';

type Scope = Page | Frame;

export interface ActionCounts {
  clicks: number;
  fieldsTyped: number;
  copyPastes: number;
  typedUrls: number;
  /** Clicks in Chrome's own UI (the pop-up bubble), which the bench cannot drive: declared, not performed. */
  browserUiClicks: number;
}

export class Admin {
  readonly counts: ActionCounts = { clicks: 0, fieldsTyped: 0, copyPastes: 0, typedUrls: 0, browserUiClicks: 0 };

  /** Clicks what the selector finds (puppeteer selectors, `>>>` into shadow roots included). */
  async click(scope: Scope, selector: string, options: { shift?: boolean } = {}): Promise<void> {
    this.counts.clicks += 1;
    const page = 'parentFrame' in scope ? scope.page() : scope;
    if (options.shift) await page.keyboard.down('Shift');
    try {
      await scope.locator(selector).click();
    } finally {
      if (options.shift) await page.keyboard.up('Shift');
    }
  }

  /** A click that a helper performs (a checklist tick box, a button found by its row). */
  async clickWith(perform: () => Promise<unknown>): Promise<void> {
    this.counts.clicks += 1;
    await perform();
  }

  /** Brings another tab to the front, as a click on the tab strip. */
  async switchTo(page: Page): Promise<void> {
    this.counts.clicks += 1;
    await page.bringToFront();
  }

  /** Types into a field; a URL typed into a field counts as a typed URL too. */
  async type(scope: Scope, selector: string, text: string): Promise<void> {
    this.counts.fieldsTyped += 1;
    if (/^https?:\/\//.test(text)) this.counts.typedUrls += 1;
    await scope.locator(selector).fill(text);
  }

  /** What a page shows, as the admin selects and copies it (counted when pasted). */
  async copy(from: Scope, shownSelector: string): Promise<string> {
    const shown = await from.waitForSelector(shownSelector);
    return shown!.evaluate((node) => ((node as HTMLInputElement).value ?? node.textContent ?? '').trim());
  }

  /** Pastes what was copied into a field: one copy-paste operation. */
  async paste(to: Scope, fieldSelector: string, copied: string): Promise<void> {
    this.counts.copyPastes += 1;
    await to.locator(fieldSelector).fill(copied);
  }

  /** Clicks the admin makes in Chrome's own UI, which the bench cannot click for them. */
  declareBrowserUiClicks(count: number): void {
    this.counts.browserUiClicks += count;
  }

  total(): number {
    // A typed URL is also a typed field, and counted once.
    const { clicks, fieldsTyped, copyPastes, browserUiClicks } = this.counts;
    return clicks + fieldsTyped + copyPastes + browserUiClicks;
  }
}
