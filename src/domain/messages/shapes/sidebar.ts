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
}
