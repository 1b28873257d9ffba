// What every client-facing text of a language shares: its counted nouns, how it writes money,
// quantities and date ranges. The words are in src/domain/messages/<language>/common.ts.

import type { PluralForms } from '../core/plural';

/** A calendar day cut into the pieces a date range needs, as Intl writes them in a long date. */
export interface DayParts {
  /** The whole date, as Intl's long date style writes it: "18 November 2026". */
  full: string;
  day: string;
  /** The month as written inside a long date (Hebrew "בנובמבר", Icelandic "nóvember"). */
  month: string;
  year: string;
  monthNumber: number;
  yearNumber: number;
}

export interface CommonWords {
  /**
   * A time zone's generic name ("Central European Time") is used only when it names a time: some
   * languages' CLDR data gives a bare country for a few zones (Icelandic "Bretland" for London),
   * and then the standard-time name is used. Absent: every generic name is taken.
   */
  zoneNameIsTime?: RegExp;
  /**
   * Every counted noun phrase the catalogue uses, exposed so tests can check that each gives a form
   * for every plural category the language has. A language may add its own (Icelandic cases).
   */
  nouns: Readonly<Record<string, PluralForms>>;
  /** Money as the language writes it; `intl` is Intl's currency format, the usual answer. */
  money: (amount: number, currency: string, intl: string) => string;
  /** A value with its unit from the Goals tab: "320 subscribers", "12 % growth", "320人". */
  quantity: (value: string, unit: string) => string;
  /** Two different days, month and year written once where they are shared. */
  dateRange: (from: DayParts, to: DayParts) => string;
}
