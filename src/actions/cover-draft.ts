// The cover email of Close the month: one Gmail draft carrying the month's report and invoice as
// PDFs, in the client's language, never sent, recorded in the Drafts log (kind report, with the
// invoice's number) so a second run finds it; the invoice it carries gets today in Sent on when that
// cell is blank. Reads once, two Drive calls (the report's export and the invoice PDF), one Gmail call,
// one log write and at most one Sent on write.

import { type FileBytes, exportPdf } from '../adapters/drive-media';
import { createDraft, draftLink, fetchAttachment } from '../adapters/gmail-drafts';
import { markSentOn } from '../adapters/invoice-sheet';
import { ensureLogTab, openTabs, recordDrafts } from '../adapters/spreadsheet';
import { formatMoney } from '../domain/format';
import { driveFileId } from '../domain/drive-link';
import { composeDraft } from '../domain/mail/compose';
import { buildMime } from '../domain/mail/mime';
import { reportDraftItem } from '../domain/mail/reminders';
import { monthInvoice } from '../domain/month-end/close-plan';
import { refuse } from '../domain/problems/render';
import { readTracker } from '../domain/read-tracker';
import { reportPdfName } from '../domain/report/pdf-names';
import type { Month } from '../domain/types';
import { actionContext, withDocumentLock } from './context';

/** What Close the month reads: every tab the report, invoice and draft need. */
export const CLOSE_TABS = ['Clients', 'Goals', 'Tasks', 'Invoices', 'Settings', 'Reports', 'Drafts'] as const;

export interface CoverDraftMade {
  to: string;
  subject: string;
  draftId: string;
  link: string;
  invoice: string;
  /** Files that could not be attached, and why in plain words: attach them by hand before sending. */
  notAttached: string[];
}

export function createCoverDraft(client: string, month: Month): CoverDraftMade {
  const { ss, timeZone, today } = actionContext();
  return withDocumentLock('draft run', () => {
    const { raw, sheets } = openTabs(ss, CLOSE_TABS);
    // Made ready before the Gmail call: nothing is drafted that cannot be recorded.
    const log = ensureLogTab(ss, 'Drafts', sheets.get('Drafts'), raw.Drafts);
    const tracker = readTracker(raw, timeZone);
    const base = reportDraftItem(tracker, client, month);
    const language = base.client.language || tracker.settings.defaultLanguage;
    const invoice = monthInvoice(tracker, base.client.name, month);
    const notAttached: string[] = [];
    const attachments: FileBytes[] = [];
    const report = base.report!;
    const reportName = reportPdfName(base.client, month, language);
    if (!report.docId) notAttached.push(`the ${month} report has no document id in the Reports tab`);
    else {
      try {
        attachments.push(exportPdf(report.docId, reportName));
      } catch (error) {
        notAttached.push(
          `the report PDF could not be made (${String((error as Error).message).slice(0, 160)})`,
        );
      }
    }
    let carried = false;
    if (invoice) {
      const id = driveFileId(invoice.file);
      const fetched = id
        ? fetchAttachment(id, invoice.invoice)
        : { reason: 'the Invoice file cell holds no Drive link' };
      if ('reason' in fetched) notAttached.push(`invoice ${invoice.invoice}: ${fetched.reason}`);
      else {
        attachments.push(fetched);
        carried = true;
      }
    }
    const item = {
      ...base,
      ...(invoice
        ? {
            invoice,
            cover: {
              invoice: invoice.invoice,
              amount: formatMoney(invoice.amount, invoice.currency, language),
              due: invoice.due,
            },
          }
        : {}),
    };
    const composed = composeDraft(item, tracker, { attached: true });
    if (!composed.ok) refuse(...composed.diagnostic.says);
    const mail = composed.draft;
    const made = createDraft(
      buildMime({ ...mail, attachments, date: new Date(), boundarySeed: `${today}-cover-${month}` }),
    );
    recordDrafts(
      null,
      log,
      [
        {
          date: today,
          kind: 'report',
          client: base.client.name,
          invoice: invoice?.invoice ?? '',
          stage: null,
          to: mail.to,
          subject: mail.subject,
          draftId: made.id,
        },
      ],
      [],
      today,
      timeZone,
    );
    // The draft carries the invoice: from now on it is the client's (Sent on), fixed but for a credit note.
    if (invoice && carried) markSentOn(sheets.get('Invoices'), raw, invoice, today, timeZone);
    return {
      to: mail.to,
      subject: mail.subject,
      draftId: made.id,
      link: draftLink(made.messageId, tracker.settings.yourEmail),
      invoice: invoice?.invoice ?? '',
      notAttached,
    };
  });
}
