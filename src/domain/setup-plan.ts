// What "Set up tracking sheet" must add to a tab: missing columns (appended after the user's, never
// moved), and the conditional formatting flags. Pure, so that idempotence is tested without Sheets.

import { columnLetter } from './a1';
import { type ColumnSpec, type TabName, type TabSpec, normalizeHeader } from './tabs';

export interface ColumnPlan {
  /** 0-based column of each spec key after setup. */
  positions: Map<string, number>;
  /** Columns to append, in spec order, starting at `firstNewColumn` (0-based). */
  missing: ColumnSpec[];
  firstNewColumn: number;
}

export function planColumns(spec: TabSpec, headerRow: readonly unknown[]): ColumnPlan {
  const positions = new Map<string, number>();
  headerRow.forEach((cell, i) => {
    const column = spec.columns.find((c) => normalizeHeader(c.header) === normalizeHeader(cell));
    if (column && !positions.has(column.key)) positions.set(column.key, i);
  });
  let lastUsed = -1;
  headerRow.forEach((cell, i) => {
    if (String(cell ?? '').trim() !== '') lastUsed = i;
  });
  const missing = spec.columns.filter((c) => !positions.has(c.key));
  missing.forEach((c, i) => {
    positions.set(c.key, lastUsed + 1 + i);
  });
  return { positions, missing, firstNewColumn: lastUsed + 1 };
}

/** Every rule the add-on owns carries this marker, so setup can replace its own rules and keep the user's. */
export const RULE_MARKER = 'fvt:';

export interface FlagRule {
  tab: TabName;
  id: string;
  formula: string;
  background: string;
  /** 0-based first and last column the colour covers. */
  fromColumn: number;
  toColumn: number;
}

type Positions = Partial<Record<TabName, Map<string, number>>>;

