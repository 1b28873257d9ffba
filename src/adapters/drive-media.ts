// File content from the Drive advanced service (v3): downloads and PDF exports. What Apps Script
// returns is uncertain (@types says string for get, void for export; gas-fakes, checked against live
// Apps Script, gives a byte array), so every form is accepted and the bytes are checked.
// https://developers.google.com/drive/api/reference/rest/v3/files/get , .../files/export

import { say } from '../domain/problems';
import { refuse } from '../domain/problems/render';

export interface FileBytes {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

/** A Blob, a byte array (signed or not) or a string of bytes, as bytes; or why it cannot be. */
export function contentBytes(media: unknown): Uint8Array | { reason: string } {
  if (media && typeof (media as GoogleAppsScript.Base.Blob).getBytes === 'function')
    return Uint8Array.from((media as GoogleAppsScript.Base.Blob).getBytes(), (b) => b & 0xff);
  if (Array.isArray(media) && media.every((b) => typeof b === 'number'))
    return Uint8Array.from(media as number[], (b) => b & 0xff);
  if (media instanceof Uint8Array) return Uint8Array.from(media);
  if (typeof media === 'string') {
    // A string keeps binary bytes only if each character is one byte; a decoded string has lost them.
    const bytes = new Uint8Array(media.length);
    for (let i = 0; i < media.length; i++) {
      const code = media.charCodeAt(i);
      if (code > 0xff) return { reason: 'Drive gave the file as decoded text, so its bytes were lost' };
      bytes[i] = code;
    }
    return bytes;
  }
  return { reason: `Drive gave no content (${media === null ? 'null' : typeof media})` };
}

export function isPdf(bytes: Uint8Array): boolean {
  return (
    bytes.length > 5 &&
    bytes[0] === 0x25 &&
    bytes[1] === 0x50 &&
    bytes[2] === 0x44 &&
    bytes[3] === 0x46 &&
    bytes[4] === 0x2d
  );
}

type ExportingFiles = {
  export(fileId: string, mimeType: string, optionalArgs: { alt: 'media' }): unknown;
};

/**
 * One Drive call: a Google Doc the add-on created, as PDF bytes. `{alt: 'media'}` is required on live
 * Apps Script though the reference omits it (docs/platform.md#making-a-pdf). Throws a plain message
 * when Drive gives anything but a PDF.
 */
export function exportPdf(docId: string, filename: string): FileBytes {
  if (typeof Drive === 'undefined' || !Drive?.Files) refuse(say('serviceOff', { service: 'Drive' }));
  const media = (Drive.Files as unknown as ExportingFiles).export(docId, 'application/pdf', { alt: 'media' });
  const bytes = contentBytes(media);
  // What Drive gave instead stays in the execution log for support; the user is told in their language.
  if (!(bytes instanceof Uint8Array) || !isPdf(bytes)) {
    console.warn(
      `PDF export of ${docId}: ${bytes instanceof Uint8Array ? `starts “${String.fromCharCode(...bytes.slice(0, 8))}”` : bytes.reason}`,
    );
    refuse(say('pdfNotMade', { file: filename }));
  }
  return { filename, contentType: 'application/pdf', bytes };
}

/** Wraps PDF bytes as a Blob for an upload (Utilities.newBlob takes a byte array). */
export function pdfBlob(file: FileBytes): GoogleAppsScript.Base.Blob {
  // Signed, as Apps Script's Byte[] holds them (-128..127).
  const signed = Array.from(file.bytes, (b) => (b > 127 ? b - 256 : b));
  return Utilities.newBlob(signed, 'application/pdf', file.filename);
}
