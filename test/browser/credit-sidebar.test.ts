// The client's invoices and Create credit note in a real Chromium, bridged to the bundle: an invoice
// made, marked sent in the sheet, credited after a plain-words confirmation; the runtime's tabs show
// the credit note's row and the tasks unbilled; a stale second press is refused and links to the row.
// In Hebrew, the inserted numbers and amounts are measured where Chromium draws them.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../scripts/preview';
import { TODAY } from '../support/runtime';
import { useChromium } from '../support/chromium';

const browser = useChromium();
const CLIENT = 'Harbour & Thread Ltd';

/** A tab's header and rows as the runtime holds them. */
function tab(preview: Preview, name: string) {
  const values = preview.runtime.spreadsheet.getSheetByName(name)!.getDataRange().getValues();
  const header = values[0]!.map(String);
  const at = (column: string) => header.indexOf(column);
  return { rows: values.slice(1), at };
}

/** The sheet row (1-based) of an invoice number in Invoices. */
function invoiceRow(preview: Preview, number: string): number {
  const { rows, at } = tab(preview, 'Invoices');
  const i = rows.findIndex((r) => r[at('Invoice')] === number);
  if (i < 0) throw new Error(`${number} is not in Invoices`);
  return i + 2;
}

/** Types a day into (or clears) the invoice's Sent on cell, as the freelancer would. */
function setSentOn(preview: Preview, number: string, day: string | ''): void {
  const column = tab(preview, 'Invoices').at('Sent on') + 1;
  const value = day ? new Date(`${day}T12:00:00Z`) : '';
  preview.runtime.spreadsheet.rawWrite('Invoices', invoiceRow(preview, number), column, [[value]]);
}

const tasksBilledOn = (preview: Preview, number: string) => {
  const { rows, at } = tab(preview, 'Tasks');
  return rows.filter((r) => r[at('Invoice')] === number).length;
};

/** Opens the sidebar, makes the client's October invoice and returns its number. */
async function invoiceMade(preview: Preview, page: Page): Promise<string> {
  await page.goto(preview.url);
  await expect.poll(() => page.locator('#client option').count()).toBeGreaterThan(3);
  await page.selectOption('#client', { label: CLIENT });
  await page.click('#create-invoice');
  await page.locator('#invoice-result').waitFor({ state: 'visible' });
  return /\b(INV-\d+)\b/.exec((await page.textContent('#invoice-summary'))!)![1]!;
}

/** Unfolds the client's invoices and waits for the row of `number`. */
async function openList(page: Page, number: string): Promise<void> {
  await page.click('#invoice-list-title');
  await page.locator(`#invoice-list li[data-invoice="${number}"]`).waitFor();
}

const row = (page: Page, number: string) => page.locator(`#invoice-list li[data-invoice="${number}"]`);

