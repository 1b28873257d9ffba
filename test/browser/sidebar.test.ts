// The built sidebar (dist/Sidebar.html) in a real Chromium, its google.script.run bridged to the bundle
// in the local runtime: what the freelancer sees and clicks.

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../scripts/preview';
import { startOfLocalDate } from '../../src/domain/dates';
import { TODAY } from '../support/runtime';
import { useChromium } from '../support/chromium';

const browser = useChromium();

async function open(preview: Preview): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser().newPage({ viewport: { width: 300, height: 900 } });
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
      // The score over time: six months, oldest first, the last one this month's score.
      const history = await page.locator('#score-history li').allTextContents();
      expect(history).toHaveLength(6);
      expect(history[5]).toMatch(/^October 2026: \d+$/);
      // The month's deadlines: one delivered a day late, named only here, with the days late.
      expect(await page.textContent('#deadlines-kept')).toMatch(/^\d+ of \d+ deadlines met this month$/);
      expect(await page.locator('#missed-deadlines li').allTextContents()).toEqual([
        expect.stringMatching(/, deadline .+: 1 day late$/),
      ]);
      expect(await page.textContent('#recurring-b')).toMatch(/\S/);
      mkdirSync('out/screenshots', { recursive: true });
      await page.screenshot({ path: 'out/screenshots/sidebar.png', fullPage: true });
      // The document really exists in the (fake) Drive, in Norwegian.
      const doc = preview.runtime.drive.findByLink((await link.getAttribute('href'))!);
      expect(doc.html).toContain('Fremdrift mot målene deres');
    } finally {
      await preview.close();
    }
  });

  it('creates only the ticked drafts, refreshes the list, and a stale second press makes nothing and says so', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0 });
    try {
      const tasks = preview.runtime.spreadsheet.getSheetByName('Tasks')!;
      tasks.getRange(3, 6).setValue("'lots");
      const { page } = await open(preview);
      const boxes = page.locator('#reminder-list input[type=checkbox]');
      await expect.poll(() => boxes.count()).toBeGreaterThan(3);
      // Payment chasers come first and are ticked; the rest are not.
      const kinds = await page
        .locator('#reminder-list label')
        .evaluateAll((ls) =>
          ls.map((l) => [
            (l as HTMLElement).dataset.kind,
            (l.querySelector('input') as HTMLInputElement).checked,
          ]),
        );
      const firstOther = kinds.findIndex(([k]) => k !== 'payment');
      expect(firstOther).toBeGreaterThan(0);
      expect(kinds.slice(0, firstOther).every(([, on]) => on)).toBe(true);
      expect(kinds.slice(firstOther).every(([, on]) => !on)).toBe(true);
      expect(await page.textContent('#reminder-list')).toMatch(/9 days overdue/);
      // Untick one chaser, tick one update: exactly those drafts are made.
      const payments = page.locator('#reminder-list label[data-kind=payment] input');
      const paymentCount = await payments.count();
      await payments.first().uncheck();
      await page.locator('#reminder-list label[data-kind=update] input').first().check();
      expect(await page.textContent('#create-drafts')).toBe(`Create ${paymentCount} drafts`);
      // A second sidebar, opened now, will press later with the same ticks.
      const stale = await open(preview);
      await expect.poll(() => stale.page.locator('#reminder-list input').count()).toBe(await boxes.count());
      await stale.page.locator('#reminder-list label[data-kind=payment] input').first().uncheck();
      await stale.page.locator('#reminder-list label[data-kind=update] input').first().check();

      const before = preview.runtime.gmail.drafts.length;
      await page.click('#create-drafts');
      await expect.poll(() => page.locator('#draft-links a').count()).toBe(paymentCount);
      expect(preview.runtime.gmail.drafts.length - before).toBe(paymentCount);
      expect(await page.locator('#draft-links a').first().getAttribute('href')).toMatch(
        /^https:\/\/mail\.google\.com\/mail\//,
      );
      expect(await page.textContent('#drafts-status')).toContain(
        `${paymentCount} drafts created in Gmail. Nothing was sent.`,
      );
      // The status sits right under the button, not at the top of the sidebar.
      const button = await page.locator('#create-drafts').boundingBox();
      const said = await page.locator('#drafts-status').boundingBox();
      expect(said!.y - (button!.y + button!.height)).toBeLessThan(20);
      // Refreshed: the drafted items are gone, the unticked chaser stays, unticked.
      await expect.poll(() => page.locator('#reminder-list label[data-kind=payment]').count()).toBe(1);
      expect(await page.locator('#reminder-list label[data-kind=payment] input').isChecked()).toBe(false);

      const after = preview.runtime.gmail.drafts.length;
      await stale.page.click('#create-drafts');
      await expect.poll(() => stale.page.textContent('#drafts-status')).toMatch(/0 drafts created/);
      expect(await stale.page.textContent('#drafts-status')).toMatch(
        new RegExp(`${paymentCount} ticked reminders were already drafted or are no longer due`),
      );
      expect(preview.runtime.gmail.drafts.length).toBe(after);

      await page.locator('#problem-list li', { hasText: 'Tasks, row 3, Hours' }).click();
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
      // Renamed, the client has no tasks under its new name: the sidebar warns first.
      await page.locator('#report-go').waitFor({ state: 'visible' });
      expect(await page.textContent('#report-warning-text')).toContain(hostile);
      await page.click('#report-go');
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

/** Visible text outside <bdi> (sheet data and formatted values) and outside the language picker. */
async function uiText(page: Page, root = 'main'): Promise<string> {
  return page.evaluate((root) => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      if (!(node instanceof HTMLElement)) return;
      if (node.tagName === 'BDI' || node.id === 'language' || node.tagName === 'SCRIPT') return;
      if (node.tagName === 'SELECT' || node.tagName === 'STYLE') return;
      if (node.hidden || getComputedStyle(node).display === 'none') return;
      node.childNodes.forEach(walk);
    };
    walk(document.querySelector(root)!);
    return parts.join(' ');
  }, root);
}

