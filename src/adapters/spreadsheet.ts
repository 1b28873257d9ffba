// The only module that talks to SpreadsheetApp. Reads each tab with one batch read, writes in blocks,
// and never loops over rows with a service call.

import { startOfLocalDate } from '../domain/dates';
import { cellText } from '../domain/escape';
import type { RawTabs } from '../domain/read-tracker';
import { type SampleCell, type SampleData, sampleData } from '../domain/sample-data';
import { RULE_MARKER, flagRules, planColumns, validationFormula } from '../domain/setup-plan';
import {
  type ColumnSpec,
  SETTING_ROWS,
  TABS,
  type TabName,
  type TabSpec,
  type ValidationSpec,
  normalizeHeader,
  tabSpec,
} from '../domain/tabs';
import type { LocalDate } from '../domain/types';
import type { SetupResult } from '../server-api';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** One batch read per tab: getDataRange().getValues(). Missing tabs come back as null. */
export function readTabs(ss: Spreadsheet, names: readonly TabName[]): RawTabs {
  const raw: RawTabs = {};
  for (const name of names) {
    const sheet = ss.getSheetByName(name);
    raw[name] = sheet ? sheet.getDataRange().getValues() : null;
  }
  return raw;
}

/** A value for a cell: text stays text (never a formula), dates become date cells in the sheet's zone. */
export function toCell(value: SampleCell | LocalDate | number | boolean, timeZone: string): unknown {
  if (typeof value === 'object' && value !== null && 'date' in value)
    return startOfLocalDate(value.date, timeZone);
  if (typeof value === 'string') return cellText(value);
  return value;
}

