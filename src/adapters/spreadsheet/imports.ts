// Writes an import: the new Tasks rows in one block under the last row that holds anything, and the
// Clients › Tracker names cells that changed, one each (as many as clients given a new name, never
// one per entry). Text goes in as text: a description that starts with = + - or @ is never a formula.

import type { SampleCell } from '../../domain/sample-data';
import { toCell, ensureRows } from './cells';
import type { Sheet } from './reads';

export function writeImport(
  tasks: Sheet,
  clients: Sheet,
  plan: {
    firstRow: number;
    rows: SampleCell[][];
    trackerCells: { row: number; column: number; value: string }[];
  },
  timeZone: string,
): void {
  if (plan.rows.length > 0) {
    const width = Math.max(...plan.rows.map((r) => r.length));
    const values = plan.rows.map((r) => {
      const line = r.map((v) => toCell(v, timeZone));
      while (line.length < width) line.push('');
      return line;
    });
    ensureRows(tasks, plan.firstRow + values.length - 1);
    // https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
    tasks.getRange(plan.firstRow, 1, values.length, width).setValues(values);
  }
  for (const cell of plan.trackerCells)
    clients.getRange(cell.row, cell.column).setValue(toCell(cell.value, timeZone));
}
