import { SERVICE, unwrap } from '../../calls';
import { FakeConditionalFormatRule } from './conditional-format-rule';
import type { FakeRange } from './range';

/** https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder */
export class FakeConditionalFormatRuleBuilder {
  readonly [SERVICE] = 'ConditionalFormatRuleBuilder';
  private formula: string | null = null;
  private background: string | null = null;
  private ranges: FakeRange[] = [];
  whenFormulaSatisfied(formula: string): this {
    this.formula = formula;
    return this;
  }
  setBackground(color: string | null): this {
    this.background = color;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    this.ranges = ranges.map(unwrap);
    return this;
  }
  build(): FakeConditionalFormatRule {
    // The reference gives no default condition; the real builder fails without one.
    if (!this.formula) throw new Error('Exception: The conditional format rule has no condition.');
    if (this.ranges.length === 0) throw new Error('Exception: The conditional format rule has no ranges.');
    return new FakeConditionalFormatRule(this.formula, this.background, this.ranges);
  }
}
