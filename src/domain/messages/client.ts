// The client's language as the report and mail builders use it: its words (from the language's
// folder) with its locale and direction (from the language list), rendering in it, and the
// language-neutral helpers the words need: a day cut into parts for date ranges, a zone's name.

import type { LocalDate } from '../types';
import { type Msg, type Target, render } from './core/msg';
import { WORDS } from './index';
import { UI_WORDS } from './ui';
import { LANGUAGE_LIST, LANGUAGES, type Language } from './languages';
import type { CommonWords, DayParts } from './shapes/common';
import type { MailWords } from './shapes/mail';
import type { ReportWords } from './shapes/report';

/** One client language: the language list's facts and the language's client words. */
export interface Catalogue extends CommonWords {
  language: Language;
  /** The BCP 47 locale Intl formats numbers and dates with. */
  locale: string;
  /** Written right to left: every inserted value is bidi-isolated when rendered. */
  rtl: boolean;
  report: ReportWords;
  mail: MailWords;
}

export const CATALOGUES = Object.fromEntries(
  LANGUAGES.map((language): [Language, Catalogue] => {
    const { report, mail } = WORDS[language];
    const { common } = UI_WORDS[language];
    const { locale, rtl } = LANGUAGE_LIST[language];
    return [language, { ...common, language, locale, rtl, report, mail }];
  }),
) as Record<Language, Catalogue>;

export function catalogue(language: Language): Catalogue {
  return CATALOGUES[language];
}

/** A message as text or HTML in its language: values isolated when the language is right to left. */
export function renderIn(language: Language, m: Msg, target: Target = 'text'): string {
  return render(m, target, LANGUAGE_LIST[language].rtl);
}

const longDates = new Map<string, Intl.DateTimeFormat>();

export function dayParts(date: LocalDate, language: Language): DayParts {
  const locale = CATALOGUES[language].locale;
  let f = longDates.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    longDates.set(locale, f);
  }
  const instant = new Date(`${date}T12:00:00Z`);
  const parts = f.formatToParts(instant);
  const at = (type: string) => parts.findIndex((p) => p.type === type);
  const value = (type: string) => parts[at(type)]?.value ?? '';
  // The month as written in the long date, with words Intl attaches to it (Hebrew "ב") but without
  // the day's full stop (Norwegian, Icelandic "18. november").
  const dayAt = at('day');
  const yearAt = at('year');
  const month =
    dayAt < yearAt
      ? parts
          .slice(dayAt + 1, yearAt)
          .map((p) => p.value)
          .join('')
          .replace(/^[.\s]+/, '')
          .trim()
      : value('month');
  return {
    full: f.format(instant),
    day: value('day'),
    month,
    year: value('year'),
    monthNumber: Number(date.slice(5, 7)),
    yearNumber: Number(date.slice(0, 4)),
  };
}

/** One day, or two days written as a range with shared month and year once. */
export function formatPeriod(from: LocalDate, to: LocalDate, language: Language): string {
  const a = dayParts(from, language);
  if (from === to) return a.full;
  return CATALOGUES[language].dateRange(a, dayParts(to, language));
}

/**
 * The zone's name in the language ("sentraleuropeisk tid", "中央ヨーロッパ時間"), falling back to the
 * IANA name where the Intl at hand lacks the generic style (UNVERIFIED on Apps Script's V8).
 */
export function zoneName(timeZone: string, language: Language): string {
  for (const style of ['longGeneric', 'long'] as const) {
    try {
      const part = new Intl.DateTimeFormat(CATALOGUES[language].locale, { timeZone, timeZoneName: style })
        .formatToParts(new Date(Date.UTC(2026, 0, 15, 12)))
        .find((p) => p.type === 'timeZoneName');
      const isTime = CATALOGUES[language].zoneNameIsTime;
      if (style === 'longGeneric' && part && isTime && !isTime.test(part.value)) continue;
      if (part && !/^GMT[+-]/.test(part.value)) return part.value;
    } catch {
      // Older Intl rejects the style: try the next.
    }
  }
  return timeZone;
}
