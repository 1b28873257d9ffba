// "Create drafts": payment reminders and keep-in-touch emails as Gmail drafts, never sent. Reads once,
// makes one Gmail call per draft (plus one Drive call per attached invoice), then records in two writes
// what was drafted, so a second run the same day drafts nothing new and a failure part way loses nothing.

import { createDraft, draftLink, existingDraftLink, fetchAttachment } from '../adapters/gmail-drafts';
import { readTabs, recordDrafts } from '../adapters/spreadsheet';
import { composeDraft } from '../domain/mail/compose';
import { buildMime } from '../domain/mail/mime';
import {
  type DueItem,
  dueReminders,
  reportDraftItem,
  reportSubjects,
  sameText,
} from '../domain/mail/reminders';
import { readTracker } from '../domain/read-tracker';
import type { DraftLogEntry, Tracker } from '../domain/types';
import type { DraftMade, DraftRequest, DraftsResult, ReminderItem } from '../server-api';
import { checkReportRequest } from './report';
import { actionContext, withDocumentLock } from './context';
import { reminderItems, reminderKey } from './sidebar';
import { SERVER_MESSAGES } from './server-messages';
import { requestLanguage } from './ui-language';
import { formatMonth } from '../domain/format';

const TABS_NEEDED = ['Clients', 'Goals', 'Tasks', 'Invoices', 'Settings', 'Reports', 'Drafts'] as const;

export function listReminders(): ReminderItem[] {
  const { ss, timeZone, today } = actionContext();
  return reminderItems(readTracker(readTabs(ss, [...TABS_NEEDED]), timeZone), today);
}

/** The Drive file id in an "Invoice file" link, or in a bare id. */
export function driveFileId(link: string): string | null {
  const m =
    /\/d\/([\w-]{6,})/.exec(link) ?? /[?&]id=([\w-]{6,})/.exec(link) ?? /^([\w-]{6,})$/.exec(link.trim());
  return m ? m[1]! : null;
}

export function createDrafts(request: DraftRequest = {}): DraftsResult {
  const { ss, timeZone, today } = actionContext();
  return withDocumentLock('draft run', () => {
    const raw = readTabs(ss, [...TABS_NEEDED]);
    // Drafts are recorded in these tabs; without them a draft could be made and not remembered.
    for (const tab of ['Drafts', 'Invoices'] as const) {
      if (!raw[tab]) throw new Error(`The ${tab} tab is missing. Run Set up tracking sheet, then try again.`);
    }
    const tracker = readTracker(raw, timeZone);
    const result: DraftsResult = { drafts: [], skipped: [], notAttached: [], failed: [], notDue: [] };
    const existing = request?.report ? existingReportDraft(request, tracker) : undefined;
    // One cover email per report: a second press points at the first draft instead of making another.
    if (existing) return { ...result, existing };
    const items = itemsFor(request, tracker, today, result);
    const logged: Omit<DraftLogEntry, 'row'>[] = [];
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
          link: draftLink(made.messageId),
        };
        result.drafts.push(draft);
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
      recordDrafts(ss, raw, logged, today, timeZone);
    }
    return result;
  });
}

function itemsFor(request: DraftRequest, tracker: Tracker, today: string, result: DraftsResult): DueItem[] {
  if (request?.report) {
    const { client, month } = checkReportRequest({ ...request.report, ui: request.ui });
    // Said in the sidebar's language before the domain's own (English) checks can throw.
    const language = requestLanguage(request.ui);
    const known = tracker.clients.find((c) => c.name.toLowerCase() === client.toLowerCase());
    if (!known) throw new Error(SERVER_MESSAGES[language].noClient(client));
    if (!tracker.reports.some((r) => r.client === known.name && r.month === month))
      throw new Error(SERVER_MESSAGES[language].reportFirst(formatMonth(month, language), known.name));
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
        d.client.toLowerCase() === client.toLowerCase() &&
        subjects.some((s) => sameText(s, d.subject)),
    )
    .pop();
  if (!logged) return undefined;
  return { date: logged.date, subject: logged.subject, link: existingDraftLink(logged.draftId) };
}
