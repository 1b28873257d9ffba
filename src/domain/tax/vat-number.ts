// VAT numbers: read as typed, checked against the issuing country's format (and check digit where the
// authority documents one), stored compact and printed the way that country prints them. Pure.

import { compact, digitsOf, isIsraeliBusinessNumber, isNorwegianOrgNumber, isSwedishOrgNumber } from './ids';

/** Why a VAT number cannot be used: wrong shape, or the check digit does not match. */
export type VatNumberProblem = 'format' | 'checksum';

export type VatNumberReading =
  | { ok: true; country: string; compact: string; printed: string }
  | { ok: false; country: string; problem: VatNumberProblem };

/**
 * EU member states' VAT number shapes after the prefix, as the European Commission's VIES lists them
 * (https://ec.europa.eu/taxation_customs/vies/#/faq, "structure of VAT numbers"). Greece's prefix is EL.
 */
const EU_FORMATS: Record<string, RegExp> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[0-9A-Z]\d{7}[0-9A-Z]$/,
  FI: /^\d{8}$/,
  FR: /^[0-9A-Z]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^\d[0-9A-Z+*]\d{5}[A-Z]{1,2}$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^\d{2,10}$/,
  SE: /^\d{10}01$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
};

/** ISO 3166 country codes of the EU's member states (Greece's VAT prefix is EL, its country code GR). */
export const EU_COUNTRIES = Object.keys(EU_FORMATS).map((p) => (p === 'EL' ? 'GR' : p));

export function isEuCountry(country: string): boolean {
  return EU_COUNTRIES.includes(country);
}

const vatPrefix = (country: string) => (country === 'GR' ? 'EL' : country);

/** The typed text without the country's own prefix (and Norway's MVA suffix), compact. */
function body(country: string, typed: string): string {
  let text = compact(typed);
  const prefix = vatPrefix(country);
  if (text.startsWith(prefix)) text = text.slice(prefix.length);
  if (country === 'NO' && text.endsWith('MVA')) text = text.slice(0, -3);
  if (country === 'IS' && text.startsWith('VSK')) text = text.slice(3);
  return text;
}

const ok = (country: string, compactForm: string, printed: string): VatNumberReading => ({
  ok: true,
  country,
  compact: compactForm,
  printed,
});
const bad = (country: string, problem: VatNumberProblem): VatNumberReading => ({
  ok: false,
  country,
  problem,
});

/**
 * Reads a VAT number issued by `country` (ISO 3166 alpha-2). Countries the add-on knows no format for
 * (outside the EU and the six seller countries) are taken as typed: the add-on cannot check them.
 */
export function readVatNumber(country: string, typed: string): VatNumberReading {
  const text = body(country, typed);
  if (!text) return bad(country, 'format');
  switch (country) {
    case 'NO':
      // Norway: the organisation number followed by MVA; foreign-facing "NO 912 345 678 MVA"
      // (https://info.altinn.no/starte-og-drive/regnskap-og-revisjon/regnskap/faktura-salgsdokumentasjon/).
      if (!/^\d{9}$/.test(text)) return bad(country, 'format');
      if (!isNorwegianOrgNumber(text)) return bad(country, 'checksum');
      return ok(country, `NO${text}MVA`, `NO ${text.slice(0, 3)} ${text.slice(3, 6)} ${text.slice(6)} MVA`);
    case 'IS':
      // Iceland: the virðisaukaskattsnúmer (VSK-númer) is a five- or six-digit number of its own,
      // distinct from the kennitala (https://www.avalara.com/vatlive/en/country-guides/europe/iceland/icelandic-invoice-rules.html).
      if (!/^\d{5,6}$/.test(text)) return bad(country, 'format');
      return ok(country, text, text);
    case 'IL':
      // Israel: the dealer's (עוסק מורשה) or company's (ח.פ.) nine-digit number, Luhn checked.
      if (!/^\d{5,9}$/.test(text)) return bad(country, 'format');
      if (!isIsraeliBusinessNumber(text)) return bad(country, 'checksum');
      return ok(country, text.padStart(9, '0'), text.padStart(9, '0'));
    case 'JP':
      // Japan: the qualified invoice issuer's registration number, "T" + 13 digits
      // (https://www.invoice-kohyo.nta.go.jp/about-toroku/index.html). A company's digits are its corporate
      // number, whose check digit is published; a sole trader's are a separate number whose check digit
      // the NTA does not document, so only the shape is checked.
      if (!/^\d{13}$/.test(text) && !/^T\d{13}$/.test(text)) return bad(country, 'format');
      return ok(country, `T${digitsOf(text)}`, `T${digitsOf(text)}`);
    case 'GB':
      // UK: 9 digits (12 for a branch), printed in blocks of 3, 4 and 2; GD/HA for government and health
      // (https://www.gov.uk/guidance/vat-eu-country-codes-vat-numbers-and-vat-in-other-languages). HMRC
      // does not publish the check algorithm, so only the shape is checked.
      if (/^(GD[0-4]\d{2}|HA[5-9]\d{2})$/.test(text)) return ok(country, `GB${text}`, `GB${text}`);
      if (!/^(\d{9}|\d{12})$/.test(text)) return bad(country, 'format');
      return ok(
        country,
        `GB${text}`,
        `GB ${text.slice(0, 3)} ${text.slice(3, 7)} ${text.slice(7, 9)}${text.length > 9 ? ` ${text.slice(9)}` : ''}`,
      );
    case 'SE':
      // Sweden: SE + the 10-digit organisationsnummer (Luhn) + 01, written without spaces or hyphens
      // (Skatteverket, momsregistreringsnummer).
      if (!EU_FORMATS.SE!.test(text)) return bad(country, 'format');
      if (!isSwedishOrgNumber(text.slice(0, 10))) return bad(country, 'checksum');
      return ok(country, `SE${text}`, `SE${text}`);
    default: {
      const format = EU_FORMATS[vatPrefix(country)];
      if (!format) return ok(country, compact(typed), typed.trim());
      if (!format.test(text)) return bad(country, 'format');
      return ok(country, `${vatPrefix(country)}${text}`, `${vatPrefix(country)}${text}`);
    }
  }
}
