// "Generate monthly report": read four tabs once, build the report in memory, import it into Drive
// as a Google Doc in one call, and log it. A fixed number of calls whatever the number of tasks.

import { say } from '../domain/problems';
import { refuse } from '../domain/problems/render';
import { pdfExportLink, saveReportDoc } from '../adapters/report-doc';
import { appendLogRows, ensureLogTab, openTabs } from '../adapters/spreadsheet';
import { isMonth } from '../domain/dates';
import { buildReport, reportDocName, reportTotals } from '../domain/report/build-report';
import { privateView } from '../domain/report/private-view';
import { reportKey } from '../domain/report/report-key';
import { renderReportHtml } from '../domain/report/report-html';
import { formatStamp, workStamp } from '../domain/month-end/work-stamp';
import { readTracker } from '../domain/read-tracker';
import type { ReportRequest, ReportResult } from '../server-api';
import { actionContext, withDocumentLock } from './context';

export function checkReportRequest(request: ReportRequest): { client: string; month: string } {
  const client = typeof request?.client === 'string' ? request.client.trim() : '';
  const month = typeof request?.month === 'string' ? request.month.trim() : '';
  if (!client) refuse(say('pickClient'));
  if (!isMonth(month)) refuse(say('notMonth', { value: month, example: '2026-10' }));
  return { client, month };
}

export function generateReport(request: ReportRequest): ReportResult {
  const { client, month } = checkReportRequest(request);
  const { ss, timeZone, today } = actionContext();
  return withDocumentLock('report', () => {
    const { raw, sheets } = openTabs(ss, ['Clients', 'Goals', 'Tasks', 'Settings', 'Reports']);
    const tracker = readTracker(raw, timeZone);
    // A report built from a tab that could not be read would be silently short: say which tab to fix.
    const unreadable = tracker.diagnostics.find(
      (d) => d.scope === 'tab' && ['Clients', 'Goals', 'Tasks'].includes(d.sheet),
    );
    if (unreadable) refuse(...unreadable.says);
    const model = buildReport(tracker, client, month, today);
    // The Reports log is made ready before the Doc, so a Doc is never made that cannot be logged.
    const log = ensureLogTab(ss, 'Reports', sheets.get('Reports'), raw.Reports);
    const docName = reportDocName(model);
    const saved = saveReportDoc({
      folderName: tracker.settings.reportFolder,
      docName,
      html: renderReportHtml(model),
      reportKey: reportKey(model.client.name, month),
    });
    appendLogRows(
      log,
      [
        {
          client: model.client.name,
          month,
          link: saved.link,
          docId: saved.id,
          generated: new Date().toISOString(),
          // What the report was made from: Close the month compares it with the month as it is later.
          stamp: formatStamp(workStamp(tracker, model.client.name, month)),
        },
      ],
      timeZone,
    );
    return {
      client: model.client.name,
      month,
      docName,
      link: saved.link,
      pdfLink: pdfExportLink(saved.id),
      replaced: saved.replaced,
      excluded: model.excluded,
      totals: reportTotals(model),
      privateView: privateView(tracker, model.client.name, month, today),
    };
  });
}
