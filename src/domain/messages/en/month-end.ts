// Close the month and the morning reminders, in English.

import { msg } from '../core/msg';
import type { CoverWords, MonthEndUiWords } from '../shapes/month-end';

export const cover: CoverWords = {
  subject: (month) => msg`Report and invoice for ${month}`,
  body: (month) =>
    msg`Attached, as PDFs, are my report on the work for ${month}, with how it moved your goals forward, and the invoice for the month.`,
  invoice: (invoice, amount, due) => msg`Invoice ${invoice} comes to ${amount} and is due on ${due}.`,
  // An Israeli seller's demand for payment, titled Pro forma invoice (src/domain/messages/en/mail.ts).
  demand: {
    subject: (month) => msg`Report and pro forma invoice for ${month}`,
    body: (month) =>
      msg`Attached, as PDFs, are my report on the work for ${month}, with how it moved your goals forward, and the pro forma invoice for the month.`,
    invoice: (invoice, amount, due) =>
      msg`Pro forma invoice ${invoice} comes to ${amount} and is due on ${due}.`,
  },
};

export const monthEnd: MonthEndUiWords = {
  close: {
    title: 'Close the month',
    help: 'For every client with work in the month: the report, the invoice, and one email carrying both as PDFs, left in Gmail as a draft.',
    month: 'Month',
    show: 'Show what each client gets',
    loading: 'Looking over {month}…',
    empty: 'No client has tasks in {month}.',
    allDone: 'Everything for {month} is done.',
    steps: { report: 'Report', invoice: 'Invoice', draft: 'Email with both' },
    states: {
      make: 'will be made',
      done: 'done',
      redo: 'changed since',
      blocked: 'cannot be made yet',
      none: 'nothing to make',
    },
    reasons: {
      'tasks-added': { one: '{n} task added since', other: '{n} tasks added since' },
      'tasks-removed': { one: '{n} task removed since', other: '{n} tasks removed since' },
      'tasks-edited': 'tasks edited since',
      'goals-edited': 'goals, rate or language changed since',
      'month-not-over': '{month} runs until {lastDay}',
      'no-hourly-rate': 'no hourly rate (Clients, row {row})',
      'unclassified-tasks': {
        one: '{n} task has neither a goal nor a mark (Tasks, row {rows})',
        other: '{n} tasks have neither a goal nor a mark (Tasks, rows {rows})',
      },
      'rows-left-out': {
        one: '{n} task is left out for a problem (Tasks, row {rows})',
        other: '{n} tasks are left out for a problem (Tasks, rows {rows})',
      },
      'no-email': 'no email address (Clients, row {row})',
      'no-billable-hours': 'no billable hours this month',
      'hours-unbilled': { one: '{hours} hour not yet invoiced', other: '{hours} hours not yet invoiced' },
      'hours-next-invoice': {
        one: 'the new {hours} hour goes on next month’s invoice',
        other: 'the new {hours} hours go on next month’s invoice',
      },
      'invoice-paid': 'invoice {invoice} was paid on {paidOn}',
      'invoice-chased': 'invoice {invoice} has already had a {stage}',
      'invoice-sent': 'invoice {invoice} was sent on {sentOn}',
      'report-first': 'waits for the report',
      'invoice-first': 'waits for the invoice',
      'mailed-without-invoice': 'the report went out in an email of its own; this one carries both',
      'attachments-changed': 'it would carry the new PDFs',
    },
    stages: ['friendly reminder', 'firm reminder', 'final reminder'],
    redo: 'Redo what changed',
    start: { one: 'Close the month for {n} client', other: 'Close the month for {n} clients' },
    nothingTicked: 'Tick at least one client first.',
    progress: {
      one: 'Closing {client}… {n} client left after this one',
      other: 'Closing {client}… {n} clients left after this one',
    },
    progressLast: 'Closing {client}, the last one…',
    clientDone: '{client}: done',
    stopped: '{client}: stopped ({reason}). Press again to finish; what is done stays done.',
    resultTitle: 'Drafts in Gmail, ready to check and send. Nothing was sent.',
    openDraft: 'Open the draft',
    openReport: 'Report',
    openInvoice: 'Invoice {invoice}',
    notAttached: '{client}: {reason}. Attach it before you send the email.',
  },
  mornings: {
    title: 'Reminders every morning',
    help: 'Each morning the add-on drafts the payment reminders that are due, exactly as Create drafts would, and records them in the sheet. It never sends anything.',
    permission: 'Turning it on asks Google for one more permission: to run the add-on on a schedule.',
    turnOn: 'Prepare reminders every morning',
    turnOff: 'Stop preparing reminders',
    turningOn: 'Turning on…',
    turningOff: 'Turning off…',
    on: 'On: between {from} and {to} each morning ({zone}).',
    off: 'Off.',
    stops: 'It also stops by itself if you remove the add-on or delete this spreadsheet.',
    since: {
      one: 'Since you last looked, {n} reminder was prepared:',
      other: 'Since you last looked, {n} reminders were prepared:',
    },
    line: '{client}: invoice {invoice}, {stage}',
    waited: { one: 'due since {date} ({n} day late)', other: 'due since {date} ({n} days late)' },
    more: { one: 'and {n} more', other: 'and {n} more' },
    failed:
      'The run on the morning of {date} stopped: {reason}. The sheet was left as it was; it tries again tomorrow.',
    missed: {
      one: '{n} morning went by without a run; the next one caught up.',
      other: '{n} mornings went by without a run; the next one caught up.',
    },
    nothingSince: 'No reminder was due since you last looked.',
  },
};