describe('sidebar credit notes', () => {
  it('credits a sent invoice after saying what it does, and offers no second credit note', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0 });
    try {
      const page = await browser().newPage({ viewport: { width: 300, height: 900 } });
      const number = await invoiceMade(preview, page);
      const billed = tasksBilledOn(preview, number);
      expect(billed).toBeGreaterThan(0);

      // Not sent yet: listed as such, nothing to credit; it may only be withdrawn.
      await openList(page, number);
      expect(await row(page, number).locator('.invoice-state').textContent()).toBe('not sent yet');
      expect(await row(page, number).locator('button.credit').count()).toBe(0);
      expect(await row(page, number).locator('button.withdraw').count()).toBe(1);
      // Another client picked above: the list is that client's.
      await page.selectOption('#client', { label: 'Bakeriet Solsikke AS' });
      await row(page, 'INV-1006').waitFor();
      expect(await row(page, number).count()).toBe(0);
      await page.selectOption('#client', { label: CLIENT });
      await row(page, number).waitFor();

      // Marked sent in the sheet: folded and unfolded, the list is read again and offers a credit note.
      setSentOn(preview, number, TODAY);
      await page.click('#invoice-list-title');
      await page.click('#invoice-list-title');
      await row(page, number).locator('button.credit').waitFor();
      expect(await row(page, number).locator('.invoice-state').textContent()).toBe('sent');
      expect(await row(page, number).locator('.invoice-line').textContent()).toMatch(
        new RegExp(`^${number} · 22 November 2026 · £[\\d,]+\\.\\d\\d$`),
      );
      // A second page, opened now, will press the same button later.
      const stale = await browser().newPage({ viewport: { width: 300, height: 900 } });
      await stale.goto(preview.url);
      await expect.poll(() => stale.locator('#client option').count()).toBeGreaterThan(3);
      await stale.selectOption('#client', { label: CLIENT });
      await openList(stale, number);
      await row(stale, number).locator('button.credit').waitFor();

      // Pressed: nothing is made before the plain-words confirmation.
      await row(page, number).locator('button.credit').click();
      const confirm = row(page, number).locator('#invoice-confirm');
      await confirm.waitFor({ state: 'visible' });
      expect(await confirm.locator('#invoice-confirm-text').textContent()).toMatch(
        new RegExp(
          `^Cancel invoice ${number} of 22 November 2026 \\(£[\\d,]+\\.\\d\\d\\) in full with a credit note\\? Its tasks go back to unbilled, so your next invoice bills them again\\. This cannot be undone\\.$`,
        ),
      );
      expect(tasksBilledOn(preview, number)).toBe(billed);
      // Keep the invoice: the box goes, nothing happened; pressed again, the box is back.
      await page.click('#invoice-confirm-keep');
      await confirm.waitFor({ state: 'hidden' });
      expect(tab(preview, 'Invoices').rows.some((r) => String(r[0]).startsWith('CN-'))).toBe(false);
      await row(page, number).locator('button.credit').click();
      await page.click('#invoice-confirm-go');

      await page.locator('#credit-result').waitFor({ state: 'visible' });
      const summary = (await page.textContent('#credit-summary'))!;
      expect(summary).toMatch(
        new RegExp(
          `^Credit note CN-2026-0001 created: invoice ${number} \\(£[\\d,]+\\.\\d\\d\\) is cancelled in full\\. ${billed} tasks? (is|are) unbilled again\\.$`,
        ),
      );
      const pdf = (await page.getAttribute('#credit-pdf', 'href'))!;
      expect(preview.runtime.drive.findByLink(pdf).mimeType).toBe('application/pdf');
      expect(await page.getAttribute('#credit-link', 'href')).toMatch(
        /^https:\/\/docs\.google\.com\/document\/d\//,
      );

      // In the sheet: the credit note's row cites the invoice, and its tasks are unbilled.
      const invoices = tab(preview, 'Invoices');
      const notes = invoices.rows.filter((r) => r[invoices.at('Credit note for')] === number);
      expect(notes.map((r) => r[invoices.at('Invoice')])).toEqual(['CN-2026-0001']);
      const amount = invoices.rows.find((r) => r[invoices.at('Invoice')] === number)![invoices.at('Amount')];
      expect(notes[0]![invoices.at('Amount')]).toBe(-Number(amount));
      expect(tasksBilledOn(preview, number)).toBe(0);

      // The list shows it: the invoice credited, with no button; the credit note flagged as one.
      await expect
        .poll(() => row(page, number).locator('.invoice-state').textContent())
        .toBe('cancelled by credit note CN-2026-0001');
      expect(await row(page, number).locator('button').count()).toBe(0);
      expect(await row(page, 'CN-2026-0001').locator('.invoice-state').textContent()).toBe(
        `credit note for invoice ${number}`,
      );
      expect(await row(page, 'CN-2026-0001').locator('button').count()).toBe(0);

      // The stale page presses anyway: refused as a problem at the invoice's row, and no second note.
      await row(stale, number).locator('button.credit').click();
      await stale.click('#invoice-confirm-go');
      const problem = stale.locator('#invoice-list-problem li');
      await problem.waitFor();
      expect(await problem.textContent()).toBe(
        `Invoices, row ${invoiceRow(preview, number)}, Sent on: Invoice “${number}” has already been cancelled by credit note “CN-2026-0001”, so no second credit note is made.`,
      );
      expect(tab(preview, 'Invoices').rows.filter((r) => String(r[0]).startsWith('CN-'))).toHaveLength(1);
      await expect.poll(() => row(stale, number).locator('button').count()).toBe(0);
      // The problem links to the cell, as every problem does.
      await problem.click();
      const column = String.fromCharCode(65 + tab(preview, 'Invoices').at('Sent on'));
      await expect
        .poll(() => preview.runtime.spreadsheet.activeRange?.getA1Notation())
        .toBe(`${column}${invoiceRow(preview, number)}`);
    } finally {
      await preview.close();
    }
  });

  it('withdraws an invoice not yet sent after saying what it does: marked in Invoices, its tasks unbilled', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0 });
    try {
      const page = await browser().newPage({ viewport: { width: 300, height: 900 } });
      const number = await invoiceMade(preview, page);
      const billed = tasksBilledOn(preview, number);
      expect(billed).toBeGreaterThan(0);
      await openList(page, number);
      // A paid invoice of the sample, Sent on blank, counts as sent: a credit note, never a withdrawal.
      const paid = tab(preview, 'Invoices').rows.find(
        (r) =>
          r[tab(preview, 'Invoices').at('Client')] === CLIENT && r[tab(preview, 'Invoices').at('Paid on')],
      )!;
      const paidNumber = String(paid[0]);
      expect(await row(page, paidNumber).locator('button.withdraw').count()).toBe(0);
      expect(await row(page, paidNumber).locator('button.credit').count()).toBe(1);

      await row(page, number).locator('button.withdraw').click();
      const confirm = row(page, number).locator('#invoice-confirm');
      await confirm.waitFor({ state: 'visible' });
      expect(await confirm.locator('#invoice-confirm-text').textContent()).toMatch(
        new RegExp(`^Withdraw invoice ${number} of 22 November 2026\\? It has not gone to the client\\.`),
      );
      expect(tasksBilledOn(preview, number)).toBe(billed);
      await page.click('#invoice-confirm-go');
      await page.locator('#credit-result').waitFor({ state: 'visible' });
      expect(await page.textContent('#credit-summary')).toMatch(
        new RegExp(
          `^Invoice ${number} withdrawn on \\d{1,2} \\w+ \\d{4}\\. ${billed} tasks? (is|are) unbilled again\\.$`,
        ),
      );

      // In the sheet: the number stays in Invoices, marked withdrawn; its tasks are unbilled.
      const invoices = tab(preview, 'Invoices');
      const withdrawn = invoices.rows.find((r) => r[invoices.at('Invoice')] === number)!;
      expect(withdrawn[invoices.at('Withdrawn on')]).toBeInstanceOf(Date);
      expect(tasksBilledOn(preview, number)).toBe(0);
      await expect.poll(() => row(page, number).locator('.invoice-state').textContent()).toMatch(/withdrawn/);
      expect(await row(page, number).locator('button').count()).toBe(0);

      // Made again, the work gets the next number of the series, never the withdrawn one.
      await page.click('#create-invoice');
      await expect.poll(() => page.textContent('#invoice-summary')).not.toContain(number);
      const again = /\b(INV-\d+)\b/.exec((await page.textContent('#invoice-summary'))!)![1]!;
      expect(again).not.toBe(number);
      expect(tasksBilledOn(preview, again)).toBe(billed);
    } finally {
      await preview.close();
    }
  });

  it('in Hebrew, keeps each inserted number and amount in order inside the right-to-left sentence', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0, locale: 'he' });
    try {
      const page = await browser().newPage({ viewport: { width: 1100, height: 900 } });
      const number = await invoiceMade(preview, page);
      // Each sentence on one line, so "left of" means "after" in reading order, not "on the next line".
      await page.addStyleTag({ content: '.sidebar { width: 1000px; }' });
      setSentOn(preview, number, TODAY);
      await openList(page, number);
      await row(page, number).locator('button.credit').click();
      const text = page.locator('#invoice-confirm-text');
      await text.waitFor({ state: 'visible' });
      expect(await text.textContent()).toMatch(/^ליצור מסמך זיכוי שמבטל במלואה את חשבונית INV-\d+ מיום /);

      // The number reads left to right; the sentence around it right to left: "חשבונית" (before it in
      // the text) stands to its right, "מיום" (after it) to its left.
      expect(await leftToRight(page, 'invoice-confirm-text', number, [0, 3, 4, 7])).toBe(true);
      const [start] = await lefts(page, 'invoice-confirm-text', number, [0]);
      const [end] = await rights(page, 'invoice-confirm-text', number, [number.length - 1]);
      const [before] = await lefts(page, 'invoice-confirm-text', 'חשבונית', [0]);
      const [after] = await rights(page, 'invoice-confirm-text', 'מיום', [3]);
      expect(before!).toBeGreaterThan(end!);
      expect(after!).toBeLessThan(start!);

      await page.click('#invoice-confirm-go');
      await page.locator('#credit-result').waitFor({ state: 'visible' });
      expect(await page.textContent('#credit-summary')).toMatch(/^מסמך זיכוי CN-2026-0001 נוצר: חשבונית /);
      // "CN-2026-0001" keeps its order, and "נוצר:" (after it in the text) stands to its left.
      expect(await leftToRight(page, 'credit-summary', 'CN-2026-0001', [0, 3, 8, 11])).toBe(true);
      const [note] = await lefts(page, 'credit-summary', 'CN-2026-0001', [0]);
      const [made] = await rights(page, 'credit-summary', 'נוצר', [0]);
      expect(made!).toBeLessThan(note!);
      // The refreshed row reads right to left: the number first (rightmost), then the date, whose day
      // stands right of its month and year, then the amount (leftmost). Without each value isolated, the
      // day would join the Latin number's left-to-right run and be drawn apart from its month.
      const line = `#invoice-list li[data-invoice="${number}"] .invoice-line`;
      const said = (await page.locator(line).textContent())!;
      const amountAt = said.search(/[\d,]+\.\d\d\D*$/);
      const offsets = [
        said.indexOf(number),
        said.indexOf('22 '),
        said.indexOf('בנובמבר'),
        said.indexOf('2026'),
        amountAt,
      ];
      const xs = await page.locator(line).evaluate((el, offsets: number[]) => {
        // The line's text nodes in order, each with where it starts in the line's text.
        const nodes: { node: Text; from: number }[] = [];
        let from = 0;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          nodes.push({ node: n, from });
          from += n.length;
        }
        return offsets.map((offset) => {
          const { node, from } = nodes.filter((n) => n.from <= offset).pop()!;
          const range = document.createRange();
          range.setStart(node, offset - from);
          range.setEnd(node, offset - from + 1);
          return range.getBoundingClientRect().left;
        });
      }, offsets);
      const [invoiceX, dayX, monthX, yearX, amountX] = xs as [number, number, number, number, number];
      expect(invoiceX).toBeGreaterThan(dayX);
      expect(dayX).toBeGreaterThan(monthX);
      expect(monthX).toBeGreaterThan(yearX);
      expect(yearX).toBeGreaterThan(amountX);
      // Each value in its own isolate: the markup that keeps that order.
      const cells = await page.locator(`${line} bdi`).allTextContents();
      expect(cells).toEqual([
        number,
        '22 בנובמבר 2026',
        expect.stringMatching(/^\u200f?[\d,]+\.\d\d\s\u200f?£$/),
      ]);
    } finally {
      await preview.close();
    }
  });
});

