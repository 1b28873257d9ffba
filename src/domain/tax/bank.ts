// Bank account details as a domestic Norwegian invoice prints them: the kontonummer (11 digits, written
// 1234.56.78903) beside the IBAN, since Norwegian payers key the kontonummer into their bank. Pure.

import { compact } from './ids';

/** ISO 13616 IBAN check: the country and check digits moved to the end, letters as 10–35, mod 97 = 1. */
export function isIban(text: string): boolean {
  const iban = compact(text);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

/**
 * A Norwegian kontonummer's check digit: modulus 11 with weights 5 4 3 2 7 6 5 4 3 2 on the first ten
 * digits; remainder 1 gives no valid number (https://no.wikipedia.org/wiki/Kontonummer, as Bits and
 * the banks apply it).
 */
export function isNorwegianAccount(text: string): boolean {
  const d = text.replace(/[\s.]/g, '');
  if (!/^\d{11}$/.test(d)) return false;
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const rest = weights.reduce((t, w, i) => t + w * Number(d[i]), 0) % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  return check !== 10 && check === Number(d[10]);
}

/** "NO93 8601 1117 947" → "8601.11.17947": a Norwegian IBAN (15 characters) holds the kontonummer. */
export function norwegianAccountFromIban(text: string): string | null {
  const iban = compact(text);
  if (!/^NO\d{13}$/.test(iban) || !isIban(iban)) return null;
  const account = iban.slice(4);
  if (!isNorwegianAccount(account)) return null;
  return `${account.slice(0, 4)}.${account.slice(4, 6)}.${account.slice(6)}`;
}

/** The first IBAN written in free text (Settings › Payment details), compact, or null. */
export function findIban(text: string): string | null {
  const candidates = text.toUpperCase().match(/\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}\b/g) ?? [];
  for (const candidate of candidates) {
    // The greedy match may run into the next word ("NO9386011117947 BIC DNBANOKK"): try shorter ends.
    const c = compact(candidate);
    for (let end = c.length; end >= 14; end--) if (isIban(c.slice(0, end))) return c.slice(0, end);
  }
  return null;
}
