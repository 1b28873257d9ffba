// The client's calendar, by the client's language: the days no payment reminder is prepared because
// the client's business is customarily closed, and the season whose greeting opens a letter. Pure.
//
// Japanese (ja): 年末年始, 29 December to 3 January. These are the public offices' closing days by law
// (行政機関の休日に関する法律 第1条第1項第3号, "十二月二十九日から翌年の一月三日までの日",
// https://laws.e-gov.go.jp/law/363AC0000000091), and most companies close the same days, making
// 28 December 仕事納め and 4 January 仕事始め. 1–3 January alone would not do: a reminder drafted on
// 29–31 December reaches a closed office and is read on 4 January among the New Year greetings, the
// worst moment for a demand for money; from 4 January it opens with the greeting itself. The New Year
// greeting belongs to 松の内, up to 7 January in most of Japan (15 January in Kansai; business mail
// keeps to the 7th): https://panasonic.co.jp/ew/company/tomo/watch/webmaga/osahou/buisiness/87.html.
// Other languages: no closing days or season yet (a Norwegian or Icelandic Christmas is left to the
// freelancer, who sees each draft before sending).

import { addDays } from '../dates';
import type { Language, LocalDate } from '../types';

/** A season whose greeting opens the letter. */
export type Season = 'new-year';

/** "MM-DD" ranges, both ends included; a range may run over the new year. */
interface Calendar {
  closed: readonly [from: string, to: string][];
  seasons: readonly { season: Season; from: string; to: string }[];
}

const CALENDARS: Partial<Record<Language, Calendar>> = {
  ja: {
    closed: [['12-29', '01-03']],
    seasons: [{ season: 'new-year', from: '01-01', to: '01-07' }],
  },
};

function within(day: LocalDate, from: string, to: string): boolean {
  const md = day.slice(5, 10);
  return from <= to ? md >= from && md <= to : md >= from || md <= to;
}

/** True on the days the client's business is customarily closed: no reminder is prepared then. */
export function chasersPaused(language: Language, day: LocalDate): boolean {
  return (CALENDARS[language]?.closed ?? []).some(([from, to]) => within(day, from, to));
}

/** The season whose greeting opens a letter written that day, or null. */
export function seasonOf(language: Language, day: LocalDate): Season | null {
  return CALENDARS[language]?.seasons.find((s) => within(day, s.from, s.to))?.season ?? null;
}

/** The day itself, or the first day after it when the client's business is open (a pay-by day). */
export function openDayFrom(language: Language, day: LocalDate): LocalDate {
  let open = day;
  // Closed spells are a few days; the bound only guards against a calendar that closes every day.
  for (let i = 0; i < 366 && chasersPaused(language, open); i++) open = addDays(open, 1);
  return open;
}
