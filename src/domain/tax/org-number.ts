// Organisation numbers (the business register's number, not the VAT number): checked per country and
// printed the way that country writes them. Pure.

import {
  digitsOf,
  isIsraeliBusinessNumber,
  isJapaneseCorporateNumber,
  isKennitala,
  isNorwegianOrgNumber,
  isSwedishOrgNumber,
} from './ids';

export type OrgNumberReading =
  | { ok: true; country: string; compact: string; printed: string }
  | { ok: false; country: string; problem: 'format' | 'checksum' };

const bad = (country: string, problem: 'format' | 'checksum'): OrgNumberReading => ({
  ok: false,
  country,
  problem,
});
const ok = (country: string, compact: string, printed: string): OrgNumberReading => ({
  ok: true,
  country,
  compact,
  printed,
});

/** Reads the number of a business registered in `country`; other countries' numbers are taken as typed. */
export function readOrgNumber(country: string, typed: string): OrgNumberReading {
  const text = typed.trim();
  const d = digitsOf(text);
  if (!text) return bad(country, 'format');
  switch (country) {
    case 'NO':
      // "912 345 678", the way Brønnøysundregistrene prints it.
      if (!/^\d{9}$/.test(d) || /[^\d\s.]/.test(text.replace(/^NO/i, '').replace(/MVA$/i, '')))
        return bad(country, 'format');
      if (!isNorwegianOrgNumber(d)) return bad(country, 'checksum');
      return ok(country, d, `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`);
    case 'IS':
      // Kennitala, written with a hyphen after the sixth digit: "510391-2259" (skra.is).
      if (!/^\d{10}$/.test(d) || /[^\d\s-]/.test(text)) return bad(country, 'format');
      if (!isKennitala(d)) return bad(country, 'checksum');
      return ok(country, d, `${d.slice(0, 6)}-${d.slice(6)}`);
    case 'IL':
      if (!/^\d{5,9}$/.test(d) || /[^\d\s-]/.test(text)) return bad(country, 'format');
      if (!isIsraeliBusinessNumber(d)) return bad(country, 'checksum');
      return ok(country, d.padStart(9, '0'), d.padStart(9, '0'));
    case 'JP':
      // 法人番号: 13 digits, check digit first (財務省令第七十号 第二条). A sole trader has none.
      if (!/^\d{13}$/.test(d) || /[^\d\s-]/.test(text)) return bad(country, 'format');
      if (!isJapaneseCorporateNumber(d)) return bad(country, 'checksum');
      return ok(country, d, d);
    case 'GB': {
      // Companies House number: 8 characters, digits or a two-letter prefix (SC, NI, OC…) and 6 digits
      // (https://find-and-update.company-information.service.gov.uk/). No published check digit.
      const c = text.replace(/\s/g, '').toUpperCase();
      if (!/^([A-Z]{2}\d{6}|\d{8})$/.test(c)) return bad(country, 'format');
      return ok(country, c, c);
    }
    case 'SE':
      // "556056-6258": six digits, hyphen, four (Bolagsverket); Luhn check digit.
      if (!/^\d{10}$/.test(d) || /[^\d\s-]/.test(text)) return bad(country, 'format');
      if (!isSwedishOrgNumber(d)) return bad(country, 'checksum');
      return ok(country, d, `${d.slice(0, 6)}-${d.slice(6)}`);
    default:
      return ok(country, text, text);
  }
}
