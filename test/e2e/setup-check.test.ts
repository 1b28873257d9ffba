// The built bundle in the local runtime: entry points, menu, setup and check as a user meets them.

import { readFileSync } from 'node:fs';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { loadRuntime } from '../../runtime/runtime';
import { TABS } from '../../src/domain/tabs';
import { TODAY, ensureBuilt, sampleRuntime, snapshot } from '../support/runtime';

const ENTRY_POINTS = [
  'onOpen',
  'onInstall',
  'showSidebar',
  'setUpFromMenu',
  'checkFromMenu',
  'loadSidebar',
  'checkSheet',
  'setupTrackingSheet',
  'generateReport',
  'listReminders',
  'createDrafts',
  'selectCell',
  'runSelfTest',
  'runSelfTestFromMenu',
  'createInvoice',
  'createCreditNote',
  'listInvoices',
  'withdrawInvoice',
  'setUiLanguage',
  'confirmTerms',
  'clientHealth',
  'writeDashboard',
  'printTrackingSheet',
  'monthEndPlan',
  'closeMonthClient',
  'morningStatus',
  'setMorningReminders',
  // The morning trigger's function: ScriptApp finds it by name, like a menu item.
  'prepareMorningReminders',
  'listUnclassified',
  'saveClassification',
  'timerStatus',
  'startTimer',
  'stopTimer',
  'importTimeEntries',
];