// Names that stay as they are in every language: products, the PDF format, the sheet’s own tab and column names, the marks.
const PROPER = /\b(Gmail|Google|PDF|Clients|Goals|Tasks|Invoices|Settings|Terms confirmed|Mark|A|B)\b/g;
const ENGLISH =
  /\b(the|draft|drafts|report|reminder|reminders|invoice|create|overdue|client|tasks?|hours?|nothing|problems?|month|open|days?)\b/i;

describe('sidebar in each UI language', () => {
  for (const locale of ['en', 'nb', 'is', 'he', 'ja'] as const) {
    it(`in ${locale}: no English outside sheet data, right to left only for Hebrew, drafts only what is ticked`, async () => {
      const preview = await startPreview({ today: TODAY, sample: true, port: 0, locale });
      try {
        const { page } = await open(preview);
        await expect.poll(() => page.locator('#reminder-list input').count()).toBeGreaterThan(3);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
        expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'he' ? 'rtl' : 'ltr');
        await page.selectOption('#client', { label: 'Harbour & Thread Ltd' });
        await page.click('#generate-report');
        await page.locator('#report-link').waitFor({ state: 'visible' });
        await page.click('#private-view summary');
        const ticked = await page.locator('#reminder-list input:checked').count();
        await page.click('#create-drafts');
        await expect.poll(() => page.locator('#draft-links a').count()).toBe(ticked);
        await expect.poll(() => page.locator('#reminder-list input:checked').count()).toBe(0);

        const text = (await uiText(page)).replace(PROPER, '');
        if (locale === 'ja' || locale === 'he') expect(text).not.toMatch(/[A-Za-z]{2,}/);
        else if (locale !== 'en') expect(text).not.toMatch(ENGLISH);
        // Money in the UI language's own format.
        const totals = await page.textContent('#report-totals');
        if (locale === 'en') expect(totals).toMatch(/£[\d,]+\.\d\d/);
        if (locale === 'ja') expect(totals).toMatch(/£[\d,]+\.\d\d/);
        expect(totals).not.toMatch(/GBP|draft\(s\)/);
        mkdirSync('out/screenshots', { recursive: true });
        await page.screenshot({ path: `out/screenshots/sidebar-${locale}.png`, fullPage: true });
        await page.close();
      } finally {
        await preview.close();
      }
    });
  }

  it('Hebrew: a Latin client name keeps its own order, and sits right of the amount that follows it', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0, locale: 'he' });
    try {
      const { page } = await open(preview);
      await expect.poll(() => page.locator('#reminder-list input').count()).toBeGreaterThan(3);
      const label = page.locator('#reminder-list label[data-kind=payment]', {
        hasText: 'Harbour & Thread Ltd',
      });
      const geometry = await label.first().evaluate((l) => {
        const client = l.querySelector('bdi.client')!;
        const amount = l.querySelector('bdi.amount')!;
        const range = document.createRange();
        const text = client.firstChild!;
        const at = (i: number) => {
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          return range.getBoundingClientRect();
        };
        // The Hebrew words right after the name: in a right-to-left line they sit left of it.
        const words = client.nextSibling!;
        const after = document.createRange();
        after.selectNodeContents(words);
        return {
          words: after.getBoundingClientRect().toJSON(),
          client: client.getBoundingClientRect().toJSON(),
          amount: amount.getBoundingClientRect().toJSON(),
          firstLetter: at(0).left,
          lastLetter: at((text.textContent ?? '').length - 1).left,
          sameLine: Math.abs(client.getBoundingClientRect().top - amount.getBoundingClientRect().top) < 4,
        };
      });
      // Inside its bdi the Latin name reads left to right ("H" left of "d")...
      expect(geometry.firstLetter).toBeLessThan(geometry.lastLetter);
      // ...and the sentence runs right to left: the name (first) is right of the words after it...
      expect(Math.abs(geometry.words.top - geometry.client.top)).toBeLessThan(4);
      expect(geometry.client.left).toBeGreaterThanOrEqual(geometry.words.right - 1);
      // ...and right of (or above) the amount that comes later.
      if (geometry.sameLine) expect(geometry.client.left).toBeGreaterThan(geometry.amount.right);
      else expect(geometry.client.top).toBeLessThan(geometry.amount.top);
      expect(
        await page.locator('#reminder-list label[data-kind=payment] bdi.amount').first().textContent(),
      ).toMatch(/[£₪€¥]|kr/);
    } finally {
      await preview.close();
    }
  });

  it('remembers the picked language per user and uses it on the next load', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0, locale: 'en' });
    try {
      const { page } = await open(preview);
      await expect.poll(() => page.locator('#language option').count()).toBe(6);
      await page.selectOption('#language', 'ja');
      await expect.poll(() => page.textContent('#reminders-title')).toBe('リマインダー');
      expect(preview.runtime.properties.user.values.get('uiLanguage')).toBe('ja');
      const again = await open(preview);
      await expect.poll(() => again.page.textContent('#reminders-title')).toBe('リマインダー');
      expect(await again.page.inputValue('#language')).toBe('ja');
    } finally {
      await preview.close();
    }
  });

  it('one cover email per report: the second press points at the first draft', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0 });
    try {
      const { page } = await open(preview);
      await expect.poll(() => page.locator('#client option').count()).toBeGreaterThan(3);
      await page.selectOption('#client', { label: 'Bakeriet Solsikke AS' });
      await page.click('#generate-report');
      await page.locator('#report-link').waitFor({ state: 'visible' });
      await page.click('#draft-report');
      await expect.poll(() => page.textContent('#draft-report-status')).toMatch(/Drafted in Gmail/);
      const count = preview.runtime.gmail.drafts.length;
      await page.click('#draft-report');
      await expect.poll(() => page.textContent('#draft-report-status')).toMatch(/already drafted/);
      expect(await page.locator('#draft-report-status a').getAttribute('href')).toMatch(/mail\.google\.com/);
      expect(preview.runtime.gmail.drafts.length).toBe(count);
    } finally {
      await preview.close();
    }
  });

  it('warns before a month not over yet, and clears the last result when a new request starts', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0 });
    try {
      const { page } = await open(preview);
      await expect.poll(() => page.locator('#client option').count()).toBeGreaterThan(3);
      await page.click('#generate-report');
      await page.locator('#report-link').waitFor({ state: 'visible' });
      await page.fill('#month', TODAY.slice(0, 7));
      await page.click('#generate-report');
      expect(await page.isVisible('#report-result')).toBe(false);
      expect(await page.textContent('#report-warning-text')).toMatch(/is not over yet/);
      await page.click('#report-cancel');
      expect(await page.isVisible('#report-warning')).toBe(false);
    } finally {
      await preview.close();
    }
  });
});

