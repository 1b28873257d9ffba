// The sidebar's list of invoices: each Invoices row as facts (number, client, date, amount, where it is
// in its life), so the sidebar words them in the UI language and offers what that state allows
// (src/domain/tax/lifecycle.ts: a credit note for a sent invoice). Credit notes are listed as what they
// are, beside the invoice they cancel. Pure: the action reads the tab once and hands the rows in.

import { matchKey } from '../match-key';
import { type InvoiceState, invoiceState } from '../tax/lifecycle';
import { creditNotesByInvoice, statusReader } from '../tax/status';
import type { Invoice, LocalDate } from '../types';

interface ListedRow {
  number: string;
  client: string;
  issued: LocalDate;
  /** In the currency's units, as the Invoices tab holds it; below zero on a credit note. */
  amount: number;
  currency: string;
  /** The Invoices row, for a link to its cell. */
  row: number;
}

export type InvoiceListItem =
  | (ListedRow & {
      kind: 'invoice';
      state: InvoiceState;
      /** The credit note that cancels it in full, when state is 'credited'. */
      creditedBy: string | null;
      paidOn: LocalDate | null;
    })
  | (ListedRow & {
      kind: 'credit-note';
      /** The invoice it cancels. */
      creditOf: string;
    });

/**
 * Every invoice and credit note of the client (of all clients without one), newest first; rows of the
 * same day keep the sheet's order reversed, so the latest made stands on top.
 */
export function invoiceList(invoices: readonly Invoice[], client?: string): InvoiceListItem[] {
  const creditedBy = creditNotesByInvoice(invoices);
  const status = statusReader(invoices);
  const wanted = client ? matchKey(client) : null;
  return invoices
    .filter((i) => wanted === null || matchKey(i.client) === wanted)
    .map((i): InvoiceListItem => {
      const row = {
        number: i.invoice,
        client: i.client,
        issued: i.issued,
        amount: i.amount,
        currency: i.currency,
        row: i.row,
      };
      if (i.creditOf) return { ...row, kind: 'credit-note', creditOf: i.creditOf };
      const credit = creditedBy.get(matchKey(i.invoice)) ?? null;
      const state = invoiceState(status(i));
      return { ...row, kind: 'invoice', state, creditedBy: credit, paidOn: i.paidOn };
    })
    .sort((a, b) => (a.issued === b.issued ? b.row - a.row : a.issued < b.issued ? 1 : -1));
}
