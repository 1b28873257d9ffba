// "Prepare reminders every morning": an opt-in daily trigger for this spreadsheet and user that drafts
// the payment reminders due, through the very code of Create drafts (nothing is sent, each chaser is
// recorded in the sheet, a stage is never skipped or doubled), and logs what it made for the sidebar.
// How it stops: turned off in the sidebar (the trigger is deleted); by Google when the add-on is
// uninstalled or disabled in the document, or unpublished (editor-triggers#restrictions); and by
// itself when its runs find no spreadsheet to open for a week (the file was deleted). The log is kept
// per spreadsheet, so the sidebar can say why even after a trigger stopped itself.

import {
  deleteMorningLog,
  forgetTrigger,
  readMorningLog,
  rememberTrigger,
  triggerSpreadsheet,
  writeMorningLog,
} from '../adapters/morning-log';
import { activeSpreadsheet } from '../adapters/spreadsheet';
import { applyTriggerChange, deleteTriggerById, listTriggers } from '../adapters/triggers';
import { toLocalDate } from '../domain/dates';
import {
  MORNING_HANDLER,
  MORNING_HOUR,
  morningSpec,
  planMorningTrigger,
} from '../domain/month-end/morning-trigger';
import {
  type MorningLog,
  type MorningRun,
  markSeen,
  missedMornings,
  ranOn,
  recordRun,
  sinceSeen,
} from '../domain/month-end/mornings';
import type { MorningStatus } from '../server-api';
import { createDrafts } from './drafts';

/** Mornings in a row without a spreadsheet after which a run deletes its own trigger. */
export const ORPHAN_MORNINGS = 7;

function ourTrigger(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string | null {
  return listTriggers(ss).find((t) => t.event === 'CLOCK' && t.handler === MORNING_HANDLER)?.id ?? null;
}

/** The sidebar's view when it opens: on or off, and what was prepared since it last looked. */
export function morningStatus(): MorningStatus {
  const ss = activeSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const on = ourTrigger(ss) !== null;
  const sheetId = ss.getId();
  const log = readMorningLog(sheetId);
  const since = sinceSeen(log);
  // Marked seen only when there was something to see: opening the sidebar costs one write at most.
  if (since.runs > 0) writeMorningLog(sheetId, markSeen(log, new Date().toISOString()));
  return {
    on,
    hour: MORNING_HOUR,
    timeZone,
    since,
    missed: missedMornings(log, toLocalDate(new Date(), timeZone)),
  };
}

/** Turns the morning trigger on or off; running it twice changes nothing the second time. */
export function setMorningReminders(request: { on?: unknown }): MorningStatus {
  const on = request?.on === true;
  const ss = activeSpreadsheet();
  const existing = listTriggers(ss);
  const change = planMorningTrigger(existing, on);
  const running = applyTriggerChange(ss, change, morningSpec(ss.getSpreadsheetTimeZone()));
  for (const id of change.remove) forgetTrigger(id);
  if (running) rememberTrigger(running, ss.getId());
  // Turned off, nothing is left behind in the user's store.
  if (!on) deleteMorningLog(ss.getId());
  return morningStatus();
}

/** Why a run found no spreadsheet, in the log's words. */
const NO_SPREADSHEET = 'the spreadsheet could not be opened (deleted, or no longer shared with you)';

/**
 * The trigger's entry point: one morning. Never throws (add-ons email no one when a trigger fails):
 * what happened is written to the log the sidebar reads.
 * https://developers.google.com/apps-script/guides/triggers/events#time-driven-events
 */
export function prepareMorningReminders(event?: { triggerUid?: unknown }): MorningRun | null {
  const id = typeof event?.triggerUid === 'string' ? event.triggerUid : '';
  const sheetId = id ? triggerSpreadsheet(id) : null;
  // A trigger the add-on does not know (made by hand, or its record lost): it stops here for good.
  if (!sheetId) {
    if (id) deleteTriggerById(id);
    return null;
  }
  const at = new Date().toISOString();
  let ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
  try {
    // Typed as never null, but a time-driven run has no open document to fall back on: UNVERIFIED
    // whether Apps Script gives an add-on's clock trigger its spreadsheet (docs/first-run.md).
    ss = (activeSpreadsheet() as GoogleAppsScript.Spreadsheet.Spreadsheet | null) ?? null;
  } catch {
    ss = null;
  }
  const log = readMorningLog(sheetId);
  if (!ss || ss.getId() !== sheetId) return orphanRun(id, sheetId, log, at);
  const today = toLocalDate(new Date(), ss.getSpreadsheetTimeZone());
  if (ranOn(log, today)) return null;
  let run: MorningRun;
  try {
    const result = createDrafts({ kinds: ['payment'] });
    run = {
      day: today,
      at,
      drafts: result.drafts.map((d) => ({
        client: d.client,
        invoice: d.invoice,
        stage: d.stage ?? 0,
        subject: d.subject,
        draftId: d.draftId,
        link: d.link,
        ...(d.dueSince && d.dueSince < today ? { dueSince: d.dueSince } : {}),
      })),
      more: 0,
      ...(result.failed.length > 0 ? { failed: result.failed[0]!.reason } : {}),
    };
  } catch (error) {
    run = { day: today, at, drafts: [], more: 0, failed: String((error as Error)?.message ?? error) };
  }
  writeMorningLog(sheetId, recordRun(log, run));
  return run;
}

function orphanRun(id: string, sheetId: string, log: MorningLog, at: string): MorningRun {
  // No spreadsheet, no time zone: the day is UTC's, which only dates the log line.
  const run: MorningRun = { day: at.slice(0, 10), at, drafts: [], more: 0, failed: NO_SPREADSHEET };
  const next = recordRun(log, run);
  writeMorningLog(sheetId, next);
  const lastRuns = next.runs.slice(-ORPHAN_MORNINGS);
  if (lastRuns.length === ORPHAN_MORNINGS && lastRuns.every((r) => r.failed === NO_SPREADSHEET)) {
    // A week without the file: it is gone. The trigger goes; the log stays to say why.
    deleteTriggerById(id);
    forgetTrigger(id);
  }
  return run;
}
