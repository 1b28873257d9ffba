// Gmail drafts through the Gmail advanced service, under gmail.compose: create only, never send.
// https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/create
// Invoice files come through the Drive advanced service (v3), which under drive.file reaches only
// files the add-on created or the user opened with it. https://developers.google.com/drive/api/reference/rest/v3/files/get

import { toBase64Url } from '../domain/mail/mime';
import { contentBytes, isPdf } from './drive-media';

function gmail(): GoogleAppsScript.Gmail {
  if (typeof Gmail === 'undefined' || !Gmail?.Users?.Drafts) {
    throw new Error(
      'Gmail drafts cannot be made: the Gmail advanced service is not turned on for this add-on (appsscript.json, dependencies.enabledAdvancedServices).',
    );
  }
  return Gmail;
}

/** One Gmail call: the message (RFC 2822 text) becomes a draft in the user's mailbox. */
export function createDraft(rawMessage: string): { id: string; messageId: string } {
  const draft = gmail().Users!.Drafts!.create({ message: { raw: toBase64Url(rawMessage) } }, 'me');
  if (!draft?.id) throw new Error('Gmail did not return the new draft’s id.');
  return { id: draft.id, messageId: draft.message?.id ?? draft.id };
}

/** Opens the draft in Gmail's compose window. UNVERIFIED link form: see README, first run. */
export function draftLink(messageId: string): string {
  return `https://mail.google.com/mail/u/0/#drafts?compose=${encodeURIComponent(messageId)}`;
}

const LINK_INSTEAD = 'so the draft carries the link instead';

function plainReason(error: unknown): string {
  const message = String((error as Error)?.message ?? error);
  if (/not found|404|403|permission|insufficient/i.test(message))
    return `the add-on may only open files it created or that you opened with it (drive.file scope), and a link pasted into Invoice file is neither, ${LINK_INSTEAD}. To have reminders attach the PDF, make the invoice with the add-on's Create invoice`;
  if (/only files with binary content|export/i.test(message))
    return `the invoice is a Google Docs file, which cannot be attached as it is; ${LINK_INSTEAD}`;
  return `Drive could not give the file (${message.slice(0, 120)}), ${LINK_INSTEAD}`;
}

/**
 * The invoice file's bytes, name and type in one Drive call (the reminder budget allows two calls per
 * draft: this and the Gmail one), or in plain words why the draft carries the link instead.
 * `fallbackName` names the attachment when the blob has no name (e.g. the invoice number).
 */
export function fetchAttachment(
  fileId: string,
  fallbackName = 'invoice',
): { filename: string; contentType: string; bytes: Uint8Array } | { reason: string } {
  if (typeof Drive === 'undefined' || !Drive?.Files)
    return { reason: `the Drive advanced service is not turned on, ${LINK_INSTEAD}` };
  let media: unknown;
  try {
    media = Drive.Files.get(fileId, { alt: 'media' });
  } catch (error) {
    return { reason: plainReason(error) };
  }
  const bytes = contentBytes(media);
  if (!(bytes instanceof Uint8Array)) return { reason: `${bytes.reason}, ${LINK_INSTEAD}` };
  const pdf = isPdf(bytes);
  const blob = media as Partial<GoogleAppsScript.Base.Blob>;
  const contentType =
    (typeof blob?.getContentType === 'function' && blob.getContentType()) ||
    (pdf ? 'application/pdf' : 'application/octet-stream');
  const name =
    (typeof blob?.getName === 'function' && blob.getName()) || `${fallbackName}${pdf ? '.pdf' : ''}`;
  return { filename: name, contentType, bytes };
}
