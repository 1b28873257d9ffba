// The built sidebar (dist/Sidebar.html) in a real Chromium, its google.script.run bridged to the bundle
// in the local runtime: what the freelancer sees and clicks.

import { mkdirSync } from 'node:fs';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/ensure-browser';
import { type Preview, startPreview } from '../../scripts/preview';
import { TODAY, ensureBuilt } from '../e2e/helpers';

let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
});

afterAll(async () => {
  await browser?.close();
});

async function open(preview: Preview): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(preview.url);
  return { page, dialogs };
}

describe('sidebar', () => {
  it('generates a report: picks a client, presses Generate, sees the link and the private view', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0 });
    try {
      const { page } = await open(preview);
      await expect.poll(() => page.locator('#client option').count()).toBeGreaterThan(3);
      await page.selectOption('#client', { label: 'Bakeriet Solsikke AS' });
      expect(await page.inputValue('#month')).toBe('2026-10');
      await page.click('#generate-report');
      const link = page.locator('#report-link');
      await link.waitFor({ state: 'visible' });
      expect(await link.getAttribute('href')).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
      expect(await link.textContent()).toContain('månedsrapport');
      expect(await page.isEnabled('#generate-report')).toBe(true);
      await page.click('#private-view summary');
      expect(await page.textContent('#score')).toMatch(/Value score: \d+ \/ 100/);
      mkdirSync('out/screenshots', { recursive: true });
      await page.screenshot({ path: 'out/screenshots/sidebar.png', fullPage: true });
      // The document really exists in the (fake) Drive, in Norwegian.
      const doc = preview.runtime.drive.findByLink((await link.getAttribute('href'))!);
      expect(doc.html).toContain('Fremdrift mot målene deres');
    } finally {
      await preview.close();
    }
  });

  it('creates reminder drafts and links each one; clicking a problem selects its cell', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0 });
    try {
      const tasks = preview.runtime.spreadsheet.getSheetByName('Tasks')!;
      tasks.getRange(3, 6).setValue("'lots");
      const { page } = await open(preview);
      await expect.poll(() => page.locator('#reminder-list li').count()).toBeGreaterThan(3);
      await page.click('#create-drafts');
      await expect.poll(() => page.locator('#draft-links a').count()).toBeGreaterThan(3);
      expect(await page.locator('#draft-links a').first().getAttribute('href')).toMatch(
        /^https:\/\/mail\.google\.com\/mail\//,
      );
      expect(await page.textContent('#status')).toMatch(/Nothing was sent/);
      await page.locator('#problem-list li', { hasText: 'Tasks row 3, Hours' }).click();
      await expect.poll(() => preview.runtime.spreadsheet.activeRange?.getA1Notation()).toBe('F3');
    } finally {
      await preview.close();
    }
  });

  it('shows hostile text from the sheet as text: no script runs', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0 });
    try {
      const hostile = '<img src=x onerror=alert(1)>';
      preview.runtime.spreadsheet.rawWrite('Clients', 2, 1, [[hostile]]);
      preview.runtime.spreadsheet.rawWrite('Tasks', 3, 3, [[`<script>alert(2)</script>`]]);
      const { page, dialogs } = await open(preview);
      await expect.poll(() => page.locator('#client option').count()).toBeGreaterThan(3);
      expect(await page.locator('#client option').allTextContents()).toContain(hostile);
      await page.selectOption('#client', { label: hostile });
      await page.click('#generate-report');
      await page.locator('#report-link').waitFor({ state: 'visible' });
      expect(await page.textContent('#report-link')).toContain(hostile);
      expect(await page.locator('img').count()).toBe(0);
      expect(dialogs).toEqual([]);
      const doc = preview.runtime.drive.findByLink((await page.getAttribute('#report-link', 'href'))!);
      expect(doc.html).not.toContain('<img');
      expect(doc.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    } finally {
      await preview.close();
    }
  });

  it('reads right to left when the user’s UI language is Hebrew', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0, locale: 'he' });
    try {
      const { page } = await open(preview);
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    } finally {
      await preview.close();
    }
  });

  it('offers setup on an empty spreadsheet and then shows the clients', async () => {
    const preview = await startPreview({ today: TODAY, port: 0 });
    try {
      const { page } = await open(preview);
      await page.locator('#run-setup').waitFor({ state: 'visible' });
      await page.click('#run-setup');
      await expect.poll(() => page.locator('#client option').count()).toBeGreaterThan(3);
    } finally {
      await preview.close();
    }
  });
});
