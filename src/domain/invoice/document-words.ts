// The invoice's words for one document: where a language names Israel's demand for payment (חשבון
// עסקה) its own way, its number, terms, name and cancellation say "חשבון עסקה", never "invoice",
// since the document is not one (src/domain/tax/countries.ts). Pure.

import { WORDS } from '../messages';
import type { Language } from '../messages/languages';
import type { InvoiceWords } from '../messages/shapes/invoice';
import type { DocumentKind } from '../tax/countries';

export function documentWords(language: Language, kind: DocumentKind | undefined): InvoiceWords {
  const t = WORDS[language].invoice;
  return kind === 'demand-for-payment' && t.demand ? { ...t, ...t.demand } : t;
}
