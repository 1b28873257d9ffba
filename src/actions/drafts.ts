// "Create drafts": payment reminders and keep-in-touch emails as Gmail drafts, never sent. Reads once,
// makes one Gmail call per draft (plus one Drive call per attached invoice), then records in two writes
// what was drafted, so a second run the same day drafts nothing new and a failure part way loses nothing.

import { type FileBytes, exportPdf } from '../adapters/drive-media';
import { createDraft, draftLink, existingDraftLink, fetchAttachment } from '../adapters/gmail-drafts';
import {
  type StageColumns,
  ensureLogTab,
  openTabs,
  readTabs,
  recordDrafts,
  rowsWithStageFormulas,
  stageColumns,
} from '../adapters/spreadsheet';
import { driveFileId } from '../domain/drive-link';
import { composeDraft } from '../domain/mail/compose';
import { buildMime } from '../domain/mail/mime';
import {
  type DueItem,
  dueReminders,
  reportDraftItem,
  reportSubjects,
  sameText,
} from '../domain/mail/reminders';
import { chaserDueSince } from '../domain/month-end/mornings';
import { say } from '../domain/problems';
import { diagnostic } from '../domain/problems/render';
import { readTracker } from '../domain/read-tracker';
import { matchKey } from '../domain/match-key';
import { owesNothing } from '../domain/tax/status';
import { reportPdfName } from '../domain/report/pdf-names';
import type { Diagnostic, DraftLogEntry, Tracker } from '../domain/types';
import type { DraftMade, DraftRequest, DraftsResult, ReminderItem } from '../server-api';
import { checkReportRequest } from './report';
import { actionContext, withDocumentLock } from './context';
import { reminderItems, reminderKey } from './sidebar';

const TABS_NEEDED = ['Clients', 'Goals', 'Tasks', 'Invoices', 'Settings', 'Reports', 'Drafts'] as const;

export function listReminders(): ReminderItem[] {
  const { ss, timeZone, today } = actionContext();
  return reminderItems(readTracker(readTabs(ss, [...TABS_NEEDED]), timeZone), today);
}

export function createDrafts(request: DraftRequest = {}): DraftsResult {
  const { ss, timeZone, today } = actionContext();
  return withDocumentLock('draft run', () => {
    const { raw, sheets } = openTabs(ss, TABS_NEEDED);
    // Nothing is drafted that cannot be recorded: the Drafts log is made ready (created, or its
    // missing columns added) before the first Gmail call, and without the Invoices stage columns no
    // payment chaser is due at all (readTracker sets paymentsBlocked; the reason is passed on).
    const log = ensureLogTab(ss, 'Drafts', sheets.get('Drafts'), raw.Drafts);
    const columns = stageColumns(sheets.get('Invoices'), raw.Invoices);
    const tracker = readTracker(raw, timeZone);
    const result: DraftsResult = { drafts: [], skipped: [], notAttached: [], failed: [], notDue: [] };
    const existing = request?.report ? existingReportDraft(request, tracker) : undefined;
    // One cover email per report: a second press points at the first draft instead of making another.
    if (existing) return { ...result, existing };
    const items = withoutFormulaStages(itemsFor(request, tracker, today, result), columns, (d) =>
      result.skipped.push(d),
    );
    const wantsPayments =
      !request?.report && (!Array.isArray(request?.kinds) || request.kinds.includes('payment'));
    // Said only while some invoice is unpaid: then a chaser may be due and the reason matters.
    const settled = owesNothing(tracker.invoices);
    const unpaid = tracker.invoices.some((i) => !i.paidOn && !settled(i));
    if (tracker.paymentsBlocked && wantsPayments && unpaid) result.skipped.push(tracker.paymentsBlocked);
    const logged: Omit<DraftLogEntry, 'row'>[] = [];
    const invoiceRows: { row: number; stage: number }[] = [];
    try {
      for (const [index, item] of items.entries()) {
        let attachment: { filename: string; contentType: string; bytes: Uint8Array } | undefined;
        if (item.kind === 'payment' && item.invoice?.file) {
          const id = driveFileId(item.invoice.file);
          const fetched = id
            ? fetchAttachment(id, item.invoice.invoice)
            : { reason: 'the Invoice file cell holds no Drive link, so nothing was attached' };
          if ('reason' in fetched)
            result.notAttached.push({ invoice: item.invoice.invoice, reason: fetched.reason });
          else attachment = fetched;
        }
        if (item.kind === 'report' && item.report) {
          const fetched = reportAttachment(item, tracker);
          if ('reason' in fetched) result.notAttached.push({ invoice: '', reason: fetched.reason });
          else attachment = fetched;
        }
        const composed = composeDraft(item, tracker, { attached: attachment !== undefined });
        if (!composed.ok) {
          result.skipped.push(composed.diagnostic);
          continue;
        }
        const mail = composed.draft;
        const rawMessage = buildMime({
          ...mail,
          attachment,
          date: new Date(),
          boundarySeed: `${today}-${index}`,
        });
        let made: { id: string; messageId: string };
        try {
          made = createDraft(rawMessage);
        } catch (error) {
          // A quota or outage: stop here; what was made is recorded below, the rest comes next run.
          for (const rest of items.slice(index)) {
            result.failed.push({
              kind: rest.kind,
              client: rest.client.name,
              invoice: rest.invoice?.invoice ?? '',
              reason: (error as Error).message,
            });
          }
          break;
        }
        const draft: DraftMade = {
          kind: item.kind,
          client: item.client.name,
          invoice: item.invoice?.invoice ?? '',
          stage: item.stage ?? null,
          to: mail.to,
          subject: mail.subject,
          draftId: made.id,
          link: draftLink(made.messageId, tracker.settings.yourEmail),
          // A chaser that waited for a missed morning says since when (the morning log shows it).
          ...(item.kind === 'payment' && item.invoice && item.stage
            ? { dueSince: chaserDueSince(tracker, item.invoice, item.stage, today) }
            : {}),
        };
        result.drafts.push(draft);
        if (item.kind === 'payment' && item.invoice && item.stage)
          invoiceRows.push({ row: item.invoice.row, stage: item.stage });
        logged.push({
          date: today,
          kind: draft.kind,
          client: draft.client,
          invoice: draft.invoice,
          stage: draft.stage,
          to: draft.to,
          subject: draft.subject,
          draftId: draft.draftId,
        });
      }
    } finally {
      recordDrafts(columns, log, logged, invoiceRows, today, timeZone);
    }
    return result;
  });
}

