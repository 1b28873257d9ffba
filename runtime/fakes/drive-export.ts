// Drive.Files.export as the self-test needs it, kept apart from drive.ts so a fuller export (issue 12:
// a real PDF of the document) can replace it in one place.
// https://developers.google.com/drive/api/reference/rest/v3/files/export
// On live Apps Script the advanced service fails with "Export requires alt=media to download the
// exported content" unless {alt: 'media'} is passed (platform-notes, "Making a PDF"): the fake too.
// UNVERIFIED: the form of the result (string, bytes or Blob). The fake gives a Blob; the self-test's
// pdf-export item records which form Apps Script really gives.

import { tinyPdf } from '../../src/selftest/tiny-pdf';
import { FakeBlob } from './blob';
import type { DriveFile } from './drive';

const DOC = 'application/vnd.google-apps.document';

export function exportFile(file: DriveFile, mimeType: string, optionalArgs?: { alt?: string }): FakeBlob {
  if (optionalArgs?.alt !== 'media')
    throw new Error(
      'GoogleJsonResponseException: API call to drive.files.export failed with error: Export requires alt=media to download the exported content.',
    );
  if (file.mimeType !== DOC)
    throw new Error(
      `GoogleJsonResponseException: API call to drive.files.export failed with error: Export only supports Docs Editors files. (fake: ${file.mimeType})`,
    );
  if (mimeType === 'text/html') return new FakeBlob(file.html, 'text/html', `${file.name}.html`);
  if (mimeType === 'application/pdf')
    return new FakeBlob(tinyPdf(plainText(file.html)), 'application/pdf', `${file.name}.pdf`);
  throw new Error(`Drive fake: export to ${mimeType} is not emulated (text/html and application/pdf are).`);
}

/** The document's text on one line, for the stand-in PDF. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}
