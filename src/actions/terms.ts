// "Terms confirmed": writes today into one client's cell, as a date value, after checking that the row
// still holds that client (rows may have been sorted or deleted since the sidebar loaded).

import { findTabs } from '../adapters/spreadsheet';
import { startOfLocalDate } from '../domain/dates';
import { say } from '../domain/problems';
import { refuse } from '../domain/problems/render';
import { planColumns } from '../domain/setup-plan';
import { normalizeHeader, tabSpec } from '../domain/tabs';
import type { LocalDate } from '../domain/types';
import type { TermsRequest } from '../server-api';
import { actionContext, withDocumentLock } from './context';

export function confirmTerms(request: TermsRequest): { date: LocalDate } {
  const client = typeof request?.client === 'string' ? request.client.trim() : '';
  const row = Math.floor(Number(request?.row));
  if (!client || !(row >= 2)) refuse(say('pickClient'));
  const { ss, timeZone, today } = actionContext();
  return withDocumentLock('terms', () => {
    const sheet = findTabs(ss, ['Clients']).get('Clients');
    if (!sheet) refuse(say('noSuchClient', { client }));
    const width = Math.max(1, sheet.getLastColumn());
    // The header (where the columns are today) and the one row: two small reads, one write.
    const [header, line] = [
      sheet.getRange(1, 1, 1, width).getValues()[0]!,
      sheet.getRange(row, 1, 1, width).getValues()[0]!,
    ];
    const plan = planColumns(tabSpec('Clients'), header);
    const nameAt = plan.positions.get('client');
    const termsAt = plan.positions.get('termsConfirmed');
    if (termsAt === undefined) refuse(say('columnMissing', { tab: 'Clients', column: 'Terms confirmed' }));
    const name = nameAt === undefined ? '' : String(line[nameAt] ?? '').replace(/^'/, '');
    if (normalizeHeader(name) !== normalizeHeader(client)) refuse(say('clientMoved', { client, row }));
    sheet.getRange(row, termsAt + 1).setValue(startOfLocalDate(today, timeZone));
    return { date: today };
  });
}
