// Known rows for evaluating the flag formulas on scratch tabs: each flag's formula, written as a cell
// formula beside each row, must come out TRUE on exactly the rows listed here. Pure, so tests read it.

import { addDays } from '../domain/dates';
import { type FlagRule, flagRules, planColumns } from '../domain/setup-plan';
import { CLIENTS, GOALS, INVOICES, TASKS, type TabName, type TabSpec } from '../domain/tabs';
import type { LocalDate } from '../domain/types';

export const FLAG_TABS: readonly TabSpec[] = [CLIENTS, GOALS, TASKS, INVOICES];

type Row = Record<string, string | { date: LocalDate }>;

/** Rows from row 2 down, by column key; blank where a key is absent. */
export function flagFixture(today: LocalDate): Record<string, Row[]> {
  const past = { date: '2000-01-01' };
  const future = { date: '2999-01-01' };
  const twentyDaysAgo = { date: addDays(today, -20) };
  return {
    Clients: [
      { client: 'Acme', paymentTerms: '30' },
      { client: 'Björk ehf' },
      { client: 'Acme', paymentTerms: '30' },
      { client: 'a*b', paymentTerms: '10' },
    ],
    Goals: [
      { client: 'Acme', goal: 'Launch shop' },
      { client: 'Björk ehf', goal: 'New logo' },
    ],
    Tasks: [
      { date: past, client: 'Acme', goal: 'Launch shop' },
      { date: past, client: 'Acme', goal: 'New logo' },
      { date: past, client: 'Acme' },
      { date: past, client: 'Acme', goal: 'Launch shop', mark: 'A' },
      { date: past, client: 'Acme', mark: 'B' },
      {},
    ],
    Invoices: [
      { invoice: 'INV-1', client: 'Acme', issued: past },
      { invoice: 'INV-2', client: 'Acme', issued: future },
      { invoice: 'INV-3', client: 'Björk ehf', issued: past, paidOn: { date: '2000-01-05' } },
      { invoice: 'INV-4', client: 'a*b', issued: past, due: { date: '2999-12-31' } },
      { invoice: 'INV-5', client: 'Björk ehf', issued: past },
      { invoice: 'INV-6', client: 'Acme', issued: twentyDaysAgo },
      { invoice: 'INV-7', client: 'Björk ehf', issued: twentyDaysAgo },
      { invoice: 'INV-8', client: 'a?b', issued: twentyDaysAgo },
      { invoice: 'INV-9', client: 'a*b', issued: { date: addDays(today, -12) } },
    ],
  };
}

/** Sheet rows each flag must colour in the fixture. */
export const EXPECTED_FLAGS: Record<string, number[]> = {
  'client-duplicate': [2, 4],
  'task-no-goal-or-mark': [4],
  'task-goal-and-mark': [5],
  'task-goal-other-client': [3],
  // INV-1 30 days long past; INV-5 and INV-7 blank terms = 14; INV-8 unknown client = 14; INV-9 10 days.
  'invoice-overdue': [2, 6, 8, 9, 10],
};

/** The flags as setup writes them for a fresh layout of the four tabs. */
export function freshFlagRules(): FlagRule[] {
  const positions: Partial<Record<TabName, Map<string, number>>> = {};
  for (const spec of FLAG_TABS) positions[spec.name] = planColumns(spec, []).positions;
  return flagRules(positions);
}

/**
 * A rule's formula as a cell formula for another row: relative row numbers in references move by
 * `delta` (as Sheets applies a rule written for its top-left cell to each row); text in quotes,
 * absolute rows ($2) and function names stay.
 */
export function shiftRows(formula: string, delta: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_$])(\$?[A-Z]{1,3})(\d+)(?![\d(A-Za-z_])/g,
            (_, before: string, column: string, row: string) => `${before}${column}${Number(row) + delta}`,
          ),
    )
    .join('');
}

/** Points INDIRECT("'Goals'!...") and the like at the scratch tabs instead of the user's. */
export function retarget(formula: string, names: Record<string, string>): string {
  let out = formula;
  for (const [tab, scratch] of Object.entries(names)) out = out.split(`"'${tab}'!`).join(`"'${scratch}'!`);
  return out;
}
