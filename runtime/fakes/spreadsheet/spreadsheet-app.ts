import { SERVICE } from '../../calls';
import type { RuntimeContext } from '../context';
import { FakeUi } from '../ui';
import { FakeConditionalFormatRuleBuilder } from './conditional-format-rule-builder';
import { FakeDataValidationBuilder } from './data-validation-builder';
import type { FakeSpreadsheet } from './spreadsheet';

/** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app */
export class FakeSpreadsheetApp {
  readonly [SERVICE] = 'SpreadsheetApp';
  readonly ui = new FakeUi();
  readonly DataValidationCriteria = Object.fromEntries(
    [
      'VALUE_IN_LIST',
      'VALUE_IN_RANGE',
      'DATE_IS_VALID_DATE',
      'NUMBER_BETWEEN',
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      'CHECKBOX',
      'TEXT_IS_VALID_EMAIL',
      'TEXT_IS_VALID_URL',
      'CUSTOM_FORMULA',
    ].map((k) => [k, k]),
  );

  constructor(
    private readonly ctx: RuntimeContext,
    readonly spreadsheet: FakeSpreadsheet,
  ) {
    spreadsheet.ctx = ctx;
  }

  getActiveSpreadsheet(): FakeSpreadsheet {
    this.ctx.requireAuthorization('SpreadsheetApp.getActiveSpreadsheet');
    return this.spreadsheet;
  }
  getActive(): FakeSpreadsheet {
    return this.getActiveSpreadsheet();
  }
  /** Allowed in AuthMode.NONE: onOpen builds its menu with it. */
  getUi(): FakeUi {
    return this.ui;
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder();
  }
  /** Flushes made in this runtime; the call log notes which writes each one covers (runtime/calls.ts). */
  flushes = 0;
  /**
   * Applies all pending spreadsheet changes. The fake writes at once, so what a flush changes here is
   * bookkeeping: the lock complains when it is released over writes no flush has covered.
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()
   */
  flush(): void {
    this.ctx.requireAuthorization('SpreadsheetApp.flush');
    this.flushes += 1;
  }
}
