// Client health in the freelancer's language: the Dashboard tab's headings and the plain-words
// reasons a client looks at risk. The words are in src/domain/messages/<language>/health.ts.

import type { RiskReason } from '../../method/health';
import type { Msg } from '../core/msg';
import type { PluralForms } from '../core/plural';

export interface HealthWords {
  title: string;
  columns: {
    client: string;
    daysSinceContact: string;
    avgDaysLate: string;
    overdue: string;
    missedDeadlines90: string;
    hoursThisMonth: string;
    hoursAverage3: string;
    rateChange: string;
    signal: string;
  };
  ok: string;
  never: string;
  business: string;
  largestShare: (client: string, share: string) => Msg;
  concentrated: string;
  leads: (count: number) => Msg;
  otherCurrencies: (count: number, currency: string) => Msg;
  /** Every counted noun the health words use, so tests can check each language's plural forms. */
  nouns: Readonly<Record<string, PluralForms>>;
  reason: (reason: RiskReason) => Msg;
}
