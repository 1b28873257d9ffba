// Gmail drafts through the Gmail advanced service, under gmail.compose: create only, never send.
// https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/create
// Invoice files come through the Drive advanced service, which under drive.file reaches only files
// the add-on created or the user opened with it.

import { base64Url } from '../domain/mail/mime';

function gmail(): GoogleAppsScript.Gmail {
  if (typeof Gmail === 'undefined' || !Gmail) {
    throw new Error(
      'The Gmail advanced service is not enabled for this script (appsscript.json, dependencies).',
    );
  }
  return Gmail;
}

export function createDraft(rawMessage: string): { id: string; messageId: string } {
  const draft = gmail().Users!.Drafts!.create({ message: { raw: base64Url(rawMessage) } }, 'me');
  if (!draft.id) throw new Error('Gmail did not return the draft’s id.');
  return { id: draft.id, messageId: draft.message?.id ?? draft.id };
}

/** Opens the draft in Gmail's compose window. UNVERIFIED link form: see README, first run. */
export function draftLink(messageId: string): string {
  return `https://mail.google.com/mail/u/0/#drafts?compose=${encodeURIComponent(messageId)}`;
}

/** One Drive call: the file's bytes, or in plain words why the draft carries the link instead. */
export function fetchAttachment(
  fileId: string,
  invoice: string,
): { filename: string; contentType: string; bytes: Uint8Array } | { reason: string } {
  if (typeof Drive === 'undefined' || !Drive) return { reason: 'the Drive advanced service is not enabled' };
  try {
    const blob = Drive.Files!.get(fileId, { alt: 'media' }) as unknown as GoogleAppsScript.Base.Blob;
    const bytes = Uint8Array.from(blob.getBytes(), (b) => b & 0xff);
    const pdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
    return {
      filename: `${invoice}${pdf ? '.pdf' : ''}`,
      contentType: pdf ? 'application/pdf' : (blob.getContentType() ?? 'application/octet-stream'),
      bytes,
    };
  } catch (error) {
    const message = String((error as Error).message ?? error);
    if (/not found|404|403|permission/i.test(message)) {
      return {
        reason:
          'the add-on may only open files it created or that you opened with it (drive.file), so the draft carries the link instead',
      };
    }
    return {
      reason: `Drive could not give the file (${message.slice(0, 120)}), so the draft carries the link instead`,
    };
  }
}
