// Hebrew: polite, plain business Hebrew, plural "you" (אתם) to the client, first-person forms that
// carry no gender (past tense, future "אשמח"). Every inserted value is bidi-isolated by the renderers;
// the dual (יומיים, שעתיים) comes from the "two" plural category. Style note: docs/language/he.md.

import { count } from '../core/plural';
import type { CommonWords } from '../shapes/common';
import { LANGUAGE_LIST } from '../languages';

export const LOCALE = LANGUAGE_LIST.he.locale;

// CLDR "one" in Hebrew covers 1 and fractions below 1. One whole hour is written as a word after the
// noun ("שעה אחת"); a fraction keeps its digits before the singular ("0.5 שעה"), hence two hour nouns.
const nouns = {
  task: { one: 'משימה אחת', two: 'שתי משימות', other: '# משימות' },
  wholeHour: { one: 'שעה אחת', two: 'שעתיים', other: '# שעות' },
  hour: { one: '# שעה', two: 'שעתיים', other: '# שעות' },
  day: { one: 'יום אחד', two: 'יומיים', other: '# ימים' },
  workingDay: { one: 'יום עבודה אחד', two: 'שני ימי עבודה', other: '# ימי עבודה' },
  workingHour: { one: 'שעת עבודה אחת', two: 'שתי שעות עבודה', other: '# שעות עבודה' },
  deadline: { one: 'מועד מסירה אחד', two: 'שני מועדי מסירה', other: '# מועדי מסירה' },
};
export const n = (forms: keyof typeof nouns, value: number) => count(LOCALE, nouns[forms], value);
export const hourCount = (value: number) => n(Number.isInteger(value) ? 'wholeHour' : 'hour', value);

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
