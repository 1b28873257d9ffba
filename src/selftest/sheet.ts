// Sheets on the platform, on scratch tabs the self-test makes and deletes: script writes past a
// rejecting rule, date cells in the spreadsheet's zone, what each flag formula computes on known rows,
// and how long handles take. The user's tabs are never read or written.

import { startOfLocalDate, toLocalDate } from '../domain/dates';
import { cellText } from '../domain/escape';
import type { LocalDate } from '../domain/types';
import { type CheckGroup, expectEqual, show } from './check';
import { EXPECTED_FLAGS, FLAG_TABS, flagFixture, freshFlagRules, retarget, shiftRows } from './flag-fixture';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const SCRATCH_PREFIX = 'FVT self-test';
/** Handles are budgeted as free; more than this many ms each on average says they are not. */
const HANDLE_LIMIT_MS = 20;
const HANDLE_REPEAT = 10;

export interface SheetContext {
  ss: Spreadsheet;
  timeZone: string;
  today: LocalDate;
  now: () => number;
}

function average(now: () => number, run: () => unknown): number {
  const start = now();
  for (let i = 0; i < HANDLE_REPEAT; i++) run();
  return (now() - start) / HANDLE_REPEAT;
}

function checkValidationBypass(sheet: Sheet, timeZone: string): string {
  const reject = () => SpreadsheetApp.newDataValidation().setAllowInvalid(false);
  // The rules of Reminder stage and Last reminder, and the Settings currency rule.
  sheet.getRange(1, 1).setDataValidation(reject().requireNumberBetween(0, 3).build());
  sheet.getRange(1, 2).setDataValidation(reject().requireDate().build());
  sheet
    .getRange(1, 3)
    .setDataValidation(reject().requireFormulaSatisfied('=REGEXMATCH(TO_TEXT(C1), "^[A-Z]{3}$")').build());
  sheet.getRange(1, 1, 1, 3).setValues([[7, "'not a date", "'euro"]]);
  SpreadsheetApp.flush();
  const back = sheet.getRange(1, 1, 1, 3).getValues()[0]!;
  expectEqual('A1 under “number between 0 and 3”', back[0], 7);
  expectEqual('B1 under “valid date”', back[1], 'not a date');
  expectEqual('C1 under a currency-code formula', back[2], 'euro');
  return `7, “not a date” and “euro” kept past rejecting rules (zone ${timeZone})`;
}

function checkDateCells(sheet: Sheet, timeZone: string): string {
  const days = ['2026-03-01', '2026-10-25', '2026-12-31'];
  sheet.getRange(2, 1, 1, days.length).setValues([days.map((d) => startOfLocalDate(d, timeZone))]);
  SpreadsheetApp.flush();
  const back = sheet.getRange(2, 1, 1, days.length).getValues()[0]!;
  back.forEach((value, i) => {
    // Not instanceof: a Date from a service may come from another realm (the local runtime's does).
    if (Object.prototype.toString.call(value) !== '[object Date]')
      throw new Error(`${days[i]} came back as ${show(value)}, not a Date`);
    expectEqual(`${days[i]} read in ${timeZone}`, toLocalDate(value as Date, timeZone), days[i]);
  });
  return `${days.join(', ')} written as Dates and read back as the same days in ${timeZone}`;
}

function checkHandles(ss: Spreadsheet, sheet: Sheet, now: () => number): string {
  const name = sheet.getName();
  const costs: Record<string, number> = {
    // The self-test times the raw service call the tab finder makes, so it calls it itself: the one
    // getSheetByName outside the tab finder, allowed by name in test/architecture.test.ts.
    getSheetByName: average(now, () => ss.getSheetByName(name)),
    getDataRange: average(now, () => sheet.getDataRange()),
    getRange: average(now, () => sheet.getRange(1, 1, 2, 3)),
    'getValues (a read, for scale)': average(now, () => sheet.getRange(1, 1, 2, 3).getValues()),
  };
  const text = Object.keys(costs)
    .map((k) => `${k} ${costs[k]!.toFixed(1)} ms`)
    .join(', ');
  const slow = ['getSheetByName', 'getDataRange', 'getRange'].filter((k) => costs[k]! > HANDLE_LIMIT_MS);
  if (slow.length > 0)
    throw new Error(
      `${slow.join(', ')} cost more than ${HANDLE_LIMIT_MS} ms each (${text}): the budgets leave them out`,
    );
  return `${text} (average of ${HANDLE_REPEAT}, Date.now())`;
}

function cellValue(value: string | { date: LocalDate } | undefined, timeZone: string): unknown {
  if (value === undefined) return '';
  if (typeof value === 'string') return /^\d+$/.test(value) ? Number(value) : `'${value}`;
  return startOfLocalDate(value.date, timeZone);
}