describe('sidebar: terms and rows left out', () => {
  it('offers terms for a new client, unticked, and fills Terms confirmed from the sidebar', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0 });
    try {
      const clients = preview.runtime.spreadsheet.getSheetByName('Clients')!;
      const header = clients.getRange(1, 1, 1, clients.getLastColumn()).getValues()[0]!;
      const row = clients.getLastRow() + 1;
      preview.runtime.spreadsheet.rawWrite('Clients', row, 1, [
        ['Nyhavn Kaffe', 'Mette', 'mette@nyhavn.example.dk'],
      ]);
      preview.runtime.spreadsheet.rawWrite('Clients', row, header.indexOf('Status') + 1, [['active']]);
      const { page } = await open(preview);
      const terms = page.locator('#reminder-list label[data-kind=terms]');
      await expect.poll(() => terms.count()).toBe(1);
      expect(await terms.textContent()).toMatch(
        /Nyhavn Kaffe: confirm your terms in writing.*new client, no invoice yet/,
      );
      expect(await terms.locator('input').isChecked()).toBe(false);
      expect(await terms.locator('button').textContent()).toBe('Terms confirmed today');
      // Draft the terms email alone; the drafted line offers the same button.
      for (const box of await page.locator('#reminder-list input').all()) await box.uncheck();
      await terms.locator('input').check();
      await page.click('#create-drafts');
      const drafted = page.locator('#draft-links li', { hasText: 'mette@nyhavn.example.dk' });
      await expect.poll(() => drafted.count()).toBe(1);
      expect(await page.locator('#draft-links li').count()).toBe(1);
      await drafted.locator('button').click();
      await expect.poll(() => drafted.textContent()).toMatch(/Terms confirmed on 22 November 2026\./);
      const cell = clients.getRange(row, header.indexOf('Terms confirmed') + 1).getValue();
      expect(Object.prototype.toString.call(cell)).toBe('[object Date]');
    } finally {
      await preview.close();
    }
  });

  it('lists rows left out of a report under their heading, each a link to its cell', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0 });
    try {
      const tasks = preview.runtime.spreadsheet.getSheetByName('Tasks')!;
      const values = tasks.getDataRange().getValues();
      const clientAt = values[0]!.indexOf('Client');
      const hoursAt = values[0]!.indexOf('Hours');
      const index = values.findIndex((line, i) => i > 0 && line[clientAt] === 'Bakeriet Solsikke AS');
      tasks.getRange(index + 1, hoursAt + 1).setValue("'lots");
      const { page } = await open(preview);
      await expect.poll(() => page.locator('#client option').count()).toBeGreaterThan(3);
      await page.selectOption('#client', { label: 'Bakeriet Solsikke AS' });
      await page.click('#generate-report');
      await page.locator('#report-excluded-title').waitFor({ state: 'visible' });
      expect(await page.textContent('#report-excluded-title')).toBe('Left out of this report');
      await page.locator('#report-excluded li').first().click();
      const column = String.fromCharCode(65 + hoursAt);
      await expect
        .poll(() => preview.runtime.spreadsheet.activeRange?.getA1Notation())
        .toBe(`${column}${index + 1}`);
    } finally {
      await preview.close();
    }
  });
});

