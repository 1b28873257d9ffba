import { SERVICE, unwrap } from '../../calls';
import type { FakeRange } from './range';

/**
 * Several ranges written in one call: setValue puts the same value in every cell of every range.
 * https://developers.google.com/apps-script/reference/spreadsheet/range-list#setValue(Object)
 */
export class FakeRangeList {
  readonly [SERVICE] = 'RangeList';
  constructor(private readonly ranges: FakeRange[]) {}
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
  setValue(value: unknown): this {
    for (const range of this.ranges) unwrap(range).setValue(value);
    return this;
  }
}
