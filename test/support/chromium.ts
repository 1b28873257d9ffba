// One Chromium per browser test file: launched before the file's tests (after building dist/, which
// the sidebar tests load), closed after them. The browser is Debian's chromium or Playwright's own
// (scripts/ensure-browser.ts), never skipped.

import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/ensure-browser';
import { ensureBuilt } from './runtime';

export function useChromium(options: { build: boolean } = { build: true }): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (options.build) ensureBuilt();
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser)
      throw new Error('Chromium is not running: useChromium() registers its hooks at file level.');
    return browser;
  };
}
