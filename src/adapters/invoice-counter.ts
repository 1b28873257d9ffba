// The invoice and credit-note counters, kept in the spreadsheet's document properties: shared by everyone
// who edits the sheet, and out of reach of typing, so a number cannot "easily be overridden" (Norway,
// UTV 2014/1021 [N3] in /work/shared/invoice-law.md). The Invoices tab stays the cross-check
// (src/domain/tax/series.ts). Read and written under the document lock the invoice actions hold.
// https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
// https://developers.google.com/apps-script/reference/properties/properties#getProperty(String)

export type Series = 'invoice' | 'credit';

const KEYS: Record<Series, string> = { invoice: 'fvt.invoiceCounter', credit: 'fvt.creditCounter' };

/** The next value the series will issue, or null before its first number. */
export function readCounter(series: Series): number | null {
  const text = PropertiesService.getDocumentProperties().getProperty(KEYS[series]);
  const n = text === null ? Number.NaN : Number(text);
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/** Moves the counter on; never back (a number once issued is never issued again). */
export function writeCounter(series: Series, next: number, current: number | null): void {
  if (current !== null && next <= current) return;
  PropertiesService.getDocumentProperties().setProperty(KEYS[series], String(next));
}
