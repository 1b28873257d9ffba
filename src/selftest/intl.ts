// Intl on the platform: time-zone data for the zones we were asked about, and locale data for the
// five languages the add-on writes in. Without them dates shift and reports fall back to English.

import { toLocalDate, wallClock } from '../domain/dates';
import { LOCALES, isKnownCurrency } from '../domain/format';
import { LANGUAGES, type Language } from '../domain/types';
import { type CheckGroup, expectEqual, show } from './check';

/** One known instant, and what a wall clock shows in each zone (winter north, summer south). */
const INSTANT = '2026-01-15T12:00:00Z';
const ZONES: { zone: string; local: string; date: string }[] = [
  { zone: 'Pacific/Auckland', local: '2026-01-16 01:00', date: '2026-01-16' },
  { zone: 'Asia/Tokyo', local: '2026-01-15 21:00', date: '2026-01-15' },
  { zone: 'America/Los_Angeles', local: '2026-01-15 04:00', date: '2026-01-15' },
];

/**
 * What CLDR data gives for each language: the decimal separator, the month name of January, the
 * plural categories, and the currency name of EUR. Stable across recent CLDR versions.
 */
const EXPECTED: Record<Language, { decimal: string; january: string; plurals: string[]; euro: string }> = {
  en: { decimal: '.', january: 'January', plurals: ['one', 'other'], euro: 'Euro' },
  nb: { decimal: ',', january: 'januar', plurals: ['one', 'other'], euro: 'euro' },
  is: { decimal: ',', january: 'janúar', plurals: ['one', 'other'], euro: 'evra' },
  he: { decimal: '.', january: 'ינואר', plurals: ['one', 'other', 'two'], euro: 'אירו' },
  ja: { decimal: '.', january: '1月', plurals: ['other'], euro: 'ユーロ' },
};

type DisplayNamesConstructor = new (
  locales: string[],
  options: { type: 'currency'; fallback: 'none' },
) => { of(code: string): string | undefined };

/** Intl.DisplayNames is newer than ES2020 (ECMA-402 8th edition): reached only behind this check. */
function displayNames(): DisplayNamesConstructor {
  const found = (Intl as unknown as Record<string, unknown>).DisplayNames;
  if (typeof found !== 'function') throw new Error('Intl.DisplayNames is missing');
  return found as DisplayNamesConstructor;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function checkZones(): string {
  const instant = new Date(INSTANT);
  const seen: string[] = [];
  for (const { zone, local, date } of ZONES) {
    const w = wallClock(instant, zone);
    const shown = `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
    expectEqual(`${INSTANT} in ${zone}`, shown, local);
    expectEqual(`the date of ${INSTANT} in ${zone}`, toLocalDate(instant, zone), date);
    seen.push(`${zone} ${shown}`);
  }
  return `${INSTANT} shows as ${seen.join(', ')}`;
}

function checkLocale(language: Language): string {
  const locale = LOCALES[language];
  const want = EXPECTED[language];
  const numberFormat = new Intl.NumberFormat(locale);
  const resolved = numberFormat.resolvedOptions().locale;
  // A missing locale falls back silently to the default one: the report would come out in English.
  if (resolved.split('-')[0] !== language)
    throw new Error(`${language}: Intl has no data for ${locale}, it fell back to ${resolved}`);
  const number = numberFormat.format(1234.5);
  if (!number.includes(`${want.decimal}5`))
    throw new Error(
      `${language}: 1234.5 formats as ${show(number)}, without the decimal separator ${show(want.decimal)}`,
    );
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(1234.5);
  // Icelandic writes "EUR" where others write "€"; either names the currency.
  if (!/€|EUR/.test(money) || !money.includes(`${want.decimal}50`))
    throw new Error(`${language}: 1234.50 EUR formats as ${show(money)}`);
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(INSTANT));
  expectEqual(`${language}: January`, month, want.january);
  const plurals = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
  // Older CLDR has more categories (Hebrew "many"); the messages cover every category, so only a
  // missing one is a failure.
  const missing = want.plurals.filter((p) => plurals.indexOf(p as Intl.LDMLPluralRule) < 0);
  if (missing.length > 0)
    throw new Error(`${language}: plural categories ${plurals.join(',')} lack ${missing.join(',')}`);
  const euro = new (displayNames())([locale], { type: 'currency', fallback: 'none' }).of('EUR');
  expectEqual(`${language}: the name of EUR`, euro, want.euro);
  return `${language}: ${number}; ${money}; ${month}; ${plurals.join('/')}; ${euro}`;
}

function checkCurrencyNames(): string {
  // isKnownCurrency decides what the Currency column accepts: a missing DisplayNames would refuse all.
  const known = ['EUR', 'NOK', 'ISK', 'ILS', 'JPY', 'USD'].filter((c) => !isKnownCurrency(c));
  if (known.length > 0) throw new Error(`currencies not recognised: ${known.join(', ')}`);
  if (isKnownCurrency('XQQ')) throw new Error('XQQ was taken for a currency');
  return 'EUR, NOK, ISK, ILS, JPY, USD recognised; XQQ refused';
}

/**
 * The generic zone name ("Central European Time", not "Central European Standard Time") that reports
 * print beside a client's times. 'longGeneric' is newer than ES2020 (ECMA-402 9th edition); without it
 * the add-on falls back to the long name or the IANA id (zoneName in src/domain/messages/client.ts), so a failure
 * here means plainer text, not a failed report.
 */
function checkZoneNames(): string {
  const names: string[] = [];
  const missing: string[] = [];
  for (const language of LANGUAGES) {
    let name = '';
    try {
      name =
        new Intl.DateTimeFormat(LOCALES[language], {
          timeZone: 'Europe/Oslo',
          timeZoneName: 'longGeneric' as Intl.DateTimeFormatOptions['timeZoneName'],
        })
          .formatToParts(new Date(INSTANT))
          .find((p) => p.type === 'timeZoneName')?.value ?? '';
    } catch (error) {
      missing.push(`${language}: ${(error as Error).message}`);
      continue;
    }
    if (!name || /^GMT[+-]/.test(name)) missing.push(`${language}: ${show(name)}`);
    else names.push(`${language} ${name}`);
  }
  if (missing.length > 0) throw new Error(`no generic zone name for ${missing.join(', ')}`);
  return `Europe/Oslo is ${names.join(', ')}`;
}

export const INTL_GROUP: CheckGroup = {
  name: 'Intl',
  checks: [
    { id: 'intl-time-zones', title: 'Intl knows the time zones (Auckland, Tokyo, Los Angeles)' },
    {
      id: 'intl-locales',
      title: 'Intl formats numbers, money, dates, plurals and currency names in en, nb, is, he, ja',
    },
    { id: 'intl-currency-codes', title: 'Currency codes are recognised (Intl.DisplayNames)' },
    {
      id: 'intl-zone-names',
      title: "Time zones are named in each language (Intl.DateTimeFormat timeZoneName: 'longGeneric')",
    },
  ],
  run(t) {
    t.check('intl-time-zones', checkZones);
    t.check('intl-locales', () => {
      const failures: string[] = [];
      const passes: string[] = [];
      for (const language of LANGUAGES) {
        try {
          passes.push(checkLocale(language));
        } catch (error) {
          failures.push((error as Error).message);
        }
      }
      if (failures.length > 0) throw new Error(failures.join(' | '));
      return passes.join(' | ');
    });
    t.check('intl-currency-codes', checkCurrencyNames);
    t.check('intl-zone-names', checkZoneNames);
  },
};
