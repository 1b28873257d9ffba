// Column letters as Sheets writes them.

import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../src/domain/a1';

describe('columnLetter', () => {
  it('columnLetter counts like Sheets', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
