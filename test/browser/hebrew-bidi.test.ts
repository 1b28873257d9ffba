// Hebrew with Latin names, phone numbers and digits, rendered in Chromium: the visual order of the
// characters is measured, so a full stop that jumped to the other side of a Latin name, or a phone
// number read backwards, fails the test (markup alone could look right and render wrong).

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { composeDraft } from '../../src/domain/mail/compose';
import { readTracker } from '../../src/domain/read-tracker';
import { renderPrintSheetHtml } from '../../src/domain/method/print-sheet';
import { buildReport } from '../../src/domain/report/build-report';
import { renderReportHtml } from '../../src/domain/report/report-html';
import { useChromium } from '../support/chromium';

const browser = useChromium({ build: false });

const tracker = readTracker(
  {
    Clients: [
      ['Client', 'Contact', 'Greeting name', 'Email', 'Language', 'Currency', 'Hourly rate'],
      ['Acme Ltd.', 'Olivia B.', 'Olivia B.', 'olivia@acme.example.com', 'he', 'ILS', 320],
    ],
    Goals: [
      ['Client', 'Goal', 'Priority', 'Target', 'Unit', 'Baseline', 'Current', 'Status'],
      ['Acme Ltd.', '10k visits.', 1, 10000, 'visits', 2000, 6000, 'open'],
    ],
    Tasks: [
      ['Date', 'Client', 'Task', 'Goal', 'Mark', 'Hours', 'Result', 'Client benefit', 'Billable'],
      [
        new Date('2026-10-05T10:00:00Z'),
        'Acme Ltd.',
        'SEO audit v2.',
        '10k visits.',
        '',
        2,
        '+12% traffic.',
        'More leads.',
        true,
      ],
    ],
    Settings: [
      ['Setting', 'Value'],
      ['Your name', 'Ingrid Solberg'],
      ['Business name', 'Solberg Digital Ltd.'],
      ['Your email', 'ingrid@solberg.example.no'],
      ['Phone', '+47 912 34 567'],
    ],
  },
  'Europe/Oslo',
);

/** Left edges of the characters at `offsets` within the first text holding `needle`, in page pixels. */
async function lefts(page: Page, needle: string, offsets: number[]): Promise<number[]> {
  return page.evaluate(
    ({ needle, offsets }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(needle);
        if (at < 0) continue;
        return offsets.map((o) => {
          const range = document.createRange();
          range.setStart(node!, at + o);
          range.setEnd(node!, at + o + 1);
          return range.getBoundingClientRect().left;
        });
      }
      throw new Error(`“${needle}” is not on the page`);
    },
    { needle, offsets },
  );
}

/** True when the characters at the offsets appear left to right in that order. */
async function leftToRight(page: Page, needle: string, offsets: number[]): Promise<boolean> {
  const xs = await lefts(page, needle, offsets);
  return xs.every((x, i) => i === 0 || x > xs[i - 1]!);
}

describe('Hebrew with Latin text and digits, as Chromium lays it out', () => {
  it('the report keeps full stops after Latin names and a goal starting with a digit in order', async () => {
    const page = await browser().newPage();
    await page.setContent(renderReportHtml(buildReport(tracker, 'Acme Ltd.', '2026-10')));
    expect(await leftToRight(page, 'Solberg Digital Ltd.', [16, 18, 19])).toBe(true); // L d .
    expect(await leftToRight(page, '10k visits.', [0, 2, 10])).toBe(true); // 1 k .
    expect(await leftToRight(page, 'SEO audit v2.', [0, 11, 12])).toBe(true); // S 2 .
    expect(await leftToRight(page, '+12% traffic.', [0, 1, 12])).toBe(true); // + 1 .
    // The page itself still reads right to left: the Hebrew label stands right of the Latin name.
    const [label] = await lefts(page, 'הוכן', [0]);
    const [name] = await lefts(page, 'Ingrid Solberg', [0]);
    expect(label!).toBeGreaterThan(name!);
    await page.close();
  });

  it('the terms email keeps a Latin greeting name and a phone number in order', async () => {
    const composed = composeDraft({ kind: 'terms', client: tracker.clients[0]! }, tracker);
    if (!composed.ok) throw new Error(composed.diagnostic.message);
    const page = await browser().newPage();
    await page.setContent(composed.draft.html);
    expect(await leftToRight(page, 'Olivia B.', [0, 7, 8])).toBe(true); // O B .
    expect(await leftToRight(page, '+47 912 34 567', [0, 1, 4, 8, 11])).toBe(true); // + 4 9 3 5
    await page.close();
  });
});

describe('the Hebrew tracking sheet, as Chromium lays it out', () => {
  it('shows now before target, read left to right as figures are, with the unit after them', async () => {
    const goals = [
      { ...tracker.goals[0]!, goal: 'לקוחות חוזרים', current: 118, target: 200, unit: 'מטופלים' },
      { ...tracker.goals[0]!, goal: 'הזמנות', row: 3, current: 45, target: 60, unit: '%' },
    ];
    const page = await browser().newPage();
    await page.setContent(
      renderPrintSheetHtml({ client: 'Acme Ltd.', month: '2026-12', goals, language: 'he' }),
    );
    // "118 / 200": the 1 of 118 stands left of the 2 of 200, so it reads as 118 out of 200.
    expect(await leftToRight(page, '118 / 200', [0, 6])).toBe(true);
    expect(await leftToRight(page, '45 / 60', [0, 5])).toBe(true);
    // The unit follows the figures in a right-to-left line: it stands to their left.
    const [unit] = await lefts(page, 'מטופלים', [0]);
    const [now] = await lefts(page, '118 / 200', [0]);
    expect(unit!).toBeLessThan(now!);
    // And the label "now / target" stands to the right of the figures.
    const [label] = await lefts(page, 'כעת / יעד', [0]);
    expect(label!).toBeGreaterThan(now!);
    await page.close();
  });
});
