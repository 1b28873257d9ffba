// "Generate monthly report": read four tabs once, build the report in memory, import it into Drive
// as a Google Doc in one call, and log it. A fixed number of calls whatever the number of tasks.

import { saveReportDoc } from '../adapters/report-doc';
import { appendLogRows, readTabs } from '../adapters/spreadsheet';
import { isMonth } from '../domain/dates';
import { buildReport, reportDocName, reportTotals } from '../domain/report/build-report';
import { privateView } from '../domain/report/private-view';
import { reportKey } from '../domain/report/report-key';
import { renderReportHtml } from '../domain/report/report-html';
import { readTracker } from '../domain/read-tracker';
import type { ReportRequest, ReportResult } from '../server-api';
import { actionContext, withDocumentLock } from './context';
import { SERVER_MESSAGES } from './server-messages';
import { requestLanguage } from './ui-language';

export function checkReportRequest(request: ReportRequest): { client: string; month: string } {
  const client = typeof request?.client === 'string' ? request.client.trim() : '';
  const month = typeof request?.month === 'string' ? request.month.trim() : '';
  const say = SERVER_MESSAGES[requestLanguage(request?.ui)];
  if (!client) throw new Error(say.pickClient);
  if (!isMonth(month)) throw new Error(say.notMonth(month));
  return { client, month };
}

export function generateReport(request: ReportRequest): ReportResult {
  const { client, month } = checkReportRequest(request);
  const { ss, timeZone } = actionContext();
  return withDocumentLock('report', () => {
    const tracker = readTracker(readTabs(ss, ['Clients', 'Goals', 'Tasks', 'Settings']), timeZone);
    const model = buildReport(tracker, client, month);
    const docName = reportDocName(model);
    const saved = saveReportDoc({
      folderName: tracker.settings.reportFolder,
      docName,
      html: renderReportHtml(model),
      reportKey: reportKey(model.client.name, month),
    });
    appendLogRows(
      ss,
      'Reports',
      [
        {
          client: model.client.name,
          month,
          link: saved.link,
          docId: saved.id,
          generated: new Date().toISOString(),
        },
      ],
      timeZone,
    );
    return {
      client: model.client.name,
      month,
      docName,
      link: saved.link,
      replaced: saved.replaced,
      excluded: model.excluded,
      totals: reportTotals(model),
      privateView: privateView(tracker, model.client.name, month),
    };
  });
}
