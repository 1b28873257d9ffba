// An invoice's Google Doc and its PDF in the report folder's Invoices subfolder, through the Drive
// advanced service (v3), under drive.file: every file here is one the add-on created, so it may read
// them again (the payment reminders attach the PDF). One list finds the folders and an earlier
// version; then one Doc import, one PDF export and one PDF upload (plus the folders the first time).
// https://developers.google.com/drive/api/reference/rest/v3/files

import {
  FOLDER_PROPERTY,
  INVOICE_PROPERTY,
  NUMBER_PROPERTY,
  propertyFits,
} from '../domain/invoice/build-invoice';
import { exportPdf, pdfBlob } from './drive-media';
import { queryString } from './report-doc';
import { say } from '../domain/problems';
import { refuse } from '../domain/problems/render';

const FOLDER = 'application/vnd.google-apps.folder';
const DOC = 'application/vnd.google-apps.document';
const PDF = 'application/pdf';
export const INVOICES_FOLDER = 'Invoices';

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

export interface FoundInvoiceFiles {
  reportFolderId: string | null;
  invoicesFolderId: string | null;
  doc: DriveFile | null;
  pdf: DriveFile | null;
  /** The number the add-on gave this invoice before, kept on the Doc. */
  earlierNumber: string | null;
}

export interface SavedInvoice {
  docId: string;
  docLink: string;
  pdfId: string;
  pdfLink: string;
  replaced: boolean;
}

function files(): GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection {
  if (typeof Drive === 'undefined' || !Drive?.Files)
    throw new Error(
      'The Drive advanced service is not enabled for this script (appsscript.json, dependencies).',
    );
  return Drive.Files;
}

/** What identifies an invoice's files in Drive: the report folder's name, the invoice's key, its folder's. */
export interface InvoiceKeys {
  reportFolder: string;
  key: string;
  folderKey: string;
}

/** One Drive call: the report folder, its Invoices subfolder, and this invoice's Doc and PDF if made before. */
export function findInvoiceFiles(keys: InvoiceKeys): FoundInvoiceFiles {
  const has = (property: string, value: string) =>
    `(appProperties has { key='${property}' and value=${queryString(value)} })`;
  const q =
    `trashed = false and ((mimeType = '${FOLDER}' and name = ${queryString(keys.reportFolder)}) or ` +
    `${has(FOLDER_PROPERTY, keys.folderKey)} or ${has(INVOICE_PROPERTY, keys.key)})`;
  const found =
    files().list({ q, fields: 'files(id,name,mimeType,webViewLink,appProperties)', pageSize: 100 }).files ??
    [];
  const props = (f: DriveFile) => (f.appProperties ?? {}) as Record<string, string>;
  const mine = (mimeType: string) =>
    found.find((f) => f.mimeType === mimeType && props(f)[INVOICE_PROPERTY] === keys.key) ?? null;
  const reportFolder_ = found.find(
    (f) => f.mimeType === FOLDER && f.name === keys.reportFolder && !props(f)[FOLDER_PROPERTY],
  );
  const invoicesFolder = found.find(
    (f) => f.mimeType === FOLDER && props(f)[FOLDER_PROPERTY] === keys.folderKey,
  );
  const doc = mine(DOC);
  return {
    reportFolderId: reportFolder_?.id ?? null,
    invoicesFolderId: invoicesFolder?.id ?? null,
    doc,
    pdf: mine(PDF),
    earlierNumber: (doc && props(doc)[NUMBER_PROPERTY]) || null,
  };
}

/**
 * An earlier invoice under the same key that was withdrawn or credited keeps its Doc and PDF (they are
 * the record): they are moved off the key (two metadata updates) so the new number gets files of its
 * own and a later run finds those, not the old ones. Returns what to save the new invoice against.
 */
export function keepEarlierFiles(found: FoundInvoiceFiles, key: string): FoundInvoiceFiles {
  const api = files();
  const kept = { appProperties: { [INVOICE_PROPERTY]: `${key}:kept` } };
  for (const file of [found.doc, found.pdf]) if (file?.id) api.update(kept, file.id);
  return { ...found, doc: null, pdf: null, earlierNumber: null };
}

/** Writes the Doc (new, or replaced in place) and its PDF; returns both links. */
export function saveInvoiceFiles(
  found: FoundInvoiceFiles,
  options: {
    reportFolder: string;
    key: string;
    folderKey: string;
    number: string;
    docName: string;
    pdfName: string;
    html: string;
  },
): SavedInvoice {
  const api = files();
  // The number rides along so a rerun keeps it; one too long for Drive's 124 bytes is left off (the
  // Tasks marks and the Invoices row still carry it once recorded).
  const appProperties: Record<string, string> = { [INVOICE_PROPERTY]: options.key };
  if (propertyFits(NUMBER_PROPERTY, options.number)) appProperties[NUMBER_PROPERTY] = options.number;
  let folderId = found.invoicesFolderId;
  if (!folderId) {
    const parent = found.reportFolderId ?? api.create({ name: options.reportFolder, mimeType: FOLDER }).id;
    folderId =
      api.create({
        name: INVOICES_FOLDER,
        mimeType: FOLDER,
        parents: parent ? [parent] : [],
        appProperties: { [FOLDER_PROPERTY]: options.folderKey },
      }).id ?? null;
  }
  const html = Utilities.newBlob(options.html, 'text/html', `${options.docName}.html`);
  let docId: string;
  let docLink: string;
  if (found.doc?.id) {
    const updated = api.update({ name: options.docName, appProperties }, found.doc.id, html, {
      fields: 'id,webViewLink',
    });
    docId = updated.id ?? found.doc.id;
    docLink =
      updated.webViewLink ?? found.doc.webViewLink ?? `https://docs.google.com/document/d/${docId}/edit`;
  } else {
    const created = api.create(
      { name: options.docName, mimeType: DOC, parents: folderId ? [folderId] : [], appProperties },
      html,
      { fields: 'id,webViewLink' },
    );
    if (!created.id) refuse(say('noIdReturned', { service: 'Drive' }));
    docId = created.id;
    docLink = created.webViewLink ?? `https://docs.google.com/document/d/${docId}/edit`;
  }
  const pdf = pdfBlob(exportPdf(docId, options.pdfName));
  let pdfId: string;
  let pdfLink: string;
  if (found.pdf?.id) {
    const updated = api.update({ name: options.pdfName, appProperties }, found.pdf.id, pdf, {
      fields: 'id,webViewLink',
    });
    pdfId = updated.id ?? found.pdf.id;
    pdfLink = updated.webViewLink ?? found.pdf.webViewLink ?? fileLink(pdfId);
  } else {
    const created = api.create(
      { name: options.pdfName, mimeType: PDF, parents: folderId ? [folderId] : [], appProperties },
      pdf,
      { fields: 'id,webViewLink' },
    );
    if (!created.id) refuse(say('noIdReturned', { service: 'Drive' }));
    pdfId = created.id;
    pdfLink = created.webViewLink ?? fileLink(pdfId);
  }
  return { docId, docLink, pdfId, pdfLink, replaced: Boolean(found.doc?.id) };
}

function fileLink(id: string): string {
  return `https://drive.google.com/file/d/${id}/view`;
}
