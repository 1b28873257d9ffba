// Japanese: business Japanese (丁寧語 and 謙譲語), 貴社 for the client's company in writing, the company
// on the first line and the person with 様 on the next. Yen as 7,500円. Style note: docs/language/ja.md.

import { count } from '../core/plural';
import type { CommonWords } from '../shapes/common';
import { LANGUAGE_LIST } from '../languages';

export const LOCALE = LANGUAGE_LIST.ja.locale;

// Japanese has one plural category ("other"); counters attach to the number.
const nouns = {
  task: { other: '#件' },
  hour: { other: '#時間' },
  day: { other: '#日' },
  workingDay: { other: '#営業日' },
  workingHour: { other: '#時間' },
  deadline: { other: '#件' },
};
export const n = (forms: keyof typeof nouns, value: number) => count(LOCALE, nouns[forms], value);

/**
 * A person is addressed with 様 once; a 様, さん or 殿 the user already wrote is not doubled. A name
 * the user ended with 御中 is a company addressed as such: it takes no 様 on top.
 */
export const honorific = (name: string) =>
  /御中$/.test(name) ? name : `${name.replace(/\s*(様|さん|殿)$/, '')}様`;

export const common: CommonWords = {
  nouns,
  quantity: (value, unit) =>
    !unit ? value : /^[A-Za-z]/.test(unit) ? `${value} ${unit}` : `${value}${unit}`,
  dateRange: (a, b) =>
    a.yearNumber !== b.yearNumber
      ? `${a.full}〜${b.full}`
      : a.monthNumber !== b.monthNumber
        ? `${a.year}年${a.monthNumber}月${a.day}日〜${b.monthNumber}月${b.day}日`
        : `${a.year}年${a.monthNumber}月${a.day}日〜${b.day}日`,
  money: (amount, currency, intl) =>
    currency === 'JPY'
      ? `${new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 }).format(amount)}円`
      : intl,
};
