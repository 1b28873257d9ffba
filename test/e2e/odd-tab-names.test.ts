// Tabs named as people name them ("Tasks ", "invoices", "clients"): every action finds them through
// the one tab finder, so none stops halfway or makes a second tab (issue 18).

import { describe, expect, it } from 'vitest';
import type { FakeSpreadsheet } from '../../runtime/fakes/spreadsheet';
import type {
  CheckResult,
  DraftsResult,
  HealthResult,
  InvoiceResult,
  PrintResult,
  ReportResult,
} from '../../src/server-api';
import { sampleRuntime } from '../support/runtime';

const MONTH = '2026-10';

function renameTab(ss: FakeSpreadsheet, from: string, to: string): void {
  (ss.getSheetByName(from) as unknown as { name: string }).name = to;
}

describe('tabs named "Tasks ", "invoices" and "clients"', () => {
  it('run setup, check, report, invoice, remind, terms, health, print and jump-to-cell', async () => {
    const runtime = await sampleRuntime();
    const ss = runtime.spreadsheet;
    renameTab(ss, 'Tasks', 'Tasks ');
    renameTab(ss, 'Invoices', 'invoices');
    renameTab(ss, 'Clients', 'clients');
    const tabsBefore = ss.sheets.map((s) => s.getName());

    runtime.run('setupTrackingSheet', { sample: false });
    const check = runtime.run<CheckResult>('checkSheet');
    expect(check.problems.filter((p) => p.severity === 'error')).toEqual([]);

    const clients = ss.getSheetByName('clients')!.getDataRange().getValues();
    const names = clients.slice(1).map((r) => String(r[0]));
    const report = runtime.run<ReportResult>('generateReport', { client: names[0], month: MONTH, ui: 'en' });
    expect(report.link).toMatch(/^https:\/\//);

    // An invoice for every client with hours that month: recorded in "invoices", marked in "Tasks ".
    const made: InvoiceResult[] = [];
    for (const client of names) {
      try {
        made.push(runtime.run<InvoiceResult>('createInvoice', { client, month: MONTH, ui: 'en' }));
      } catch (error) {
        expect(String(error)).not.toMatch(/Cannot read properties|null/);
      }
    }
    expect(made.length).toBeGreaterThan(0);
    const invoiceNumbers = ss
      .getSheetByName('invoices')!
      .getDataRange()
      .getValues()
      .map((r) => String(r[0]));
    const marks = ss.getSheetByName('Tasks ')!.getDataRange().getValues().flat().map(String);
    for (const invoice of made) {
      expect(invoiceNumbers).toContain(invoice.number);
      expect(marks).toContain(invoice.number);
    }

    const drafts = runtime.run<DraftsResult>('createDrafts', { kinds: ['payment'] });
    expect(drafts.drafts.length).toBeGreaterThan(0);

    expect(runtime.run('confirmTerms', { client: names[0], row: 2, ui: 'en' })).toMatchObject({
      date: expect.any(String),
    });
    expect(runtime.run<HealthResult>('clientHealth', { ui: 'en' }).clients.length).toBeGreaterThan(0);
    runtime.run('writeDashboard', { ui: 'en' });
    const print = runtime.run<PrintResult>('printTrackingSheet', {
      client: names[0],
      month: MONTH,
      ui: 'en',
    });
    expect(print.link).toMatch(/^https:\/\//);
    runtime.run('selectCell', { sheet: 'Tasks', row: 3, column: 'Hours' });
    expect(ss.activeRange?.sheet.getName()).toBe('Tasks ');

    // No second Tasks, Invoices or Clients tab was made on the way; only the Dashboard is new.
    expect(ss.sheets.map((s) => s.getName())).toEqual([...tabsBefore, 'Dashboard']);
  });
});
