// Cell formulas a script writes, computed where they stand: the Sheets fake asks this when getValues
// meets a formula with no saved result (the self-test's flag-formulas item writes such formulas).
//
// The engine is built from the spreadsheet as it is. Another formula cell with no saved result cannot
// be read while the engine is being built (getValues would recurse), so it stands in as a
// placeholder; the formula is computed twice with two different placeholders, and if the answers
// differ it depends on such a cell. Then this fake cannot tell its value and says so, rather than
// answer as if the other cell were blank (strict where the real value is unknown).

import { toLocalDate } from '../../src/domain/dates';
import type { CellFormulas, FakeSheet, FakeSpreadsheet } from '../fakes/spreadsheet';
import { FormulaEngine } from './engine';

/** Two stand-ins no formula would mistake for each other: blank, and an unlikely number. */
const PLACEHOLDERS: readonly unknown[] = ['', -987_654.321];

export class EngineCellFormulas implements CellFormulas {
  /** The stand-in for an uncomputed formula cell while an engine is being built; null otherwise. */
  private standIn: { value: unknown; met: string[] } | null = null;

  constructor(
    private readonly ss: FakeSpreadsheet,
    private readonly now: () => Date,
  ) {}

  valueAt(sheet: FakeSheet, row: number, column: number, formula: string): unknown {
    if (this.standIn) {
      this.standIn.met.push(`${sheet.getName()}!R${row}C${column}`);
      return this.standIn.value;
    }
    const at = { sheet: sheet.getName(), row, column };
    const answers: unknown[] = [];
    let met: string[] = [];
    for (const value of PLACEHOLDERS) {
      this.standIn = { value, met: [] };
      let engine: FormulaEngine;
      try {
        engine = new FormulaEngine(this.ss, toLocalDate(this.now(), this.ss.timeZone));
        met = this.standIn.met;
      } finally {
        this.standIn = null;
      }
      const answer = engine.evaluate(formula.replace(/^=/, ''), at, at);
      answers.push(answer === null ? '' : answer);
      // No other uncomputed formula anywhere: one answer is the answer.
      if (met.length === 0) return answers[0];
    }
    if (JSON.stringify(answers[0]) !== JSON.stringify(answers[1]))
      throw new Error(
        `Local runtime: ${sheet.getName()}!R${row}C${column} (${formula}) depends on another formula cell with no saved result (${met.slice(0, 3).join(', ')}); this fake cannot tell its value.`,
      );
    return answers[0];
  }
}
