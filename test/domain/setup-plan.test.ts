// Setup's plan: missing columns appended after the user's, never moved; flag formulas; validation formulas.

import { describe, expect, it } from 'vitest';
import { RULE_MARKER, flagRules, planColumns, validationFormula } from '../../src/domain/setup-plan';
import { CLIENTS, GOALS, INVOICES, SETTING_ROWS, TABS, TASKS, type TabSpec } from '../../src/domain/tabs';

const headers = (spec: TabSpec) => spec.columns.map((c) => c.header);

/** The header row after setup writes the plan's missing columns. */
function applyPlan(spec: TabSpec, row: readonly unknown[]): unknown[] {
  const plan = planColumns(spec, row);
  const out = [...row];
  plan.missing.forEach((c, i) => {
    out[plan.firstNewColumn + i] = c.header;
  });
  return out;
}

describe('planColumns', () => {
  it('adds every column, in spec order, to an empty header', () => {
    const plan = planColumns(TASKS, []);
    expect(plan.firstNewColumn).toBe(0);
    expect(plan.missing.map((c) => c.header)).toEqual(headers(TASKS));
    expect(TASKS.columns.map((c) => plan.positions.get(c.key))).toEqual(TASKS.columns.map((_, i) => i));
  });

  it('treats a row of blank cells as empty', () => {
    const plan = planColumns(TASKS, ['', '  ', '']);
    expect(plan.firstNewColumn).toBe(0);
    expect(plan.missing).toHaveLength(TASKS.columns.length);
  });

  it('adds nothing to a full header', () => {
    const plan = planColumns(INVOICES, headers(INVOICES));
    expect(plan.missing).toEqual([]);
    expect(plan.firstNewColumn).toBe(INVOICES.columns.length);
    expect(INVOICES.columns.map((c) => plan.positions.get(c.key))).toEqual(INVOICES.columns.map((_, i) => i));
  });

  it('keeps reordered and extra user columns where they are and appends after the last used cell', () => {
    const row = ['Hours', 'My notes', '  client ', '', 'DATE', 'Goal', 'Invoice sent?', ''];
    const plan = planColumns(TASKS, row);
    expect(plan.positions.get('hours')).toBe(0);
    expect(plan.positions.get('client')).toBe(2);
    expect(plan.positions.get('date')).toBe(4);
    expect(plan.positions.get('goal')).toBe(5);
    expect(plan.firstNewColumn).toBe(7);
    expect(plan.missing.map((c) => c.key)).toEqual([
      'task',
      'mark',
      'result',
      'benefit',
      'billable',
      'deadline',
      'delivered',
      'invoice',
      'importKey',
    ]);
    expect(plan.missing.map((c) => plan.positions.get(c.key))).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15]);
    const after = applyPlan(TASKS, row);
    // The user's cells are untouched, including the blank gap in column D.
    expect(after.slice(0, 7)).toEqual(row.slice(0, 7));
  });

  it('uses the first of two matching headers', () => {
    const plan = planColumns(CLIENTS, ['Client', 'Email', 'client']);
    expect(plan.positions.get('client')).toBe(0);
    expect(plan.firstNewColumn).toBe(3);
  });

  it('is idempotent: planning the result of a plan adds nothing and moves nothing', () => {
    for (const start of [
      [],
      ['Hours', 'My notes', 'client', '', 'DATE'],
      headers(TASKS).slice().reverse(),
      ['x', 'y'],
    ]) {
      const once = applyPlan(TASKS, start);
      const again = planColumns(TASKS, once);
      expect(again.missing).toEqual([]);
      expect(applyPlan(TASKS, once)).toEqual(once);
      for (const [key, position] of planColumns(TASKS, start).positions)
        expect(again.positions.get(key)).toBe(position);
    }
  });
});

