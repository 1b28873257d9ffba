// The sidebar's invoice buttons and report PDF link in a real Chromium, bridged to the bundle.

import { describe, expect, it } from 'vitest';
import { startPreview } from '../../scripts/preview';
import { TODAY } from '../support/runtime';
import { useChromium } from '../support/chromium';

const browser = useChromium();

describe('sidebar invoices', () => {
  it('creates the invoice for the picked client and month, links its Doc and PDF, and shows a refusal plainly', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0 });
    try {
      const page = await browser().newPage({ viewport: { width: 300, height: 900 } });
      await page.goto(preview.url);
      await expect.poll(() => page.locator('#client option').count()).toBeGreaterThan(3);
      await page.selectOption('#client', { label: 'Harbour & Thread Ltd' });
      await page.click('#generate-report');
      await page.locator('#report-pdf').waitFor({ state: 'visible' });
      expect(await page.getAttribute('#report-pdf', 'href')).toMatch(
        /^https:\/\/docs\.google\.com\/document\/d\/[\w-]+\/export\?format=pdf$/,
      );
      await page.click('#create-invoice');
      await page.locator('#invoice-result').waitFor({ state: 'visible' });
      expect(await page.textContent('#invoice-summary')).toMatch(
        /^Invoice INV-1013 created: £[\d,.]+, due 6 December 2026\./,
      );
      const pdf = (await page.getAttribute('#invoice-pdf', 'href'))!;
      expect(preview.runtime.drive.findByLink(pdf).mimeType).toBe('application/pdf');
      expect(await page.isEnabled('#create-invoice')).toBe(true);
      // No estimate for this client: the deposit button says what to fill in.
      await page.click('#create-deposit');
      await expect
        .poll(() => page.textContent('#invoice-status'))
        .toMatch(/“Harbour & Thread Ltd” has no estimate. .*row \d+, Estimate/);
    } finally {
      await preview.close();
    }
  });
});
