// Saying a problem in a language: each sentence's template filled with its values, numbers, months
// and days formatted there, the plural form chosen by Intl.PluralRules. The caller decides what a
// piece of text and an inserted value become (plain text here, DOM nodes in the sidebar).

import { formatMinor } from '../invoice/money';
import { countryName } from '../tax/country-name';
import { LOCALES, formatDate, formatMonth, formatNumber, isRtl } from '../format';
import { isLocalDate, isMonth } from '../dates';
import { isolated } from '../messages/core/msg';
import { pluralForm } from '../messages/core/plural';
import type { Diagnostic, Language } from '../types';
import { PROBLEMS } from './index';
import type { Plural, ProblemMessages, Say, SayValue } from '../messages/shapes/problems';

function template(messages: ProblemMessages, say: Say, language: Language): string {
  const [group, kind] = say.key.split('.') as [keyof ProblemMessages, string | undefined];
  const entry = messages[group] as string | Plural | Record<string, string>;
  if (typeof entry === 'string') return entry;
  if (kind !== undefined) return (entry as Record<string, string>)[kind] ?? kind;
  const forms = entry as Plural;
  const n = say.values?.n;
  return typeof n === 'number' ? pluralForm(LOCALES[language], forms, n) : forms.other;
}

function valueText(value: SayValue, language: Language): string {
  if (typeof value === 'object' && 'list' in value) return value.list.join(PROBLEMS[language].listSeparator);
  // A number no one types on purpose (1e304 in an hours cell) is shown as written, not in 300 digits.
  if (typeof value === 'number')
    return Math.abs(value) < 1e15 ? formatNumber(value, language) : String(value);
  if (typeof value === 'string') return value;
  if ('month' in value) return isMonth(value.month) ? formatMonth(value.month, language) : value.month;
  if ('country' in value) return countryName(value.country, LOCALES[language]);
  if ('money' in value) return formatMinor(value.money, value.currency, language);
  return isLocalDate(value.date) ? formatDate(value.date, language) : value.date;
}

/** The sentences in order: text pieces and values, as the caller builds them. */
export function sayPieces<T>(
  says: readonly Say[],
  language: Language,
  text: (piece: string) => T,
  value: (formatted: string) => T,
): T[] {
  const messages = PROBLEMS[language];
  const out: T[] = [];
  says.forEach((say, i) => {
    if (i > 0 && messages.join) out.push(text(messages.join));
    const form = template(messages, say, language);
    let last = 0;
    const pattern = /\{(\w+)\}/g;
    for (let m = pattern.exec(form); m; m = pattern.exec(form)) {
      if (m.index > last) out.push(text(form.slice(last, m.index)));
      const found = say.values?.[m[1]!];
      out.push(found === undefined ? text(m[0]) : value(valueText(found, language)));
      last = m.index + m[0].length;
    }
    if (last < form.length) out.push(text(form.slice(last)));
  });
  return out;
}

/**
 * The problem as one line of plain text. In a right-to-left language each value is wrapped in
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so a Latin name or a number keeps its own order.
 */
export function sayText(says: readonly Say[], language: Language): string {
  const isolate = isRtl(language);
  return sayPieces(
    says,
    language,
    (piece) => piece,
    (formatted) => isolated(formatted, 'text', isolate),
  ).join('');
}

/** An error that can be said in the reader's language; its message is the English text. */
export class ProblemError extends Error {
  constructor(readonly says: Say[]) {
    super(sayText(says, 'en'));
  }
}

/** Throws the problem: for actions that cannot go on. */
export function refuse(...says: Say[]): never {
  throw new ProblemError(says);
}

/** A problem found at a cell, with its English text filled in from what it says. */
export function diagnostic(d: Omit<Diagnostic, 'message'>): Diagnostic {
  return { ...d, message: sayText(d.says, 'en') };
}