describe('flagRules', () => {
  const standard = {
    Tasks: planColumns(TASKS, headers(TASKS)).positions,
    Goals: planColumns(GOALS, headers(GOALS)).positions,
    Clients: planColumns(CLIENTS, headers(CLIENTS)).positions,
    Invoices: planColumns(INVOICES, headers(INVOICES)).positions,
  };

  it('builds one rule of each kind, each carrying its marker', () => {
    const rules = flagRules(standard);
    expect(rules.map((r) => `${r.tab}:${r.id}`)).toEqual([
      'Tasks:task-no-goal-or-mark',
      'Tasks:task-goal-and-mark',
      'Tasks:task-goal-other-client',
      'Clients:client-duplicate',
      'Invoices:invoice-overdue',
    ]);
    for (const r of rules) {
      expect(r.formula.startsWith(`=AND(N("${RULE_MARKER}${r.id}")=0,`), r.id).toBe(true);
      expect(r.formula.split('(').length, r.id).toBe(r.formula.split(')').length);
    }
  });

  it('refers to the standard column letters', () => {
    const byId = new Map(flagRules(standard).map((r) => [r.id, r]));
    expect(byId.get('task-no-goal-or-mark')!.formula).toBe(
      '=AND(N("fvt:task-no-goal-or-mark")=0,OR($A2<>"",$B2<>""),$D2="",$E2="")',
    );
    expect(byId.get('task-goal-and-mark')!.formula).toBe(
      '=AND(N("fvt:task-goal-and-mark")=0,$D2<>"",$E2<>"")',
    );
    expect(byId.get('task-goal-other-client')!.formula).toBe(
      `=AND(N("fvt:task-goal-other-client")=0,$D2<>"",SUMPRODUCT((INDIRECT("'Goals'!B:B")=$D2)*(INDIRECT("'Goals'!A:A")=$B2))-(INDIRECT("'Goals'!B1")=$D2)*(INDIRECT("'Goals'!A1")=$B2)=0)`,
    );
    expect(byId.get('client-duplicate')!.formula).toBe(
      '=AND(N("fvt:client-duplicate")=0,$A2<>"",SUMPRODUCT(--($A:$A=$A2))-($A$1=$A2)>1)',
    );
    expect(byId.get('task-no-goal-or-mark')!).toMatchObject({
      fromColumn: 0,
      toColumn: TASKS.columns.length - 1,
    });
    expect(byId.get('task-goal-other-client')!).toMatchObject({ fromColumn: 3, toColumn: 3 });
  });

  it('follows reordered columns', () => {
    const tasks = planColumns(TASKS, ['Notes', 'Mark', 'Goal', 'Hours', 'Client', 'Date']).positions;
    const clients = planColumns(CLIENTS, ['Email', 'Payment terms (days)', 'Client']).positions;
    const invoices = planColumns(INVOICES, ['Paid on', 'Due', 'Issued', 'Client', 'Invoice']).positions;
    const goals = planColumns(GOALS, ['Goal', 'Status', 'Client']).positions;
    const byId = new Map(
      flagRules({ Tasks: tasks, Clients: clients, Invoices: invoices, Goals: goals }).map((r) => [r.id, r]),
    );
    expect(byId.get('task-no-goal-or-mark')!.formula).toBe(
      '=AND(N("fvt:task-no-goal-or-mark")=0,OR($F2<>"",$E2<>""),$C2="",$B2="")',
    );
    expect(byId.get('task-goal-and-mark')!.formula).toContain('$C2<>"",$B2<>""');
    expect(byId.get('task-goal-other-client')!.formula).toContain(
      `SUMPRODUCT((INDIRECT("'Goals'!A:A")=$C2)*(INDIRECT("'Goals'!C:C")=$E2))-(INDIRECT("'Goals'!A1")=$C2)*(INDIRECT("'Goals'!C1")=$E2)=0`,
    );
    expect(byId.get('task-goal-other-client')!).toMatchObject({ fromColumn: 2, toColumn: 2 });
    expect(byId.get('client-duplicate')!.formula).toContain('$C2<>"",SUMPRODUCT(--($C:$C=$C2))-($C$1=$C2)>1');
    expect(byId.get('client-duplicate')!).toMatchObject({ fromColumn: 2, toColumn: 2 });
    const overdue = byId.get('invoice-overdue')!.formula;
    expect(overdue).toContain('$E2<>"",$A2="",');
    expect(overdue).toContain(',IF($B2<>"",$B2,$C2+');
    expect(overdue).toContain(`(INDIRECT("'Clients'!C:C")=$D2)*ISNUMBER(INDIRECT("'Clients'!B:B"))`);
    expect(overdue).toContain(`,INDIRECT("'Clients'!B:B"))`);
  });

  it('treats Payment terms that are not a number as 14 days in the overdue flag, as the reader does', () => {
    const overdue = flagRules(standard).find((r) => r.id === 'invoice-overdue')!.formula;
    const has = `(INDIRECT("'Clients'!A:A")=$B2)*ISNUMBER(INDIRECT("'Clients'!G:G"))`;
    expect(overdue).toBe(
      // Neither withdrawn (N), a credit note (M) nor cancelled by one (M names it).
      `=AND(N("fvt:invoice-overdue")=0,$A2<>"",$G2="",$N2="",$M2="",SUMPRODUCT(--($M:$M=$A2))-($M$1=$A2)=0,IF($F2<>"",$F2,$C2+IF(SUMPRODUCT(${has})=0,14,SUMPRODUCT(${has},INDIRECT("'Clients'!G:G"))))<TODAY())`,
    );
  });

  it('falls back to 14 days when the Clients tab is not planned', () => {
    const rules = flagRules({ Invoices: standard.Invoices });
    expect(rules.map((r) => r.id)).toEqual(['invoice-overdue']);
    expect(rules[0]!.formula).toContain('$C2+14)<TODAY()');
  });

  it('leaves out rules whose columns are not placed', () => {
    expect(flagRules({})).toEqual([]);
    const tasksOnly = flagRules({ Tasks: standard.Tasks });
    expect(tasksOnly.map((r) => r.id)).toEqual(['task-no-goal-or-mark', 'task-goal-and-mark']);
  });
});

