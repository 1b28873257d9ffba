// The stamp of a client's month: what counts as a change, what does not.

import { describe, expect, it } from 'vitest';
import {
  billingChanged,
  formatStamp,
  parseStamp,
  workChanges,
  workStamp,
} from '../../../src/domain/month-end/work-stamp';
import { client, task, tracker } from '../../support/mail-fixtures';

const tasks = [
  task({ row: 2, date: '2026-11-03', hours: 2, mark: 'A' }),
  task({ row: 3, date: '2026-11-10', hours: 1, billable: false }),
  task({ row: 4, date: '2026-10-30', hours: 5 }),
  task({ row: 5, date: '2026-11-11', client: 'Other', hours: 5 }),
];
const stamp = (t = tracker({ tasks })) => workStamp(t, 'Acme', '2026-11');

describe('the work stamp', () => {
  it('counts the month’s own tasks and reads back as written', () => {
    const s = stamp();
    expect(s.tasks).toBe(2);
    expect(formatStamp(s)).toMatch(/^v1 2 [0-9a-f]{10} [0-9a-f]{10} [0-9a-f]{10}$/);
    expect(parseStamp(formatStamp(s))).toEqual(s);
    expect(parseStamp(` ${formatStamp(s)} `)).toEqual(s);
  });

  it('reads nothing from a blank, another version or a cell typed over', () => {
    for (const text of [
      null,
      undefined,
      '',
      'v2 2 a b c',
      'v1 2 0123456789 0123456789',
      'v1 x 0123456789 0123456789 0123456789',
    ])
      expect(parseStamp(text)).toBeNull();
  });

  it('is the same whatever the rows’ order, the client name’s spelling or other months and clients', () => {
    const moved = tracker({ tasks: [...tasks].reverse().map((t, i) => ({ ...t, row: 20 + i })) });
    expect(stamp(moved)).toEqual(stamp());
    expect(workStamp(tracker({ tasks }), ' ACME ', '2026-11')).toEqual(stamp());
    const elsewhere = tracker({
      tasks: [
        ...tasks,
        task({ row: 9, date: '2026-12-01' }),
        task({ row: 10, client: 'Other', date: '2026-11-02' }),
      ],
    });
    expect(stamp(elsewhere)).toEqual(stamp());
  });

  it('tells tasks added, removed and edited apart, and billing changes from words', () => {
    const before = stamp();
    const added = stamp(tracker({ tasks: [...tasks, task({ row: 9, date: '2026-11-20' })] }));
    expect(workChanges(before, added)).toEqual([{ code: 'tasks-added', n: 1 }]);
    expect(billingChanged(before, added)).toBe(true);
    expect(workChanges(added, before)).toEqual([{ code: 'tasks-removed', n: 1 }]);
    const reworded = stamp(
      tracker({ tasks: tasks.map((t) => (t.row === 2 ? { ...t, result: 'Checkout works' } : t)) }),
    );
    expect(workChanges(before, reworded)).toEqual([{ code: 'tasks-edited' }]);
    expect(billingChanged(before, reworded)).toBe(false);
    const rebilled = stamp(
      tracker({ tasks: tasks.map((t) => (t.row === 3 ? { ...t, billable: true } : t)) }),
    );
    expect(billingChanged(before, rebilled)).toBe(true);
    expect(workChanges(before, before)).toEqual([]);
  });

  it('a new rate or goal changes the report, not the tasks', () => {
    const before = stamp();
    const rate = stamp(tracker({ tasks, clients: [client({ hourlyRate: 120 })] }));
    expect(workChanges(before, rate)).toEqual([{ code: 'goals-edited' }]);
  });
});
