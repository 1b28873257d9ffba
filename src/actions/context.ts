// What every action starts from: the spreadsheet, its time zone and today's date there.

import { documentLock, flushSpreadsheet } from '../adapters/lock';
import { say } from '../domain/problems';
import { ProblemError, refuse, sayText } from '../domain/problems/render';
import { activeSpreadsheet } from '../adapters/spreadsheet';
import { toLocalDate } from '../domain/dates';
import type { Language, LocalDate } from '../domain/types';
import { WORDS } from '../domain/messages';
import { isLanguage, uiLanguage } from './ui-language';

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
  const lock = documentLock();
  if (!lock) {
    refuse(say('noLock'));
  }
  if (!lock.tryLock(30_000)) {
    // In the language the request names, else the user's. `what` names the action in the execution
    // log only: the words the user reads come from the message tree, as in every language.
    const language = requestLanguage ?? userLanguage();
    console.warn(`Busy: another ${what} holds the document lock.`);
    throw new Error(WORDS[language].server.busy);
  }
  let result: T;
  try {
    result = run();
  } catch (error) {
    try {
      flushSpreadsheet();
    } catch {
      // The run's own error says more than a failed flush.
    }
    throw error;
  }
  flushSpreadsheet();
  return result;
}

/** The language of the sidebar request this execution serves (one request per execution). */
let requestLanguage: Language | undefined;

function answerIn(language: unknown): void {
  requestLanguage = isLanguage(language) ? language : undefined;
}

/**
 * Serves one sidebar call: a problem it meets is said in the sidebar's language (the one the request
 * names, else the user's), so the error line under the button reads like the rest of the sidebar.
 * Other errors (a service failing) keep their own words.
 */
export function servedIn<T>(language: unknown, run: () => T): T {
  answerIn(language);
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    throw new Error(sayText(error.says, isLanguage(language) ? language : userLanguage()));
  }
}

function userLanguage(): Language {
  try {
    return uiLanguage().language;
  } catch {
    return 'en';
  }
}
