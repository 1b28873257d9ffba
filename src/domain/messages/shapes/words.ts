// Everything one language says on the server side, shape by shape. Each language folder exports one
// `Words`, so a missing file or a missing message is a type error naming it. (The words the
// sidebar bundle needs are kept apart, in shapes/ui.ts, so it carries only those.)

import type { HealthWords } from './health';
import type { InvoiceWords } from './invoice';
import type { MailWords } from './mail';
import type { CoverWords } from './month-end';
import type { PrintWords } from './print';
import type { ReportWords } from './report';
import type { ServerWords } from './server';

export interface Words {
  /** The monthly report the client reads. */
  report: ReportWords;
  /** The emails drafted to the client. */
  mail: MailWords;
  /** The invoice document. */
  invoice: InvoiceWords;
  /** The menu, the busy notice and the self-test toast (refusals are problems: ui.ts). */
  server: ServerWords;
  /** Client health: the Dashboard tab and the sidebar's health section. */
  health: HealthWords;
  /** The printable tracking sheet. */
  print: PrintWords;
  /** The email that carries a month's report and invoice (Close the month). */
  cover: CoverWords;
}
