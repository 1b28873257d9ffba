// The sidebar's "Import time entries" in a real Chromium, bridged to the bundle: a CSV chosen on the
// computer, the preview with its client question and the line left out, nothing written before the
// button, one batch after it, and the same file again adding nothing. Also the date question.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startPreview } from '../../scripts/preview';
import { TODAY } from '../support/runtime';
import { useChromium } from '../support/chromium';

const browser = useChromium();
const FIXTURES = 'test/fixtures/time-exports/';
const file = (name: string) => ({ name, mimeType: 'text/csv', buffer: readFileSync(FIXTURES + name) });

describe('sidebar import', () => {
  it('previews, asks for the client, writes only on Import, and adds nothing the second time', {
    timeout: 240_000,
  }, async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0 });
    try {
      const tasks = () =>
        preview.runtime.spreadsheet.getSheetByName('Tasks')!.getDataRange().getValues().length;
      const before = tasks();
      const page = await browser().newPage({ viewport: { width: 300, height: 1200 } });
      await page.goto(preview.url);
      await page.locator('#import').waitFor({ state: 'visible' });
      await page.setInputFiles('#import-file', file('toggl-data-export.csv'));
      await page.locator('#import-preview').waitFor({ state: 'visible' });
      expect(await page.textContent('#import-summary')).toBe(
        'An export from Toggl Track. 2 new entries · 0 imported before, skipped',
      );
      expect(await page.textContent('#import-zone')).toContain('Europe/Oslo');
      expect(await page.textContent('#import-problems')).toMatch(/^Line 4: The entry lasts 25\.5 hours/);
      expect(await page.textContent('#import-waiting')).toBe(
        '2 entries wait for a client and stay out until you pick one.',
      );
      expect(await page.isDisabled('#import-confirm')).toBe(true);
      expect(tasks()).toBe(before);

      await page.selectOption('#import-clients select', { label: 'Fernleaf Studio' });
      await expect.poll(() => page.textContent('#import-confirm')).toBe('Import 2 entries');
      expect(await page.isEnabled('#import-confirm')).toBe(true);
      expect(tasks()).toBe(before);
      await page.click('#import-confirm');
      await page.locator('#import-done').waitFor({ state: 'visible' });
      expect(await page.textContent('#import-done')).toBe(
        '2 entries added to Tasks. Give each a goal or a mark.',
      );
      expect(tasks()).toBe(before + 2);

      // The same file again: the name is remembered, and both entries were imported before.
      await page.setInputFiles('#import-file', []);
      await page.setInputFiles('#import-file', file('toggl-data-export.csv'));
      await expect
        .poll(() => page.textContent('#import-summary'))
        .toContain('0 new entries · 2 imported before');
      expect(await page.isVisible('#import-clients-block')).toBe(false);
      expect(await page.isDisabled('#import-confirm')).toBe(true);
      expect(tasks()).toBe(before + 2);
      await page.close();
    } finally {
      await preview.close();
    }
  });

  it('asks which day an ambiguous date is, in the sidebar language, and reads the file that way', {
    timeout: 240_000,
  }, async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0 });
    try {
      const page = await browser().newPage({ viewport: { width: 300, height: 1200 } });
      await page.goto(preview.url);
      await page.locator('#import').waitFor({ state: 'visible' });
      await page.setInputFiles('#import-file', file('clockify-ambiguous.csv'));
      await page.locator('#import-date').waitFor({ state: 'visible' });
      expect(await page.textContent('#import-date-question')).toBe(
        'The file writes dates such as 01/09/2026. Which day is that?',
      );
      expect(await page.textContent('#import-dmy')).toBe('1 September 2026');
      expect(await page.textContent('#import-mdy')).toBe('9 January 2026');
      expect(await page.isDisabled('#import-confirm')).toBe(true);
      await page.check('#import-date-dmy');
      await expect.poll(() => page.textContent('#import-summary')).toContain('2 new entries');
      expect(await page.isVisible('#import-date')).toBe(true);
      await page.close();
    } finally {
      await preview.close();
    }
  });
});
