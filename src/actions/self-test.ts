// "Run self-test": tries on this account every guess docs/first-run.md names, reports each
// as passed, failed or skipped, and writes the report to the add-on's own "Self-test" tab (values
// only, one write) for the user to send us. Scratch tabs, Docs and drafts are removed as it goes.

import { findOwnTab } from '../adapters/spreadsheet';
import { cellText } from '../domain/escape';
import { runGroups } from '../selftest/check';
import { selfTestGroups } from '../selftest/index';
import type { SelfTestItem, SelfTestResult } from '../server-api';
import { actionContext } from './context';

export const SELF_TEST_TAB = 'Self-test';
/** A1 of the tab the add-on made: a tab of that name without it is the user's and is left alone. */
const MARKER = 'Freelance Value Tracker self-test';
/** Groups not started by then are skipped: an execution has 6 minutes, and the report must be written. */
const BUDGET_MS = 4 * 60 * 1000;

export function runSelfTest(): SelfTestResult {
  const started = Date.now();
  const { ss, timeZone, today } = actionContext();
  const items = runGroups(
    selfTestGroups(() => ({ ss, timeZone, today, now: () => Date.now() })),
    { now: () => Date.now(), budgetMs: BUDGET_MS },
  );
  const ranAt = new Date(started).toISOString();
  let tab: string | null = SELF_TEST_TAB;
  let tabError: string | null = null;
  try {
    writeReport(ss, ranAt, items);
  } catch (error) {
    tab = null;
    tabError = String((error as Error)?.message ?? error);
  }
  return { ranAt, ms: Date.now() - started, items, tab, tabError };
}

function writeReport(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  ranAt: string,
  items: SelfTestItem[],
): void {
  const existing = findOwnTab(ss, SELF_TEST_TAB);
  if (existing && existing.getLastRow() > 0 && existing.getRange(1, 1).getValue() !== MARKER)
    throw new Error(
      `A tab named ${SELF_TEST_TAB} holds something else; rename it and run the self-test again (it was left as it is).`,
    );
  const sheet = existing ?? ss.insertSheet(SELF_TEST_TAB);
  sheet.clearContents();
  const counts = ['passed', 'failed', 'skipped'].map(
    (s) => `${items.filter((i) => i.status === s).length} ${s}`,
  );
  const rows = [
    [cellText(MARKER), cellText(ranAt), cellText(counts.join(', ')), ''],
    ['id', 'title', 'status', 'detail'],
    ...items.map((i) => [cellText(i.id), cellText(i.title), cellText(i.status), cellText(i.detail)]),
  ];
  sheet.getRange(1, 1, rows.length, 4).setValues(rows);
}
