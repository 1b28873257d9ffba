// An invoice's words (a Google Doc and its PDF the client receives), written as a native writer of
// business documents would. The words are in src/domain/messages/<language>/invoice.ts.

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
}

/** Client and contact as given: what every language but Japanese writes under "Bill to". */
export const plainBillTo = (client: string, contact: string, person: boolean): string[] =>
  [client, person ? '' : contact].filter(Boolean);
