// "Set up tracking sheet": missing tabs and columns added, validation and flag rules set, sample data
// written on an empty spreadsheet; the user's own columns, rows and rules are kept.

import { cellText } from '../../domain/escape';
import { type SampleData, sampleData } from '../../domain/sample-data';
import { RULE_MARKER, flagRules, planColumns, validationFormula } from '../../domain/setup-plan';
import {
  HEADER_SEARCH_ROWS,
  SETTING_ROWS,
  TABS,
  type TabName,
  type ColumnSpec,
  type TabSpec,
  type ValidationSpec,
  findHeaderRow,
  hasContent,
  noHeaderSays,
  normalizeHeader,
} from '../../domain/tabs';
import { refuse } from '../../domain/problems/render';
import type { LocalDate } from '../../domain/types';
import type { SetupResult } from '../../server-api';
import { ensureRows, maxRowsOf, maxRowsSeen, toCell } from './cells';
import { refuseLostLogColumn } from './log-tabs';
import { type Sheet, type Spreadsheet, findTabs } from './reads';

function buildValidation(
  spec: ValidationSpec,
  column: number,
  tabs: Map<TabName, TabState>,
  help: string,
  firstRow: number,
  positions: ReadonlyMap<string, number>,
) {
  const builder = SpreadsheetApp.newDataValidation();
  switch (spec.kind) {
    case 'list':
      builder.requireValueInList([...spec.values], true);
      break;
    case 'column': {
      const other = tabs.get(spec.tab);
      const at = other?.positions.get(spec.column);
      if (!other || at === undefined) return null;
      const from = other.headerRow + 1;
      builder.requireValueInRange(
        other.sheet.getRange(from, at + 1, Math.max(1, maxRowsOf(other.sheet) - from + 1), 1),
        true,
      );
      break;
    }
    case 'date':
      builder.requireDate();
      break;
    case 'number':
      if (spec.min !== undefined && spec.max !== undefined) builder.requireNumberBetween(spec.min, spec.max);
      else if (spec.min !== undefined) builder.requireNumberGreaterThanOrEqualTo(spec.min);
      else builder.requireFormulaSatisfied(validationFormula('=ISNUMBER({cell})', column, firstRow));
      break;
    case 'checkbox':
      builder.requireCheckbox();
      break;
    case 'email':
      builder.requireTextIsEmail();
      break;
    case 'url':
      builder.requireTextIsUrl();
      break;
    case 'formula':
      builder.requireFormulaSatisfied(validationFormula(spec.formula, column, firstRow, positions));
      break;
  }
  const reject = spec.kind === 'checkbox' ? true : spec.reject;
  return builder.setAllowInvalid(!reject).setHelpText(help).build();
}

interface TabState {
  spec: TabSpec;
  sheet: Sheet;
  created: boolean;
  positions: Map<string, number>;
  hadData: boolean;
  /** The header row as Sheets numbers it: 1 unless blank rows or a title stand above the table. */
  headerRow: number;
}

/** Rows below the header down to the end of the grid (at least one). */
function dataRows(state: TabState): number {
  return Math.max(1, maxRowsOf(state.sheet) - state.headerRow);
}

/**
 * Creates or completes every tab. Keeps all user values where they are; running twice changes nothing.
 * A tab's header row is found as a person would (below a title or blank rows too), and everything is
 * written under that row; nothing is written above the user's table or into the user's header cells.
 */
