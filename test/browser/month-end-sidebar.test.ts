// Close the month and the morning reminders in a real Chromium, bridged to the bundle.

import { describe, expect, it } from 'vitest';
import { startPreview } from '../../scripts/preview';
import { useChromium } from '../support/chromium';

const browser = useChromium();

describe('sidebar: close the month', () => {
  it('shows the checklist for the last month, closes the ticked clients one call each, and ends with the drafts', async () => {
    const preview = await startPreview({ today: '2026-12-02', sample: true, port: 0 });
    try {
      const page = await browser().newPage({ viewport: { width: 300, height: 1400 } });
      await page.goto(preview.url);
      await page.locator('#month-end').waitFor({ state: 'visible' });
      expect(await page.inputValue('#month-end-month')).toBe('2026-11');
      await page.click('#month-end-show');
      await expect.poll(() => page.locator('#month-end-list .close-item').count()).toBeGreaterThan(3);
      const n = await page.locator('#month-end-list input.close-client:checked').count();
      // Leave the first client out.
      await page.locator('#month-end-list input.close-client').first().uncheck();
      expect(await page.textContent('#month-end-start')).toBe(`Close the month for ${n - 1} clients`);
      preview.runtime.calls.reset();
      await page.click('#month-end-start');
      await expect
        .poll(() => page.locator('#month-end-results .close-result').count(), { timeout: 30_000 })
        .toBe(n - 1);
      expect(preview.runtime.calls.count('Gmail.Users.Drafts.create')).toBe(n - 1);
      const links = await page
        .locator('#month-end-results a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links.filter((l) => l.startsWith('https://mail.google.com/'))).toHaveLength(n - 1);
      // Shown again: the closed clients are done, the one left out still ticked.
      await page.click('#month-end-show');
      await expect.poll(() => page.locator('#month-end-list input.close-client:checked').count()).toBe(1);
    } finally {
      await preview.close();
    }
  });

  it('turns the morning reminders on and off, and says what the mornings prepared', async () => {
    const preview = await startPreview({ today: '2026-12-02', sample: true, port: 0 });
    try {
      const page = await browser().newPage({ viewport: { width: 300, height: 1400 } });
      await page.goto(preview.url);
      await page.locator('#mornings-toggle').waitFor({ state: 'visible' });
      expect(await page.textContent('#mornings-toggle')).toBe('Prepare reminders every morning');
      await page.click('#mornings-toggle');
      await expect
        .poll(() => page.textContent('#mornings-state'))
        .toMatch(/^On: between 7:00 AM and 8:00 AM each morning/);
      expect(preview.runtime.scriptApp.triggers).toHaveLength(1);
      preview.runtime.fireMorning('2026-12-03');
      await page.reload();
      await expect.poll(() => page.locator('#mornings-since a').count()).toBeGreaterThan(0);
      await page.click('#mornings-toggle');
      await expect.poll(() => page.textContent('#mornings-state')).toBe('Off.');
      expect(preview.runtime.scriptApp.triggers).toHaveLength(0);
    } finally {
      await preview.close();
    }
  });
});
