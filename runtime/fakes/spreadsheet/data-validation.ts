// A data validation rule, where it applies, and the criteria the fake can evaluate.

import { SERVICE } from '../../calls';
import { FakeDataValidationBuilder } from './data-validation-builder';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import { moveFormula } from '../../formula/translate';

export type Criteria = string;

/** https://developers.google.com/apps-script/reference/spreadsheet/data-validation */
export class FakeDataValidation {
  readonly [SERVICE] = 'DataValidation';
  constructor(
    readonly criteria: Criteria,
    readonly values: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaType(): Criteria {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.values];
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
  copy(): FakeDataValidationBuilder {
    const b = new FakeDataValidationBuilder();
    b.criteria = this.criteria;
    b.values = [...this.values];
    b.allowInvalid = this.allowInvalid;
    b.helpText = this.helpText;
    return b;
  }
}

export interface ValidationArea {
  row: number;
  column: number;
  lastRow: number;
  lastColumn: number;
  rule: FakeDataValidation | null;
}

export function validationAt(sheet: FakeSheet, row: number, column: number): FakeDataValidation | null {
  for (let i = sheet.validations.length - 1; i >= 0; i--) {
    const a = sheet.validations[i]!;
    if (row >= a.row && row <= a.lastRow && column >= a.column && column <= a.lastColumn) return a.rule;
  }
  return null;
}

/**
 * The custom formula that checks one cell: the rule's formula is written for its area's top-left cell
 * (where setDataValidation put it) and its relative references move from there, as when the formula is
 * copied; `$` parts stay. Null for a cell with no custom-formula rule. (Sheets help, data validation:
 * https://support.google.com/docs/answer/186103 ; a condition value "is parsed as if the user typed
 * into a cell": https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#ConditionValue)
 */
export function validationFormulaAt(sheet: FakeSheet, row: number, column: number): string | null {
  for (let i = sheet.validations.length - 1; i >= 0; i--) {
    const a = sheet.validations[i]!;
    if (row < a.row || row > a.lastRow || column < a.column || column > a.lastColumn) continue;
    if (a.rule?.criteria !== 'CUSTOM_FORMULA') return null;
    return moveFormula(String(a.rule.values[0]), row - a.row, column - a.column);
  }
  return null;
}

/** Whether a formula holds a relative reference: one that moves when the formula is copied. */
export function hasRelativeReference(formula: string): boolean {
  return moveFormula(formula, 1, 1) !== formula;
}

/** The validation criteria the fake can evaluate; custom formulas are not evaluated (documented). */
export function passes(rule: FakeDataValidation, value: unknown): boolean {
  if (value === '' || value === null) return true;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return (rule.values[0] as string[]).map(String).includes(String(value));
    case 'VALUE_IN_RANGE': {
      const range = rule.values[0] as FakeRange;
      return range.getValues().flat().map(String).includes(String(value));
    }
    case 'DATE_IS_VALID_DATE':
      return value instanceof Date && !Number.isNaN(value.getTime());
    case 'NUMBER_BETWEEN':
      return (
        typeof value === 'number' &&
        value >= (rule.values[0] as number) &&
        value <= (rule.values[1] as number)
      );
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return typeof value === 'number' && value >= (rule.values[0] as number);
    case 'CHECKBOX':
      return typeof value === 'boolean';
    case 'TEXT_IS_VALID_EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value));
    default:
      return true;
  }
}
