// The Goals tab.

import { describe, expect, it } from 'vitest';
import { readTracker } from '../../../src/domain/read-tracker';
import { OSLO, about, sheet } from '../../support/tracker-sheet';

describe('goals', () => {
  it('refuses an empty goal and a duplicate goal of the same client, allows the same text for two clients', () => {
    const raw = sheet();
    raw.Goals!.push(
      ['Fjord Bakery', '500 New Email Subscribers', 3, '', '', '', '', '', ''],
      ['Fjord Bakery', '', 1, '', '', '', '', '', ''],
      ['Hekla Tours', '500 new email subscribers', 2, '', '', '', '', '', ''],
    );
    const t = readTracker(raw, OSLO);
    expect(t.goals.map((g) => g.row)).toEqual([2, 3, 4, 7]);
    expect(about(t, 'Goals').map((d) => [d.row, d.column, d.severity, d.client])).toEqual([
      [5, 'Goal', 'error', 'Fjord Bakery'],
      [6, 'Goal', 'error', 'Fjord Bakery'],
    ]);
    expect(about(t, 'Goals', 5)[0]!.message).toContain('already in row 2');
  });

  it('keeps a goal with bad numbers and puts an unranked goal last', () => {
    const raw = sheet();
    raw.Goals![1] = [
      'Fjord Bakery',
      '500 new email subscribers',
      '',
      'five hundred',
      '',
      '1,5',
      '',
      'Dec',
      'won',
    ];
    const t = readTracker(raw, OSLO);
    expect(t.goals[0]).toMatchObject({
      priority: Number.MAX_SAFE_INTEGER,
      target: null,
      baseline: null,
      due: null,
      status: 'open',
    });
    expect(
      about(t, 'Goals', 2)
        .map((d) => d.column)
        .sort(),
    ).toEqual(['Baseline', 'Due', 'Priority', 'Status', 'Target']);
    expect(about(t, 'Goals', 2).every((d) => d.severity === 'warning' && d.client === 'Fjord Bakery')).toBe(
      true,
    );
  });
});
