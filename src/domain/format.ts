// Dates, numbers and money in the client's language, through Intl so that the same code gives
// "1 234,50 kr" in Norwegian and "₪1,234.50" in Hebrew; a catalogue may write money its own way
// (Japanese yen as 1,235円).

import { UI_WORDS } from './messages/ui';
import { type Language, LOCALES } from './messages/languages';
import type { LocalDate, Month } from './types';

/** The locale and direction of each language come from the one language list. */
export { LOCALES, isRtl } from './messages/languages';

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
  return UI_WORDS[language].common.money(amount, currency, intl);
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

/** Intl.DisplayNames is ECMA-402 2021, newer than the ES2020 the add-on relies on: reached only here. */
type DisplayNamesConstructor = new (
  locales: string[],
  options: { type: 'currency'; fallback: 'none' },
) => { of(code: string): string | undefined };

let warnedFallback = false;

function checkCurrency(code: string): boolean {
  const DisplayNames = (Intl as unknown as { DisplayNames?: DisplayNamesConstructor }).DisplayNames;
  if (typeof DisplayNames === 'function') {
    const name = new DisplayNames(['en'], { type: 'currency', fallback: 'none' }).of(code);
    return typeof name === 'string' && name !== code;
  }
  // Without DisplayNames, a currency's long name from NumberFormat: Intl spells out codes it knows
  // ("1.00 euros") and repeats the ones it does not ("1.00 ABC").
  if (!warnedFallback) {
    warnedFallback = true;
    console.warn('Intl.DisplayNames is missing here; currency codes are checked through Intl.NumberFormat.');
  }
  if (!longName('EUR') || longName('EUR')?.includes('EUR'))
    throw new Error(
      'This platform’s Intl knows no currency names (no Intl.DisplayNames, no long names in Intl.NumberFormat), so currency codes cannot be checked. Please report this.',
    );
  const name = longName(code);
  return name !== null && !name.includes(code);
}

function longName(code: string): string | null {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'name' }).format(
      1,
    );
  } catch {
    return null;
  }
}
