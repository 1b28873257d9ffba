import { SERVICE } from '../../calls';
import { FakeBooleanCondition } from './boolean-condition';
import type { FakeRange } from './range';

/** https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule */
export class FakeConditionalFormatRule {
  readonly [SERVICE] = 'ConditionalFormatRule';
  constructor(
    readonly formula: string,
    readonly background: string | null,
    readonly ranges: FakeRange[],
  ) {}
  getBooleanCondition(): FakeBooleanCondition {
    return new FakeBooleanCondition(this.formula, this.background);
  }
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
}
