// Values as they go into cells, and the grid grown before a write beyond it.

import { startOfLocalDate } from '../../domain/dates';
import { cellText } from '../../domain/escape';
import type { SampleCell } from '../../domain/sample-data';
import type { LocalDate } from '../../domain/types';
import type { Sheet } from './reads';

/** A value for a cell: text stays text (never a formula), dates become date cells in the sheet's zone. */
export function toCell(value: SampleCell | LocalDate | number | boolean, timeZone: string): unknown {
  if (typeof value === 'object' && value !== null && 'date' in value)
    return startOfLocalDate(value.date, timeZone);
  if (typeof value === 'string') return cellText(value);
  return value;
}

/**
 * Rows per tab, asked once per setup (ensureRows forgets a tab it grows). Cleared at the start and
 * end of each setup: the local runtime keeps module state from one execution to the next.
 */
export const maxRowsSeen = new Map<Sheet, number>();

export function maxRowsOf(sheet: Sheet): number {
  let rows = maxRowsSeen.get(sheet);
  if (rows === undefined) {
    rows = sheet.getMaxRows();
    maxRowsSeen.set(sheet, rows);
  }
  return rows;
}

/** getRange beyond the grid throws (Sheet.getRange reference), so grow the sheet first. */
export function ensureRows(sheet: Sheet, lastNeeded: number): void {
  // Asked afresh: log writes run outside setup, where the remembered sizes are not kept.
  const maxRows = sheet.getMaxRows();
  if (lastNeeded > maxRows) {
    sheet.insertRowsAfter(maxRows, lastNeeded - maxRows);
    maxRowsSeen.delete(sheet);
  }
}
