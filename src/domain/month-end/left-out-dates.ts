// The day of each Tasks row the tracker left out for an error, read from the tab's own cells: a task
// with neither goal nor mark then stands in the way of its own month's close only. Pure.

import { readDate } from '../cells';
import type { RawTabs } from '../read-tracker';
import { findHeaderRow, normalizeHeader, tabSpec } from '../tabs';
import type { LocalDate, Tracker } from '../types';

export function leftOutDates(raw: RawTabs, tracker: Tracker, timeZone: string): Map<number, LocalDate> {
  const dates = new Map<number, LocalDate>();
  const values = raw.Tasks;
  if (!values) return dates;
  const spec = tabSpec('Tasks');
  const header = findHeaderRow(spec, values);
  if (header < 0) return dates;
  const dateHeader = normalizeHeader(spec.columns.find((c) => c.key === 'date')?.header ?? 'Date');
  const column = (values[header] ?? []).findIndex((cell) => normalizeHeader(cell) === dateHeader);
  if (column < 0) return dates;
  for (const d of tracker.diagnostics) {
    if (d.sheet !== 'Tasks' || d.severity !== 'error' || d.scope === 'tab' || dates.has(d.row)) continue;
    // Diagnostic rows are as Sheets shows them (the first line of the values is row 1).
    const date = readDate(values[d.row - 1]?.[column], timeZone);
    if (date.ok && date.value) dates.set(d.row, date.value);
  }
  return dates;
}
