// An invoice's number: the one it had while it is still a draft, else the next of the one series
// (src/domain/tax/series.ts); refused once the client has it. Pure.

import { matchKey } from '../match-key';
import { say } from '../problems';
import { refuse } from '../problems/render';
import { decideNumber } from '../tax/decide-number';
import { statusReader } from '../tax/status';
import { DEFAULT_INVOICE_PATTERN } from '../tax/series';
import type { LocalDate, Tracker } from '../types';

/** Every number the register and the Tasks marks hold, with a label suffix (-DEP) also stripped. */
export function takenNumbers(tracker: Tracker, suffix: string): string[] {
  const all = [
    ...tracker.invoices.map((i) => i.invoice),
    ...tracker.tasks.map((t) => t.invoice ?? ''),
  ].filter(Boolean);
  const strip = new RegExp(`${suffix}(-\\d+)?$`, 'i');
  return [...all, ...all.map((n) => n.replace(strip, ''))];
}

/** The credit note that cancels an invoice: the row whose Credit note for names it, or null. */
export function creditNoteFor(tracker: Tracker, invoice: string): string | null {
  return (
    tracker.invoices.find((i) => i.creditOf && matchKey(i.creditOf) === matchKey(invoice))?.invoice ?? null
  );
}

export interface NumberChoice {
  number: string;
  /** The counter to store after the invoice is made; null when it was made again under its number. */
  nextCounter: number | null;
}

/**
 * `earlier`: the number the add-on gave this client's invoice for the same period (Drive, or the
 * Tasks marks); `counter`: the series counter as stored (document properties), null before the first.
 */
export function chooseNumber(
  tracker: Tracker,
  today: LocalDate,
  earlier: string | null,
  counter: number | null,
  options: { suffix: string; clientCode: string },
): NumberChoice {
  const row = earlier ? tracker.invoices.find((i) => matchKey(i.invoice) === matchKey(earlier)) : undefined;
  const status = row ? statusReader(tracker.invoices)(row) : null;
  const pattern = tracker.settings.invoiceNumber || DEFAULT_INVOICE_PATTERN;
  const decision = decideNumber(
    earlier
      ? {
          number: earlier,
          // A credit note's row citing it (Credit note for) means it was credited: a new number then.
          // Withdrawn on marks a number withdrawn before it was sent: it is never given again.
          status: status ?? { sentOn: null, creditedBy: creditNoteFor(tracker, earlier), withdrawn: false },
          paid: Boolean(row?.paidOn),
          reminderStage: row?.reminderStage ?? 0,
        }
      : null,
    {
      pattern,
      counter,
      startSetting: tracker.settings.nextInvoiceNumber ?? null,
      issued: today,
      clientCode: options.clientCode,
      taken: takenNumbers(tracker, options.suffix),
    },
  );
  const at = row ? String(row.row) : '';
  switch (decision.kind) {
    case 'remake':
      return { number: decision.number, nextCounter: null };
    case 'new':
      return { number: `${decision.number}${options.suffix}`, nextCounter: decision.nextCounter };
    case 'pattern':
      return refuse(
        say('invoicePatternBad', {
          value: pattern,
          placeholder: decision.placeholder,
          example: DEFAULT_INVOICE_PATTERN,
        }),
      );
    case 'refuse':
      if (decision.reason === 'paid')
        return refuse(say('alreadyPaid', { invoice: decision.number, row: at }));
      if (decision.reason === 'chased')
        return refuse(
          say('alreadyChased', {
            invoice: decision.number,
            row: at,
            stage: String(row?.reminderStage ?? ''),
          }),
        );
      return refuse(
        say('alreadySent', { invoice: decision.number, row: at, date: { date: status?.sentOn ?? '' } }),
      );
  }
}
