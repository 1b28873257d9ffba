// The cover email of Close the month: the report and the invoice of one month in one email, in the
// client's language. Its subjects in every language are how the Drafts log finds it again. Pure.

import { formatDate, formatMonth } from '../format';
import { WORDS } from '../messages';
import { renderIn } from '../messages/client';
import type { Msg } from '../messages/core/msg';
import { LANGUAGES, type Language, type Month } from '../types';
import type { CoverInvoice } from './types';

export type { CoverInvoice };

/** The subjects a cover email for this month has in every language (the Drafts log's key). */
export function coverSubjects(month: Month): string[] {
  return LANGUAGES.map((language) =>
    renderIn(language, WORDS[language].cover.subject(formatMonth(month, language))),
  );
}

/** The subject and opening paragraphs: the report's words, then the invoice's. */
export function coverWords(
  language: Language,
  month: Month,
  invoice: CoverInvoice,
): { subject: Msg; paragraphs: Msg[] } {
  const t = WORDS[language].cover;
  const monthName = formatMonth(month, language);
  return {
    subject: t.subject(monthName),
    paragraphs: [
      t.body(monthName),
      t.invoice(invoice.invoice, invoice.amount, formatDate(invoice.due, language)),
    ],
  };
}
