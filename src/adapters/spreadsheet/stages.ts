// The reminder stage written back to the Invoices tab once its draft is made.

import { columnLetter } from '../../domain/a1';
import { startOfLocalDate } from '../../domain/dates';
import { findHeaderRow, normalizeHeader, tabSpec } from '../../domain/tabs';
import type { DraftLogEntry, LocalDate } from '../../domain/types';
import { type LogTab, appendLogRows } from './log-tabs';
import type { Sheet } from './reads';

/** Where an invoice's reminder is recorded: its Reminder stage and Last reminder columns (0-based). */
export interface StageColumns {
  sheet: Sheet;
  stage: number;
  last: number;
}

/** The Invoices tab's stage columns as read this run; null when either is missing (nothing is recorded). */
export function stageColumns(
  sheet: Sheet | null | undefined,
  values: unknown[][] | null | undefined,
): StageColumns | null {
  if (!sheet || !values) return null;
  const spec = tabSpec('Invoices');
  const headerIndex = findHeaderRow(spec, values);
  if (headerIndex < 0) return null;
  const header = values[headerIndex]!;
  const at = (key: string) =>
    header.findIndex(
      (h) => normalizeHeader(h) === normalizeHeader(spec.columns.find((c) => c.key === key)!.header),
    );
  const stage = at('reminderStage');
  const last = at('lastReminder');
  return stage < 0 || last < 0 ? null : { sheet, stage, last };
}

/**
 * Rows (as Sheets numbers them) whose Reminder stage or Last reminder cell holds a formula. Those
 * cells are the add-on's to write, but writing one would replace the user's formula with a value,
 * so such an invoice is not chased (the caller says why). One read, only when a chaser is due.
 */
export function rowsWithStageFormulas(columns: StageColumns): Set<number> {
  const formulas = columns.sheet.getDataRange().getFormulas();
  const rows = new Set<number>();
  formulas.forEach((line, i) => {
    if (line[columns.stage] || line[columns.last]) rows.add(i + 1);
  });
  return rows;
}

/**
 * Records drafts made: the stage and date on each reminded invoice, and a Drafts log row per draft.
 * Only the cells this run owns are written, each with the value it computed (a number, a date),
 * never text and never values read earlier, so no formula or text of the user's is rewritten.
 * RangeList.setValue writes one value to many cells in one call, so the calls stay fixed: one per
 * stage drafted (at most three) and one for the date, whatever the number of invoices.
 * https://developers.google.com/apps-script/reference/spreadsheet/range-list#setValue(Object)
 */
export function recordDrafts(
  columns: StageColumns | null,
  log: LogTab,
  drafts: readonly Omit<DraftLogEntry, 'row'>[],
  invoiceRows: readonly { row: number; stage: number }[],
  today: LocalDate,
  timeZone: string,
): void {
  if (drafts.length === 0) return;
  if (columns && invoiceRows.length > 0) {
    const cell = (row: number, column: number) => `${columnLetter(column)}${row}`;
    for (const stage of [...new Set(invoiceRows.map((r) => r.stage))].sort()) {
      const cells = invoiceRows.filter((r) => r.stage === stage).map((r) => cell(r.row, columns.stage));
      columns.sheet.getRangeList(cells).setValue(stage);
    }
    columns.sheet
      .getRangeList(invoiceRows.map((r) => cell(r.row, columns.last)))
      .setValue(startOfLocalDate(today, timeZone));
  }
  appendLogRows(
    log,
    drafts.map((d) => ({
      date: { date: d.date },
      kind: d.kind,
      client: d.client,
      invoice: d.invoice,
      stage: d.stage ?? '',
      to: d.to,
      subject: d.subject,
      draftId: d.draftId,
    })),
    timeZone,
  );
}
