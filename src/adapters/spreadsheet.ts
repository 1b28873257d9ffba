// The only module that talks to SpreadsheetApp. Reads each tab with one batch read, writes in blocks,
// and never loops over rows with a service call.

import { columnLetter } from '../domain/a1';
import { startOfLocalDate } from '../domain/dates';
import { cellText } from '../domain/escape';
import type { RawTabs } from '../domain/read-tracker';
import { type SampleCell, type SampleData, sampleData } from '../domain/sample-data';
import { RULE_MARKER, flagRules, planColumns, validationFormula } from '../domain/setup-plan';
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
  normalizeTabName,
  tabClashSays,
  tabSpec,
} from '../domain/tabs';
import { say } from '../domain/problems';
import { refuse } from '../domain/problems/render';
import type { DraftLogEntry, LocalDate } from '../domain/types';
import type { SetupResult } from '../server-api';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
  tabs: Map<TabName, TabState>,
  help: string,
  firstRow: number,
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
      builder.requireFormulaSatisfied(validationFormula(spec.formula, column, firstRow));
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
function setColumnValidations(states: Map<TabName, TabState>): void {
  for (const state of states.values()) {
    if (state.spec.log || state.spec.name === 'Settings') continue;
    const byPosition = new Map<number, GoogleAppsScript.Spreadsheet.DataValidation>();
    for (const column of state.spec.columns) {
      if (!column.validation) continue;
      const at = state.positions.get(column.key)!;
      const rule = buildValidation(column.validation, at, states, column.help, state.headerRow + 1);
      if (rule) byPosition.set(at, rule);
    }
    if (byPosition.size === 0) continue;
    const rows = dataRows(state);
    const columns = [...byPosition.keys()].sort((a, b) => a - b);
    for (const run of runs(columns, (at, i) => at - i)) {
      const rules = columns.slice(run.start, run.start + run.length).map((at) => byPosition.get(at)!);
      state.sheet
        .getRange(state.headerRow + 1, columns[run.start]! + 1, rows, run.length)
        .setDataValidations(repeatRow(rules, rows));
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

/** getRange beyond the grid throws (Sheet.getRange reference), so grow the sheet first. */
function ensureRows(sheet: Sheet, lastNeeded: number): void {
  // Asked afresh: log writes run outside setup, where the remembered sizes are not kept.
  const maxRows = sheet.getMaxRows();
  if (lastNeeded > maxRows) {
    sheet.insertRowsAfter(maxRows, lastNeeded - maxRows);
    maxRowsSeen.delete(sheet);
  }
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
    const rule = buildValidation(setting.validation, valueColumn, tabs, setting.help, first + index);
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

/** Whether the tracking tabs exist at all (the sidebar offers setup when not). */
export function hasTrackingTabs(ss: Spreadsheet): boolean {
  const found = findTabs(ss, ['Tasks', 'Clients']);
  return found.get('Tasks') !== null && found.get('Clients') !== null;
}

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
function refuseLostLogColumn(
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