describe('dist/Code.js', () => {
  it('declares every entry point as a top-level function declaration', () => {
    ensureBuilt();
    const code = readFileSync('dist/Code.js', 'utf8');
    // Parsed as a script, as Apps Script reads it: only top-level FunctionDeclarations are entry points.
    const program = parse(code, { ecmaVersion: 2020, sourceType: 'script' });
    const declared = program.body.flatMap((node) =>
      node.type === 'FunctionDeclaration' && node.id ? [node.id.name] : [],
    );
    expect([...declared].sort()).toEqual([...ENTRY_POINTS].sort());
  });

  it('keeps parameter names in the generated wrappers', () => {
    ensureBuilt();
    const code = readFileSync('dist/Code.js', 'utf8');
    expect(code).toMatch(/^function generateReport\(request\)/m);
    expect(code).toMatch(/^function selectCell\(ref\)/m);
  });

  it('contains no syntax the Apps Script parser rejects (#private, static fields)', () => {
    ensureBuilt();
    const code = readFileSync('dist/Code.js', 'utf8');
    // ecmaVersion 2020 refuses #private fields and static class fields, as the Apps Script parser does.
    expect(() => parse(code, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
    expect(code).not.toMatch(/this\.#|^\s*#[a-zA-Z_]\w*\s*[=;(]/m);
    expect(code).not.toMatch(/^\s*static\s+\w+\s*=/m);
  });
});

describe('menu', () => {
  it('builds the add-on menu in AuthMode.NONE without touching the spreadsheet', async () => {
    ensureBuilt();
    const runtime = await loadRuntime({ today: TODAY });
    runtime.trigger('onOpen', 'NONE');
    const menu = runtime.app.ui.menus[0]!;
    expect(menu.items.map((i) => i.functionName)).toEqual([
      'showSidebar',
      'setUpFromMenu',
      'checkFromMenu',
      'runSelfTestFromMenu',
    ]);
    for (const item of menu.items) expect(runtime.entryPoints()).toContain(item.functionName);
    expect(runtime.calls.count('SpreadsheetApp.getActiveSpreadsheet')).toBe(0);
  });

  it('onInstall builds the same menu', async () => {
    ensureBuilt();
    const runtime = await loadRuntime({ today: TODAY });
    runtime.trigger('onInstall', 'FULL');
    expect(runtime.app.ui.menus).toHaveLength(1);
  });

  it('asks about sample data on an empty spreadsheet and adds it on Yes', async () => {
    ensureBuilt();
    const runtime = await loadRuntime({ today: TODAY });
    runtime.app.ui.answers.push('YES');
    runtime.run('setUpFromMenu');
    const tasks = runtime.spreadsheet.getSheetByName('Tasks')!;
    expect(tasks.getLastRow()).toBeGreaterThan(50);
    expect(runtime.spreadsheet.toasts.at(-1)?.title).toBe('Tracking sheet ready');
  });

  it('opens the sidebar from the built HTML file', async () => {
    ensureBuilt();
    const runtime = await loadRuntime({ today: TODAY });
    runtime.run('showSidebar');
    const shown = runtime.app.ui.sidebars.at(-1)!;
    expect(shown.getTitle()).toBe('Freelance Value Tracker');
    expect(shown.getContent()).toContain('Generate monthly report');
  });
});

describe('set up tracking sheet', () => {
  it('creates every tab with frozen headers and validation, and the sample checks clean', async () => {
    const runtime = await sampleRuntime();
    const names = runtime.spreadsheet.getSheets().map((s) => s.getName());
    for (const spec of TABS) expect(names).toContain(spec.name);
    const tasks = runtime.spreadsheet.getSheetByName('Tasks')!;
    expect(tasks.getFrozenRows()).toBe(1);
    const taskHeaders = TABS.find((t) => t.name === 'Tasks')!.columns.map((c) => c.header);
    expect(tasks.getRange(1, 1, 1, taskHeaders.length).getValues()[0]).toEqual(taskHeaders);
    const hours = tasks.getRange(2, 6).getDataValidation()!;
    expect(String(hours.getCriteriaType())).toBe('NUMBER_BETWEEN');
    expect(hours.getAllowInvalid()).toBe(false);
    expect(hours.getHelpText()).toMatch(/0 to 24/);
    const check = runtime.run<{ problems: unknown[] }>('checkSheet');
    expect(check.problems).toEqual([]);
  });

  it('changes nothing when run twice', async () => {
    const runtime = await sampleRuntime();
    const before = JSON.stringify(snapshot(runtime.spreadsheet));
    const again = runtime.run<{
      tabsCreated: string[];
      columnsAdded: string[];
      rulesAdded: number;
      sampleAdded: boolean;
    }>('setupTrackingSheet', { sample: true });
    expect(again).toEqual({ tabsCreated: [], columnsAdded: [], rulesAdded: 0, sampleAdded: false });
    expect(JSON.stringify(snapshot(runtime.spreadsheet))).toBe(before);
  });

  it('keeps user values and columns where they are on a filled sheet with reordered and extra columns', async () => {
    ensureBuilt();
    const runtime = await loadRuntime({ today: TODAY });
    const ss = runtime.spreadsheet;
    const tasks = ss.insertSheet('Tasks');
    const userRows = [
      ['My notes', 'Hours', 'client', 'DATE', 'Task', 'Mark'],
      ['keep me', 2, 'Acme', new Date('2026-10-05T10:00:00Z'), 'Fix checkout', 'A'],
      ['', 1.5, 'Acme', new Date('2026-10-06T10:00:00Z'), '=cannot become formula?', 'B'],
    ];
    tasks
      .getRange(1, 1, 3, 6)
      .setValues(
        userRows.map((r) => r.map((v) => (v === '=cannot become formula?' ? "'=cannot become formula?" : v))),
      );
    const userValues = tasks.getRange(1, 1, 3, 6).getValues();
    const result = runtime.run<{ columnsAdded: string[]; sampleAdded: boolean }>('setupTrackingSheet', {
      sample: true,
    });
    expect(result.sampleAdded).toBe(false);
    expect(tasks.getRange(1, 1, 3, 6).getValues()).toEqual(userValues);
    expect(tasks.getRange(1, 7, 1, 6).getValues()[0]).toEqual([
      'Goal',
      'Result',
      'Client benefit',
      'Billable',
      'Deadline',
      'Delivered',
    ]);
    const rulesOnce = tasks.getConditionalFormatRules().length;
    const before = JSON.stringify(snapshot(ss));
    runtime.run('setupTrackingSheet', { sample: true });
    expect(tasks.getConditionalFormatRules()).toHaveLength(rulesOnce);
    expect(JSON.stringify(snapshot(ss))).toBe(before);
  });

  it('keeps a conditional format rule of the user’s own', async () => {
    const runtime = await sampleRuntime();
    const tasks = runtime.spreadsheet.getSheetByName('Tasks')!;
    const mine = runtime.app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$F2>8')
      .setBackground('#00ff00')
      .setRanges([tasks.getRange('F2:F100')])
      .build();
    tasks.setConditionalFormatRules([...tasks.getConditionalFormatRules(), mine]);
    runtime.run('setupTrackingSheet', { sample: false });
    const formulas = tasks
      .getConditionalFormatRules()
      .map((r) => r.getBooleanCondition()?.getCriteriaValues()[0]);
    expect(formulas).toContain('=$F2>8');
    expect(formulas.filter((f) => String(f).includes('fvt:task-no-goal-or-mark'))).toHaveLength(1);
  });
});

describe('check sheet', () => {
  it('lists each problem with sheet, row, column and a fix, reading each tab once', async () => {
    const runtime = await sampleRuntime();
    const tasks = runtime.spreadsheet.getSheetByName('Tasks')!;
    tasks.getRange(5, 6).setValue("'lots"); // scripts may write what validation would refuse a person
    tasks.getRange(6, 4, 1, 2).setValues([['', '']]);
    runtime.calls.reset();
    const check = runtime.run<{
      problems: { sheet: string; row: number; column: string; message: string }[];
    }>('checkSheet');
    expect(check.problems).toContainEqual(
      expect.objectContaining({ sheet: 'Tasks', row: 5, column: 'Hours' }),
    );
    expect(check.problems).toContainEqual(
      expect.objectContaining({
        sheet: 'Tasks',
        row: 6,
        column: 'Goal',
        message: expect.stringMatching(/neither a goal nor a mark/),
      }),
    );
    expect(runtime.calls.count('Range.getValues')).toBe(5);
  });
});
