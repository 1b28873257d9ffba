// Data validation between Sheets' criteria and the .xlsx form, both ways; marks in the prompt title
// carry criteria .xlsx cannot name, so they load back exactly.

import { columnNumber, columnLetters } from '../../src/domain/a1';
import { FakeDataValidation, type FakeRange, type FakeSpreadsheet } from '../fakes/spreadsheet';
import { moveFormula } from '../formula/translate';

/** Marks in the xlsx prompt title, so criteria xlsx cannot name load back exactly. */
const KIND = 'fvt:';

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `at` is the top-left cell of the xlsx range the rule is written for; `area` the Sheets rule's range. */
export function toExcelValidation(
  rule: FakeDataValidation,
  ss: FakeSpreadsheet,
  at: { row: number; column: number },
  area: { row: number; column: number },
): Record<string, unknown> {
  const cell = `${columnLetters(at.column)}${at.row}`;
  const base = {
    allowBlank: true,
    showErrorMessage: !rule.allowInvalid,
    errorStyle: rule.allowInvalid ? 'warning' : 'stop',
    showInputMessage: rule.helpText !== '',
    promptTitle: `${KIND}${rule.criteria}`,
    prompt: rule.helpText,
  };
  const v = rule.values;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return { ...base, type: 'list', formulae: [`"${(v[0] as string[]).join(',')}"`] };
    case 'VALUE_IN_RANGE': {
      const range = v[0] as FakeRange;
      const sheetName = ss.sheets.find((s) => s === range.sheet)!.getName();
      return {
        ...base,
        type: 'list',
        formulae: [
          `${quoteSheet(sheetName)}!$${columnLetters(range.column)}$${range.row}:$${columnLetters(range.getLastColumn())}$${range.getLastRow()}`,
        ],
      };
    }
    case 'DATE_IS_VALID_DATE':
      return { ...base, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))] };
    case 'NUMBER_BETWEEN':
      return { ...base, type: 'decimal', operator: 'between', formulae: [v[0], v[1]] };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return { ...base, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [v[0]] };
    case 'CHECKBOX':
      return { ...base, type: 'list', formulae: ['"TRUE,FALSE"'] };
    case 'TEXT_IS_VALID_EMAIL':
      return { ...base, type: 'custom', formulae: [`ISNUMBER(SEARCH("@",${cell}))`] };
    case 'TEXT_IS_VALID_URL':
      return { ...base, type: 'custom', formulae: [`ISNUMBER(SEARCH("://",${cell}))`] };
    case 'CUSTOM_FORMULA': {
      const moved = moveFormula(String(v[0]).replace(/^=/, ''), at.row - area.row, at.column - area.column);
      if (moved === null) throw new Error(`Cannot move the rule ${String(v[0])} to ${cell}`);
      return { ...base, type: 'custom', formulae: [moved] };
    }
    default:
      throw new Error(`Cannot save a ${rule.criteria} rule to xlsx`);
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/data-validation-criteria */
const NUMBER_CRITERIA: Record<string, string> = {
  notBetween: 'NUMBER_NOT_BETWEEN',
  equal: 'NUMBER_EQUAL_TO',
  notEqual: 'NUMBER_NOT_EQUAL_TO',
  greaterThan: 'NUMBER_GREATER_THAN',
  lessThan: 'NUMBER_LESS_THAN',
  lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
};

export type ExcelValidation = {
  type: string;
  formulae?: unknown[];
  operator?: string;
  promptTitle?: string;
  prompt?: string;
  showErrorMessage?: boolean;
  errorStyle?: string;
};

export function fromExcelValidation(
  dv: ExcelValidation,
  ss: FakeSpreadsheet,
  resolveLater: (f: () => void) => void,
): FakeDataValidation | null {
  const kind = dv.promptTitle?.startsWith(KIND) ? dv.promptTitle.slice(KIND.length) : null;
  const allowInvalid =
    dv.errorStyle === 'warning' || dv.errorStyle === 'information' || dv.showErrorMessage === false;
  const help = dv.prompt ?? '';
  const f0 = dv.formulae?.[0];
  const make = (criteria: string, values: unknown[]) =>
    new FakeDataValidation(criteria, values, allowInvalid, help);
  if (kind === 'CHECKBOX') return make('CHECKBOX', []);
  if (kind === 'TEXT_IS_VALID_EMAIL') return make('TEXT_IS_VALID_EMAIL', []);
  if (kind === 'TEXT_IS_VALID_URL') return make('TEXT_IS_VALID_URL', []);
  if (kind === 'DATE_IS_VALID_DATE' || dv.type === 'date') return make('DATE_IS_VALID_DATE', []);
  if (dv.type === 'list' && typeof f0 === 'string') {
    if (f0.startsWith('"')) return make('VALUE_IN_LIST', [f0.slice(1, -1).split(','), true]);
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(f0);
    if (!m) return null;
    const sheetName = (m[1] ?? m[2]!).replace(/''/g, "'");
    const rule = make('VALUE_IN_RANGE', [null, true]);
    resolveLater(() => {
      const sheet = ss.sheets.find((s) => s.getName() === sheetName);
      if (!sheet) return;
      (rule.values as unknown[])[0] = sheet.getRange(
        Number(m[4]),
        columnNumber(m[3]!),
        Number(m[6]) - Number(m[4]) + 1,
        columnNumber(m[5]!) - columnNumber(m[3]!) + 1,
      );
    });
    return rule;
  }
  if (dv.type === 'decimal' || dv.type === 'whole') {
    if (dv.operator === 'between')
      return make('NUMBER_BETWEEN', [Number(dv.formulae![0]), Number(dv.formulae![1])]);
    if (dv.operator === 'greaterThanOrEqual') return make('NUMBER_GREATER_THAN_OR_EQUAL_TO', [Number(f0)]);
    // The other comparisons, by the Sheets criteria names (DataValidationCriteria reference). A whole-
    // number rule reads as a number rule; the save writes the rule back exactly as the file had it.
    const criteria = NUMBER_CRITERIA[dv.operator ?? ''];
    if (criteria === 'NUMBER_NOT_BETWEEN') return make(criteria, [Number(f0), Number(dv.formulae![1])]);
    if (criteria) return make(criteria, [Number(f0)]);
    return null;
  }
  if (dv.type === 'custom' && f0 !== undefined) return make('CUSTOM_FORMULA', [`=${String(f0)}`]);
  return null;
}
