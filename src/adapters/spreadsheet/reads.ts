// The tab finder and the batch reads: the one way a tab is found and read.

import type { RawTabs } from '../../domain/read-tracker';
import { type TabName, normalizeTabName, tabClashSays } from '../../domain/tabs';
import { refuse } from '../../domain/problems/render';

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
  const found = new Map<TabName, Sheet | null>();
  const missing: TabName[] = [];
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

/** Whether the tracking tabs exist at all (the sidebar offers setup when not). */
export function hasTrackingTabs(ss: Spreadsheet): boolean {
  const found = findTabs(ss, ['Tasks', 'Clients']);
  return found.get('Tasks') !== null && found.get('Clients') !== null;
}
