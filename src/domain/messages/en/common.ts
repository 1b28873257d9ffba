// English (British business English): plain and warm, first person, "you" for the client.
// Style note: docs/language/en.md.

import { count } from '../core/plural';
import type { CommonWords } from '../shapes/common';
import { LANGUAGE_LIST } from '../languages';

export const LOCALE = LANGUAGE_LIST.en.locale;

const nouns = {
  task: { one: '# task', other: '# tasks' },
  hour: { one: '# hour', other: '# hours' },
  day: { one: '# day', other: '# days' },
  workingDay: { one: '# working day', other: '# working days' },
  workingHour: { one: '# working hour', other: '# working hours' },
  deadline: { one: '# deadline', other: '# deadlines' },
};
export const n = (forms: keyof typeof nouns, value: number) => count(LOCALE, nouns[forms], value);

export const common: CommonWords = {
  nouns,
  quantity: (value, unit) => (!unit ? value : unit.startsWith('%') ? `${value}${unit}` : `${value} ${unit}`),
  dateRange: (a, b) =>
    a.yearNumber !== b.yearNumber
      ? `${a.full} – ${b.full}`
      : a.monthNumber !== b.monthNumber
        ? `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`
        : `${a.day}–${b.day} ${b.month} ${b.year}`,
  money: (_amount, _currency, intl) => intl,
};
