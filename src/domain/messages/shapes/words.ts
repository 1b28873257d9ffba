// Everything one language says on the server side, shape by shape. Each language folder exports one
// `Words`, so a missing file or a missing message is a type error naming it. (The sidebar's words are
// kept apart, in shapes/sidebar.ts, so the sidebar bundle carries only its own.)

import type { CommonWords } from './common';
import type { InvoiceWords } from './invoice';
import type { MailWords } from './mail';
import type { ReportWords } from './report';

export interface Words {
  /** Counted nouns, money, quantities and date ranges shared by every client text. */
  common: CommonWords;
  /** The monthly report the client reads. */
  report: ReportWords;
  /** The emails drafted to the client. */
  mail: MailWords;
  /** The invoice document. */
  invoice: InvoiceWords;
}
