// Icelandic: polite business Icelandic, "þið/ykkur" to the client. Inserted values sit where their
// case does not matter (after a colon label, as a nominative or accusative that matches it), so no
// client name, unit or goal has to be inflected. Style note: docs/language/is.md.

import { count } from '../core/plural';
import type { CommonWords } from '../shapes/common';
import { LANGUAGE_LIST } from '../languages';

export const LOCALE = LANGUAGE_LIST.is.locale;

// Icelandic 21, 31, 101 take the singular (CLDR "one"). Nominative unless the name says otherwise;
// nominative and accusative of "klukkustund" are the same, so hours fit either.
const nouns = {
  task: { one: '# verkefni', other: '# verkefni' },
  hour: { one: '# klukkustund', other: '# klukkustundir' },
  day: { one: '# dagur', other: '# dagar' },
  /** After "innan", which takes the genitive: innan 14 daga, innan 21 dags. */
  dayGenitive: { one: '# dags', other: '# daga' },
  workingDay: { one: '# virkur dagur', other: '# virkir dagar' },
  workingHour: { one: '# klukkustund á vinnutíma', other: '# klukkustundir á vinnutíma' },
  /** After "af", which takes the dative: af 13 skilafrestum, af 21 skilafresti. */
  deadlineDative: { one: '# skilafresti', other: '# skilafrestum' },
};
export const n = (forms: keyof typeof nouns, value: number) => count(LOCALE, nouns[forms], value);

export const common: CommonWords = {
  zoneNameIsTime: /tím/i,
  nouns,
  // Icelandic sets the percent sign close, as Intl does: 21% bókana.
  quantity: (value, unit) => (!unit ? value : unit.startsWith('%') ? `${value}${unit}` : `${value} ${unit}`),
  dateRange: (a, b) =>
    a.yearNumber !== b.yearNumber
      ? `${a.full} – ${b.full}`
      : a.monthNumber !== b.monthNumber
        ? `${a.day}. ${a.month} – ${b.day}. ${b.month} ${b.year}`
        : `${a.day}.–${b.day}. ${b.month} ${b.year}`,
  money: (_amount, _currency, intl) => intl,
};
