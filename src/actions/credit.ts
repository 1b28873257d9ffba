// "Create credit note": for an invoice that went to the client, a credit note in its own series that
// cites it and credits it in full, as Doc and PDF beside the invoice, recorded in the Invoices tab; the
// invoice's tasks return to unbilled. Run again, it finds the credit note's row and makes no second one.

import { readCounter, writeCounter } from '../adapters/invoice-counter';
import { findInvoiceFiles, saveInvoiceFiles } from '../adapters/invoice-files';
import { invoiceColumns } from '../adapters/invoice-sheet';
import { recordCreditNote } from '../adapters/credit-sheet';
import { readTabs } from '../adapters/spreadsheet';
import { monthOf } from '../domain/dates';
import {
  planDepositInvoice,
  planMonthlyInvoice,
  invoiceFolderKey,
  invoiceKey,
} from '../domain/invoice/build-invoice';
import type { InvoiceModel } from '../domain/invoice/build-invoice';
import { creditDocName, creditNoteModel } from '../domain/invoice/credit-note';
import { fromMinor, toMinor } from '../domain/invoice/money';
import { asIssued, readSnapshot } from '../domain/invoice/snapshot';
import type { Invoice } from '../domain/types';
import { loadSnapshot } from '../adapters/invoice-snapshot';
import { renderInvoiceHtml } from '../domain/invoice/invoice-html';
import { matchKey } from '../domain/match-key';
import { say } from '../domain/problems';
import { refuse } from '../domain/problems/render';
import { readTracker } from '../domain/read-tracker';
import { findClient } from '../domain/report/build-report';
import { safeFileName } from '../domain/report/pdf-names';
import { planCreditRow } from '../domain/tax/credit-row';
import type { CreditRequest, CreditResult } from '../server-api';
import { actionContext, withDocumentLock } from './context';

export function createCreditNote(request: CreditRequest): CreditResult {
  const number = typeof request?.invoice === 'string' ? request.invoice.trim() : '';
  if (!number) refuse(say('creditNoSuchInvoice', { invoice: '' }));
  const { ss, timeZone, today } = actionContext();
  return withDocumentLock('invoice', () => {
    const raw = readTabs(ss, ['Clients', 'Goals', 'Tasks', 'Invoices', 'Settings']);
    invoiceColumns(raw);
    const tracker = readTracker(raw, timeZone);
    const counter = readCounter('credit');
    const planned = planCreditRow(tracker, number, today, counter);
    if (!planned.ok) {
      const row = tracker.invoices.find((i) => matchKey(i.invoice) === matchKey(number));
      const credit = tracker.invoices.find((i) => i.creditOf && matchKey(i.creditOf) === matchKey(number));
      if ('problem' in planned) return refuse(say('creditNoSuchInvoice', { invoice: number }));
      switch (planned.refusal) {
        case 'no-such-invoice':
          return refuse(say('creditNoSuchInvoice', { invoice: number }));
        case 'not-sent':
          return refuse(say('creditNotSent', { invoice: number, row: row?.row ?? '' }));
        case 'is-credit-note':
          return refuse(say('creditOfCredit', { invoice: number, row: row?.row ?? '' }));
        default:
          return refuse(say('creditAlready', { invoice: number, credit: credit?.invoice ?? '' }));
      }
    }
    const plan = planned.plan;
    const client = findClient(tracker, plan.invoice.client);
    // The invoice again, as it was made: the month of the tasks it billed under its own number (none
    // for a deposit invoice).
    // Planned as while it was a draft (the one state in which it keeps its number); nothing is written for it.
    const billed = tracker.tasks.filter((t) => plan.taskRows.includes(t.row));
    const asDraft = {
      ...tracker,
      invoices: tracker.invoices.map((i) =>
        i === plan.invoice ? { ...i, sentOn: null, paidOn: null, reminderStage: 0 } : i,
      ),
    };
    const month = billed[0] ? monthOf(billed[0].date) : null;
    const { issued, invoice: cited } = plan.invoice;
    const invoice = month
      ? planMonthlyInvoice(asDraft, client.name, month, issued, cited)
      : planDepositInvoice(asDraft, client.name, issued, cited);
    const model = creditNoteModel(creditedAsIssued(invoice, plan.invoice), {
      number: plan.number,
      issued: plan.issued,
    });
    const reportFolder = tracker.settings.reportFolder;
    const key = `${invoiceKey(client, invoice.month)}:credit`;
    const folderKey = invoiceFolderKey(reportFolder);
    const files = findInvoiceFiles({ reportFolder, key, folderKey });
    const docName = creditDocName(model);
    const saved = saveInvoiceFiles(files, {
      reportFolder,
      key,
      folderKey,
      number: plan.number,
      docName,
      pdfName: `${safeFileName(docName)}.pdf`,
      html: renderInvoiceHtml(model),
    });
    // The credit note's row holds what it credits, which is what the invoice said.
    const amount = fromMinor(model.totalMinor, model.currency);
    recordCreditNote(ss, raw, { ...plan, amount, client: client.name, file: saved.pdfLink }, timeZone);
    writeCounter('credit', plan.nextCounter, counter);
    return {
      number: plan.number,
      invoice: plan.invoice.invoice,
      amount,
      currency: model.currency,
      tasks: plan.taskRows.length,
      docName,
      link: saved.docLink,
      pdfLink: saved.pdfLink,
    };
  });
}

/**
 * The invoice as it was issued: the snapshot Create invoice stored under its number. Without one (made
 * before snapshots were kept, or typed in by hand) the invoice rebuilt from its tasks, but only when
 * that comes to the Invoices › Amount it was issued for: else a rate or a task has changed since, and
 * a credit note from it would not cancel the invoice exactly.
 */
function creditedAsIssued(rebuilt: InvoiceModel, row: Invoice): InvoiceModel {
  const snapshot = readSnapshot(loadSnapshot(row.invoice), row.invoice);
  if (snapshot) return asIssued(rebuilt, snapshot);
  const issuedMinor = toMinor(row.amount, row.currency);
  if (rebuilt.currency !== row.currency || rebuilt.totalMinor !== issuedMinor)
    refuse(
      say('creditRebuiltDiffers', {
        invoice: row.invoice,
        row: row.row,
        amount: { money: issuedMinor, currency: row.currency },
        rebuilt: { money: rebuilt.totalMinor, currency: rebuilt.currency },
      }),
    );
  return rebuilt;
}
