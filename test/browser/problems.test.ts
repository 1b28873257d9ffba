// The Problems list of a sheet with many kinds of bad cells, in a real Chromium, in each UI language:
// every problem is said in the freelancer's language (sheet data and the sheet's own English names
// aside), and in Hebrew the sentence runs right to left while Latin values keep their own order.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../scripts/preview';
import { LOCALES } from '../../src/domain/format';
import { TODAY } from '../support/runtime';
import { useChromium } from '../support/chromium';

const browser = useChromium();

/** Writes one value under a header of a tab, in the given data row (2 = first data row). */
function put(preview: Preview, tab: string, row: number, header: string, value: unknown): void {
  const sheet = preview.runtime.spreadsheet.getSheetByName(tab)!;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
  const column = headers.indexOf(header) + 1;
  if (column < 1) throw new Error(`${tab} has no ${header} column`);
  preview.runtime.spreadsheet.rawWrite(tab, row, column, [[value]]);
}

function settingRow(preview: Preview, name: string): number {
  const sheet = preview.runtime.spreadsheet.getSheetByName('Settings')!;
  const names = sheet
    .getRange(1, 1, sheet.getLastRow(), 1)
    .getValues()
    .map((r) => r[0]);
  return names.indexOf(name) + 1;
}

/** A sample sheet with cells a freelancer could get wrong in every tab. */
function spoil(preview: Preview): void {
  put(preview, 'Tasks', 3, 'Hours', 'two');
  put(preview, 'Tasks', 4, 'Date', '31/10/2026');
  put(preview, 'Tasks', 5, 'Client', 'Nobody Ltd');
  put(preview, 'Tasks', 6, 'Mark', 'C');
  put(preview, 'Tasks', 6, 'Goal', '');
  put(preview, 'Tasks', 7, 'Hours', 25.5);
  put(preview, 'Clients', 2, 'Language', 'de');
  put(preview, 'Clients', 3, 'Currency', 'euro');
  put(preview, 'Clients', 4, 'Hourly rate', 'abc');
  put(preview, 'Clients', 5, 'Time zone', 'Mars/Olympus');
  put(preview, 'Goals', 2, 'Priority', 'high');
  put(preview, 'Invoices', 2, 'Invoice file', 'Invoice (PDF)');
  put(preview, 'Invoices', 3, 'Amount', '#REF!');
  put(preview, 'Settings', settingRow(preview, 'Reminder days'), 'Value', '14, 7, 1');
  put(preview, 'Settings', settingRow(preview, 'Working hours'), 'Value', 'whenever');
}

/** Visible text of the Problems list outside <bdi> (sheet data and formatted values). */
function listText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      if (node instanceof HTMLElement && node.tagName !== 'BDI') node.childNodes.forEach(walk);
    };
    walk(document.querySelector('#problem-list')!);
    return parts.join(' ');
  });
}

// What stays as it is in every language: the sheet's own tab, column and setting names, the menu's
// product name, examples typed as the add-on reads them, and other names.
const LITERAL =
  /Settings › Default language|Tasks › Invoice|Freelance Value Tracker|Apps Script|Google|Drive|HYPERLINK|TRUE|FALSE|NaN|goal 1, A 1, B 0|Mon–Fri|(within \d )?working (day|hours)|Europe\/Oslo|EUR|NOK|ILS|name@example\.com|https:\/\/drive\.google\.com\/file\/d\/…(\/view)?|Clients|Goals|Tasks|Invoices|Settings|Hourly rate|Reminder stage|Last reminder|Greeting name|Billable|Estimate|Paid on|Due|Mark|Issued|Invoice|A1|\bA\b|\bB\b|\((active|open)\)|active|open/g;
/** English words as whole words; \p{L} rather than \b, which takes "ð" for a word's edge. */
const ENGLISH =
  /(?<!\p{L})(the|is|not|a|an|of|or|and|to|type|pick|number|date|text|client|goal|task|hours?|days?|used|left|out|tab|column|row|empty|fix)(?!\p{L})/iu;
/** Words that are English and also the language's own. */
const OWN: Partial<Record<string, RegExp>> = { nb: /(?<!\p{L})(for|at|time|to)(?!\p{L})/giu };

