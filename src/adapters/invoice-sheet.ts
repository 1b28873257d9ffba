// Records an invoice the add-on made: its row in the Invoices tab (new, or the same row updated) and
// its number in the Tasks › Invoice cell of each task it billed. Uses the values read at the start
// (under the document lock): no new reads, a fixed number of writes whatever the number of tasks.

import { columnLetter } from '../domain/a1';
import { findTabs } from './spreadsheet';
import { startOfLocalDate } from '../domain/dates';
import { cellText } from '../domain/escape';
import { say } from '../domain/problems';
import { refuse } from '../domain/problems/render';
import type { RawTabs } from '../domain/read-tracker';
import { planColumns } from '../domain/setup-plan';
import { type TabName, tabSpec } from '../domain/tabs';
import type { LocalDate } from '../domain/types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The column positions the invoice needs, or a plain message naming what setup must add. */
export function invoiceColumns(raw: RawTabs): { invoices: Map<string, number>; tasks: Map<string, number> } {
  const plan = (tab: TabName, keys: string[]) => {
    const values = raw[tab];
    if (!values) refuse(say('tabMissing', { tab }));
    const p = planColumns(tabSpec(tab), values[0] ?? []);
    const missing = p.missing.find((c) => keys.includes(c.key));
    if (missing) refuse(say('columnMissing', { tab, column: missing.header }));
    return p.positions;
  };
  return {
    invoices: plan('Invoices', ['invoice', 'client', 'issued', 'amount', 'currency', 'due', 'file']),
    tasks: plan('Tasks', ['invoice']),
  };
}

export function recordInvoice(
  ss: Spreadsheet,
  raw: RawTabs,
  invoice: {
    number: string;
    client: string;
    issued: LocalDate;
    amount: number;
    currency: string;
    due: LocalDate;
    file: string;
    taskRows: number[];
    unmarkRows: number[];
  },
  timeZone: string,
): { row: number } {
  const columns = invoiceColumns(raw);
  const values = raw.Invoices!;
  const at = columns.invoices;
  const numberAt = at.get('invoice')!;
  const existing = values.findIndex(
    (line, i) =>
      i > 0 &&
      String(line[numberAt] ?? '')
        .trim()
        .toLowerCase() === invoice.number.toLowerCase(),
  );
  const cells: Record<string, unknown> = {
    invoice: cellText(invoice.number),
    client: cellText(invoice.client),
    issued: startOfLocalDate(invoice.issued, timeZone),
    amount: invoice.amount,
    currency: invoice.currency,
    due: startOfLocalDate(invoice.due, timeZone),
    file: invoice.file,
  };
  const keys = Object.keys(cells);
  const last = Math.max(...keys.map((k) => at.get(k)!));
  const found = findTabs(ss, ['Invoices', 'Tasks']);
  const sheet = found.get('Invoices')!;
  let row: number;
  if (existing > 0) {
    // The same row: only the cells the invoice owns, one write per run of neighbouring ones. Cells
    // between (Paid on, the reminder columns, the user's own) are never rewritten, so a user's formula
    // stays a formula and text read from them can never come back as one.
    row = existing + 1;
    const owned = keys
      .map((k) => ({ column: at.get(k)!, value: cells[k] }))
      .sort((a, b) => a.column - b.column);
    let start = 0;
    for (let i = 1; i <= owned.length; i++) {
      if (i < owned.length && owned[i]!.column === owned[i - 1]!.column + 1) continue;
      const run = owned.slice(start, i);
      sheet.getRange(row, run[0]!.column + 1, 1, run.length).setValues([run.map((c) => c.value)]);
      start = i;
    }
  } else {
    row = values.length + 1;
    const line: unknown[] = new Array(last + 1).fill('');
    for (const k of keys) line[at.get(k)!] = cells[k];
    const maxRows = sheet.getMaxRows();
    if (row > maxRows) sheet.insertRowsAfter(maxRows, row - maxRows);
    sheet.getRange(row, 1, 1, line.length).setValues([line]);
  }
  // Only the Invoice cells of the billed tasks are written, as text (never a number or date), in one call.
  const tasks = found.get('Tasks')!;
  const letter = columnLetter(columns.tasks.get('invoice')!);
  const taskAt = columns.tasks.get('invoice')!;
  const taskValues = raw.Tasks!;
  const toMark = invoice.taskRows.filter(
    (r) =>
      String(taskValues[r - 1]?.[taskAt] ?? '')
        .trim()
        .toLowerCase() !== invoice.number.toLowerCase(),
  );
  if (toMark.length > 0)
    tasks.getRangeList(toMark.map((r) => `${letter}${r}`)).setValue(cellText(invoice.number));
  if (invoice.unmarkRows.length > 0)
    tasks.getRangeList(invoice.unmarkRows.map((r) => `${letter}${r}`)).setValue('');
  return { row };
}

/**
 * Issued means fixed: the day the add-on drafts the cover email that carries the invoice's PDF, that
 * invoice counts as sent. Today goes into its Sent on cell only when that cell was blank as read (a date
 * the user typed stays), in one write; without the column (setup adds it) nothing is written.
 */
export function markSentOn(
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null | undefined,
  raw: RawTabs,
  invoice: { row: number; sentOn?: LocalDate | null },
  today: LocalDate,
  timeZone: string,
): boolean {
  if (!sheet || invoice.sentOn || !raw.Invoices) return false;
  const at = planColumns(tabSpec('Invoices'), raw.Invoices[0] ?? []).positions.get('sentOn');
  if (at === undefined) return false;
  const cell = raw.Invoices[invoice.row - 1]?.[at];
  if (cell !== '' && cell !== null && cell !== undefined) return false;
  sheet.getRange(invoice.row, at + 1).setValue(startOfLocalDate(today, timeZone));
  return true;
}
