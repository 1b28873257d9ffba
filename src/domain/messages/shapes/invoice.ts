// An invoice's words (a Google Doc and its PDF the client receives), written as a native writer of
// business documents would. The words are in src/domain/messages/<language>/invoice.ts.

import type { SellerCountry } from '../../tax/countries';
import type { IdentifierLabel } from '../../tax/identifiers';
import type { VatCategory, ZeroVatReason } from '../../tax/treatment';
import type { Msg } from '../core/msg';

export interface InvoiceWords {
  title: string;
  depositTitle: string;
  number: string;
  issued: string;
  due: string;
  from: string;
  billTo: string;
  period: (month: string) => Msg;
  description: string;
  hours: string;
  rate: string;
  amount: string;
  aWork: string;
  bWork: string;
  subtotal: string;
  depositDeducted: (invoice: string) => Msg;
  total: string;
  /** The payment terms: within `days` days of the invoice date, by `due`. */
  terms: (days: number, due: string) => Msg;
  depositLine: (percent: string, estimate: string) => Msg;
  depositNote: string;
  paymentDetails: string;
  /** After a label ("Due date:"): ':' in most languages, full-width '：' in Japanese. */
  colon: string;
  /**
   * The lines under "Bill to". `person`: the client is a person, their own contact. Japanese writes a
   * company alone with 御中, or the company and then the contact with 様, never both.
   */
  billToLines: (client: string, contact: string, person: boolean) => string[];
  /** A sentence before the table where the language's invoices open with one, else ''. */
  opening: string;
  docName: (invoice: string, client: string, person: boolean) => Msg;

  // Tax (src/domain/tax): the rules follow the seller's country, these words the client's language.
  /**
   * Japan, a registered issuer's document (a 適格請求書, which Japanese titles 請求書 all the same: the
   * T-number and the tax per rate make it one); elsewhere the plain title.
   */
  qualifiedTitle: string;
  /** Israel: a demand for payment (חשבון עסקה), since a tax invoice needs registered software. */
  demandTitle: string;
  /** Under the demand's title: it is not a tax invoice. */
  notTaxInvoice: string;
  creditTitle: string;
  /** A registered issuer's credit note (Japan: it corrects a 適格請求書; Japanese titles it as any other). */
  qualifiedCreditTitle: string;
  creditNumber: string;
  /** The credit note's own date, where the invoice says "Invoice date". */
  creditIssued: string;
  /** The credit note's last row, the total credited (negative), where the invoice says "Amount due". */
  creditTotal: string;
  /** The credit note cites the invoice it cancels, by number and date. */
  creditCites: (invoice: string, date: string) => Msg;
  /**
   * Israel's demand for payment (חשבון עסקה) is not an invoice, and is cancelled rather than credited
   * (invoice-law.md [L3]): where the invoice's words name the document, these name it instead. A
   * language without them uses its invoice words (src/domain/invoice/document-words.ts).
   */
  demand?: Partial<DocumentWords>;
  /** A line of the work: "Work towards the goal: …" (lines bill work done, never a result). */
  goalLine: (goal: string) => Msg;
  /** The sum of the lines before VAT. */
  net: string;
  /**
   * One VAT row: the rate and the base it is computed on; the category (S standard, Z zero-rated, O outside
   * the scope, AE reverse charge, E exempt) and the seller's country for languages whose word for the tax
   * depends on them (Japanese: 消費税 for a Japanese seller, 付加価値税 for any other; 免税・非課税…).
   */
  vatLine: (rate: string, base: string, category: VatCategory, seller: SellerCountry) => Msg;
  /**
   * The VAT in the seller's currency (`currency`) when the invoice is in another (`from`), at the
   * freelancer's rate: `exchangeRate` units of `currency` per unit of `from`, as Settings › Exchange rates
   * holds it (so "1 EUR = 0.87 GBP" can be written out).
   */
  localVat: (currency: string, exchangeRate: string, amount: string, from: string) => Msg;
  /** Why no VAT is charged, by the law of the seller's country (src/domain/tax/treatment.ts). */
  reasons: Record<ZeroVatReason, string>;
  buyerVat: (vatNumber: string) => Msg;
  /** Labels of seller and buyer identifiers, by the country that issued them. */
  identifiers: Record<IdentifierLabel, string>;
  /** After a Norwegian organisation number of a VAT-registered business: "MVA" [bokføringsforskriften]. */
  mva: string;
  /** Norway: printed beside the number of a business registered there (a name, never translated). */
  foretaksregisteret: string;
  /** A Norwegian bank account number, written beside the IBAN on a domestic Norwegian invoice. */
  accountNumber: string;
}

/** The words that name the document itself, which a demand for payment may say its own way. */
export type DocumentWords = Pick<
  InvoiceWords,
  | 'number'
  | 'issued'
  | 'creditIssued'
  | 'terms'
  | 'docName'
  | 'depositDeducted'
  | 'depositNote'
  | 'creditTitle'
  | 'creditNumber'
  | 'creditCites'
  | 'creditTotal'
>;

/** Client and contact as given: what every language but Japanese writes under "Bill to". */
export const plainBillTo = (client: string, contact: string, person: boolean): string[] =>
  [client, person ? '' : contact].filter(Boolean);
