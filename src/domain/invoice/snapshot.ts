// What an invoice billed, as issued: its lines (description, hours, rate, amount in minor units), the
// deposit deducted, the totals per VAT rate and the currency. Create invoice stores it beside the number
// (document properties), replaced while the invoice is remade as a draft; Create credit note credits
// exactly it, so a later rate change or an edited task cannot make the credit note differ from the
// invoice it cancels (EU art. 219: it must refer to it "specifically and unambiguously"). Pure.

import { matchKey } from '../match-key';
import { utf8 } from '../mail/mime';
import { sha256Hex } from '../report/report-key';
import type { TaxTotals } from '../tax/compute';
import type { InvoiceLine, InvoiceModel } from './build-invoice';

export interface InvoiceSnapshot {
  v: 1;
  number: string;
  currency: string;
  /** [description, hours, rate in minor units, amount in minor units]; hours and rate null on a deposit line. */
  lines: [string, number | null, number | null, number][];
  hours: number;
  subtotalMinor: number;
  deposit: { invoice: string; amountMinor: number } | null;
  totalMinor: number;
  tax: { totals: TaxTotals; deductedMinor: number } | null;
}

/** The property key: a hash of the number in its matching form, so any number fits and case never splits it. */
export function snapshotKey(number: string): string {
  return `fvt.billed.${sha256Hex(utf8(matchKey(number)))}`;
}

export function snapshotOf(model: InvoiceModel): string {
  const snapshot: InvoiceSnapshot = {
    v: 1,
    number: model.number,
    currency: model.currency,
    lines: model.lines.map((l) => [l.description, l.hours, l.rateMinor, l.amountMinor]),
    hours: model.hours,
    subtotalMinor: model.subtotalMinor,
    deposit: model.deposit,
    totalMinor: model.totalMinor,
    tax: model.tax && { totals: model.tax.totals, deductedMinor: model.tax.deductedMinor },
  };
  return JSON.stringify(snapshot);
}

const isInt = (n: unknown): n is number => Number.isInteger(n);
const isIntOrNull = (n: unknown) => n === null || isInt(n);
const isNumOrNull = (n: unknown) => n === null || (typeof n === 'number' && Number.isFinite(n));

/** The snapshot stored for `number`, or null when there is none or it is not one of ours. */
export function readSnapshot(text: string | null, number: string): InvoiceSnapshot | null {
  if (!text) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const s = parsed as Partial<InvoiceSnapshot> | null;
  const linesOk =
    Array.isArray(s?.lines) &&
    s.lines.every(
      (l) =>
        Array.isArray(l) && typeof l[0] === 'string' && isNumOrNull(l[1]) && isIntOrNull(l[2]) && isInt(l[3]),
    );
  if (
    s?.v !== 1 ||
    typeof s.number !== 'string' ||
    matchKey(s.number) !== matchKey(number) ||
    typeof s.currency !== 'string' ||
    !linesOk ||
    !isInt(s.subtotalMinor) ||
    !isInt(s.totalMinor)
  )
    return null;
  return s as InvoiceSnapshot;
}

/** The invoice as rebuilt (parties, words, language), carrying exactly what the snapshot says it billed. */
export function asIssued(model: InvoiceModel, snapshot: InvoiceSnapshot): InvoiceModel {
  const lines: InvoiceLine[] = snapshot.lines.map(([description, hours, rateMinor, amountMinor]) => ({
    description,
    hours,
    rateMinor,
    amountMinor,
  }));
  return {
    ...model,
    currency: snapshot.currency,
    lines,
    hours: snapshot.hours,
    subtotalMinor: snapshot.subtotalMinor,
    deposit: snapshot.deposit,
    totalMinor: snapshot.totalMinor,
    tax: model.tax && snapshot.tax ? { ...model.tax, ...snapshot.tax } : model.tax,
  };
}
