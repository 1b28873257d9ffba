// Where the Tasks tab's columns stand, for the actions that write into it (classifying, the timer):
// found by header as the reader finds them, below a title row too, and refused with the column named
// when one they need is missing (setup puts it back).

import { say } from './problems';
import { refuse } from './problems/render';
import { findColumns } from './read-tracker/tab-reader';
import { tabSpec } from './tabs';
import { findHeaderRow } from './tabs/header-row';

export interface TasksColumns {
  /** 0-based index of the header row in the tab's values. */
  header: number;
  /** 0-based column by the Tasks spec's key. */
  at: Map<string, number>;
}

export function tasksColumns(
  values: unknown[][] | null | undefined,
  required: readonly string[],
): TasksColumns {
  const spec = tabSpec('Tasks');
  if (!values) refuse(say('tabMissing', { tab: spec.name }));
  const header = findHeaderRow(spec, values);
  if (header < 0) refuse(say('tabMissing', { tab: spec.name }));
  const at = findColumns(spec, values[header] ?? [], []).index;
  for (const key of required) {
    if (!at.has(key)) {
      const column = spec.columns.find((c) => c.key === key)!.header;
      refuse(say('columnMissing', { tab: spec.name, column }));
    }
  }
  return { header, at };
}

/** A new row's cells by key, placed at their columns; columns the tab lacks are left out. */
export function taskLine(at: ReadonlyMap<string, number>, cells: Record<string, unknown>): unknown[] {
  const placed = Object.keys(cells).filter((k) => at.has(k));
  const width = Math.max(0, ...placed.map((k) => at.get(k)! + 1));
  const line: unknown[] = new Array(width).fill('');
  for (const k of placed) line[at.get(k)!] = cells[k];
  return line;
}
