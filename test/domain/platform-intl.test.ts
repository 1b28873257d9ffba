// When Apps Script's Intl lacks a part the add-on relies on (DisplayNames, time-zone data), the add-on
// says so plainly instead of calling every currency unknown or shifting every date.

import { afterEach, describe, expect, it, vi } from 'vitest';

const RealIntl = Intl;

/** Loads a fresh copy of a domain module with `Intl` replaced, so module-level caches start empty. */
async function withIntl<T>(intl: typeof Intl, path: string): Promise<T> {
  vi.resetModules();
  vi.stubGlobal('Intl', intl);
  return (await import(path)) as T;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

type FormatModule = typeof import('../../src/domain/format');
type DatesModule = typeof import('../../src/domain/dates');

describe('currency codes without Intl.DisplayNames', () => {
  it('still tells real codes from made-up ones, through NumberFormat, and warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { DisplayNames: _, ...rest } = Object.getOwnPropertyDescriptors(RealIntl);
    const noDisplayNames = Object.defineProperties({}, rest) as typeof Intl;
    const { isKnownCurrency } = await withIntl<FormatModule>(noDisplayNames, '../../src/domain/format');
    for (const code of ['EUR', 'NOK', 'ISK', 'ILS', 'JPY', 'USD', 'GBP', 'SEK', 'DKK'])
      expect(isKnownCurrency(code), code).toBe(true);
    for (const code of ['ABC', 'QQQ', 'eur', 'EURO', 'kr']) expect(isKnownCurrency(code), code).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/Intl\.DisplayNames is missing/);
  });

  it('fails clearly when Intl knows no currency names at all', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { DisplayNames: _, NumberFormat: __, ...rest } = Object.getOwnPropertyDescriptors(RealIntl);
    // A NumberFormat without locale data repeats the code as the currency's name.
    class BareNumberFormat {
      constructor(
        _locale: string,
        private readonly options: { currency?: string },
      ) {}
      format(n: number) {
        return `${n.toFixed(2)} ${this.options.currency}`;
      }
    }
    const bare = Object.defineProperties({ NumberFormat: BareNumberFormat }, rest) as unknown as typeof Intl;
    const { isKnownCurrency } = await withIntl<FormatModule>(bare, '../../src/domain/format');
    expect(() => isKnownCurrency('EUR')).toThrow(/Intl knows no currency names/);
  });
});

describe('dates without time-zone data', () => {
  function intlWith(DateTimeFormat: unknown): typeof Intl {
    const { DateTimeFormat: _, ...rest } = Object.getOwnPropertyDescriptors(RealIntl);
    return Object.defineProperties({ DateTimeFormat }, rest) as unknown as typeof Intl;
  }

  it('fail with a plain message when Intl ignores the zone (formats in UTC)', async () => {
    // Classes, as Intl.DateTimeFormat is called with new (an arrow function cannot be).
    class ignoring {
      constructor(locale: string, options: Intl.DateTimeFormatOptions) {
        // biome-ignore lint/correctness/noConstructorReturn: stands in for a platform constructor.
        return new RealIntl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
      }
    }
    const dates = await withIntl<DatesModule>(intlWith(ignoring), '../../src/domain/dates');
    const midnightInTokyo = new Date(Date.UTC(2026, 10, 30, 15, 30));
    expect(() => dates.toLocalDate(midnightInTokyo, 'Asia/Tokyo')).toThrow(
      /no time-zone data \(it ignores time zones\).*every date would shift/,
    );
    expect(() => dates.isValidTimeZone('Europe/Oslo')).toThrow(/no time-zone data/);
  });

  it('fail with a plain message when Intl refuses every zone', async () => {
    class refusing {
      constructor(locale: string, options: Intl.DateTimeFormatOptions) {
        if (options?.timeZone && options.timeZone !== 'UTC')
          throw new RangeError(`Unsupported time zone specified ${options.timeZone}`);
        // biome-ignore lint/correctness/noConstructorReturn: stands in for a platform constructor.
        return new RealIntl.DateTimeFormat(locale, options);
      }
    }
    const dates = await withIntl<DatesModule>(intlWith(refusing), '../../src/domain/dates');
    expect(() => dates.toLocalDate(new Date(), 'Europe/Oslo')).toThrow(
      /no time-zone data \(it refuses time zones \(Unsupported time zone/,
    );
  });

  it('work as before where the data is there', async () => {
    const dates = await withIntl<DatesModule>(RealIntl, '../../src/domain/dates');
    expect(dates.toLocalDate(new Date(Date.UTC(2026, 10, 30, 15, 30)), 'Asia/Tokyo')).toBe('2026-12-01');
    expect(dates.isValidTimeZone('Nowhere/Atlantis')).toBe(false);
  });
});
