// The mail words for one seller: where the seller's country makes the document a demand for payment
// (Israel's חשבון עסקה, src/domain/tax/countries.ts) and the client's language names that otherwise than
// an invoice, the reminders and terms say so, as the document itself does
// (src/domain/invoice/document-words.ts). Chosen once from Settings; never a replacement in the text. Pure.

import { catalogue } from '../messages/client';
import type { MailWords } from '../messages/shapes/mail';
import { type DocumentKind, documentKind, isSellerCountry } from '../tax/countries';
import { normaliseCountry } from '../tax/parties';
import type { Language, Settings } from '../types';

/** The document the seller in Settings makes; undefined while Business country is blank or unknown. */
export function sellerDocumentKind(settings: Settings): DocumentKind | undefined {
  const country = normaliseCountry(settings.businessCountry ?? '');
  return isSellerCountry(country) ? documentKind(country, settings.vatRegistered === true) : undefined;
}

export function mailWords(language: Language, kind: DocumentKind | undefined): MailWords {
  const t = catalogue(language).mail;
  const d = kind === 'demand-for-payment' ? t.demand : undefined;
  return d ? { ...t, ...d, terms: { ...t.terms, ...d.terms } } : t;
}
