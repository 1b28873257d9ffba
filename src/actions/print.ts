// "Print tracking sheet": a one-page sheet per client and month for logging by hand, as a Google Doc
// and its PDF in the report folder (HTML import, one call; export, one call; both replaced in place
// when printed again).

import { exportPdf, pdfBlob } from '../adapters/drive-media';
import { saveReportDoc, saveReportPdf } from '../adapters/report-doc';
import { readTabs } from '../adapters/spreadsheet';
import { formatMonth } from '../domain/format';
import { WORDS } from '../domain/messages';
import { renderIn } from '../domain/messages/client';
import { renderPrintSheetHtml } from '../domain/method/print-sheet';
import { readTracker } from '../domain/read-tracker';
import { findClient } from '../domain/report/build-report';
import { safeFileName } from '../domain/report/pdf-names';
import { reportKey } from '../domain/report/report-key';
import { LANGUAGES, type Language } from '../domain/types';
import type { PrintRequest, PrintResult } from '../server-api';
import { checkReportRequest } from './report';
import { actionContext, withDocumentLock } from './context';

export function printTrackingSheet(request: PrintRequest): PrintResult {
  const { client: name, month } = checkReportRequest(request);
  const language: Language = (LANGUAGES as readonly string[]).includes(String(request?.ui))
    ? (request.ui as Language)
    : 'en';
  const { ss, timeZone } = actionContext();
  return withDocumentLock('print', () => {
    const tracker = readTracker(readTabs(ss, ['Clients', 'Goals', 'Settings']), timeZone);
    const client = findClient(tracker, name);
    const goals = tracker.goals.filter((g) => g.client === client.name);
    const html = renderPrintSheetHtml({ client: client.name, month, goals, language });
    const docName = renderIn(
      language,
      WORDS[language].print.title(client.name, formatMonth(month, language)),
    );
    // Its own key, so a printed sheet never replaces the client's report of the same month.
    const key = `sheet-${reportKey(client.name, month)}`;
    const saved = saveReportDoc({ folderName: tracker.settings.reportFolder, docName, html, reportKey: key });
    const pdfName = `${safeFileName(docName)}.pdf`;
    const pdf = saveReportPdf(saved, {
      reportKey: key,
      pdf: pdfBlob(exportPdf(saved.id, pdfName)),
      name: pdfName,
    });
    return {
      client: client.name,
      month,
      docName,
      link: saved.link,
      pdfLink: pdf.link,
      replaced: saved.replaced,
    };
  });
}
