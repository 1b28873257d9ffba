// Check digits of the registration numbers an invoice prints. Each algorithm is the one its registry
// publishes; a number that fails it was mistyped, and an invoice must not carry it. Pure.

/** Only the digits of what was typed ("912 345 678" and "912.345.678" are the same number). */
export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/** Letters and digits only, upper case: how VAT numbers are compared ("no 912345678 mva" = "NO912345678MVA"). */
export function compact(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^0-9A-Za-z]/g, '')
    .toUpperCase();
}

const weighted = (digits: string, weights: number[]) =>
  weights.reduce((total, w, i) => total + w * Number(digits[i]), 0);

/**
 * Modulus 11 with weights 3 2 7 6 5 4 3 2 on the first eight digits: the check digit is 11 minus the
 * remainder, 0 for remainder 0, and no valid number for remainder 1.
 * Norway's organisasjonsnummer (9th digit): https://www.brreg.no/english/coordination/number.html
 * Iceland's kennitala (9th digit): https://skra.is/folk/eg-i-thjodskra/um-kennitolur
 */
export function mod11Check(firstEight: string): number | null {
  const rest = weighted(firstEight, [3, 2, 7, 6, 5, 4, 3, 2]) % 11;
  if (rest === 0) return 0;
  if (rest === 1) return null;
  return 11 - rest;
}

/** Norway's organisation number: 9 digits, the last a modulus-11 check digit (Brønnøysundregistrene). */
export function isNorwegianOrgNumber(text: string): boolean {
  const d = digitsOf(text);
  return /^\d{9}$/.test(d) && mod11Check(d.slice(0, 8)) === Number(d[8]);
}

/**
 * Iceland's kennitala: ten digits DDMMYY-RRCÖ, C the modulus-11 check digit, Ö the century (9 for the
 * 1900s, 0 for the 2000s, 8 for the 1800s). Companies add 4 to the first digit (skra.is, as above).
 */
export function isKennitala(text: string): boolean {
  const d = digitsOf(text);
  if (!/^\d{10}$/.test(d)) return false;
  if (!/[890]/.test(d[9]!)) return false;
  const day = Number(d.slice(0, 2)) % 40;
  const month = Number(d.slice(2, 4));
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  return mod11Check(d.slice(0, 8)) === Number(d[8]);
}

/** A kennitala of a company or other legal person (first digit 4–7), rather than of a person. */
export function isCompanyKennitala(text: string): boolean {
  return isKennitala(text) && Number(digitsOf(text)[0]) >= 4;
}

/**
 * Luhn (mod 10): weights 2 and 1 alternating from the right of the check digit, digits of products summed.
 * Israel's ח.פ. (company), ע.מ. (dealer) and ת.ז. numbers use it over 9 digits, short numbers padded with
 * leading zeros (https://tools.gera.services/israel-vat-number-validator). Sweden's organisationsnummer
 * uses it over 10 digits (Skatteverket; https://personnummer.se/om describes the same calculation).
 */
export function luhnValid(digits: string): boolean {
  let total = 0;
  for (let i = 0; i < digits.length; i++) {
    const fromRight = digits.length - 1 - i;
    let v = Number(digits[i]) * (fromRight % 2 === 1 ? 2 : 1);
    if (v > 9) v -= 9;
    total += v;
  }
  return total % 10 === 0;
}

/** Israel's 9-digit company (ח.פ.), dealer (ע.מ.) or identity number, with its Luhn check digit. */
export function isIsraeliBusinessNumber(text: string): boolean {
  const d = digitsOf(text);
  if (!/^\d{5,9}$/.test(d) || /^0+$/.test(d)) return false;
  return luhnValid(d.padStart(9, '0'));
}

/** Sweden's organisationsnummer (or a sole trader's personnummer): 10 digits, Luhn check digit. */
export function isSwedishOrgNumber(text: string): boolean {
  const d = digitsOf(text);
  return /^\d{10}$/.test(d) && luhnValid(d);
}

/**
 * Japan's corporate number (法人番号): 13 digits, the FIRST a check digit 9 − (Σ Pn × Qn mod 9) over the
 * 12 base digits counted from the right, Qn = 1 for odd n and 2 for even n (財務省令第七十号 第二条; the
 * National Tax Agency's worked example 7123456789012).
 */
export function japaneseCorporateCheck(base12: string): number {
  let total = 0;
  for (let n = 1; n <= 12; n++) total += Number(base12[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return 9 - (total % 9);
}

export function isJapaneseCorporateNumber(text: string): boolean {
  const d = digitsOf(text);
  return /^[1-9]\d{12}$/.test(d) && japaneseCorporateCheck(d.slice(1)) === Number(d[0]);
}
