import { SERVICE } from '../../calls';

/** https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition */
export class FakeBooleanCondition {
  readonly [SERVICE] = 'BooleanCondition';
  constructor(
    readonly formula: string,
    readonly background: string | null,
  ) {}
  getCriteriaType(): string {
    return 'CUSTOM_FORMULA';
  }
  getCriteriaValues(): unknown[] {
    return [this.formula];
  }
  getBackground(): string | null {
    return this.background;
  }
}
