// The Dashboard tab as a block of values: client health per active client, then the business as a
// whole. Values only (no formulas), written by the add-on on request; the first cell marks the tab as
// the add-on's own so a user's tab of the same name is never overwritten.

import { formatPercent } from '../format';
import type { Language, LocalDate } from '../types';
import type { BusinessHealth, ClientHealth } from './health';
import { WORDS } from '../messages';
import { renderIn } from '../messages/client';

/** A1 of a Dashboard the add-on wrote; any other first cell means the tab is the user's. */
export const DASHBOARD_MARKER = 'Freelance Value Tracker';

export function dashboardRows(
  health: { clients: ClientHealth[]; business: BusinessHealth },
  today: LocalDate,
  language: Language,
): (string | number)[][] {
  const t = WORDS[language].health;
  const c = t.columns;
  const rows: (string | number)[][] = [
    [DASHBOARD_MARKER, `${t.title} ${today}`],
    [],
    [
      c.client,
      c.daysSinceContact,
      c.avgDaysLate,
      c.overdue,
      c.missedDeadlines90,
      c.hoursThisMonth,
      c.hoursAverage3,
      c.rateChange,
      c.signal,
    ],
  ];
  for (const h of health.clients) {
    rows.push([
      h.client,
      h.daysSinceContact ?? t.never,
      h.avgDaysLate ?? '',
      h.overdue.invoices > 0 ? `${h.overdue.amount} ${h.overdue.currency}` : '',
      h.missedDeadlines90,
      h.hoursThisMonth,
      h.hoursAverage3,
      h.pendingRateChange ? h.pendingRateChange.from : '',
      h.atRisk ? h.reasons.map((r) => renderIn(language, t.reason(r))).join('; ') : t.ok,
    ]);
  }
  const b = health.business;
  rows.push([], [t.business]);
  if (b.largestClient !== null && b.largestClientShare !== null)
    rows.push([
      renderIn(language, t.largestShare(b.largestClient, formatPercent(b.largestClientShare, language))),
    ]);
  if (b.concentrated) rows.push([t.concentrated]);
  if (b.otherCurrencies > 0)
    rows.push([renderIn(language, t.otherCurrencies(b.otherCurrencies, b.currency))]);
  rows.push([renderIn(language, t.leads(b.leads))]);
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...new Array(width - r.length).fill('')]);
}
