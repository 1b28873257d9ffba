// The add-on's own log tabs (Reports, Drafts): made when missing, appended to under their header.

import type { SampleCell } from '../../domain/sample-data';
import { planColumns } from '../../domain/setup-plan';
import { findHeaderRow, hasContent, noHeaderSays, tabSpec } from '../../domain/tabs';
import { say } from '../../domain/problems';
import { refuse } from '../../domain/problems/render';
import { ensureRows, toCell } from './cells';
import type { Sheet, Spreadsheet } from './reads';

/** A log tab of the add-on's own (Reports, Drafts), ready to take rows under its header. */
export interface LogTab {
  sheet: Sheet;
  positions: Map<string, number>;
  /** The row the next entry goes in, as Sheets numbers it. */
  nextRow: number;
}

/** Log columns by which earlier entries are recognised (reminders due, the report to send). */
const RECOGNISED: Record<'Reports' | 'Drafts', readonly string[]> = {
  Drafts: ['date', 'kind', 'client', 'subject'],
  Reports: ['client', 'month', 'link'],
};

/**
 * A column that recognises earlier entries cannot simply be added again when entries exist: they sit
 * under the renamed header, the new column would be empty for them, and everything they record would
 * be made again. Then the fix is the user's, and nothing is made (or set up) until it is done.
 */
export function refuseLostLogColumn(
  name: 'Reports' | 'Drafts',
  values: unknown[][] | null | undefined,
  headerIndex: number,
): void {
  if (!values || headerIndex < 0 || !hasContent(values.slice(headerIndex + 1))) return;
  const plan = planColumns(tabSpec(name), values[headerIndex]!);
  const lost = plan.missing.find((c) => RECOGNISED[name].includes(c.key));
  if (lost) refuse(say('logColumnLost', { tab: name, column: lost.header }));
}

/**
 * The add-on's own log tab, made ready BEFORE anything is made that it must record: created with its
 * header when missing (one step, by the action that needs it), its missing columns appended after
 * the last used one when a header was renamed or deleted. `values` is the tab as read this run.
 * A tab of that name holding something that is not a log (no header row found) is not touched.
 */
export function ensureLogTab(
  ss: Spreadsheet,
  name: 'Reports' | 'Drafts',
  sheet: Sheet | null | undefined,
  values: unknown[][] | null | undefined,
): LogTab {
  const spec = tabSpec(name);
  const found = sheet && values ? findHeaderRow(spec, values) : -1;
  if (sheet && values && found < 0 && hasContent(values)) refuse(...noHeaderSays(spec));
  const headerIndex = Math.max(0, found);
  const plan = planColumns(spec, values?.[headerIndex] ?? []);
  refuseLostLogColumn(name, values, found);
  const tab = sheet ?? ss.insertSheet(name);
  if (plan.missing.length > 0) {
    const needed = plan.firstNewColumn + plan.missing.length;
    const maxColumns = tab.getMaxColumns();
    if (needed > maxColumns) tab.insertColumnsAfter(maxColumns, needed - maxColumns);
    tab
      .getRange(headerIndex + 1, plan.firstNewColumn + 1, 1, plan.missing.length)
      .setValues([plan.missing.map((c) => c.header)]);
    if (!sheet) tab.setFrozenRows(1);
  }
  const used = values && hasContent(values) ? values.length : 0;
  return { sheet: tab, positions: plan.positions, nextRow: Math.max(used, headerIndex + 1) + 1 };
}

/** Appends rows to a log tab under its header, in one write; text stays text, dates are dates. */
export function appendLogRows(log: LogTab, records: Record<string, unknown>[], timeZone: string): void {
  if (records.length === 0) return;
  const width = Math.max(...log.positions.values()) + 1;
  const block = records.map((record) => {
    const line: unknown[] = new Array(width).fill('');
    for (const [key, value] of Object.entries(record)) {
      const at = log.positions.get(key);
      if (at === undefined || value === null || value === undefined) continue;
      line[at] = toCell(value as SampleCell, timeZone);
    }
    return line;
  });
  ensureRows(log.sheet, log.nextRow + block.length - 1);
  log.sheet.getRange(log.nextRow, 1, block.length, width).setValues(block);
  log.nextRow += block.length;
}
