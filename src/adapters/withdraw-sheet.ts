// Records a withdrawn invoice: today in its own Invoices › Withdrawn on cell (the row, its number and its
// file link stay: they are the record) and its tasks' Invoice cells cleared, as a credit note does. Uses
// the values read at the start under the document lock: no new reads, two writes at most.
// https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)

import { startOfLocalDate } from '../domain/dates';
import { say } from '../domain/problems';
import { refuse } from '../domain/problems/render';
import type { RawTabs } from '../domain/read-tracker';
import type { WithdrawPlan } from '../domain/tax/withdraw-row';
import { clearTaskMarks } from './credit-sheet';
import { invoiceColumns } from './invoice-sheet';
import { findTabs } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Stops before anything is written when the sheet has no Withdrawn on column (setup adds it). */
export function withdrawColumns(raw: RawTabs): ReturnType<typeof invoiceColumns> {
  const columns = invoiceColumns(raw);
  if (!columns.invoices.has('withdrawnOn'))
    refuse(say('columnMissing', { tab: 'Invoices', column: 'Withdrawn on' }));
  return columns;
}

export function recordWithdrawal(ss: Spreadsheet, raw: RawTabs, plan: WithdrawPlan, timeZone: string): void {
  const columns = withdrawColumns(raw);
  if (!plan.write && plan.taskRows.length === 0) return;
  const found = findTabs(ss, ['Invoices', 'Tasks']);
  if (plan.write)
    found
      .get('Invoices')!
      .getRange(plan.invoice.row, columns.invoices.get('withdrawnOn')! + 1)
      .setValue(startOfLocalDate(plan.withdrawnOn, timeZone));
  clearTaskMarks(found.get('Tasks')!, columns.tasks, plan.taskRows);
}
