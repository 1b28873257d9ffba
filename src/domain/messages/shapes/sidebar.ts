// The sidebar's words (the freelancer's UI language); the words are in
// src/domain/messages/<language>/sidebar.ts. `{name}` marks where a value goes: values are
// inserted as their own bidi-isolated elements, never spliced into the text. Counted phrases are
// plural forms chosen by Intl.PluralRules.

import type { SelfTestId } from '../../selftest-ids';
import type { DraftKind } from '../../types';
import type { Plural } from './problems';

/** Forms by Intl.PluralRules category: the same shape as the problem catalogues'. */
export type { Plural };

export interface SidebarMessages {
  loading: string;
  language: { label: string; automatic: string };
  setup: { title: string; help: string; sample: string; button: string; progress: string };
  report: {
    title: string;
    client: string;
    month: string;
    button: string;
    progress: string;
    open: string;
    downloadPdf: string;
    replaced: string;
    tasks: Plural;
    hours: Plural;
    excludedTitle: string;
    draftButton: string;
    draftProgress: string;
    draftMade: string;
    draftExists: string;
    draftGone: string;
    openDraft: string;
    privateSummary: string;
    score: string;
    weights: string;
    hoursSplit: string;
    delegateTitle: string;
    noDelegate: string;
    historyTitle: string;
    /** {month}, {score} */
    historyScore: string;
    /** {month} */
    historyNone: string;
    recurringTitle: string;
    /** {task}, {hours}; n = times done */
    recurringTimes: Plural;
    noRecurring: string;
    estimatesTitle: string;
    /** {goal}, {actual}, {estimate}, {share} */
    estimate: string;
    /** {onTime}; n = deadlines due */
    onTime: Plural;
    /** {task}, {date}; n = days late */
    missed: Plural;
    warnNoTasks: string;
    warnNotOver: string;
    warnFuture: string;
    goAhead: string;
    cancel: string;
  };
  invoice: {
    title: string;
    create: string;
    createDeposit: string;
    progress: string;
    /** {number}, {amount}, {due} */
    created: string;
    replaced: string;
    open: string;
  };
  /**
   * The client's invoices under Invoice, folded: each row's state, and what that state allows (a credit
   * note for a sent invoice; withdrawing one not yet sent).
   */
  invoices: {
    title: string;
    loading: string;
    none: string;
    /** {number}, {date}, {amount}: one invoice or credit note */
    row: string;
    /** An invoice's state (src/domain/tax/lifecycle.ts); a credited one says `credited`. */
    states: { draft: string; sent: string; withdrawn: string };
    /** {credit}: the credit note that cancels it */
    credited: string;
    /** {invoice}: the invoice a credit note cancels */
    creditNote: string;
    credit: string;
    /** {number}, {date}, {amount}: what Create credit note does, before it is done */
    confirmCredit: string;
    /** Leaves the invoice as it is (both confirmations). */
    keep: string;
    creditProgress: string;
    /** {number}, {invoice}, {amount}; n = tasks unbilled again */
    creditDone: Plural;
    /** {number}, {invoice}, {amount}: the same, for an invoice that billed no task (a deposit invoice) */
    creditDoneNoTasks: string;
    openCredit: string;
    withdraw: string;
    /** {number}, {date}: what Withdraw does, before it is done */
    confirmWithdraw: string;
    withdrawProgress: string;
    /** {invoice}, {date}: the day it was withdrawn; n = tasks unbilled again */
    withdrawDone: Plural;
    /** {invoice}, {date}: the same, for an invoice that billed no task */
    withdrawDoneNoTasks: string;
  };
  selfTest: {
    title: string;
    help: string;
    button: string;
    progress: string;
    /** {passed}, {failed}, {skipped} */
    summary: string;
    /** {tab} */
    inTab: string;
    /** {reason} */
    noTab: string;
    /** Each item's title; its detail (what the platform gave) stays as the server wrote it, for support. */
    items: Record<SelfTestId, string>;
  };
  reminders: {
    title: string;
    kinds: Record<DraftKind, string>;
    stages: [string, string, string];
    payment: string;
    daysOverdue: Plural;
    terms: string;
    termsWhy: string;
    termsConfirm: string;
    termsDone: string;
    update: string;
    updateWhy: Plural;
    rate: string;
    rateWhy: string;
    checkIn: string;
    checkInWhy: string;
    create: Plural;
    nothingTicked: string;
    progress: string;
    nothingDue: string;
    created: Plural;
    notDue: Plural;
    notAttached: string;
    failed: string;
    skipped: string;
  };
  problems: {
    title: string;
    none: string;
    button: string;
    progress: string;
    /** {sheet}, {row}, {column}: where the problem is */
    where: string;
    /** Between where and what: ': ' */
    colon: string;
  };
  health: {
    title: string;
    button: string;
    progress: string;
    /** {client}: the reasons follow in a list. */
    atRisk: string;
    /** {client} */
    fine: string;
    noClients: string;
    businessTitle: string;
    /** {client}, {share}, {currency} */
    largest: string;
    /** {currency} */
    noIncome: string;
    concentrated: string;
    leads: Plural;
    deadlinesTitle: string;
    /** {client}, {task}, {date}; then `joiner` and dueToday, dueIn or late */
    deadline: string;
    joiner: string;
    dueToday: string;
    dueIn: Plural;
    /** Past its deadline with no delivery date. */
    late: Plural;
    noDeadlines: string;
    /** {tab}: the tab's own name */
    dashboard: string;
    dashboardProgress: string;
    /** {tab} */
    dashboardDone: string;
  };
  /** Classify tasks: the month's tasks with neither goal nor mark, one choice each. */
  classify: {
    title: string;
    help: string;
    month: string;
    show: string;
    loading: string;
    none: string;
    /** n = tasks listed */
    count: Plural;
    /** The empty choice of a task's list. */
    choose: string;
    /** Headings of the choices: the client's goals, then A and B. */
    goals: string;
    noGoal: string;
    markA: string;
    markB: string;
    /** A task whose Task cell is blank. */
    noText: string;
    /** {n}: the task's hours */
    hours: string;
    /** n = tasks of the month whose client is not in Clients (not listed) */
    unknownClient: Plural;
    save: string;
    saving: string;
    nothingChosen: string;
    /** n = tasks written */
    saved: Plural;
    /** n = tasks changed in the sheet since they were listed, left as they are */
    changed: Plural;
  };
  /** The timer: Start for a client, Stop into a Tasks row. */
  timer: {
    title: string;
    client: string;
    task: string;
    billable: string;
    start: string;
    starting: string;
    /** {client} */
    running: string;
    /** {client}, {task} */
    runningTask: string;
    /** {when}: weekday, day, month and time it started, in the spreadsheet's zone */
    since: string;
    /** {h}, {m}: hours and minutes it has run */
    elapsed: string;
    stop: string;
    stopping: string;
    /** {client}: the running timer's */
    alreadyRunning: string;
    /** {when}: as in since */
    confirm: string;
    hoursLabel: string;
    write: string;
    discard: string;
    /** {row}, {hours}, {client}, {date} */
    written: string;
    discarded: string;
    none: string;
  };
  /** Import time entries: a Toggl Track, Clockify or Harvest CSV export into Tasks. */
  import: {
    title: string;
    help: string;
    file: string;
    reading: string;
    unreadable: string;
    /** {vendor}: Toggl Track, Clockify or Harvest */
    found: string;
    /** n = entries not imported before */
    fresh: Plural;
    /** n = entries imported before */
    skipped: Plural;
    /** {zone}: the spreadsheet's time zone */
    timeZone: string;
    noBillable: string;
    /** {date}: a date as the file writes it (01/09/2026); the two readings follow as choices */
    dateQuestion: string;
    clientsTitle: string;
    /** {name}: the client or project as the file names it; n = entries */
    clientFor: Plural;
    /** n = entries with neither client nor project */
    noName: Plural;
    pickClient: string;
    problemsTitle: string;
    /** {line}, {message} */
    line: string;
    /** n = entries the button writes */
    confirm: Plural;
    progress: string;
    /** n = rows written */
    done: Plural;
    nothingNew: string;
    /** n = entries left out until their client is picked */
    waiting: Plural;
  };
}
