// In-memory SpreadsheetApp, one fake class per file under spreadsheet/: exactly the classes and methods
// the add-on calls, behaving as the reference says (https://developers.google.com/apps-script/reference/spreadsheet),
// strict where it is unsure. This file only gathers them, so callers import from one place.

export { FakeBooleanCondition } from './spreadsheet/boolean-condition';
export { interpretTyped, linkOf, type Cell } from './spreadsheet/cell';
export { FakeConditionalFormatRuleBuilder } from './spreadsheet/conditional-format-rule-builder';
export { FakeConditionalFormatRule } from './spreadsheet/conditional-format-rule';
export { FakeDataValidationBuilder } from './spreadsheet/data-validation-builder';
export {
  FakeDataValidation,
  passes,
  validationAt,
  validationFormulaAt,
  type ValidationArea,
} from './spreadsheet/data-validation';
export { FakeRangeList } from './spreadsheet/range-list';
export { FakeRange } from './spreadsheet/range';
export { FakeRichTextValue } from './spreadsheet/rich-text-value';
export { FakeSheet } from './spreadsheet/sheet';
export { FakeSpreadsheetApp } from './spreadsheet/spreadsheet-app';
export { FakeSpreadsheet, type CellFormulas } from './spreadsheet/spreadsheet';