describe('validationFormula', () => {
  it('fills {cell} and {col} for the column', () => {
    const unique = CLIENTS.columns[0]!.validation;
    expect(unique?.kind).toBe('formula');
    if (unique?.kind === 'formula') {
      expect(validationFormula(unique.formula, 0)).toBe('=SUMPRODUCT(--($A:$A=A2))-($A$1=A2)=1');
      expect(validationFormula(unique.formula, 27)).toBe('=SUMPRODUCT(--($AB:$AB=AB2))-($AB$1=AB2)=1');
    }
    expect(validationFormula('=AND(ISNUMBER({cell}), {cell}>=1)', 2)).toBe('=AND(ISNUMBER(C2), C2>=1)');
    // A rule on a single cell further down (a Settings value) is written for that cell.
    expect(validationFormula('=REGEXMATCH(TO_TEXT({cell}), "^[A-Z]{3}$")', 1, 8)).toBe(
      '=REGEXMATCH(TO_TEXT(B8), "^[A-Z]{3}$")',
    );
  });
});

describe('rule formulas outside Sheets', () => {
  // The demo's .xlsx is opened in Excel and LibreOffice. LibreOffice 7.4 reads INDIRECT("'Goals'!B2:B")
  // as the single cell B2 (every goal-linked task not on Goals row 2 was flagged), a direct $A$2:$A as
  // #NAME?, and has no FILTER: the rules keep to whole columns and SUMPRODUCT.
  it('uses no open-ended range (A2:A) and no FILTER', () => {
    const standard = Object.fromEntries(
      TABS.map((t) => [
        t.name,
        planColumns(
          t,
          t.columns.map((c) => c.header),
        ).positions,
      ]),
    );
    const formulas = [
      ...flagRules(standard).map((r) => r.formula),
      ...TABS.flatMap((t) =>
        t.columns.flatMap((c) =>
          c.validation?.kind === 'formula'
            ? [validationFormula(c.validation.formula, 2, 5, standard[t.name])]
            : [],
        ),
      ),
      ...SETTING_ROWS.flatMap((c) =>
        c.validation?.kind === 'formula' ? [validationFormula(c.validation.formula, 2, 5)] : [],
      ),
    ];
    expect(formulas.length).toBeGreaterThan(8);
    // Another column of the same row, relative like the rule's own cell (Invoices › Amount).
    expect(formulas).toContain('=AND(ISNUMBER(C5),OR(C5>=0,M5<>""))');
    for (const formula of formulas) {
      expect(formula, formula).not.toMatch(/\$?[A-Z]+\$?\d+:\$?[A-Z]+(?![A-Z$\d])/);
      expect(formula, formula).not.toMatch(/FILTER\(/);
    }
  });
});
