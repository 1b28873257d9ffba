// Cell formulas a script writes, computed where they stand: the Sheets fake asks this when getValues
// meets a formula with no saved result (the self-test's flag-formulas item writes such formulas).
// The engine is built from the spreadsheet as it is, with other uncomputed formula cells read as
// blank: the self-test's formulas never refer to one another, and this keeps getValues from recursing.

import { toLocalDate } from '../../src/domain/dates';
import type { CellFormulas, FakeSheet, FakeSpreadsheet } from '../fakes/spreadsheet';
import { FormulaEngine } from './engine';

export class EngineCellFormulas implements CellFormulas {
  private building = false;

  constructor(
    private readonly ss: FakeSpreadsheet,
    private readonly now: () => Date,
  ) {}

  valueAt(sheet: FakeSheet, row: number, column: number, formula: string): unknown {
    // While the engine reads the spreadsheet, a formula cell reads as blank.
    if (this.building) return '';
    this.building = true;
    let engine: FormulaEngine;
    try {
      engine = new FormulaEngine(this.ss, toLocalDate(this.now(), this.ss.timeZone));
    } finally {
      this.building = false;
    }
    const at = { sheet: sheet.getName(), row, column };
    const value = engine.evaluate(formula.replace(/^=/, ''), at, at);
    return value === null ? '' : value;
  }
}