function buildValidation(
  spec: ValidationSpec,
  column: number,
  ss: Spreadsheet,
  positions: Map<TabName, Map<string, number>>,
  help: string,
  /** The first row of the range the rule goes on: custom formulas are written for its top-left cell. */
  row = 2,
) {
  const builder = SpreadsheetApp.newDataValidation();
  switch (spec.kind) {
    case 'list':
      builder.requireValueInList([...spec.values], true);
      break;
    case 'column': {
      const sheet = ss.getSheetByName(spec.tab);
      const at = positions.get(spec.tab)?.get(spec.column);
      if (!sheet || at === undefined) return null;
      builder.requireValueInRange(sheet.getRange(2, at + 1, Math.max(1, maxRowsOf(sheet) - 1), 1), true);
      break;
    }
    case 'date':
      builder.requireDate();
      break;
    case 'number':
      if (spec.min !== undefined && spec.max !== undefined) builder.requireNumberBetween(spec.min, spec.max);
      else if (spec.min !== undefined) builder.requireNumberGreaterThanOrEqualTo(spec.min);
      else builder.requireFormulaSatisfied(validationFormula('=ISNUMBER({cell})', column, row));
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
      builder.requireFormulaSatisfied(validationFormula(spec.formula, column, row));
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
}

/** Creates or completes every tab. Keeps all user values where they are; running twice changes nothing. */
export function setUpTrackingSheet(
  ss: Spreadsheet,
  options: { sample: boolean; today: LocalDate },
): SetupResult {
  const result: SetupResult = { tabsCreated: [], columnsAdded: [], rulesAdded: 0, sampleAdded: false };
  const states = new Map<TabName, TabState>();
  maxRowsSeen.clear();

  for (const spec of TABS) {
    // getSheetByName is a handle (null when the tab is missing); listing tabs and their names is not.
    const found = ss.getSheetByName(spec.name);
    const created = !found;
    const sheet = found ?? ss.insertSheet(spec.name);
    if (created) result.tabsCreated.push(spec.name);
    // Only the sample needs to know whether a tab already holds data.
    const hadData = options.sample && !created ? sheet.getLastRow() > 1 : false;
    // The whole first row in one read ("1:1"), trailing blanks included: planColumns skips them.
    const header = created ? [] : sheet.getRange('1:1').getValues()[0]!;
    const plan = planColumns(spec, header);
    if (plan.missing.length > 0) addColumns(sheet, plan.firstNewColumn, plan.missing);
    if (plan.missing.length > 0)
      result.columnsAdded.push(...plan.missing.map((c) => `${spec.name} › ${c.header}`));
    // Frozen header on tabs setup makes or completes; a complete tab keeps the user's own choice.
    if (created || plan.missing.length > 0) sheet.setFrozenRows(1);
    states.set(spec.name, { spec, sheet, created, positions: plan.positions, hadData });
  }

  const positions = new Map<TabName, Map<string, number>>(
    [...states].map(([name, s]) => [name, s.positions]),
  );
  const settingsState = states.get('Settings')!;
  addMissingSettings(settingsState, options.sample ? sampleData(options.today).settings : {});

  setColumnValidations(states, ss, positions);
  validateSettingValues(settingsState, ss, positions);

  result.rulesAdded = applyFlags(states);

  const dataTabs: TabName[] = ['Clients', 'Goals', 'Tasks', 'Invoices'];
  if (options.sample && dataTabs.every((t) => !states.get(t)!.hadData)) {
    writeSample(states, sampleData(options.today), ss.getSpreadsheetTimeZone());
    result.sampleAdded = true;
  }
  maxRowsSeen.clear();
  return result;
}

/**
 * Appends the missing columns at `first` (0-based): headers in one write, widths per run of equal
 * width (setColumnWidths), number formats per run of formatted columns (setNumberFormats), bold header.
 */
function addColumns(sheet: Sheet, first: number, missing: readonly ColumnSpec[]): void {
  const needed = first + missing.length;
  const maxColumns = sheet.getMaxColumns();
  if (needed > maxColumns) sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
  sheet.getRange(1, first + 1, 1, missing.length).setValues([missing.map((c) => c.header)]);
  for (const run of runs(missing, (c) => c.width))
    sheet.setColumnWidths(first + 1 + run.start, run.length, run.key);
  const rows = Math.max(1, maxRowsOf(sheet) - 1);
  for (const run of runs(missing, (c) => (c.format ? 'formatted' : null))) {
    const formats = missing.slice(run.start, run.start + run.length).map((c) => c.format!);
    sheet.getRange(2, first + 1 + run.start, rows, run.length).setNumberFormats(repeatRow(formats, rows));
  }
  sheet.getRange(1, 1, 1, needed).setFontWeight('bold');
}

/**
 * Rows per tab, asked once per setup (ensureRows forgets a tab it grows). Cleared at the start and
 * end of each setup: the local runtime keeps module state from one execution to the next.
 */
const maxRowsSeen = new Map<Sheet, number>();

function maxRowsOf(sheet: Sheet): number {
  let rows = maxRowsSeen.get(sheet);
  if (rows === undefined) {
    rows = sheet.getMaxRows();
    maxRowsSeen.set(sheet, rows);
  }
  return rows;
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
 * Each data tab's column rules over its data rows, in one setDataValidations call per run of
 * neighbouring columns that have a rule. Not one block over the whole header: a null entry removes
 * validation (setDataValidation: "null to remove"; setDataValidations takes DataValidation|null per
 * cell, https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidations(DataValidation)),
 * and columns without a rule of ours may hold the user's own rules. A rule replaces, never stacks.
 */
function setColumnValidations(
  states: Map<TabName, TabState>,
  ss: Spreadsheet,
  positions: Map<TabName, Map<string, number>>,
): void {
  for (const state of states.values()) {
    if (state.spec.log || state.spec.name === 'Settings') continue;
    const byPosition = new Map<number, GoogleAppsScript.Spreadsheet.DataValidation>();
    for (const column of state.spec.columns) {
      if (!column.validation) continue;
      const at = state.positions.get(column.key)!;
      const rule = buildValidation(column.validation, at, ss, positions, column.help);
      if (rule) byPosition.set(at, rule);
    }
    if (byPosition.size === 0) continue;
    const rows = Math.max(1, maxRowsOf(state.sheet) - 1);
    const columns = [...byPosition.keys()].sort((a, b) => a - b);
    for (const run of runs(columns, (at, i) => at - i)) {
      const rules = columns.slice(run.start, run.start + run.length).map((at) => byPosition.get(at)!);
      state.sheet
        .getRange(2, columns[run.start]! + 1, rows, run.length)
        .setDataValidations(repeatRow(rules, rows));
    }
  }
}

function addMissingSettings(state: TabState, sample: Partial<Record<string, string>>): void {
  const sheet = state.sheet;
  const lastRow = sheet.getLastRow();
  const settingColumn = state.positions.get('setting')!;
  const valueColumn = state.positions.get('value')!;
  const names =
    lastRow > 1
      ? sheet
          .getRange(2, settingColumn + 1, lastRow - 1, 1)
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
  const start = Math.max(lastRow, 1) + 1;
  ensureRows(sheet, start + block.length - 1);
  sheet.getRange(start, 1, block.length, width).setValues(block);
}

/** getRange beyond the grid throws (Sheet.getRange reference), so grow the sheet first. */
function ensureRows(sheet: Sheet, lastNeeded: number): void {
  const maxRows = sheet.getMaxRows();
  if (lastNeeded > maxRows) {
    sheet.insertRowsAfter(maxRows, lastNeeded - maxRows);
    maxRowsSeen.delete(sheet);
  }
}

function validateSettingValues(
  state: TabState,
  ss: Spreadsheet,
  positions: Map<TabName, Map<string, number>>,
): void {
  const sheet = state.sheet;
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return;
  const settingColumn = state.positions.get('setting')!;
  const valueColumn = state.positions.get('value')!;
  const names = sheet
    .getRange(2, settingColumn + 1, lastRow - 1, 1)
    .getValues()
    .map((r) => normalizeHeader(r[0]));
  for (const setting of SETTING_ROWS) {
    if (!setting.validation) continue;
    const index = names.indexOf(normalizeHeader(setting.name));
    if (index < 0) continue;
    const row = index + 2;
    const rule = buildValidation(setting.validation, valueColumn, ss, positions, setting.help, row);
    if (rule) sheet.getRange(row, valueColumn + 1).setDataValidation(rule);
  }
}

/** Replaces the add-on's own flag rules (found by marker) and keeps every rule of the user's. */
function applyFlags(states: Map<TabName, TabState>): number {
  const wanted = flagRules(Object.fromEntries([...states].map(([n, s]) => [n, s.positions])));
  let added = 0;
  for (const tab of new Set(wanted.map((r) => r.tab))) {
    const sheet = states.get(tab)!.sheet;
    const current = sheet.getConditionalFormatRules();
    const formulaOf = (rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule) =>
      String(rule.getBooleanCondition()?.getCriteriaValues()[0] ?? '');
    const users = current.filter((r) => !formulaOf(r).includes(`"${RULE_MARKER}`));
    const ours = current.filter((r) => formulaOf(r).includes(`"${RULE_MARKER}`));
    const rows = Math.max(1, maxRowsOf(sheet) - 1);
    const mine = wanted.filter((r) => r.tab === tab);
    const same = ours.length === mine.length && mine.every((r, i) => formulaOf(ours[i]!) === r.formula);
    if (same) continue;
    const built = mine.map((r) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(r.formula)
        .setBackground(r.background)
        .setRanges([sheet.getRange(2, r.fromColumn + 1, rows, r.toColumn - r.fromColumn + 1)])
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
    ensureRows(state.sheet, block.length + 1);
    state.sheet.getRange(2, 1, block.length, width).setValues(block);
  }
}

/** Whether the tracking tabs exist at all (the sidebar offers setup when not). */
export function hasTrackingTabs(ss: Spreadsheet): boolean {
  return (
    ss.getSheetByName(tabSpec('Tasks').name) !== null && ss.getSheetByName(tabSpec('Clients').name) !== null
  );
}

/** Appends rows to a log tab under its headers, in one write. */
export function appendLogRows(
  ss: Spreadsheet,
  tab: TabName,
  records: Record<string, unknown>[],
  timeZone: string,
): void {
  if (records.length === 0) return;
  const sheet = ss.getSheetByName(tab);
  if (!sheet) throw new Error(`The ${tab} tab is missing. Run Set up tracking sheet, then try again.`);
  const spec = tabSpec(tab);
  const lastColumn = Math.max(1, sheet.getLastColumn());
  const header = sheet.getRange(1, 1, 1, lastColumn).getValues()[0]!;
  const plan = planColumns(spec, header);
  if (plan.missing.length > 0)
    throw new Error(
      `The ${tab} tab has no “${plan.missing[0]!.header}” column. Run Set up tracking sheet, then try again.`,
    );
  const width = Math.max(...plan.positions.values()) + 1;
  const block = records.map((record) => {
    const line: unknown[] = new Array(width).fill('');
    for (const [key, value] of Object.entries(record)) {
      const at = plan.positions.get(key);
      if (at === undefined || value === null || value === undefined) continue;
      line[at] = toCell(value as SampleCell, timeZone);
    }
    return line;
  });
  const start = sheet.getLastRow() + 1;
  ensureRows(sheet, start + block.length - 1);
  sheet.getRange(start, 1, block.length, width).setValues(block);
}

/**
 * Records drafts made: the stage and date on each reminded invoice, and a Drafts log row per draft.
 * Uses the values read at the start of the run (under the document lock), so it needs no new reads:
 * the stage columns are rewritten as one block from the first to the last reminded row, with every
 * other cell in the block written back exactly as it was read.
 */
export function recordDrafts(
  ss: Spreadsheet,
  raw: RawTabs,
  drafts: readonly Omit<import('../domain/types').DraftLogEntry, 'row'>[],
  today: LocalDate,
  timeZone: string,
): void {
  if (drafts.length === 0) return;
  const payments = drafts.filter((d) => d.kind === 'payment' && d.stage !== null);
  const invoices = raw.Invoices;
  if (payments.length > 0 && invoices && invoices.length > 1) {
    const plan = planColumns(tabSpec('Invoices'), invoices[0]!);
    const numberAt = plan.positions.get('invoice')!;
    const stageAt = plan.positions.get('reminderStage')!;
    const lastAt = plan.positions.get('lastReminder')!;
    const rowsOf = new Map<string, number>();
    invoices.forEach((line, i) => {
      const key = String(line[numberAt] ?? '')
        .trim()
        .toLowerCase();
      if (i > 0 && key && !rowsOf.has(key)) rowsOf.set(key, i);
    });
    const touched = payments
      .map((p) => ({ p, i: rowsOf.get(p.invoice.toLowerCase()) }))
      .filter((t) => t.i !== undefined);
    if (touched.length > 0) {
      const first = Math.min(...touched.map((t) => t.i!));
      const last = Math.max(...touched.map((t) => t.i!));
      const sheet = ss.getSheetByName('Invoices')!;
      const columns = [stageAt, lastAt].sort((a, b) => a - b);
      const block = (column: number) => invoices.slice(first, last + 1).map((line) => [line[column] ?? '']);
      const stages = block(stageAt);
      const dates = block(lastAt);
      for (const { p, i } of touched) {
        stages[i! - first] = [p.stage ?? 0];
        dates[i! - first] = [startOfLocalDate(today, timeZone)];
      }
      if (columns[1]! - columns[0]! === 1) {
        const left = stageAt < lastAt ? stages : dates;
        const right = stageAt < lastAt ? dates : stages;
        sheet
          .getRange(first + 1, columns[0]! + 1, last - first + 1, 2)
          .setValues(left.map((l, k) => [l[0], right[k]![0]]));
      } else {
        sheet.getRange(first + 1, stageAt + 1, last - first + 1, 1).setValues(stages);
        sheet.getRange(first + 1, lastAt + 1, last - first + 1, 1).setValues(dates);
      }
    }
  }
  const log = ss.getSheetByName('Drafts');
  const logValues = raw.Drafts;
  if (!log || !logValues)
    throw new Error('The Drafts tab is missing. Run Set up tracking sheet, then try again.');
  const plan = planColumns(tabSpec('Drafts'), logValues[0] ?? []);
  if (plan.missing.length > 0)
    throw new Error(`The Drafts tab has no “${plan.missing[0]!.header}” column. Run Set up tracking sheet.`);
  const width = Math.max(...plan.positions.values()) + 1;
  const rows = drafts.map((d) => {
    const line: unknown[] = new Array(width).fill('');
    const put = (key: string, value: unknown) => {
      line[plan.positions.get(key)!] = value;
    };
    put('date', startOfLocalDate(d.date, timeZone));
    put('kind', d.kind);
    put('client', cellText(d.client));
    put('invoice', cellText(d.invoice));
    put('stage', d.stage ?? '');
    put('to', cellText(d.to));
    put('subject', cellText(d.subject));
    put('draftId', cellText(d.draftId));
    return line;
  });
  const start = logValues.length + 1;
  ensureRows(log, start + rows.length - 1);
  log.getRange(start, 1, rows.length, width).setValues(rows);
}
