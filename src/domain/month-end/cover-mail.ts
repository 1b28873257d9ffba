// The cover email of Close the month: the report and the invoice of one month in one email, in the
// client's language. Its subjects in every language are how the Drafts log finds it again. Where the
// seller's document is a demand for payment (Israel's חשבון עסקה), the words name it as it names
// itself (src/domain/invoice/document-words.ts). Pure.

import { formatDate, formatMonth } from '../format';
import { WORDS } from '../messages';
import { renderIn } from '../messages/client';
import type { Msg } from '../messages/core/msg';
import type { CoverWords } from '../messages/shapes/month-end';
import type { DocumentKind } from '../tax/countries';
import { LANGUAGES, type Language, type Month } from '../types';
import type { CoverInvoice } from './types';

export type { CoverInvoice };

function words(language: Language, kind: DocumentKind | undefined): CoverWords {
  const t = WORDS[language].cover;
  return kind === 'demand-for-payment' && t.demand ? { ...t, ...t.demand } : t;
}

/**
 * The subjects a cover email for this month has (the Drafts log's key): in every language under the
 * invoice's words, in LANGUAGES' order, then where a language names a demand for payment otherwise, under
 * the demand's. A draft made for an Israeli seller before its words named the demand is still found.
 */
export function coverSubjects(month: Month): string[] {
  const subjects = (kind: DocumentKind | undefined) =>
    LANGUAGES.map((language) =>
      renderIn(language, words(language, kind).subject(formatMonth(month, language))),
    );
  const invoice = subjects(undefined);
  return [...invoice, ...subjects('demand-for-payment').filter((s) => !invoice.includes(s))];
}

/** The subject and opening paragraphs: the report's words, then the invoice's. */
export function coverWords(
  language: Language,
  month: Month,
  invoice: CoverInvoice,
  kind?: DocumentKind,
): { subject: Msg; paragraphs: Msg[] } {
  const t = words(language, kind);
  const monthName = formatMonth(month, language);
  return {
    subject: t.subject(monthName),
    paragraphs: [
      t.body(monthName),
      t.invoice(invoice.invoice, invoice.amount, formatDate(invoice.due, language)),
    ],
  };
}
