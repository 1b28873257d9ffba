// "Create invoice" and "Create deposit invoice": read five tabs once, plan the invoice in memory, write
// its Doc and PDF to Drive, then record it in the Invoices tab and mark the tasks it billed. A fixed
// number of calls whatever the number of tasks; running it again replaces the same invoice while it
// is unpaid and unchased, and refuses once a reminder has gone out.

import { say } from '../domain/problems';
import { refuse } from '../domain/problems/render';
import { readCounter, writeCounter } from '../adapters/invoice-counter';
import { findInvoiceFiles, keepEarlierFiles, saveInvoiceFiles } from '../adapters/invoice-files';
import { matchKey } from '../domain/match-key';
import { invoiceColumns, recordInvoice } from '../adapters/invoice-sheet';
import { storeSnapshot } from '../adapters/invoice-snapshot';
import { snapshotOf } from '../domain/invoice/snapshot';
import { readTabs } from '../adapters/spreadsheet';
import { isMonth } from '../domain/dates';
import {
  type InvoiceModel,
  invoiceDocName,
  invoiceFolderKey,
  invoiceKey,
  planDepositInvoice,
  planMonthlyInvoice,
  refusalToReplace,
} from '../domain/invoice/build-invoice';
import { renderInvoiceHtml } from '../domain/invoice/invoice-html';
import { formatMinor, fromMinor } from '../domain/invoice/money';
import { taxSummary } from '../domain/tax/summary';
import { readTracker } from '../domain/read-tracker';
import { findClient } from '../domain/report/build-report';
import { safeFileName } from '../domain/report/pdf-names';
import type { InvoiceRequest, InvoiceResult } from '../server-api';
import { actionContext, withDocumentLock } from './context';

export function checkInvoiceRequest(request: InvoiceRequest): {
  client: string;
  month: string;
  deposit: boolean;
} {
  const client = typeof request?.client === 'string' ? request.client.trim() : '';
  const deposit = request?.deposit === true;
  const month = typeof request?.month === 'string' ? request.month.trim() : '';
  if (!client) refuse(say('pickClient'));
  if (!deposit && !isMonth(month)) refuse(say('notMonth', { value: month, example: '2026-10' }));
  return { client, month, deposit };
}

export function createInvoice(request: InvoiceRequest): InvoiceResult {
  const { client, month, deposit } = checkInvoiceRequest(request);
  const { ss, timeZone, today } = actionContext();
  return withDocumentLock('invoice', () => {
    const raw = readTabs(ss, ['Clients', 'Goals', 'Tasks', 'Invoices', 'Settings']);
    invoiceColumns(raw); // a missing column stops here, before anything is written
    const tracker = readTracker(raw, timeZone);
    const found = findClient(tracker, client);
    const reportFolder = tracker.settings.reportFolder;
    const key = invoiceKey(found, deposit ? null : month);
    const folderKey = invoiceFolderKey(reportFolder);
    const files = findInvoiceFiles({ reportFolder, key, folderKey });
    // One series for all clients; the counter lives in the document properties (src/domain/tax/series.ts).
    const counter = readCounter('invoice');
    const model: InvoiceModel = deposit
      ? planDepositInvoice(tracker, found.name, today, files.earlierNumber, counter)
      : planMonthlyInvoice(tracker, found.name, month, today, files.earlierNumber, counter);
    // A fresh number has no row yet; an earlier one (from Drive or the Tasks marks) may have been sent.
    const refusal = refusalToReplace(tracker, model.number);
    if (refusal) refuse(...refusal);
    const docName = invoiceDocName(model);
    // A new number where Drive held an earlier one: that one was withdrawn or credited, and its files stay.
    const replacing =
      files.earlierNumber && matchKey(files.earlierNumber) !== matchKey(model.number)
        ? keepEarlierFiles(files, key)
        : files;
    const saved = saveInvoiceFiles(replacing, {
      reportFolder,
      key,
      folderKey,
      number: model.number,
      docName,
      pdfName: `${safeFileName(docName)}.pdf`,
      html: renderInvoiceHtml(model),
    });
    const amount = fromMinor(model.totalMinor, model.currency);
    recordInvoice(
      ss,
      raw,
      {
        number: model.number,
        client: model.client.name,
        issued: model.issued,
        amount,
        currency: model.currency,
        due: model.due,
        file: saved.pdfLink,
        taskRows: model.taskRows,
        unmarkRows: model.unmarkRows,
      },
      timeZone,
    );
    // What it billed, as issued: a credit note credits exactly this (src/domain/invoice/snapshot.ts).
    storeSnapshot(model.number, snapshotOf(model));
    if (model.nextCounter !== null) writeCounter('invoice', model.nextCounter, counter);
    return {
      number: model.number,
      client: model.client.name,
      kind: model.kind,
      month: model.month ?? '',
      amount,
      amountText: formatMinor(model.totalMinor, model.currency, model.language),
      currency: model.currency,
      issued: model.issued,
      due: model.due,
      hours: model.hours,
      tasks: model.taskRows.length,
      depositDeducted: model.deposit ? fromMinor(model.deposit.amountMinor, model.currency) : 0,
      docName,
      link: saved.docLink,
      pdfLink: saved.pdfLink,
      replaced: saved.replaced,
      // Without a tax section (no Business country) the invoice is its own net and total.
      ...(model.tax ? taxSummary(model.tax.totals, model.currency) : { net: amount, vat: [], total: amount }),
    };
  });
}
