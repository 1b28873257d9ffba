// Norwegian Bokmål: friendly and direct business Norwegian, "dere" to the client's business, "du" to
// the person who answers. Style note: docs/language/nb.md.

import { count } from '../core/plural';
import type { CommonWords } from '../shapes/common';
import { LANGUAGE_LIST } from '../languages';

export const LOCALE = LANGUAGE_LIST.nb.locale;

const nouns = {
  task: { one: '# oppgave', other: '# oppgaver' },
  hour: { one: '# time', other: '# timer' },
  day: { one: '# dag', other: '# dager' },
  // Prose writes one as a word: «innen én virkedag».
  workingDay: { one: 'én virkedag', other: '# virkedager' },
  workingHour: { one: 'én arbeidstime', other: '# arbeidstimer' },
  deadline: { one: '# frist', other: '# frister' },
};
export const n = (forms: keyof typeof nouns, value: number) => count(LOCALE, nouns[forms], value);

export const common: CommonWords = {
  nouns,
  // Norwegian puts a space before the percent sign: 12 % vekst.
  quantity: (value, unit) =>
    !unit ? value : unit.startsWith('%') ? `${value}\u00a0${unit}` : `${value} ${unit}`,
  dateRange: (a, b) =>
    a.yearNumber !== b.yearNumber
      ? `${a.full} – ${b.full}`
      : a.monthNumber !== b.monthNumber
        ? `${a.day}. ${a.month} – ${b.day}. ${b.month} ${b.year}`
        : `${a.day}.–${b.day}. ${b.month} ${b.year}`,
  money: (_amount, _currency, intl) => intl,
};
