// The timer and Classify tasks in a real Chromium, bridged to the bundle: a timer started, the
// sidebar page closed and a new one opened (as after reloading the spreadsheet, or on another
// computer: the server keeps the timer), stopped, leaves exactly one correct row; a month of forty
// entries with neither goal nor mark is classified with one choice each and saved in one batch.

import { describe, expect, it } from 'vitest';
import { startPreview } from '../../scripts/preview';
import type { Runtime } from '../../runtime/runtime';
import { TODAY } from '../support/runtime';
import { useChromium } from '../support/chromium';

const browser = useChromium();
const MIN = 60_000;

function tasks(runtime: Runtime): { header: unknown[]; rows: unknown[][] } {
  const [header, ...rows] = runtime.spreadsheet.getSheetByName('Tasks')!.getDataRange().getValues();
  return { header: header!, rows };
}

describe('sidebar timer', () => {
  it('keeps running while the sidebar is closed and reopened, and Stop writes one row', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0 });
    try {
      const start = new Date('2026-11-22T08:05:00Z'); // 09:05 in Oslo
      preview.runtime.setNow(start);
      const before = tasks(preview.runtime).rows.length;
      const first = await browser().newPage({ viewport: { width: 300, height: 900 } });
      await first.goto(preview.url);
      await expect.poll(() => first.locator('#timer-client option').count()).toBeGreaterThan(3);
      await first.selectOption('#timer-client', { label: 'Bakeriet Solsikke AS' });
      await first.fill('#timer-task', 'Menu <b>copy</b>');
      await first.click('#timer-start');
      await first.locator('#timer-running').waitFor({ state: 'visible' });
      expect(await first.textContent('#timer-running-text')).toBe(
        'Running for Bakeriet Solsikke AS: Menu <b>copy</b>',
      );
      await first.close();

      // Two hours and five minutes later (to the nearest quarter: 2 h), a new sidebar page: the timer is shown running.
      preview.runtime.setNow(new Date(start.getTime() + 125 * MIN));
      const second = await browser().newPage({ viewport: { width: 300, height: 900 } });
      await second.goto(preview.url);
      await second.locator('#timer-running').waitFor({ state: 'visible' });
      expect(await second.isHidden('#timer-idle')).toBe(true);
      expect(await second.textContent('#timer-running-text')).toContain('Bakeriet Solsikke AS');
      expect(await second.textContent('#timer-elapsed')).toBe('2 h 05 min');
      expect(await second.textContent('#timer-since')).toMatch(/09:05/);
      await second.click('#timer-stop');
      await expect
        .poll(() => second.textContent('#timer-status'))
        .toBe(
          'Written to Tasks, row ' +
            String(before + 2) +
            ': 2 h for Bakeriet Solsikke AS on 22 November 2026. Give it a goal or a mark under Classify tasks.',
        );
      expect(await second.isVisible('#timer-idle')).toBe(true);

      const after = tasks(preview.runtime);
      expect(after.rows).toHaveLength(before + 1);
      const row = after.rows[after.rows.length - 1]!;
      const cell = (name: string) => row[after.header.indexOf(name)];
      expect([
        cell('Client'),
        cell('Task'),
        cell('Hours'),
        cell('Billable'),
        cell('Goal'),
        cell('Mark'),
      ]).toEqual(['Bakeriet Solsikke AS', 'Menu <b>copy</b>', 2, true, '', '']);
      expect((cell('Date') as Date).toISOString()).toBe('2026-11-21T23:00:00.000Z');
      // Stop once more from a third page: the timer is gone, nothing more is written.
      const third = await browser().newPage({ viewport: { width: 300, height: 900 } });
      await third.goto(preview.url);
      await third.locator('#timer-idle').waitFor({ state: 'visible' });
      expect(tasks(preview.runtime).rows).toHaveLength(before + 1);
    } finally {
      await preview.close();
    }
  });
});

describe('sidebar classify tasks', () => {
  it('classifies a month of forty entries, one choice each, in one save; the problems list forgets them', async () => {
    const preview = await startPreview({ today: TODAY, sample: true, port: 0 });
    try {
      const runtime = preview.runtime;
      const sheet = runtime.spreadsheet.getSheetByName('Tasks')!;
      const { header } = tasks(runtime);
      const first = sheet.getLastRow() + 1;
      const lines = Array.from({ length: 40 }, (_, i) => {
        const line = header.map(() => '' as unknown);
        line[header.indexOf('Date')] = new Date(Date.UTC(2026, 10, 1 + (i % 20), 11));
        line[header.indexOf('Client')] = i < 25 ? 'Bakeriet Solsikke AS' : 'Harbour & Thread Ltd';
        line[header.indexOf('Task')] = `Imported entry ${i + 1}`;
        line[header.indexOf('Hours')] = 0.75;
        return line;
      });
      runtime.spreadsheet.rawWrite('Tasks', first, 1, lines);

      const page = await browser().newPage({ viewport: { width: 300, height: 900 } });
      await page.goto(preview.url);
      await expect.poll(() => page.locator('#problem-list li').count()).toBeGreaterThanOrEqual(40);
      const problemsBefore = await page.locator('#problem-list li:not(.plain)').count();
      expect(await page.inputValue('#classify-month')).toBe('2026-11');
      await page.click('#classify-show');
      const selects = page.locator('#classify-list select');
      await expect.poll(() => selects.count()).toBeGreaterThan(0);
      const ours = page.locator('#classify-list select');
      const count = await ours.count();
      // The forty: every task of the sample has a goal or a mark.
      expect(count).toBe(40);
      const headings = await page.locator('#classify-list h3').allTextContents();
      // Grouped by client in the Clients tab's order.
      expect(headings).toEqual(['Harbour & Thread Ltd', 'Bakeriet Solsikke AS']);
      const group = (client: string) =>
        page.locator(`#classify-list ul[data-client="${client}"] select`).count();
      expect([await group('Bakeriet Solsikke AS'), await group('Harbour & Thread Ltd')]).toEqual([25, 15]);
      // One choice per task: the client's first goal for even ones, A or B for the others.
      for (let i = 0; i < count; i++) {
        const select = ours.nth(i);
        const options = await select
          .locator('option')
          .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
        const goal = options.find((v) => v.startsWith('goal:'));
        await select.selectOption(i % 2 === 0 && goal ? goal : i % 4 === 1 ? 'A' : 'B');
      }
      runtime.calls.reset();
      await page.click('#classify-save');
      await expect.poll(() => page.textContent('#classify-status')).toBe(`${count} tasks saved.`);
      // One server call: five reads, and one write per distinct choice.
      expect(runtime.calls.summary().byMethod['Range.getValues']).toBe(5);
      expect(await page.textContent('#classify-list')).toContain(
        'Every task this month has a goal or a mark.',
      );
      expect(await page.isHidden('#classify-save')).toBe(true);
      const left = page.locator('#problem-list li:not(.plain)');
      await expect.poll(() => left.count()).toBe(problemsBefore - count);

      const { rows } = tasks(runtime);
      const added = rows.slice(first - 2);
      expect(added).toHaveLength(40);
      const goalAt = header.indexOf('Goal');
      const markAt = header.indexOf('Mark');
      expect(added.every((r) => (r[goalAt] === '') !== (r[markAt] === ''))).toBe(true);
    } finally {
      await preview.close();
    }
  });
});
