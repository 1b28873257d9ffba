// The add-on's own log tabs, Reports and Drafts: earlier reports and reminders, recognised again.

import { readChoice, readDate, readNumber, readText } from '../cells';
import { tabSpec } from '../tabs';
import { DRAFT_KINDS, type DraftLogEntry, type ReportLogEntry } from '../types';
import { TabReader } from './tab-reader';

export function parseReports(values: unknown[][] | null | undefined, timeZone: string): ReportLogEntry[] {
  if (!values) return [];
  const reader = new TabReader(tabSpec('Reports'), values, timeZone, [], ['client', 'month']);
  return [...reader.rows()].map(({ row, cell }) => ({
    row,
    client: readText(cell('client'), timeZone),
    month: readText(cell('month'), timeZone),
    link: readText(cell('link'), timeZone),
    docId: readText(cell('docId'), timeZone),
    generated: readText(cell('generated'), timeZone),
    stamp: readText(cell('stamp'), timeZone),
  }));
}

export function parseDrafts(values: unknown[][] | null | undefined, timeZone: string): DraftLogEntry[] {
  if (!values) return [];
  const reader = new TabReader(tabSpec('Drafts'), values, timeZone, [], ['date', 'kind', 'client']);
  const entries: DraftLogEntry[] = [];
  for (const { row, cell } of reader.rows()) {
    const date = readDate(cell('date'), timeZone);
    const kind = readChoice(cell('kind'), DRAFT_KINDS);
    if (!date.ok || !date.value || !kind.ok || !kind.value) continue;
    const stage = readNumber(cell('stage'));
    entries.push({
      row,
      date: date.value,
      kind: kind.value,
      client: readText(cell('client'), timeZone),
      invoice: readText(cell('invoice'), timeZone),
      stage: stage.ok ? stage.value : null,
      to: readText(cell('to'), timeZone),
      subject: readText(cell('subject'), timeZone),
      draftId: readText(cell('draftId'), timeZone),
    });
  }
  return entries;
}
