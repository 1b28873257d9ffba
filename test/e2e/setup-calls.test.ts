// Setup on a sheet already set up stays within 2.5 times its physical minimum of calls (one header
// read per tab, one rule per ruled column, one for Settings, one per flagged tab), changes
// nothing, and keeps the user's own rules in columns that have none of ours.

import { describe, expect, it } from 'vitest';
import { SETTING_ROWS, TABS } from '../../src/domain/tabs';
import { sampleRuntime, snapshot } from '../support/runtime';

describe('setup on a set-up sheet', () => {
  it('makes at most 2.5 times its minimum of calls and changes nothing', async () => {
    const runtime = await sampleRuntime();
    const before = snapshot(runtime.spreadsheet);
    runtime.run('setupTrackingSheet', { sample: false });
    // Column rules go in one setDataValidation per ruled column, on the whole column range (the
    // documented way a custom formula is anchored), so each ruled column is part of the minimum.
    const ruled = TABS.filter((t) => !t.log && t.name !== 'Settings')
      .map((t) => t.columns.filter((c) => c.validation).length)
      .reduce((a, b) => a + b, 0);
    const flagged = TABS.filter(
      (t) => runtime.spreadsheet.getSheetByName(t.name)!.getConditionalFormatRules().length > 0,
    ).length;
    const minimum = TABS.length + ruled + 1 + flagged;
    const calls = runtime.calls.summary();
    expect(calls.total).toBeLessThanOrEqual(Math.floor(2.5 * minimum));
    // Settings rules sit on single value cells, one call each; each column rule is one call on its
    // whole column, never one rule per cell.
    const settingRules = SETTING_ROWS.filter((r) => r.validation).length;
    expect(calls.byMethod['Range.setDataValidation'] ?? 0).toBeLessThanOrEqual(settingRules + ruled);
    expect(calls.byMethod['Range.setDataValidations'] ?? 0).toBe(0);
    expect(snapshot(runtime.spreadsheet)).toEqual(before);
  });

  it('keeps a rule the user put on a column of ours that has none, and the user’s unfrozen header', async () => {
    const runtime = await sampleRuntime();
    const tasks = runtime.spreadsheet.getSheetByName('Tasks')!;
    const header = tasks.getRange(1, 1, 1, tasks.getLastColumn()).getValues()[0]!;
    const result = header.indexOf('Result') + 1;
    expect(result).toBeGreaterThan(0);
    const own = runtime.app.newDataValidation().requireValueInList(['done', 'open']).build();
    tasks.getRange(2, result, 50, 1).setDataValidation(own);
    tasks.setFrozenRows(0);
    runtime.run('setupTrackingSheet', { sample: false });
    expect(tasks.getRange(10, result).getDataValidation()?.getCriteriaValues()[0]).toEqual(['done', 'open']);
    expect(tasks.getFrozenRows()).toBe(0);
  });
});
