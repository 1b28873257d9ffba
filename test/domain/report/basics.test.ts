// The monthly report's rules on a small tracker, and golden files of the sample report per language.

import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startOfLocalDate } from '../../../src/domain/dates';
import { readTracker } from '../../../src/domain/read-tracker';
import { buildReport, reportTotals } from '../../../src/domain/report/build-report';
import { privateView } from '../../../src/domain/report/private-view';
import { renderReportHtml } from '../../../src/domain/report/report-html';
import { sampleData } from '../../../src/domain/sample-data';
import { TABS } from '../../../src/domain/tabs';

const TZ = 'Pacific/Auckland';
const day = (d: string) => startOfLocalDate(d, TZ);

function tracker() {
  return readTracker(
    {
      Clients: [
        ['Client', 'Language', 'Currency', 'Hourly rate'],
        ['Acme', 'en', 'JPY', 3333],
        ['Other', 'en', 'EUR', 50],
      ],
      Goals: [
        ['Client', 'Goal', 'Priority', 'Target', 'Baseline', 'Current', 'Status'],
        ['Acme', 'Second goal', 2, 100, 0, 40, 'open'],
        ['Acme', 'Top goal', 1, 500, 100, 300, 'open'],
        ['Acme', 'Idle goal', 3, 10, 0, 1, 'open'],
        ['Acme', 'Done goal', 4, 1, 0, 1, 'achieved'],
      ],
      Tasks: [
        ['Date', 'Client', 'Task', 'Goal', 'Mark', 'Hours', 'Result', 'Client benefit', 'Billable'],
        [day('2026-09-30'), 'Acme', 'Before the month', 'Top goal', '', 5, '', '', true],
        [day('2026-10-01'), 'Acme', 'First day', 'Top goal', '', 1.5, 'r1', 'b1', true],
        [day('2026-10-15'), 'Acme', 'Second', 'Second goal', '', 2, 'r2', 'b2', true],
        [
          day('2026-10-20'),
          'Acme',
          'Urgent fix <img src=x onerror=alert(1)>',
          '',
          'A',
          1,
          'fixed',
          'no lost sales',
          true,
        ],
        [day('2026-10-31'), 'Acme', 'Routine secret', '', 'B', 0.5, '', '', false],
        [day('2026-11-01'), 'Acme', 'After the month', 'Top goal', '', 7, '', '', true],
        [day('2026-10-10'), 'Acme', 'Broken', '', '', 3, '', '', true],
        [day('2026-10-10'), 'Other', 'Not ours', '', 'A', 4, '', '', true],
      ],
      Settings: [['Setting', 'Value']],
    },
    TZ,
  );
}

describe('buildReport', () => {
  it('groups goal work under goals in priority order and keeps the month’s boundaries in the sheet’s zone', () => {
    const model = buildReport(tracker(), 'acme', '2026-10');
    expect(model.goals.map((g) => g.goal.goal)).toEqual(['Top goal', 'Second goal', 'Idle goal']);
    expect(model.goals[0]!.tasks.map((t) => t.task)).toEqual(['First day']);
    expect(model.goals[0]!.progress).toBe(0.5);
    expect(model.goals[2]!.tasks).toEqual([]);
    expect(model.tasks.map((t) => t.task)).not.toContain('Before the month');
    expect(model.tasks.map((t) => t.task)).not.toContain('After the month');
    expect(model.excluded).toEqual([expect.objectContaining({ sheet: 'Tasks', row: 8, client: 'Acme' })]);
  });

  it('totals exactly the included tasks; cost is billable hours at the rate, in whole yen', () => {
    const totals = reportTotals(buildReport(tracker(), 'Acme', '2026-10'));
    expect(totals).toEqual({
      tasks: 4,
      hours: 5,
      goalHours: 3.5,
      aHours: 1,
      bHours: 0.5,
      cost: 14999,
      currency: 'JPY',
    });
  });

  it('lists A work with result and benefit, B work only as one line, and escapes sheet text', () => {
    const html = renderReportHtml(buildReport(tracker(), 'Acme', '2026-10'));
    expect(html).toContain('no lost sales');
    expect(html).not.toContain('Routine secret');
    expect(html).toMatch(/Smaller routine work: 1 task, 0\.5 hours in all\./);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('No work on this goal in October 2026.');
  });

  it('scores the month privately and names B work to delegate', () => {
    const view = privateView(tracker(), 'Acme', '2026-10');
    expect(view.score).toBe(90);
    expect(view.delegate.map((d) => d.task)).toEqual(['Routine secret']);
  });

  it('refuses an unknown client in plain words', () => {
    expect(() => buildReport(tracker(), 'Nobody', '2026-10')).toThrow(
      'There is no client called “Nobody” in the Clients tab.',
    );
  });
});

describe('golden reports of the sample, one per language', () => {
  const sample = sampleData('2026-11-22');
  const raw: Record<string, unknown[][]> = {};
  for (const tab of ['Clients', 'Goals', 'Tasks'] as const) {
    const spec = TABS.find((t) => t.name === tab)!;
    raw[tab] = [
      spec.columns.map((c) => c.header),
      ...sample[tab].map((row) =>
        spec.columns.map((c) => {
          const v = row[c.key] ?? '';
          return typeof v === 'object' && v !== null && 'date' in v
            ? startOfLocalDate(v.date, 'Europe/Oslo')
            : v;
        }),
      ),
    ];
  }
  raw.Settings = [
    ['Setting', 'Value'],
    ['Your name', 'Ingrid Solberg'],
    ['Business name', 'Solberg Digital'],
  ];
  const t = readTracker(raw, 'Europe/Oslo');
  for (const client of t.clients.filter((c) => c.status === 'active')) {
    it(`${client.language}: ${client.name}`, () => {
      const html = renderReportHtml(buildReport(t, client.name, '2026-10'));
      const file = `test/golden/sample-report-${client.language}.html`;
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, html);
      expect(html).toBe(readFileSync(file, 'utf8'));
    });
  }
});
