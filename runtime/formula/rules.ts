// Asks the fake spreadsheet's rules what Sheets would do with them: which rows a conditional format
// colours, and whether a person's entry in a cell would pass its data validation. Test helpers: the
// fake itself never evaluates formulas (script writes bypass validation in Sheets too).

import { type FakeSheet, type FakeSpreadsheet, interpretTyped, passes } from '../fakes/spreadsheet';
import { type Cell, FormulaEngine } from './engine';

/** Rows past the last row with content that are checked too: a flag must never colour blank rows. */
const BLANK_ROWS_CHECKED = 3;

function tab(ss: FakeSpreadsheet, name: string): FakeSheet {
  const sheet = ss.sheets.find((s) => s.getName() === name);
  if (!sheet) throw new Error(`No tab named ${name}`);
  return sheet;
}

/**
 * The rows (as Sheets numbers them) that the conditional format rule whose formula carries `marker`
 * colours, every cell of its range evaluated relative to the range's top-left cell. Throws when a row
 * is coloured in some of its cells and not in others: none of the add-on's flags should do that.
 */
export function flaggedRows(ss: FakeSpreadsheet, sheetName: string, marker: string, today: string): number[] {
  const sheet = tab(ss, sheetName);
  const rules = sheet.getConditionalFormatRules().filter((r) => r.formula.includes(`"${marker}"`));
  if (rules.length !== 1) throw new Error(`${rules.length} rules on ${sheetName} carry "${marker}"`);
  const rule = rules[0]!;
  const engine = new FormulaEngine(ss, today);
  const ranges = rule.getRanges();
  // Several ranges: Sheets reads the formula for the first range's top-left cell (unverified): strict.
  if (ranges.length !== 1) throw new Error(`The rule "${marker}" has ${ranges.length} ranges`);
  const range = ranges[0]!;
  const anchor: Cell = { sheet: sheetName, row: range.getRow(), column: range.getColumn() };
  const last = Math.min(range.getLastRow(), sheet.getLastRow() + BLANK_ROWS_CHECKED);
  const rows: number[] = [];
  for (let row = range.getRow(); row <= last; row++) {
    const coloured: boolean[] = [];
    for (let column = range.getColumn(); column <= range.getLastColumn(); column++)
      coloured.push(engine.holds(rule.formula, anchor, { sheet: sheetName, row, column }));
    if (coloured.some((c) => c !== coloured[0]))
      throw new Error(`Row ${row} is coloured in part by "${marker}"`);
    if (coloured[0]) rows.push(row);
  }
  return rows;
}

export interface EntryVerdict {
  /** Whether the rule is satisfied by the entry. */
  valid: boolean;
  /** Whether Sheets would refuse it (an invalid entry under a rule that rejects input). */
  refused: boolean;
}

/**
 * What Sheets would say if a person typed `value` into a cell: the cell's validation rule evaluated
 * with the entry in place (custom formulas relative to the top-left cell of the rule's area).
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 */
export function checkEntry(
  ss: FakeSpreadsheet,
  at: Cell,
  value: string | number | boolean,
  today: string,
  /** An engine built on `ss` to reuse across checks (built here otherwise); left as it was found. */
  engine?: FormulaEngine,
): EntryVerdict {
  const sheet = tab(ss, at.sheet);
  let area = null;
  for (let i = sheet.validations.length - 1; i >= 0 && !area; i--) {
    const a = sheet.validations[i]!;
    if (at.row >= a.row && at.row <= a.lastRow && at.column >= a.column && at.column <= a.lastColumn)
      area = a;
  }
  if (!area?.rule) return { valid: true, refused: false };
  const typed = interpretTyped(value, ss.timeZone);
  if (typed.formula) throw new Error(`A formula entry (${value}) is not evaluated`);
  let valid: boolean;
  if (area.rule.criteria === 'CUSTOM_FORMULA') {
    const anchor: Cell = { sheet: at.sheet, row: area.row, column: area.column };
    const formula = String(area.rule.values[0]);
    const e = engine ?? new FormulaEngine(ss, today);
    valid = e.withEntry(at, typed.value, () => e.holds(formula, anchor, at));
  } else if (area.rule.criteria === 'TEXT_IS_VALID_URL') {
    // What Sheets counts as a valid URL is not documented, and the fake's passes() waves every value
    // through: strict rather than a guess.
    throw new Error(`URL rules are not evaluated (${at.sheet} row ${at.row})`);
  } else {
    valid = passes(area.rule, typed.value);
  }
  return { valid, refused: !valid && !area.rule.allowInvalid };
}
