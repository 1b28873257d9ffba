import { SERVICE, unwrap } from '../../calls';
import { type Criteria, FakeDataValidation } from './data-validation';
import type { FakeRange } from './range';

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 * New rules allow invalid input (a warning only) unless setAllowInvalid(false)
 * (docs/platform.md#spreadsheetapp).
 */
export class FakeDataValidationBuilder {
  readonly [SERVICE] = 'DataValidationBuilder';
  criteria: Criteria | null = null;
  values: unknown[] = [];
  allowInvalid = true;
  helpText = '';
  private set(criteria: Criteria, values: unknown[]): this {
    this.criteria = criteria;
    this.values = values;
    return this;
  }
  requireValueInList(values: string[], showDropdown = true): this {
    return this.set('VALUE_IN_LIST', [[...values], showDropdown]);
  }
  requireValueInRange(range: FakeRange, showDropdown = true): this {
    return this.set('VALUE_IN_RANGE', [unwrap(range), showDropdown]);
  }
  requireDate(): this {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireCheckbox(): this {
    return this.set('CHECKBOX', []);
  }
  requireTextIsEmail(): this {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.helpText = text;
    return this;
  }
  build(): FakeDataValidation {
    if (!this.criteria)
      throw new Error('Exception: You must specify a criteria for the data validation rule.');
    return new FakeDataValidation(this.criteria, this.values, this.allowInvalid, this.helpText);
  }
}
