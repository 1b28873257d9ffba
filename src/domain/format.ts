// Dates, numbers and money in the client's language, through Intl so that the same code gives
// "1 234,50 kr" in Norwegian and "₪1,234.50" in Hebrew; a catalogue may write money its own way
// (Japanese yen as 1,235円).

import { CATALOGUES } from './i18n';
import { LANGUAGES, type Language, type LocalDate, type Month } from './types';

/** The BCP 47 locale Intl uses for each language we write in (each catalogue names its own). */
export const LOCALES = Object.fromEntries(LANGUAGES.map((l) => [l, CATALOGUES[l].locale])) as Record<
  Language,
  string
>;

export const RTL_LANGUAGES: ReadonlySet<Language> = new Set(LANGUAGES.filter((l) => CATALOGUES[l].rtl));

export function isRtl(language: Language): boolean {
  return RTL_LANGUAGES.has(language);
}

// Calendar days are formatted at noon UTC in UTC, so no zone can move them to another day.
function dayInstant(date: LocalDate): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** "31 October 2026", "31. oktober 2026", "2026年10月31日"... */
export function formatDate(date: LocalDate, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    dayInstant(date),
  );
}

/** "October 2026", "oktober 2026", "2026年10月"... */
export function formatMonth(month: Month, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(dayInstant(`${month}-15`));
}

export function formatNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits }).format(value);
}

/** Hours with at most two decimals: "12,5" in Norwegian. */
export function formatHours(hours: number, language: Language): string {
  return formatNumber(Math.round(hours * 100) / 100, language);
}

/** A share from 0 to 1 as a whole percent, "64 %" or "64%" as the locale writes it. */
export function formatPercent(share: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

/** Money with the currency's own minor units (none for JPY and ISK), as the language writes it. */
export function formatMoney(amount: number, currency: string, language: Language): string {
  const intl = new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency }).format(amount);
  return CATALOGUES[language].money(amount, currency, intl);
}

/** True when Intl knows the code; Intl accepts any three letters, so we also check a display name. */
const currencies = new Map<string, boolean>();

export function isKnownCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  const known = currencies.get(code);
  if (known !== undefined) return known;
  const result = checkCurrency(code);
  currencies.set(code, result);
  return result;
}

function checkCurrency(code: string): boolean {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'currency', fallback: 'none' }).of(code);
    return typeof name === 'string' && name !== code;
  } catch {
    return false;
  }
}