/** Two tasks with deadlines and no delivery: one in three days, one two days past. */
function addDeadlines(preview: Preview): void {
  const tasks = preview.runtime.spreadsheet.getSheetByName('Tasks')!;
  const header = tasks.getRange(1, 1, 1, tasks.getLastColumn()).getValues()[0]!.map(String);
  const at = (name: string) => header.indexOf(name);
  const row = (task: string, deadline: string) => {
    const r: unknown[] = header.map(() => '');
    r[at('Date')] = startOfLocalDate('2026-11-16', preview.runtime.timeZone);
    r[at('Client')] = 'Harbour & Thread Ltd';
    r[at('Task')] = task;
    r[at('Mark')] = 'A';
    r[at('Hours')] = 1;
    r[at('Deadline')] = startOfLocalDate(deadline, preview.runtime.timeZone);
    return r;
  };
  const next = tasks.getLastRow() + 1;
  tasks
    .getRange(next, 1, 2, header.length)
    .setValues([row('Banner <b>soon</b>', '2026-11-25'), row('Late copy', '2026-11-20')]);
}

describe('client health in the sidebar', () => {
  it('loads on request, flags a sample client with its reason, and writes the Dashboard tab', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0, locale: 'en' });
    try {
      addDeadlines(preview);
      const { page } = await open(preview);
      await expect.poll(() => page.locator('#reminder-list input').count()).toBeGreaterThan(3);
      // Not loaded with the sidebar: nothing shown until asked.
      expect(await page.isHidden('#health-result')).toBe(true);
      await page.click('#check-health');
      const flagged = page.locator('#health-clients li.risk');
      await expect.poll(() => flagged.count()).toBeGreaterThan(0);
      const said = (await flagged.allTextContents()).join(' | ');
      expect(said).toMatch(/may be at risk:/);
      expect(said).toMatch(/invoice overdue, the oldest by \d+ days/);
      expect(await page.textContent('#health-business')).toMatch(
        /Largest client over the last 3 months: .+, \d+%|No income invoiced in [A-Z]{3} over the last 3 months/,
      );
      expect(await page.textContent('#health-business')).toMatch(/\d+ leads? in the pipeline/);
      // Past deadlines first, then the coming ones; task text stays text.
      expect(await page.locator('#health-deadlines li').allTextContents()).toEqual([
        expect.stringMatching(
          /^Harbour & Thread Ltd: Late copy, deadline .+, 2 days past it, not delivered$/,
        ),
        expect.stringMatching(/^Harbour & Thread Ltd: Banner <b>soon<\/b>, deadline .+, in 3 days$/),
      ]);
      // The client's name is sheet text: in its own bdi, never markup.
      expect(await flagged.first().locator('bdi').count()).toBeGreaterThan(0);
      await page.click('#write-dashboard');
      await expect
        .poll(() => page.textContent('#dashboard-status'))
        .toMatch(/The Dashboard tab is up to date/);
      const tab = preview.runtime.spreadsheet.getSheetByName('Dashboard')!;
      expect(tab.getDataRange().getValues()[2]).toContain('Days since contact');
      mkdirSync('out/screenshots', { recursive: true });
      await page.locator('#health').screenshot({ path: 'out/screenshots/sidebar-health-en.png' });
    } finally {
      await preview.close();
    }
  });

  for (const locale of ['nb', 'ja'] as const) {
    it(`in ${locale}: the flagged client and its reasons, with no English in the section`, async () => {
      const preview = await startPreview({ today: TODAY, sample: true, port: 0, locale });
      try {
        addDeadlines(preview);
        const { page } = await open(preview);
        await expect.poll(() => page.locator('#reminder-list input').count()).toBeGreaterThan(3);
        await page.click('#check-health');
        const flagged = page.locator('#health-clients li.risk');
        await expect.poll(() => flagged.count()).toBeGreaterThan(0);
        const said = (await flagged.allTextContents()).join(' | ');
        if (locale === 'nb') expect(said).toMatch(/Det kan være fare for å miste .+:.*forfalt/);
        else expect(said).toMatch(/注意が必要です/);
        expect(await page.locator('#health-deadlines li').count()).toBe(2);
        await page.click('#write-dashboard');
        await expect.poll(() => page.locator('#dashboard-status bdi').count()).toBe(1);
        const text = (await uiText(page, '#health')).replace(PROPER, '');
        expect(text.length).toBeGreaterThan(50);
        if (locale === 'ja') expect(text).not.toMatch(/[A-Za-z]{2,}/);
        else expect(text).not.toMatch(ENGLISH);
        expect(text).not.toMatch(/\b(risk|deadline|lead|pipeline|business|income|looks fine|Write)\b/i);
        mkdirSync('out/screenshots', { recursive: true });
        await page.locator('#health').screenshot({ path: `out/screenshots/sidebar-health-${locale}.png` });
      } finally {
        await preview.close();
      }
    });
  }
});
