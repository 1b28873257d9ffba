// The tab finder and the batch reads: the one way a tab is found and read.

import type { RawTabs } from '../../domain/read-tracker';
import { say } from '../../domain/problems';
import {
  HEADER_SEARCH_ROWS,
  TABS,
  type TabName,
  findHeaderRow,
  normalizeHeader,
  normalizeTabName,
  tabClashSays,
} from '../../domain/tabs';
import type { CellRef } from '../../server-api';
import { refuse } from '../../domain/problems/render';

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The editor's UI, for the menu's dialogs. */
export function spreadsheetUi(): GoogleAppsScript.Base.Ui {
  return SpreadsheetApp.getUi();
}

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/**
 * Each tab as a person would find it: the tab of that exact name, else the one tab whose name reads
 * the same without case or extra spaces ("clients", "Tasks "). Two such tabs: which one is meant cannot
 * be told, so it stops and names them. The exact names cost nothing more than before (handles); only
 * when a tab is not found so does it list the tabs once.
 */
export function findTabs(ss: Spreadsheet, names: readonly TabName[]): Map<TabName, Sheet | null> {
  return findByName(ss, names);
}

/**
 * A tab the add-on names itself (Dashboard, Self-test) or a problem names, by its exact name: one call
 * whatever the number of tabs, so the self-test's call budget does not grow with the workbook.
 */
export function findOwnTab(ss: Spreadsheet, name: string): Sheet | null {
  return ss.getSheetByName(name);
}

/**
 * With findOwnTab, the tab finder: the only place a tab is looked up by name (getSheetByName), checked
 * by test/architecture.test.ts.
 */
function findByName<N extends string>(ss: Spreadsheet, names: readonly N[]): Map<N, Sheet | null> {
  const found = new Map<N, Sheet | null>();
  const missing: N[] = [];
  for (const name of names) {
    const sheet = ss.getSheetByName(name);
    found.set(name, sheet);
    if (!sheet) missing.push(name);
  }
  if (missing.length === 0) return found;
  const all = ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
  for (const name of missing) {
    const like = all.filter((t) => normalizeTabName(t.name) === normalizeTabName(name));
    if (like.length > 1)
      refuse(
        ...tabClashSays(
          name,
          like.map((t) => t.name),
        ),
      );
    found.set(name, like[0]?.sheet ?? null);
  }
  return found;
}

/** Tabs read, with the sheets they were read from (for writing back under the same header). */
export interface OpenTabs {
  raw: RawTabs;
  sheets: Map<TabName, Sheet | null>;
}

/** One batch read per tab: getDataRange().getValues(). Missing tabs come back as null. */
export function openTabs(ss: Spreadsheet, names: readonly TabName[]): OpenTabs {
  const sheets = findTabs(ss, names);
  const raw: RawTabs = {};
  for (const name of names) {
    const sheet = sheets.get(name);
    raw[name] = sheet ? sheet.getDataRange().getValues() : null;
  }
  return { raw, sheets };
}

export function readTabs(ss: Spreadsheet, names: readonly TabName[]): RawTabs {
  return openTabs(ss, names).raw;
}

/**
 * Jumps to a cell a problem names: its tab found as above, its column by header in the header row
 * (which may stand below a title), looked for where the tab reader looks.
 */
export function selectCell(ss: Spreadsheet, ref: CellRef): void {
  const spec = TABS.find((t) => t.name === ref.sheet);
  const sheet = spec ? findTabs(ss, [spec.name]).get(spec.name) : findOwnTab(ss, String(ref.sheet));
  if (!sheet) refuse(say('tabGone', { tab: ref.sheet }));
  const row = Math.max(1, Math.floor(Number(ref.row)) || 1);
  let column = 1;
  if (spec && ref.column) {
    const lastRow = Math.max(1, Math.min(sheet.getLastRow(), HEADER_SEARCH_ROWS));
    const top = sheet.getRange(1, 1, lastRow, Math.max(1, sheet.getLastColumn())).getValues();
    const header = top[Math.max(0, findHeaderRow(spec, top))] ?? [];
    const found = header.findIndex((h) => normalizeHeader(h) === normalizeHeader(ref.column));
    if (found >= 0) column = found + 1;
  }
  sheet.getRange(row, column).activate();
}

/** Whether the tracking tabs exist at all (the sidebar offers setup when not). */
export function hasTrackingTabs(ss: Spreadsheet): boolean {
  const found = findTabs(ss, ['Tasks', 'Clients']);
  return found.get('Tasks') !== null && found.get('Clients') !== null;
}