describe('Problems list in each UI language', () => {
  for (const locale of ['en', 'nb', 'is', 'he', 'ja'] as const) {
    it(`in ${locale}: each problem in the UI language, values isolated`, async () => {
      const preview = await startPreview({ today: TODAY, sample: true, port: 0, locale });
      try {
        spoil(preview);
        const page = await browser().newPage({ viewport: { width: 300, height: 900 } });
        await page.goto(preview.url);
        await expect.poll(() => page.locator('#problem-list li').count()).toBeGreaterThanOrEqual(14);
        const lines = await page.locator('#problem-list li').allTextContents();
        for (const line of lines) expect(line, line).not.toMatch(/\{\w+\}|undefined|\[object/);
        const text = (await listText(page)).replace(LITERAL, '');
        if (locale === 'en') {
          expect(lines.join('\n')).toMatch(/The text “two” is not a number\. Type digits such as 12\.5\./);
          expect(lines.join('\n')).toMatch(/25\.5 is outside 0 to 24 hours\./);
        } else if (locale === 'ja' || locale === 'he') expect(text).not.toMatch(/[A-Za-z]{2,}/);
        else expect(text.replace(OWN[locale] ?? /^$/, '')).not.toMatch(ENGLISH);
        // Numbers from the sheet go through Intl in the UI language (this Chromium has no Icelandic
        // data, so for is it writes what the browser's Intl writes).
        const hours = await page.evaluate(
          (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(25.5),
          LOCALES[locale],
        );
        if (locale === 'nb') expect(hours).toBe('25,5');
        expect(lines.join('\n')).toContain(hours);
        await page.screenshot({ path: `out/screenshots/problems-${locale}.png`, fullPage: true });
        await page.close();
      } finally {
        await preview.close();
      }
    });
  }

  it('in he: the sentence runs right to left, a Latin value inside it left to right', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0, locale: 'he' });
    try {
      spoil(preview);
      const page = await browser().newPage({ viewport: { width: 300, height: 900 } });
      await page.goto(preview.url);
      const line = page.locator('#problem-list li', { hasText: 'Nobody Ltd' });
      await line.waitFor();
      const geometry = await line.evaluate((li) => {
        const value = [...li.querySelectorAll('bdi')].find((b) => b.textContent === 'Nobody Ltd')!;
        const sheet = li.querySelector('bdi')!;
        const text = value.firstChild!;
        const range = document.createRange();
        const at = (i: number) => {
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          return range.getBoundingClientRect().left;
        };
        const box = li.getBoundingClientRect();
        const padding = Number.parseFloat(getComputedStyle(li).paddingRight) || 0;
        return {
          first: at(0),
          last: at((text.textContent ?? '').length - 1),
          sheetRight: sheet.getBoundingClientRect().right,
          lineRight: box.right - padding,
        };
      });
      // "Nobody Ltd" reads left to right: its N is left of its d.
      expect(geometry.first).toBeLessThan(geometry.last);
      // The line starts at the right: the tab's name, said first, sits at the right edge.
      expect(Math.abs(geometry.lineRight - geometry.sheetRight)).toBeLessThan(24);
      await page.close();
    } finally {
      await preview.close();
    }
  });

  it('in nb: the report’s rows left out are said in Norwegian too, each linked to its cell', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0, locale: 'nb' });
    try {
      const sheet = preview.runtime.spreadsheet.getSheetByName('Tasks')!;
      const rows = sheet.getDataRange().getValues();
      const client = rows[0]!.indexOf('Client');
      const date = rows[0]!.indexOf('Date');
      // A task of Harbour & Thread Ltd in October 2026, its hours made unreadable.
      const row = rows.findIndex(
        (r) =>
          r[client] === 'Harbour & Thread Ltd' &&
          String((r[date] as Date).toISOString?.()).startsWith('2026-10'),
      );
      put(preview, 'Tasks', row + 1, 'Hours', 'two');
      const page = await browser().newPage({ viewport: { width: 300, height: 900 } });
      await page.goto(preview.url);
      await expect.poll(() => page.locator('#client option').count()).toBeGreaterThan(3);
      await page.selectOption('#client', { label: 'Harbour & Thread Ltd' });
      await page.fill('#month', '2026-10');
      await page.click('#generate-report');
      await page.locator('#report-link').waitFor({ state: 'visible' });
      const left = await page.locator('#report-excluded li').allTextContents();
      expect(left).toEqual([
        expect.stringMatching(new RegExp(`^Tasks, rad ${row + 1}, Hours: Teksten «two» er ikke et tall\\.`)),
      ]);
      await page.close();
    } finally {
      await preview.close();
    }
  });
});
