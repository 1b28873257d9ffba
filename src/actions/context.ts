// What every action starts from: the spreadsheet, its time zone and today's date there.

import { activeSpreadsheet } from '../adapters/spreadsheet';
import { toLocalDate } from '../domain/dates';
import type { Language, LocalDate } from '../domain/types';
import { SERVER_MESSAGES } from './server-messages';
import { isLanguage } from './ui-language';

export interface ActionContext {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  timeZone: string;
  today: LocalDate;
}

export function actionContext(): ActionContext {
  const ss = activeSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  return { ss, timeZone, today: toLocalDate(new Date(), timeZone) };
}

/**
 * Serialises runs per document (two quick clicks make one report, one set of drafts). Apps Script
 * releases the lock when the execution ends, so no releaseLock call is spent on the way out; but the
 * Lock reference asks for `SpreadsheetApp.flush()` before a lock held over spreadsheet writes is
 * released, so that the next run reads them: one flush on the way out, whether the run worked or not.
 * https://developers.google.com/apps-script/reference/lock/lock-service ,
 * https://developers.google.com/apps-script/reference/lock/lock
 */
export function withDocumentLock<T>(what: string, run: () => T): T {
  // The reference types it Lock|null (null outside a document); @types leaves the null out.
  const lock: GoogleAppsScript.Lock.Lock | null = LockService.getDocumentLock();
  if (!lock) {
    throw new Error(
      `The ${what} cannot start: Apps Script gave no document lock (the script is not running from this spreadsheet). Open the spreadsheet and use Extensions › Freelance Value Tracker.`,
    );
  }
  if (!lock.tryLock(30_000)) {
    // The sidebar sends its language; the runner and menu items get the English sentence.
    throw new Error(
      requestLanguage
        ? SERVER_MESSAGES[requestLanguage].busy
        : `Another ${what} is running in this spreadsheet. Wait a moment and try again.`,
    );
  }
  let result: T;
  try {
    result = run();
  } catch (error) {
    try {
      SpreadsheetApp.flush();
    } catch {
      // The run's own error says more than a failed flush.
    }
    throw error;
  }
  SpreadsheetApp.flush();
  return result;
}

/** The language of the sidebar request this execution serves (one request per execution). */
let requestLanguage: Language | undefined;

export function answerIn(language: unknown): void {
  requestLanguage = isLanguage(language) ? language : undefined;
}
