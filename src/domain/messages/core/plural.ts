// Counts meeting nouns: the form is chosen by Intl.PluralRules for the language, never by n === 1,
// so Icelandic 21 takes the singular, Hebrew 2 its dual and Japanese its one form. Every catalogue
// chooses through here, so a fraction (1.5 hours) takes the same form everywhere.

import { type Msg, msg } from './msg';

/**
 * The forms of a counted noun phrase by CLDR plural category. `other` is required; a language gives
 * every category its PluralRules can select (a test checks this). `#` stands for the number.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** The same fraction digits for choosing the form and writing the number, so they always agree. */
const DIGITS = { maximumFractionDigits: 2 } as const;

export function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale, DIGITS);
    rules.set(locale, r);
  }
  return r.select(n);
}

export function formatCount(locale: string, n: number): string {
  let f = numbers.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, DIGITS);
    numbers.set(locale, f);
  }
  return f.format(n);
}

/** The form for n's category: the text a catalogue wrote, its number not yet put in. */
export function pluralForm(locale: string, forms: PluralForms, n: number): string {
  return forms[pluralCategory(locale, n)] ?? forms.other;
}

/** "3 tasks": the form for n's category, the number inserted as a value (isolated in Hebrew). */
export function count(locale: string, forms: PluralForms, n: number): Msg {
  const form = pluralForm(locale, forms, n);
  const at = form.indexOf('#');
  if (at < 0) return msg([form]);
  return msg([form.slice(0, at), form.slice(at + 1)], formatCount(locale, n));
}