/** Payment chasers whose stage cells hold a user's formula are left out, each with its reason. */
function withoutFormulaStages(
  items: DueItem[],
  columns: StageColumns | null,
  skip: (diagnostic: Diagnostic) => void,
): DueItem[] {
  if (!columns || !items.some((i) => i.kind === 'payment')) return items;
  const rows = rowsWithStageFormulas(columns);
  return items.filter((item) => {
    if (item.kind !== 'payment' || !item.invoice || !rows.has(item.invoice.row)) return true;
    skip(
      diagnostic({
        sheet: 'Invoices',
        row: item.invoice.row,
        column: 'Reminder stage',
        says: [say('stageFormula')],
        severity: 'warning',
        client: item.client.name,
      }),
    );
    return false;
  });
}

function itemsFor(request: DraftRequest, tracker: Tracker, today: string, result: DraftsResult): DueItem[] {
  if (request?.report) {
    const { client, month } = checkReportRequest({ ...request.report, ui: request.ui });
    // The domain refuses an unknown client or a report not yet made, in the sidebar's language.
    return [reportDraftItem(tracker, client, month)];
  }
  const kinds = Array.isArray(request?.kinds) ? new Set(request.kinds) : null;
  const due = dueReminders(tracker, today).filter((item) => !kinds || kinds.has(item.kind));
  if (!Array.isArray(request?.keys)) return due;
  // Only the ticked items; a key that is no longer due (drafted meanwhile, paid) is said back.
  const chosen = new Set(request.keys.map(String));
  const picked = due.filter((item) => chosen.has(reminderKey(item)));
  const found = new Set(picked.map(reminderKey));
  result.notDue.push(...[...chosen].filter((key) => !found.has(key)));
  return picked;
}

/** The cover email already drafted for this client and month, found by its subject in the log. */
function existingReportDraft(request: DraftRequest, tracker: Tracker): DraftsResult['existing'] {
  const { client, month } = checkReportRequest({ ...request.report!, ui: request.ui });
  const subjects = reportSubjects(month);
  const logged = tracker.drafts
    .filter(
      (d) =>
        d.kind === 'report' &&
        matchKey(d.client) === matchKey(client) &&
        subjects.some((s) => sameText(s, d.subject)),
    )
    .pop();
  if (!logged) return undefined;
  return {
    date: logged.date,
    subject: logged.subject,
    link: existingDraftLink(logged.draftId, tracker.settings.yourEmail),
  };
}

/**
 * The report as a PDF exported from the Doc the add-on created (one Drive call; drive.file allows it),
 * named for client and month in the client's language; or why not, in plain words. Never throws:
 * the draft is made either way.
 */
function reportAttachment(item: DueItem, tracker: Tracker): FileBytes | { reason: string } {
  const report = item.report!;
  const language = item.client.language || tracker.settings.defaultLanguage;
  const name = reportPdfName(item.client, report.month, language);
  if (!report.docId)
    return { reason: `the ${report.month} report has no document id in the Reports tab; generate it again` };
  try {
    return exportPdf(report.docId, name);
  } catch (error) {
    return {
      reason: `the report PDF could not be made (${String((error as Error).message).slice(0, 160)}); download it from the sidebar's PDF link and attach it before sending`,
    };
  }
}