export function setUpTrackingSheet(
  ss: Spreadsheet,
  options: { sample: boolean; today: LocalDate },
): SetupResult {
  const result: SetupResult = { tabsCreated: [], columnsAdded: [], rulesAdded: 0, sampleAdded: false };
  const states = new Map<TabName, TabState>();
  maxRowsSeen.clear();
  const found = findTabs(
    ss,
    TABS.map((t) => t.name),
  );

  // Every header row first: a tab with content but no header row stops setup before anything is
  // written. The first rows in one read ("1:N", whole rows): the header may stand below a title.
  const looked = TABS.map((spec) => {
    const sheet = found.get(spec.name) ?? null;
    if (!sheet) return { spec, sheet, top: [] as unknown[][], headerIndex: 0 };
    const top = sheet.getRange(`1:${Math.min(maxRowsOf(sheet), HEADER_SEARCH_ROWS)}`).getValues();
    return { spec, sheet, top, headerIndex: findHeaderRow(spec, top) };
  });
  const lost = looked.find((l) => l.headerIndex < 0 && hasContent(l.top));
  if (lost) refuse(...noHeaderSays(lost.spec));
  for (const l of looked) {
    if (l.spec.name === 'Reports' || l.spec.name === 'Drafts')
      refuseLostLogColumn(l.spec.name, l.top, l.headerIndex);
  }

  for (const { spec, sheet: existing, top, headerIndex } of looked) {
    const created = !existing;
    const sheet = existing ?? ss.insertSheet(spec.name);
    if (created) result.tabsCreated.push(spec.name);
    const headerRow = Math.max(0, headerIndex) + 1;
    const plan = planColumns(spec, top[headerRow - 1] ?? []);
    if (plan.missing.length > 0) {
      addColumns(sheet, plan.firstNewColumn, plan.missing, headerRow);
      result.columnsAdded.push(...plan.missing.map((c) => `${spec.name} › ${c.header}`));
    }
    // Frozen header on tabs setup makes or completes; a complete tab keeps the user's own choice.
    if (created || plan.missing.length > 0) sheet.setFrozenRows(headerRow);
    // Only the sample needs to know whether a tab already holds data below its header.
    const hadData = options.sample && !created ? sheet.getLastRow() > headerRow : false;
    states.set(spec.name, { spec, sheet, created, positions: plan.positions, hadData, headerRow });
  }

  const settingsState = states.get('Settings')!;
  addMissingSettings(settingsState, options.sample ? sampleData(options.today).settings : {});

  setColumnValidations(states);
  validateSettingValues(settingsState, states);

  result.rulesAdded = applyFlags(states);

  const dataTabs: TabName[] = ['Clients', 'Goals', 'Tasks', 'Invoices'];
  if (options.sample && dataTabs.every((t) => !states.get(t)!.hadData)) {
    writeSample(states, sampleData(options.today), ss.getSpreadsheetTimeZone());
    result.sampleAdded = true;
  }
  maxRowsSeen.clear();
  return result;
}

/** Our missing columns after the user's, under the header row: header, widths, formats in runs. */
function addColumns(sheet: Sheet, first: number, missing: readonly ColumnSpec[], headerRow: number): void {
  const needed = first + missing.length;
  const maxColumns = sheet.getMaxColumns();
  if (needed > maxColumns) sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
  const added = sheet.getRange(headerRow, first + 1, 1, missing.length);
  added.setValues([missing.map((c) => c.header)]);
  for (const run of runs(missing, (c) => c.width))
    sheet.setColumnWidths(first + 1 + run.start, run.length, run.key);
  // Data cells only: the header cell keeps whatever format it has.
  const rows = Math.max(1, maxRowsOf(sheet) - headerRow);
  for (const run of runs(missing, (c) => (c.format ? 'formatted' : null))) {
    const formats = missing.slice(run.start, run.start + run.length).map((c) => c.format!);
    sheet
      .getRange(headerRow + 1, first + 1 + run.start, rows, run.length)
      .setNumberFormats(repeatRow(formats, rows));
  }
  // Only the header cells written here: the user's own header cells keep their look.
  added.setFontWeight('bold');
}

/** Runs of neighbours with the same non-null key: [start, start + length) in `items`. */
function runs<T, K>(
  items: readonly T[],
  keyOf: (item: T, index: number) => K | null,
): { start: number; length: number; key: K }[] {
  const found: { start: number; length: number; key: K }[] = [];
  items.forEach((item, i) => {
    const key = keyOf(item, i);
    const last = found[found.length - 1];
    if (key === null) return;
    if (last && last.key === key && last.start + last.length === i) last.length += 1;
    else found.push({ start: i, length: 1, key });
  });
  return found;
}

/** A rows × columns grid whose rows are all the same array (read only by the service). */
function repeatRow<T>(row: T[], rows: number): T[][] {
  return new Array<T[]>(rows).fill(row);
}

/**
 * Each data tab's column rules over its data rows: one setDataValidation(rule) per ruled column, on the
 * whole column range from the first data row. That is the documented route for a custom formula: it is
 * read as if typed for the range's top-left cell (the first data row, which validationFormula writes it
 * for), and its relative references move from there to every other cell, as in the Sheets UI (Sheets
 * help, data validation: https://support.google.com/docs/answer/186103 ; conditional formatting's
 * custom formulas alike: https://support.google.com/docs/answer/78413 ; a condition's value "is parsed
 * as if the user typed into a cell", Sheets API ConditionValue:
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#ConditionValue).
 * setDataValidations(rules[][]) is not used: whether it re-anchors a repeated rule per cell is
 * documented nowhere. Columns without a rule of ours are never touched (they may hold the user's own),
 * and a rule replaces, never stacks.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidation(DataValidation)
 */
