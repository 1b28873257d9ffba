// The document lock that serialises runs, and the flush the Lock reference asks for before it is
// released. https://developers.google.com/apps-script/reference/lock/lock-service ,
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()

/** The reference types it Lock|null (null outside a document); @types leaves the null out. */
export function documentLock(): GoogleAppsScript.Lock.Lock | null {
  return LockService.getDocumentLock();
}

/** Applies pending spreadsheet writes, so the next run reads them. */
export function flushSpreadsheet(): void {
  SpreadsheetApp.flush();
}
