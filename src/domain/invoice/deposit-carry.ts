// A deposit is used up across the client's invoices for the work, not on the first one only: each
// monthly invoice deducts what is left of it, as far as its own net work goes, and the rest waits for
// the next invoice until the client has had back all it paid. Pure.
//
// Why net, and why until used up: VAT on a payment on account is due when it is received, on the amount
// received (EU VAT Directive art. 65, quoted at gov.uk/hmrc-internal-manuals/vat-time-of-supply/vattos2440),
// so the deposit invoice already charged the VAT on it; every later invoice for the same work charges
// VAT only on the part of the price not yet paid, i.e. its work less the deposit's net (art. 73: VAT on
// the consideration obtained). In Norway an advance received is booked against the invoices that
// settle the work (forskudd fra kunder, set off "mot fakturaen": conta.no/fakturering/kan-du-fakturere-pa-forskudd/).
//
// What was deducted before is read from what the add-on already writes, nothing new: the Invoices row of
// each earlier invoice of the client (its Amount, what the client was asked to pay) and the Tasks rows
// marked with its number (its work). An invoice deducted its work less the net of its Amount; so
//   - a credited invoice (a credit note cites it, src/domain/tax/credit-row.ts) no longer stands: it is
//     cancelled in full, deduction included, so its deduction is back in what is left;
//   - the invoice being planned is never among "the others", so a draft made again under its number
//     deducts afresh and never counts its own earlier deduction;
//   - the sum of the deductions of the invoices that stand never exceeds the deposit's net, since each
//     takes at most what the others left.
// Limits of deriving instead of storing: the work is read at the hourly rate the Clients tab holds now
// (as Create credit note's plan reads it); and an invoice planned again for its credit note after an
// EARLIER invoice was credited (and before that one's hours are billed again) may show a larger part
// than it took, since the credited invoice no longer counts.

import { matchKey } from '../match-key';
import { sum } from '../report/build-report';
import type { Client, Invoice, Task, Tracker } from '../types';
import { lineAmount, toMinor } from './money';
import { owesNothing } from '../tax/status';

export const DEPOSIT_SUFFIX = '-DEP';
const IS_DEPOSIT = new RegExp(`${DEPOSIT_SUFFIX}(-\\d+)?$`, 'i');

export interface DepositLedger {
  /** The deposit invoice's number, named on the "Less deposit" line. */
  invoice: string;
  /** Its Amount as the Invoices tab records it (VAT included when it charged VAT). */
  grossMinor: number;
  /** The client's other invoices that stand: the net work each billed and the Amount it recorded. */
  others: { workMinor: number; amountMinor: number }[];
}

/**
 * The net of an amount the client was asked to pay. With VAT at `vatBp` basis points it was
 * net + vatOn(net), and rounding the quotient gives that net back exactly (the VAT's rounding error,
 * at most half a minor unit, shrinks by 1 + rate). Without VAT charged, the amount is the net.
 */
export function netOf(amountMinor: number, vatBp: number | null): number {
  return vatBp === null ? amountMinor : Math.round((amountMinor * 10000) / (10000 + vatBp));
}

/** What is left of the deposit's net after the other invoices that stand, never below zero. */
export function depositLeft(ledger: DepositLedger, vatBp: number | null): number {
  const used = ledger.others.reduce((total, other) => {
    const deducted = other.workMinor - netOf(other.amountMinor, vatBp);
    return total + Math.min(Math.max(deducted, 0), other.workMinor);
  }, 0);
  return Math.max(netOf(ledger.grossMinor, vatBp) - used, 0);
}

/** The net this invoice deducts: what is left of the deposit, as far as its net work goes. */
export function depositDeduction(ledger: DepositLedger, workMinor: number, vatBp: number | null): number {
  return Math.min(depositLeft(ledger, vatBp), Math.max(workMinor, 0));
}

/** The client's deposit invoice made by the add-on (its number ends in -DEP), in the same currency, not credited. */
export function findDeposit(tracker: Tracker, client: Client): Invoice | null {
  // A credit note's row, a credited deposit and one withdrawn before it went out are no deposit.
  const cancelled = owesNothing(tracker.invoices);
  const currency = client.currency || tracker.settings.defaultCurrency;
  return (
    tracker.invoices.find(
      (i) =>
        i.client === client.name && i.currency === currency && IS_DEPOSIT.test(i.invoice) && !cancelled(i),
    ) ?? null
  );
}

/**
 * The client's deposit and the other invoices that stand, for the invoice numbered `number`; null when
 * the client has no deposit. `rateMinor`: the client's hourly rate, as the invoice being planned bills it.
 */
export function depositLedger(
  tracker: Tracker,
  client: Client,
  number: string,
  rateMinor: number,
): DepositLedger | null {
  const deposit = findDeposit(tracker, client);
  if (!deposit) return null;
  const currency = client.currency || tracker.settings.defaultCurrency;
  const self = matchKey(number);
  // The work of each other invoice, from the Tasks rows marked with its number.
  const work = new Map<string, Task[]>();
  for (const task of tracker.tasks) {
    if (task.client !== client.name || !task.invoice || !task.billable || task.hours <= 0) continue;
    const key = matchKey(task.invoice);
    if (key === self) continue;
    const billed = work.get(key);
    if (billed) billed.push(task);
    else work.set(key, [task]);
  }
  const amounts = new Map<string, number>();
  const cancelled = owesNothing(tracker.invoices);
  for (const row of tracker.invoices) {
    const key = matchKey(row.invoice);
    if (row.client !== client.name || key === self) continue;
    // Not another invoice that may have deducted this deposit: a credit note, a deposit, one cancelled by
    // a credit note or withdrawn before it went out, one in another currency, or one issued before the deposit (billed at a rate the
    // Clients tab may no longer hold, it would read as a deduction it never made).
    const stands =
      row.issued >= deposit.issued &&
      !IS_DEPOSIT.test(row.invoice) &&
      !cancelled(row) &&
      row.currency === currency;
    if (stands) amounts.set(key, toMinor(row.amount, currency));
    else work.delete(key);
  }
  const others = [...new Set([...work.keys(), ...amounts.keys()])].map((key) => ({
    workMinor: lineAmount(sum(work.get(key) ?? []), rateMinor),
    // Marks whose Invoices row is gone: counted as having deducted all the work they billed (as far
    // as the deposit went), so a lost row never gives the deposit back twice.
    amountMinor: amounts.get(key) ?? 0,
  }));
  return { invoice: deposit.invoice, grossMinor: toMinor(deposit.amount, currency), others };
}
