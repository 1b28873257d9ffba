// English words of the client emails (the language's tone: common.ts and docs/language/en.md).

import { joinMsgs, msg, type Msg, words } from '../core/msg';
import type { BillingRhythm, Weekday } from '../../types';
import type { MailWords, PaymentFacts, WorkingHoursText } from '../shapes/mail';
import { n } from './common';

const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function days(list: readonly Weekday[]): string {
  const consecutive = list.every((d, i) => i === 0 || d === list[i - 1]! + 1);
  if (list.length > 2 && consecutive) return `${WEEKDAYS[list[0]!]} to ${WEEKDAYS[list[list.length - 1]!]}`;
  const names = list.map((d) => WEEKDAYS[d]!);
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
    : (names[0] ?? '');
}

/** 24-hour clock as British business mail writes it: 9:00, 17:30. */
const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

const BILLING: Record<BillingRhythm, string> = {
  'month-end': 'monthly, at the end of each month',
  'month-start': 'monthly, in advance at the start of each month',
  fortnightly: 'every two weeks',
  weekly: 'weekly',
  'project-end': 'when the project is delivered',
  milestones: 'at each agreed milestone',
};

/**
 * How a letter names the document it chases. An Israeli seller's is a demand for payment, titled "Pro
 * forma invoice" (src/domain/messages/en/invoice.ts, docs/language/en.md): the letter calls it so too, as
 * a British reader pays a pro forma and expects the tax invoice after it (HMRC VATREC9020).
 */
interface Doc {
  a: string;
  The: string;
  the: string;
  /** "the invoice date" */
  date: string;
}
const INVOICE: Doc = { a: 'invoice', The: 'Invoice', the: 'the invoice', date: 'the invoice date' };
const PRO_FORMA: Doc = {
  a: 'pro forma invoice',
  The: 'Pro forma invoice',
  the: 'the pro forma invoice',
  date: 'the date of the pro forma invoice',
};

const paymentSubject = (d: Doc) => (stage: 1 | 2 | 3, invoice: string) =>
  stage === 1
    ? msg`Friendly reminder: ${words(d.a)} ${invoice}`
    : stage === 2
      ? msg`${words(d.The)} ${invoice} is overdue`
      : msg`Final reminder: ${words(d.a)} ${invoice}`;

const paymentBody =
  (d: Doc) =>
  (stage: 1 | 2 | 3, f: PaymentFacts): Msg[] => {
    const terms =
      f.terms === 0
        ? words(`payment is due on receipt of ${d.the}`)
        : msg`payment is due within ${n('day', f.terms)} of ${words(d.date)}`;
    if (stage === 1)
      return [
        msg`I hope all is well. This is a friendly reminder that ${words(d.a)} ${f.invoice} for ${f.amount}, dated ${f.issued}, was due for payment on ${f.due}. Under our agreed terms, ${terms}.`,
        words(
          `It may simply have slipped through the net. Could you confirm that you received ${d.the}, and let me know when the payment has been made?`,
        ),
      ];
    if (stage === 2)
      return [
        msg`I am following up on ${words(d.a)} ${f.invoice} for ${f.amount}, dated ${f.issued}. It was due for payment on ${f.due}, and I have not yet received the payment. Under our agreed terms, ${terms}.`,
        words(
          `Please arrange payment as soon as possible. Could you confirm that you received ${d.the}, and let me know when it will be paid? If anything about ${d.the} is unclear, tell me and I will sort it out straight away.`,
        ),
      ];
    const ask = f.payBy
      ? msg`Please pay the full amount by ${f.payBy} and let me know when it is done.`
      : words('Please pay the full amount within seven days and let me know when it is done.');
    return [
      msg`This is my final reminder about ${words(d.a)} ${f.invoice} for ${f.amount}, dated ${f.issued}, which was due for payment on ${f.due}. Under our agreed terms, ${terms}. As of today, I have not received the payment.`,
      msg`${ask} ${words(`If you did not receive ${d.the}, or if there is a problem with it, please reply to this email so that we can resolve it.`)}`,
    ];
  };

