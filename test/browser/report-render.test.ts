// Each sample client's report, as uploaded to Drive, rendered in Chromium: screenshots to look at, and
// the Hebrew one laid out right to left, tables included.

import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReportResult } from '../../src/server-api';
import { sampleRuntime } from '../support/runtime';
import { useChromium } from '../support/chromium';

const browser = useChromium({ build: false });

describe('rendered reports', () => {
  it('renders every language; Hebrew reads right to left throughout', async () => {
    const runtime = await sampleRuntime();
    const clients = runtime.run<{ clients: { name: string; language: string }[] }>('loadSidebar').clients;
    expect(new Set(clients.map((c) => c.language))).toEqual(new Set(['en', 'nb', 'is', 'he', 'ja']));
    mkdirSync('out/screenshots', { recursive: true });
    for (const client of clients) {
      const report = runtime.run<ReportResult>('generateReport', { client: client.name, month: '2026-10' });
      const page = await browser().newPage({ viewport: { width: 800, height: 1000 } });
      await page.setContent(runtime.drive.findByLink(report.link).html);
      await page.screenshot({ path: `out/screenshots/report-${client.language}.png`, fullPage: true });
      const directions = await page.evaluate(() =>
        [...document.querySelectorAll('h1, h2, h3, p, table, td, th')].map(
          (e) => getComputedStyle(e).direction,
        ),
      );
      expect(new Set(directions)).toEqual(new Set([client.language === 'he' ? 'rtl' : 'ltr']));
      expect(await page.locator('h2').count()).toBe(3);
      await page.close();
    }
  });
});
