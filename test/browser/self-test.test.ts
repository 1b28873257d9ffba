// The sidebar's Self-test section in a real Chromium, bridged to the bundle in the local runtime:
// press Run self-test, see every item with its status, and the report tab named.

import { describe, expect, it } from 'vitest';
import { startPreview } from '../../scripts/preview';
import { selfTestChecks } from '../../src/selftest/index';
import { TODAY } from '../support/runtime';
import { useChromium } from '../support/chromium';

const browser = useChromium();

describe('sidebar self-test', () => {
  it('runs the self-test and lists every item with its status; text stays text', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0 });
    try {
      const page = await browser().newPage({ viewport: { width: 300, height: 900 } });
      await page.goto(preview.url);
      // A service error holding markup: it must show as text and run nothing.
      preview.runtime.calls.failOn('Drive.Files.create', { error: '<img src=x onerror="window.pwned=1">' });
      await page.click('#self-test summary');
      await page.click('#run-self-test');
      await expect.poll(() => page.locator('#self-test-list li').count()).toBe(selfTestChecks().length);
      expect(await page.isEnabled('#run-self-test')).toBe(true);
      const rows = await page.$$eval('#self-test-list li', (lis) =>
        lis.map((li) => [(li as HTMLElement).dataset.id, (li as HTMLElement).dataset.status]),
      );
      expect(rows.map((r) => r[0])).toEqual(selfTestChecks().map((c) => c.id));
      expect(Object.fromEntries(rows)).toMatchObject({
        'gmail-draft': 'passed',
        scopes: 'skipped',
        'doc-import': 'failed',
      });
      expect(await page.textContent('#self-test-list li[data-id="doc-import"]')).toContain('<img src=x');
      expect(await page.textContent('#self-test-summary')).toMatch(
        /^\d+ passed, \d+ failed, \d+ skipped\. The results are in the Self-test tab/,
      );
      expect(await page.locator('#self-test-list script, #self-test-list img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(preview.runtime.spreadsheet.getSheetByName('Self-test')).not.toBeNull();
      expect(preview.runtime.gmail.count()).toBe(0);
    } finally {
      await preview.close();
    }
  });

  it('names each item in the sidebar’s language; what the platform said stays as it came', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0, locale: 'ja' });
    try {
      const page = await browser().newPage({ viewport: { width: 300, height: 900 } });
      await page.goto(preview.url);
      await page.click('#self-test summary');
      await page.click('#run-self-test');
      await expect.poll(() => page.locator('#self-test-list li').count()).toBe(selfTestChecks().length);
      const titles = await page.$$eval('#self-test-list li strong', (s) => s.map((x) => x.textContent ?? ''));
      // Japanese words in every title; the English titles nowhere.
      for (const title of titles) expect(title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      for (const check of selfTestChecks()) expect(titles.join('\n')).not.toContain(check.title);
    } finally {
      await preview.close();
    }
  });
});
