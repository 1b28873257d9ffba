// Records a credit note: one new row in the Invoices tab (amount below zero, Credit note for the
// invoice it cancels, which is what marks that invoice credited) and the Tasks › Invoice cells of the
// tasks it billed cleared in one RangeList write, so those hours are billed again. Uses the values
// read at the start under the document lock: no new reads.
// https://developers.google.com/apps-script/reference/spreadsheet/range-list#setValue(Object)

import { columnLetter } from '../domain/a1';
import { startOfLocalDate } from '../domain/dates';
import { cellText } from '../domain/escape';
import { say } from '../domain/problems';
import { refuse } from '../domain/problems/render';
import type { RawTabs } from '../domain/read-tracker';
import type { CreditRow } from '../domain/tax/credit-row';
import { invoiceColumns } from './invoice-sheet';
import { findTabs } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function recordCreditNote(
  ss: Spreadsheet,
  raw: RawTabs,
  credit: CreditRow & { client: string; file: string },
  timeZone: string,
): { row: number } {
  const columns = invoiceColumns(raw);
  const at = columns.invoices;
  // Without Credit note for the row could not cite its invoice, and a second run would credit it again.
  if (!at.has('creditOf')) refuse(say('columnMissing', { tab: 'Invoices', column: 'Credit note for' }));
  const cells: Record<string, unknown> = {
    invoice: cellText(credit.number),
    client: cellText(credit.client),
    issued: startOfLocalDate(credit.issued, timeZone),
    amount: credit.amount,
    currency: credit.currency,
    file: credit.file,
    creditOf: cellText(credit.invoice.invoice),
  };
  const line: unknown[] = new Array(Math.max(...Object.keys(cells).map((k) => at.get(k)!)) + 1).fill('');
  for (const [k, v] of Object.entries(cells)) line[at.get(k)!] = v;
  const found = findTabs(ss, ['Invoices', 'Tasks']);
  const sheet = found.get('Invoices')!;
  const row = raw.Invoices!.length + 1;
  const maxRows = sheet.getMaxRows();
  if (row > maxRows) sheet.insertRowsAfter(maxRows, row - maxRows);
  sheet.getRange(row, 1, 1, line.length).setValues([line]);
  clearTaskMarks(found.get('Tasks')!, columns.tasks, credit.taskRows);
  return { row };
}

/**
 * Returns tasks to unbilled: their Tasks › Invoice cells cleared in one RangeList write, so the next
 * invoice bills those hours again. Shared by Create credit note and Withdraw invoice.
 */
export function clearTaskMarks(
  tasks: GoogleAppsScript.Spreadsheet.Sheet,
  columns: Map<string, number>,
  taskRows: readonly number[],
): void {
  if (taskRows.length === 0) return;
  const letter = columnLetter(columns.get('invoice')!);
  tasks.getRangeList(taskRows.map((r) => `${letter}${r}`)).setValue('');
}
