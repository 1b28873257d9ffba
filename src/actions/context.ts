// What every action starts from: the spreadsheet, its time zone and today's date there.

import { activeSpreadsheet } from '../adapters/spreadsheet';
import { toLocalDate } from '../domain/dates';
import type { LocalDate } from '../domain/types';

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
    throw new Error(`Another ${what} is running in this spreadsheet. Wait a moment and try again.`);
  }
  return run();
}
