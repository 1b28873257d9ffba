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
 * releases the lock when the execution ends, so no releaseLock call is spent on the way out.
 * https://developers.google.com/apps-script/reference/lock/lock-service
 */
export function withDocumentLock<T>(what: string, run: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30_000)) {
    // The sidebar sends its language; the runner and menu items get the English sentence.
    throw new Error(
      requestLanguage
        ? SERVER_MESSAGES[requestLanguage].busy
        : `Another ${what} is running in this spreadsheet. Wait a moment and try again.`,
    );
  }
  return run();
}

/** The language of the sidebar request this execution serves (one request per execution). */
let requestLanguage: Language | undefined;

export function answerIn(language: unknown): void {
  requestLanguage = isLanguage(language) ? language : undefined;
}