/** The conditional formats that flag problems with no script running per edit. */
export function flagRules(
  positions: Positions,
  firstRows: Partial<Record<TabName, number>> = {},
): FlagRule[] {
  const rules: FlagRule[] = [];
  // The first data row of each tab: 2 unless the user's header row stands lower.
  const at = (tab: TabName) => firstRows[tab] ?? 2;
  const col = (tab: TabName, key: string) => {
    const p = positions[tab]?.get(key);
    return p === undefined ? null : columnLetter(p);
  };
  const width = (tab: TabName) => Math.max(...(positions[tab]?.values() ?? [0]));
  // INDIRECT: conditional format formulas may not refer to other tabs directly in Google Sheets.
  // Whole columns (B:B), not open-ended ranges (B2:B): Excel and LibreOffice have no open-ended
  // ranges (LibreOffice reads INDIRECT("'Goals'!B2:B") as the single cell B2, so every task whose
  // goal is not in Goals row 2 was flagged). Matches in the header row are taken off again.
  const other = (tab: TabName, key: string) => {
    const c = col(tab, key);
    return c ? `INDIRECT("'${tab}'!${c}:${c}")` : null;
  };
  const header = (tab: TabName, key: string) => `INDIRECT("'${tab}'!${col(tab, key)}${at(tab) - 1}")`;
  const marker = (id: string) => `N("${RULE_MARKER}${id}")=0`;

  const t = at('Tasks');
  const date = col('Tasks', 'date');
  const client = col('Tasks', 'client');
  const goal = col('Tasks', 'goal');
  const mark = col('Tasks', 'mark');
  if (client && goal && mark) {
    const filled = date ? `OR($${date}${t}<>"",$${client}${t}<>"")` : `$${client}${t}<>""`;
    rules.push({
      tab: 'Tasks',
      id: 'task-no-goal-or-mark',
      formula: `=AND(${marker('task-no-goal-or-mark')},${filled},$${goal}${t}="",$${mark}${t}="")`,
      background: '#fce8b2',
      fromColumn: 0,
      toColumn: width('Tasks'),
    });
    rules.push({
      tab: 'Tasks',
      id: 'task-goal-and-mark',
      formula: `=AND(${marker('task-goal-and-mark')},$${goal}${t}<>"",$${mark}${t}<>"")`,
      background: '#fce8b2',
      fromColumn: 0,
      toColumn: width('Tasks'),
    });
    const goalClients = other('Goals', 'client');
    const goalTexts = other('Goals', 'goal');
    if (goalClients && goalTexts) {
      rules.push({
        tab: 'Tasks',
        id: 'task-goal-other-client',
        formula: `=AND(${marker('task-goal-other-client')},$${goal}${t}<>"",SUMPRODUCT((${goalTexts}=$${goal}${t})*(${goalClients}=$${client}${t}))-(${header('Goals', 'goal')}=$${goal}${t})*(${header('Goals', 'client')}=$${client}${t})=0)`,
        background: '#f4c7c3',
        fromColumn: positions.Tasks!.get('goal')!,
        toColumn: positions.Tasks!.get('goal')!,
      });
    }
  }
  const c = at('Clients');
  const name = col('Clients', 'client');
  if (name) {
    rules.push({
      tab: 'Clients',
      id: 'client-duplicate',
      formula: `=AND(${marker('client-duplicate')},$${name}${c}<>"",SUMPRODUCT(--($${name}:$${name}=$${name}${c}))-($${name}$${c - 1}=$${name}${c})>1)`,
      background: '#f4c7c3',
      fromColumn: positions.Clients!.get('client')!,
      toColumn: positions.Clients!.get('client')!,
    });
  }
  const v = at('Invoices');
  const invoice = col('Invoices', 'invoice');
  const issued = col('Invoices', 'issued');
  const due = col('Invoices', 'due');
  const paid = col('Invoices', 'paidOn');
  const invoiceClient = col('Invoices', 'client');
  const clientNames = other('Clients', 'client');
  const clientTerms = other('Clients', 'paymentTerms');
  if (invoice && issued && due && paid && invoiceClient) {
    // Payment terms that are not a number (blank, text, the header) mean 14 days, as the reader does.
    // SUMPRODUCT with = rather than MATCH (wildcards * ? ~ in names) or FILTER (not in Excel 2019 or
    // LibreOffice before 24.8). A client name given twice (flagged, refused by validation) adds up
    // the terms of its rows, where the reader takes the first row's.
    const has = `(${clientNames}=$${invoiceClient}${v})*ISNUMBER(${clientTerms})`;
    const terms =
      clientNames && clientTerms ? `IF(SUMPRODUCT(${has})=0,14,SUMPRODUCT(${has},${clientTerms}))` : '14';
    // A withdrawn invoice, a credit note's row and the invoice a credit note cancels owe nothing
    // (src/domain/tax/status.ts): never coloured overdue. Each test only where its column is there.
    const withdrawn = col('Invoices', 'withdrawnOn');
    const creditOf = col('Invoices', 'creditOf');
    const owes = [
      withdrawn ? `$${withdrawn}${v}=""` : '',
      creditOf
        ? `$${creditOf}${v}="",SUMPRODUCT(--($${creditOf}:$${creditOf}=$${invoice}${v}))-($${creditOf}$${v - 1}=$${invoice}${v})=0`
        : '',
    ]
      .filter(Boolean)
      .map((test) => `,${test}`)
      .join('');
    rules.push({
      tab: 'Invoices',
      id: 'invoice-overdue',
      formula: `=AND(${marker('invoice-overdue')},$${invoice}${v}<>"",$${paid}${v}=""${owes},IF($${due}${v}<>"",$${due}${v},$${issued}${v}+${terms})<TODAY())`,
      background: '#f4c7c3',
      fromColumn: 0,
      toColumn: width('Invoices'),
    });
  }
  return rules;
}

/**
 * The formula of a validation rule with `{cell}` and `{col}` filled in for a column, and `{cell:key}` with
 * the same row's cell of another column of the tab (relative, so it moves with the rule from the first
 * data row). Setup places every column of the spec before it writes rules, so a missing one is a bug.
 */
export function validationFormula(
  template: string,
  column: number,
  firstRow = 2,
  positions?: ReadonlyMap<string, number>,
): string {
  const letter = columnLetter(column);
  // split/join: replaceAll is ES2021, beyond what Apps Script's parser is promised to take.
  let text = template;
  for (const key of (template.match(/\{cell:[A-Za-z]+\}/g) ?? []).map((m) => m.slice(6, -1))) {
    const at = positions?.get(key);
    if (at === undefined) throw new Error(`validationFormula: no column ${key} for ${template}`);
    text = text.split(`{cell:${key}}`).join(`${columnLetter(at)}${firstRow}`);
  }
  return text
    .split('{cell}')
    .join(`${letter}${firstRow}`)
    .split('{col}$2')
    .join(`${letter}$${firstRow}`)
    .split('{col}')
    .join(letter);
}
