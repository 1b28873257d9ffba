// The sidebar's list of a client's invoices, with where each is in its life (draft, sent, credited,
// withdrawn) and its credit notes: three tabs read once, nothing written, no lock taken.

import { readTabs } from '../adapters/spreadsheet';
import { type InvoiceListItem, invoiceList } from '../domain/invoice/invoice-list';
import { refuse } from '../domain/problems/render';
import { readTracker } from '../domain/read-tracker';
import type { InvoiceListRequest } from '../server-api';
import { actionContext } from './context';

export function listInvoices(request?: InvoiceListRequest): InvoiceListItem[] {
  const client = typeof request?.client === 'string' ? request.client.trim() : '';
  const { ss, timeZone } = actionContext();
  // Clients for the names and currencies the rows fall back on, Settings for the clients' defaults.
  const tracker = readTracker(readTabs(ss, ['Clients', 'Invoices', 'Settings']), timeZone);
  // An empty list from a tab that could not be read would say "no invoices": name the tab instead.
  const unreadable = tracker.diagnostics.find(
    (d) => d.scope === 'tab' && (d.sheet === 'Invoices' || d.sheet === 'Clients'),
  );
  if (unreadable) refuse(...unreadable.says);
  return invoiceList(tracker.invoices, client || undefined);
}