function workingHours(h: WorkingHoursText): Msg {
  return msg`${days(h.days)}, ${clock(h.start)} to ${clock(h.end)} (${h.zoneName})`;
}

export const mail: MailWords = {
  greeting: ({ name }) => [name ? msg`Dear ${name},` : words('Hello,')],
  intro: () => null,
  closing: words('Kind regards,'),
  paymentSubject: paymentSubject(INVOICE),
  paymentBody: paymentBody(INVOICE),
  attachedNote: words('I have attached the invoice again for convenience.'),
  linkNote: words('You can find the invoice here:'),
  reportSubject: (month) => msg`Your monthly report for ${month}`,
  reportBody: (month) =>
    msg`Attached, as a PDF, is my report on the work for ${month} and how it moved your goals forward.`,
  reportGoals: words('In short:'),
  reportGoalLine: (goal, line) => msg`${goal}: ${line}`,
  reportOutro: words('I am happy to go through it on a short call if you like.'),
  updateSubject: (period) => msg`Progress update: ${period}`,
  updateIntro: (period, oneDay) =>
    oneDay
      ? msg`Here is a short update on what I did for you on ${period}.`
      : msg`Here is a short update on what I have done for you over ${period}.`,
  updateGoalWork: words('Towards your goals:'),
  updateOtherWork: words('Other work:'),
  taskLine: ({ task, result, goal }) => {
    const done = result ? msg`${task}: ${result}` : msg`${task}`;
    return goal ? msg`${done} — for the goal “${goal}”` : done;
  },
  updateOutro: words('Let me know if you would like me to change priorities.'),
  termsSubject: words('Confirming our working terms'),
  termsIntro: words('To make sure we are on the same page, here are the terms we agreed, in writing:'),
  terms: {
    rate: (rate) => msg`Hourly rate: ${rate}`,
    payment: (d) =>
      d === 0
        ? words('Payment terms: on receipt of the invoice')
        : msg`Payment terms: ${n('day', d)} from the invoice date`,
    billing: (rhythm) => msg`Invoicing: ${BILLING[rhythm]}`,
    deposit: (percent) => msg`Deposit: ${percent}, payable before work starts`,
    hours: (h) => msg`Working hours: ${workingHours(h)}`,
    response: (amount, unit) =>
      msg`Response time: within ${n(unit === 'hours' ? 'workingHour' : 'workingDay', amount)}`,
    reach: (ways) =>
      msg`How to reach me: ${joinMsgs(
        ways.map((w) => msg`${w}`),
        ', ',
      )}`,
  },
  termsOutro: words('Please reply to confirm, or tell me what you would like to change.'),
  checkInSubject: words('How are things going?'),
  checkInBody: [
    words(
      'It has been a while since we finished our project, and I wanted to check in. Are you happy with how things turned out?',
    ),
    words('If you have new plans coming up, I would be glad to help again.'),
  ],
  rateSubject: (rate, from) => msg`New hourly rate from ${from}: ${rate}`,
  rateBody: (oldRate, newRate, from) => [
    words('Thank you for the good collaboration.'),
    msg`I am writing to let you know in good time that from ${from} my hourly rate will change from ${oldRate} to ${newRate}. The change reflects my higher costs, and lets me keep giving your work the time and care it deserves.`,
    words(
      'Work already agreed will be invoiced at the current rate. I would be glad to talk it through on a short call: just suggest a time that suits you.',
    ),
  ],
  demand: {
    paymentSubject: paymentSubject(PRO_FORMA),
    paymentBody: paymentBody(PRO_FORMA),
    attachedNote: words('I have attached the pro forma invoice again for convenience.'),
    linkNote: words('You can find the pro forma invoice here:'),
    terms: {
      payment: (d) =>
        d === 0
          ? words('Payment terms: on receipt of the pro forma invoice')
          : msg`Payment terms: ${n('day', d)} from the date of the pro forma invoice`,
      // The tax invoice follows payment: what is sent on this rhythm is the pro forma, a bill.
      billing: (rhythm) => msg`Billing: ${BILLING[rhythm]}`,
    },
  },
};