/** Visible text under #id outside <bdi> (sheet data and formatted values). */
async function wordsIn(page: Page, id: string): Promise<string> {
  return page.evaluate((id) => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      if (!(node instanceof HTMLElement) || node.tagName === 'BDI') return;
      if (node.hidden || getComputedStyle(node).display === 'none') return;
      node.childNodes.forEach(walk);
    };
    walk(document.getElementById(id)!);
    return parts.join(' ');
  }, id);
}

describe('sidebar credit notes in each UI language', () => {
  for (const locale of ['nb', 'is', 'ja'] as const) {
    it(`in ${locale}: the list, the confirmation and the result say no English word`, async () => {
      const preview = await startPreview({ today: TODAY, sample: true, port: 0, locale });
      try {
        const page = await browser().newPage({ viewport: { width: 300, height: 900 } });
        const number = await invoiceMade(preview, page);
        setSentOn(preview, number, TODAY);
        await openList(page, number);
        await row(page, number).locator('button.credit').click();
        await page.locator('#invoice-confirm').waitFor({ state: 'visible' });
        const asked = await wordsIn(page, 'invoice-list-block');
        await page.click('#invoice-confirm-go');
        await page.locator('#credit-result').waitFor({ state: 'visible' });
        await expect.poll(() => row(page, number).locator('button').count()).toBe(0);
        const done = await wordsIn(page, 'invoice-list-block');
        for (const text of [asked, done]) {
          // The sheet's own names (the Invoices tab) and PDF stay as they are.
          const words = text.replace(/\b(Invoices|PDF)\b/g, '');
          if (locale === 'ja') expect(words).not.toMatch(/[A-Za-z]{2,}/);
          else
            expect(words).not.toMatch(
              /\b(the|this|client|invoice|credit|note|sent|tasks?|cancel|keep|create|open)\b/i,
            );
        }
        const said = { nb: 'Kreditnota', is: 'Kreditreikningur', ja: '取消通知書' }[locale];
        expect(await page.textContent('#credit-summary')).toContain(said);
      } finally {
        await preview.close();
      }
    });
  }
});

/** Edges of the characters at `offsets` within the first text under #id holding `needle`, in pixels. */
async function edges(page: Page, id: string, needle: string, offsets: number[], side: 'left' | 'right') {
  return page.evaluate(
    ({ id, needle, offsets, side }) => {
      const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(needle);
        if (at < 0) continue;
        return offsets.map((o) => {
          const range = document.createRange();
          range.setStart(node!, at + o);
          range.setEnd(node!, at + o + 1);
          return range.getBoundingClientRect()[side];
        });
      }
      throw new Error(`“${needle}” is not in #${id}`);
    },
    { id, needle, offsets, side },
  );
}

const lefts = (page: Page, id: string, needle: string, offsets: number[]) =>
  edges(page, id, needle, offsets, 'left');
const rights = (page: Page, id: string, needle: string, offsets: number[]) =>
  edges(page, id, needle, offsets, 'right');

/** True when the characters at the offsets appear left to right in that order. */
async function leftToRight(page: Page, id: string, needle: string, offsets: number[]): Promise<boolean> {
  const xs = await lefts(page, id, needle, offsets);
  return xs.every((x, i) => i === 0 || x > xs[i - 1]!);
}
