// "Withdraw invoice": an invoice made but not yet sent is withdrawn. Its row, number and Drive files stay
// (they are the record; the series shows no gap), Withdrawn on is filled, and its tasks return to
// unbilled, so the next Create invoice bills them under the next number of the series. Run again, it
// reports the first withdrawal and writes nothing new.

import { readTabs } from '../adapters/spreadsheet';
import { recordWithdrawal, withdrawColumns } from '../adapters/withdraw-sheet';
import { type Say, say } from '../domain/problems';
import { refuse } from '../domain/problems/render';
import { readTracker } from '../domain/read-tracker';
import { planWithdraw } from '../domain/tax/withdraw-row';
import type { WithdrawRequest, WithdrawResult } from '../server-api';
import { actionContext, withDocumentLock } from './context';

export function withdrawInvoice(request: WithdrawRequest): WithdrawResult {
  const number = typeof request?.invoice === 'string' ? request.invoice.trim() : '';
  if (!number) refuse(say('creditNoSuchInvoice', { invoice: '' }));
  const { ss, timeZone, today } = actionContext();
  return withDocumentLock('invoice', () => {
    const raw = readTabs(ss, ['Clients', 'Goals', 'Tasks', 'Invoices', 'Settings']);
    withdrawColumns(raw); // a missing column stops here, before anything is written
    const tracker = readTracker(raw, timeZone);
    const planned = planWithdraw(tracker, number, today);
    if (!planned.ok) {
      const invoice = planned.invoice?.invoice ?? number;
      const row = String(planned.invoice?.row ?? '');
      const refusals: Record<typeof planned.refusal, () => Say> = {
        'no-such-invoice': () => say('creditNoSuchInvoice', { invoice: number }),
        'is-credit-note': () => say('withdrawCreditNote', { invoice, row }),
        sent: () => say('withdrawSent', { invoice, row, date: { date: planned.invoice?.sentOn ?? '' } }),
        paid: () => say('withdrawPaid', { invoice, row }),
        chased: () =>
          say('withdrawChased', { invoice, row, stage: String(planned.invoice?.reminderStage ?? '') }),
        credited: () => say('withdrawCredited', { invoice, row, credit: planned.credit ?? '' }),
      };
      return refuse(refusals[planned.refusal]());
    }
    const plan = planned.plan;
    recordWithdrawal(ss, raw, plan, timeZone);
    return {
      invoice: plan.invoice.invoice,
      client: plan.invoice.client,
      tasks: plan.taskRows.length,
      withdrawnOn: plan.withdrawnOn,
    };
  });
}
