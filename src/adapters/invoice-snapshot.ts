// What an invoice billed (src/domain/invoice/snapshot.ts), kept in the spreadsheet's document
// properties beside the series counter: shared by everyone who edits the sheet, out of reach of typing.
// One property per invoice, at most 9 KB each and 500 KB in all (quotas page); an invoice whose snapshot
// cannot be stored is still made, and its credit note falls back to the tasks, checked against Amount.
// https://developers.google.com/apps-script/reference/properties/properties#setProperty(String,String)
// https://developers.google.com/apps-script/guides/services/quotas

import { snapshotKey } from '../domain/invoice/snapshot';

/**
 * Stores (or replaces) the snapshot; false when the store refused it (too large, store full). Then an
 * earlier one for the same number (a draft made again) is removed: it no longer says what was billed.
 */
export function storeSnapshot(number: string, text: string): boolean {
  const store = PropertiesService.getDocumentProperties();
  try {
    store.setProperty(snapshotKey(number), text);
    return true;
  } catch {
    store.deleteProperty(snapshotKey(number));
    return false;
  }
}

export function loadSnapshot(number: string): string | null {
  return PropertiesService.getDocumentProperties().getProperty(snapshotKey(number));
}
