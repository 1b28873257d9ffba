// Custom-formula validation in the Sheets fake: a rule set on a range with setDataValidation is written
// for the range's top-left cell and its relative references move from there to each cell, as in the
// Sheets UI (https://support.google.com/docs/answer/186103); setDataValidations with such a rule is
// refused, because no reference says how each cell's copy would be anchored.

import { describe, expect, it } from 'vitest';
import {
  FakeDataValidationBuilder,
  FakeSpreadsheet,
  validationFormulaAt,
} from '../../../../runtime/fakes/spreadsheet';

function sheet() {
  return new FakeSpreadsheet({ timeZone: 'Europe/Oslo' }).getSheets()[0]!;
}
const formula = (f: string) => new FakeDataValidationBuilder().requireFormulaSatisfied(f).build();

describe('custom-formula validation anchoring', () => {
  it('computes each cell’s formula from the range’s top-left cell: relative parts move, $ parts stay', () => {
    const s = sheet();
    s.getRange('B2:C20').setDataValidation(formula('=AND(COUNTIF($A$2:$A$20,A2)<2,B2>0,$D2<>"")'));
    expect(validationFormulaAt(s, 2, 2)).toBe('=AND(COUNTIF($A$2:$A$20,A2)<2,B2>0,$D2<>"")');
    expect(validationFormulaAt(s, 9, 2)).toBe('=AND(COUNTIF($A$2:$A$20,A9)<2,B9>0,$D9<>"")');
    expect(validationFormulaAt(s, 9, 3)).toBe('=AND(COUNTIF($A$2:$A$20,B9)<2,C9>0,$D9<>"")');
    expect(validationFormulaAt(s, 21, 2)).toBeNull();
    // The rule read back is the one set, anchored where it was set.
    expect(s.getRange('B9').getDataValidation()?.getCriteriaValues()).toEqual([
      '=AND(COUNTIF($A$2:$A$20,A2)<2,B2>0,$D2<>"")',
    ]);
  });

  it('a later rule on part of the range anchors at its own top-left cell', () => {
    const s = sheet();
    s.getRange('B2:B20').setDataValidation(formula('=B2>0'));
    s.getRange('B10:B12').setDataValidation(formula('=B10<5'));
    expect(validationFormulaAt(s, 11, 2)).toBe('=B11<5');
    expect(validationFormulaAt(s, 13, 2)).toBe('=B13>0');
  });

  it('refuses setDataValidations with a relative custom formula, and takes absolute or non-formula rules', () => {
    const s = sheet();
    const relative = formula('=ISNUMBER(B2)');
    expect(() => s.getRange('B2:B4').setDataValidations([[relative], [relative], [relative]])).toThrow(
      /setDataValidations \(fake is strict\): the custom formula =ISNUMBER\(B2\) has relative references/,
    );
    expect(s.getRange('B3').getDataValidation()).toBeNull();
    const absolute = formula('=$A$1<>""');
    const list = new FakeDataValidationBuilder().requireValueInList(['a']).build();
    s.getRange('B2:C3').setDataValidations([
      [absolute, list],
      [absolute, list],
    ]);
    expect(s.getRange('B3').getDataValidation()?.getCriteriaValues()).toEqual(['=$A$1<>""']);
  });
});
