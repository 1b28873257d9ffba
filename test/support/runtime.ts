// Shared helpers for tests that run the built bundle (dist/Code.js) in the local runtime.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../../scripts/ensure-built';
import { type Runtime, type RuntimeOptions, loadRuntime } from '../../runtime/runtime';
import type { FakeSpreadsheet } from '../../runtime/fakes/spreadsheet';

export const TODAY = '2026-11-22';

export { ensureBuilt };

export async function sampleRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  ensureBuilt();
  const runtime = await loadRuntime({ today: TODAY, ...options });
  runtime.run('setupTrackingSheet', { sample: true });
  runtime.calls.reset();
  return runtime;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'fvt-'));
}

/** Everything a user could see change: values (with types), formulas, validations, flag rules. */
export function snapshot(ss: FakeSpreadsheet): unknown {
  return ss.getSheets().map((sheet) => {
    const range = sheet.getDataRange();
    const rules = sheet.getConditionalFormatRules().map((r) => ({
      formula: r.getBooleanCondition()?.getCriteriaValues(),
      ranges: r.getRanges().map((x) => x.getA1Notation()),
    }));
    const lastColumn = Math.max(1, sheet.getLastColumn());
    const validations = sheet
      .getRange(1, 1, Math.min(sheet.getMaxRows(), 5), lastColumn)
      .getDataValidations()
      .map((row) =>
        row.map((v) =>
          v ? [String(v.getCriteriaType()), v.getCriteriaValues().map(String), v.getAllowInvalid()] : null,
        ),
      );
    return {
      name: sheet.getName(),
      frozen: sheet.getFrozenRows(),
      values: range
        .getValues()
        .map((row) => row.map((v) => (v instanceof Date ? `date:${v.toISOString()}` : v))),
      rules,
      validations,
    };
  });
}
