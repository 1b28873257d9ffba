// A credit note is the invoice it cancels, every amount negated, under its own number and date, citing
// the invoice by number and date (EU VAT Directive art. 219; Norway's kreditnota, Iceland's
// kreditreikningur, the UK's credit note: /work/shared/invoice-law.md). The same lines and VAT per rate,
// so it credits the invoice in full and nothing else. Rendered by the invoice's own HTML renderer.

import { renderIn } from '../messages/client';
import { msg } from '../messages/core/msg';
import { creditTotals } from '../tax/lifecycle';
import type { LocalDate } from '../types';
import type { InvoiceModel } from './build-invoice';
import { invoiceTitle } from './tax-html';

const negate = (n: number) => (n === 0 ? 0 : -n);

export function creditNoteModel(
  invoice: InvoiceModel,
  credit: { number: string; issued: LocalDate },
): InvoiceModel {
  return {
    ...invoice,
    number: credit.number,
    issued: credit.issued,
    // Nothing falls due on a credit note; the renderer prints neither Due nor payment terms.
    due: credit.issued,
    lines: invoice.lines.map((l) => ({ ...l, amountMinor: negate(l.amountMinor) })),
    subtotalMinor: negate(invoice.subtotalMinor),
    deposit: invoice.deposit && { ...invoice.deposit, amountMinor: negate(invoice.deposit.amountMinor) },
    totalMinor: negate(invoice.totalMinor),
    tax: invoice.tax && {
      ...invoice.tax,
      totals: creditTotals(invoice.tax.totals),
      deductedMinor: negate(invoice.tax.deductedMinor),
    },
    // The Tasks rows go back to unbilled (src/domain/tax/credit-row.ts), none is marked by a credit note.
    taskRows: [],
    unmarkRows: [],
    key: `${invoice.key}:credit`,
    nextCounter: null,
    credit: { invoice: invoice.number, issued: invoice.issued },
  };
}

/**
 * A credit note's Doc and PDF name, and its HTML title: "Credit note CN-2026-0001 – Client", the number and
 * the client isolated as every inserted value is, so a Hebrew name reads in order.
 */
export function creditDocName(note: InvoiceModel): string {
  return renderIn(note.language, msg([`${invoiceTitle(note)} `, ' – ', ''], note.number, note.client.name));
}
