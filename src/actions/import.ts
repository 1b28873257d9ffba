// "Import time entries": a Toggl Track, Clockify or Harvest CSV export (its text, read in the browser
// or by the local runner) previewed against Clients and Tasks, and on confirmation its new entries
// appended to Tasks in one write. Two reads and at most a handful of writes whatever the file's size;
// importing the same file again adds nothing (each row's content key is kept in Tasks › Import key).

import { openTabs, writeImport } from '../adapters/spreadsheet';
import { say } from '../domain/problems';
import { refuse, sayText } from '../domain/problems/render';
import { VENDOR_NAMES } from '../domain/import/headers';
import { importSay } from '../domain/import/say';
import type { ClientMapping } from '../domain/import/preview';
import { planImportIntoSheet } from '../domain/import/sheet-plan';
import { readDateText, dateInOrder } from '../domain/import/values';
import type { ImportRequest, ImportResult } from '../server-api';
import { actionContext, withDocumentLock } from './context';
import { requestLanguage } from './ui-language';

export function importTimeEntries(request: ImportRequest): ImportResult {
  const text = typeof request?.text === 'string' ? request.text : '';
  const dateOrder =
    request?.dateOrder === 'dmy' || request?.dateOrder === 'mdy' ? request.dateOrder : undefined;
  const answers: ClientMapping[] = (Array.isArray(request?.clientMap) ? request.clientMap : [])
    .filter((m) => typeof m?.name === 'string' && typeof m?.client === 'string' && m.client.trim() !== '')
    .map((m) => ({ name: m.name, client: m.client }));
  const language = requestLanguage(request?.ui);
  const { ss, timeZone } = actionContext();
  const run = (): ImportResult => {
    const { raw, sheets } = openTabs(ss, ['Clients', 'Tasks']);
    if (!raw.Clients) refuse(say('tabMissing', { tab: 'Clients' }));
    if (!raw.Tasks) refuse(say('tabMissing', { tab: 'Tasks' }));
    const plan = planImportIntoSheet(text, { Clients: raw.Clients, Tasks: raw.Tasks }, answers, {
      timeZone,
      dateOrder,
    });
    const p = plan.preview;
    const write = request?.write === true && p.askDateOrder === null;
    if (write) writeImport(sheets.get('Tasks')!, sheets.get('Clients')!, plan, timeZone);
    const example = p.askDateOrder ? readDateText(p.askDateOrder) : null;
    return {
      vendor: p.vendor ? VENDOR_NAMES[p.vendor] : null,
      timeZone,
      new: p.new,
      skipped: p.skipped,
      needsClient: p.needsClient,
      problems: p.problems.map((x) => ({ line: x.line, message: sayText([importSay(x)], language) })),
      askDateOrder:
        p.askDateOrder && example
          ? {
              example: p.askDateOrder,
              dayFirst: dateInOrder(example, 'dmy'),
              monthFirst: dateInOrder(example, 'mdy'),
            }
          : null,
      hasBillable: p.hasBillable,
      clients: plan.clientNames,
      written: write ? plan.rows.length : 0,
      ready: plan.rows.length,
      remembered: write ? plan.remembered : [],
    };
  };
  // Only a write takes the lock: a preview changes nothing.
  return request?.write === true ? withDocumentLock('import', run) : run();
}
