// The catalogue of each client language, and the language-neutral helpers that feed them: a day cut
// into parts for date ranges, a time zone's name in the language, and rendering for a language.

import type { Language, LocalDate } from '../types';
import type { Catalogue, DayParts } from './catalogue';
import { en } from './en';
import { he } from './he';
import { is } from './is';
import { ja } from './ja';
import { type Msg, type Target, render } from '../messages/core/msg';
import { nb } from './nb';

export const CATALOGUES: Record<Language, Catalogue> = { en, nb, is, he, ja };

export function catalogue(language: Language): Catalogue {
  return CATALOGUES[language];
}

/** A message as text or HTML in its language: values isolated when the language is right to left. */
export function renderIn(language: Language, m: Msg, target: Target = 'text'): string {
  return render(m, target, CATALOGUES[language].rtl);
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