function setColumnValidations(states: Map<TabName, TabState>): void {
  for (const state of states.values()) {
    if (state.spec.log || state.spec.name === 'Settings') continue;
    const rows = dataRows(state);
    for (const column of state.spec.columns) {
      if (!column.validation) continue;
      const at = state.positions.get(column.key)!;
      const rule = buildValidation(
        column.validation,
        at,
        states,
        column.help,
        state.headerRow + 1,
        state.positions,
      );
      if (rule) state.sheet.getRange(state.headerRow + 1, at + 1, rows, 1).setDataValidation(rule);
    }
  }
}

function addMissingSettings(state: TabState, sample: Partial<Record<string, string>>): void {
  const sheet = state.sheet;
  const lastRow = sheet.getLastRow();
  const first = state.headerRow + 1;
  const settingColumn = state.positions.get('setting')!;
  const valueColumn = state.positions.get('value')!;
  const names =
    lastRow >= first
      ? sheet
          .getRange(first, settingColumn + 1, lastRow - first + 1, 1)
          .getValues()
          .map((r) => normalizeHeader(r[0]))
      : [];
  const missing = SETTING_ROWS.filter((s) => !names.includes(normalizeHeader(s.name)));
  if (missing.length === 0) return;
  const width = Math.max(settingColumn, valueColumn) + 1;
  const block = missing.map((s) => {
    const row: unknown[] = new Array(width).fill('');
    row[settingColumn] = s.name;
    row[valueColumn] = cellText(sample[s.key] ?? s.defaultValue);
    return row;
  });
  const start = Math.max(lastRow, state.headerRow) + 1;
  ensureRows(sheet, start + block.length - 1);
  sheet.getRange(start, 1, block.length, width).setValues(block);
}

function validateSettingValues(state: TabState, tabs: Map<TabName, TabState>): void {
  const sheet = state.sheet;
  const lastRow = sheet.getLastRow();
  const first = state.headerRow + 1;
  if (lastRow < first) return;
  const settingColumn = state.positions.get('setting')!;
  const valueColumn = state.positions.get('value')!;
  const names = sheet
    .getRange(first, settingColumn + 1, lastRow - first + 1, 1)
    .getValues()
    .map((r) => normalizeHeader(r[0]));
  for (const setting of SETTING_ROWS) {
    if (!setting.validation) continue;
    const index = names.indexOf(normalizeHeader(setting.name));
    if (index < 0) continue;
    const rule = buildValidation(
      setting.validation,
      valueColumn,
      tabs,
      setting.help,
      first + index,
      state.positions,
    );
    if (rule) sheet.getRange(index + first, valueColumn + 1).setDataValidation(rule);
  }
}

/** Replaces the add-on's own flag rules (found by marker) and keeps every rule of the user's. */
function applyFlags(states: Map<TabName, TabState>): number {
  const wanted = flagRules(
    Object.fromEntries([...states].map(([n, s]) => [n, s.positions])),
    Object.fromEntries([...states].map(([n, s]) => [n, s.headerRow + 1])),
  );
  let added = 0;
  for (const tab of new Set(wanted.map((r) => r.tab))) {
    const state = states.get(tab)!;
    const sheet = state.sheet;
    const current = sheet.getConditionalFormatRules();
    const formulaOf = (rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule) =>
      String(rule.getBooleanCondition()?.getCriteriaValues()[0] ?? '');
    const users = current.filter((r) => !formulaOf(r).includes(`"${RULE_MARKER}`));
    const ours = current.filter((r) => formulaOf(r).includes(`"${RULE_MARKER}`));
    const rows = dataRows(state);
    const mine = wanted.filter((r) => r.tab === tab);
    const same = ours.length === mine.length && mine.every((r, i) => formulaOf(ours[i]!) === r.formula);
    if (same) continue;
    const built = mine.map((r) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(r.formula)
        .setBackground(r.background)
        .setRanges([
          sheet.getRange(state.headerRow + 1, r.fromColumn + 1, rows, r.toColumn - r.fromColumn + 1),
        ])
        .build(),
    );
    sheet.setConditionalFormatRules([...users, ...built]);
    added += mine.length;
  }
  return added;
}

function writeSample(states: Map<TabName, TabState>, sample: SampleData, timeZone: string): void {
  for (const tab of ['Clients', 'Goals', 'Tasks', 'Invoices'] as const) {
    const state = states.get(tab)!;
    const rows = sample[tab];
    if (rows.length === 0) continue;
    const width = Math.max(...state.positions.values()) + 1;
    const block = rows.map((record) => {
      const line: unknown[] = new Array(width).fill('');
      for (const [key, value] of Object.entries(record)) {
        const at = state.positions.get(key);
        if (at !== undefined && value !== '') line[at] = toCell(value, timeZone);
      }
      return line;
    });
    ensureRows(state.sheet, state.headerRow + block.length);
    state.sheet.getRange(state.headerRow + 1, 1, block.length, width).setValues(block);
  }
}
