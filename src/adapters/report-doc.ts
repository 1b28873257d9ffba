// Saves the report as a Google Doc by importing its HTML through the Drive advanced service (v3):
// one list to find the folder and an earlier report, one create or update. Works under drive.file.
// https://developers.google.com/apps-script/advanced/drive , https://developers.google.com/drive/api/guides/search-files

import { say } from '../domain/problems';
import { refuse } from '../domain/problems/render';

const FOLDER = 'application/vnd.google-apps.folder';
const DOC = 'application/vnd.google-apps.document';

export interface SavedReport {
  id: string;
  link: string;
  replaced: boolean;
  /** The folder it was saved in, and a PDF saved earlier under the same key (found by the same list). */
  folderId: string | null;
  pdfId: string | null;
}

const PDF = 'application/pdf';

function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) {
    throw new Error(
      'The Drive advanced service is not enabled for this script (appsscript.json, dependencies).',
    );
  }
  return Drive;
}

/** A string literal inside a Drive query: backslash and single quote are escaped with a backslash. */
export function queryString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function saveReportDoc(options: {
  folderName: string;
  docName: string;
  html: string;
  reportKey: string;
}): SavedReport {
  const files = drive().Files!;
  const q =
    `trashed = false and ((mimeType = '${FOLDER}' and name = ${queryString(options.folderName)}) or ` +
    `(appProperties has { key='fvtReport' and value=${queryString(options.reportKey)} }))`;
  const found = files.list({ q, fields: 'files(id,name,mimeType,webViewLink)', pageSize: 100 }).files ?? [];
  const folder = found.find((f) => f.mimeType === FOLDER && f.name === options.folderName);
  const existing = found.find((f) => f.mimeType === DOC);
  const pdfId = found.find((f) => f.mimeType === PDF)?.id ?? null;
  const blob = Utilities.newBlob(options.html, 'text/html', `${options.docName}.html`);
  if (existing?.id) {
    // Replaces the content in place, so the link the client already has keeps working.
    const updated = files.update({ name: options.docName }, existing.id, blob, { fields: 'id,webViewLink' });
    return {
      id: updated.id ?? existing.id,
      link: updated.webViewLink ?? docLink(existing.id),
      replaced: true,
      folderId: folder?.id ?? null,
      pdfId,
    };
  }
  const folderId = folder?.id ?? files.create({ name: options.folderName, mimeType: FOLDER }).id;
  const created = files.create(
    {
      name: options.docName,
      mimeType: DOC,
      parents: folderId ? [folderId] : [],
      appProperties: { fvtReport: options.reportKey },
    },
    blob,
    { fields: 'id,webViewLink' },
  );
  if (!created.id) refuse(say('noIdReturned', { service: 'Drive' }));
  return {
    id: created.id,
    link: created.webViewLink ?? docLink(created.id),
    replaced: false,
    folderId: folderId ?? null,
    pdfId,
  };
}

/**
 * Saves a PDF of a Doc saveReportDoc wrote, beside it and under the same key, so the next save finds
 * and replaces it in place (one create or update; the PDF bytes come from exportPdf).
 */
export function saveReportPdf(
  saved: SavedReport,
  options: { reportKey: string; pdf: GoogleAppsScript.Base.Blob; name: string },
): { id: string; link: string } {
  const files = drive().Files!;
  const appProperties = { fvtReport: options.reportKey };
  if (saved.pdfId) {
    const updated = files.update({ name: options.name, appProperties }, saved.pdfId, options.pdf, {
      fields: 'id,webViewLink',
    });
    const id = updated.id ?? saved.pdfId;
    return { id, link: updated.webViewLink ?? fileLink(id) };
  }
  const created = files.create(
    { name: options.name, mimeType: PDF, parents: saved.folderId ? [saved.folderId] : [], appProperties },
    options.pdf,
    { fields: 'id,webViewLink' },
  );
  if (!created.id) refuse(say('noIdReturned', { service: 'Drive' }));
  return { id: created.id, link: created.webViewLink ?? fileLink(created.id) };
}

function fileLink(id: string): string {
  return `https://drive.google.com/file/d/${id}/view`;
}

function docLink(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/**
 * The Doc's PDF download link: opens for its owner (the freelancer) with no extra scope or call.
 * UNVERIFIED form on real Google (docs/first-run.md): docs.google.com/document/d/<id>/export?format=pdf.
 */
export function pdfExportLink(id: string): string {
  return `https://docs.google.com/document/d/${encodeURIComponent(id)}/export?format=pdf`;
}