/** A flag's formula pointed at the scratch tabs; refuses one that would still read a user's tab. */
export function scratchFormula(formula: string, names: Record<string, string>, delta: number): string {
  const moved = retarget(formula, names);
  for (const tab of Object.keys(names)) {
    if (new RegExp(`(^|[^\\w])'?${tab}'?!`).test(moved.split(names[tab]!).join('')))
      throw new Error(
        `a flag formula refers to the ${tab} tab in a form the self-test cannot move to its scratch copy: ${formula}`,
      );
  }
  return shiftRows(moved, delta);
}

function checkFlags(tabs: Record<string, Sheet>, timeZone: string, today: LocalDate): string {
  const fixture = flagFixture(today);
  const names: Record<string, string> = {};
  for (const spec of FLAG_TABS) names[spec.name] = tabs[spec.name]!.getName();
  const rules = freshFlagRules();
  const reads: { sheet: Sheet; column: number; rows: number; ids: string[] }[] = [];
  for (const spec of FLAG_TABS) {
    const rows = fixture[spec.name]!;
    const mine = rules.filter((r) => r.tab === spec.name);
    const width = spec.columns.length;
    const values = [
      // The headers as setup writes them: some flags take matches in the header row off again.
      [...spec.columns.map((c) => cellText(c.header)), ...mine.map(() => '')],
      ...rows.map((row, i) => [
        ...spec.columns.map((c) => cellValue(row[c.key], timeZone)),
        // The rule is written for row 2, its range's top row; row 2 + i sees it shifted by i.
        ...mine.map((r) => scratchFormula(r.formula, names, i)),
      ]),
    ];
    tabs[spec.name]!.getRange(1, 1, values.length, width + mine.length).setValues(values);
    if (mine.length > 0)
      reads.push({
        sheet: tabs[spec.name]!,
        column: width + 1,
        rows: rows.length,
        ids: mine.map((r) => r.id),
      });
  }
  SpreadsheetApp.flush();
  const wrong: string[] = [];
  const right: string[] = [];
  const seen = new Set<string>();
  for (const read of reads) {
    const values = read.sheet.getRange(2, read.column, read.rows, read.ids.length).getValues();
    read.ids.forEach((id, k) => {
      seen.add(id);
      const flagged = values.map((row, i) => (row[k] === true ? i + 2 : 0)).filter((r) => r > 0);
      const bad = values.find((row) => typeof row[k] !== 'boolean');
      const expected = EXPECTED_FLAGS[id] ?? [];
      if (bad) wrong.push(`${id} computed ${show(bad[k])}, not TRUE/FALSE`);
      else if (flagged.join() !== expected.join())
        wrong.push(
          `${id} colours rows ${flagged.join(',') || 'none'}, expected ${expected.join(',') || 'none'}`,
        );
      else right.push(`${id} rows ${flagged.join(',')}`);
    });
  }
  const untested = Object.keys(EXPECTED_FLAGS).filter((id) => !seen.has(id));
  if (untested.length > 0) wrong.push(`no formula for ${untested.join(', ')}`);
  if (wrong.length > 0) throw new Error(wrong.join('; '));
  return right.join('; ');
}

export function sheetGroup(context: () => SheetContext): CheckGroup {
  return {
    name: 'Sheets',
    checks: [
      { id: 'user-locale', title: 'The user’s locale and the spreadsheet’s zone are read' },
      { id: 'validation-bypass', title: 'Script writes are kept past rejecting validation rules' },
      {
        id: 'sheet-date-cells',
        title: 'Dates written to cells read back as the same days in the spreadsheet’s zone',
      },
      {
        id: 'flag-formulas',
        title: 'Each flag formula computes TRUE on exactly the rows it should (scratch tabs)',
      },
      { id: 'handle-costs', title: 'Handles (getSheetByName, getDataRange, getRange) cost a few ms at most' },
    ],
    run(t) {
      const { ss, timeZone, today, now } = context();
      t.check('user-locale', () => {
        const locale = Session.getActiveUserLocale();
        if (typeof locale !== 'string' || !/^[a-z]{2,3}([-_][A-Za-z0-9]+)*$/.test(locale))
          throw new Error(`Session.getActiveUserLocale() gave ${show(locale)}`);
        return `user locale ${locale}; spreadsheet locale ${ss.getSpreadsheetLocale()}, zone ${timeZone}`;
      });
      const active = ss.getActiveSheet();
      const stamp = now().toString(36);
      const make = (id: string, label: string): Sheet => {
        const sheet = ss.insertSheet(`${SCRATCH_PREFIX} ${stamp} ${label}`);
        t.cleanup(id, () => ss.deleteSheet(sheet));
        return sheet;
      };
      t.cleanup('validation-bypass', () => {
        active?.activate();
      });
      const scratch = make('validation-bypass', 'checks');
      t.check('validation-bypass', () => checkValidationBypass(scratch, timeZone));
      t.check('sheet-date-cells', () => checkDateCells(scratch, timeZone));
      t.check('handle-costs', () => checkHandles(ss, scratch, now));
      t.check('flag-formulas', () => {
        const tabs: Record<string, Sheet> = {};
        for (const spec of FLAG_TABS) tabs[spec.name] = make('flag-formulas', spec.name);
        return checkFlags(tabs, timeZone, today);
      });
    },
  };
}
