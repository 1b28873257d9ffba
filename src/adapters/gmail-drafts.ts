// Gmail drafts through the Gmail advanced service, under gmail.compose: create only, never send.
// https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/create
// Invoice files come through the Drive advanced service (v3), which under drive.file reaches only
// files the add-on created or the user opened with it. https://developers.google.com/drive/api/reference/rest/v3/files/get

import { toBase64Url } from '../domain/mail/mime';

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
    return `the add-on may only open files it created or that you opened with it (drive.file scope), ${LINK_INSTEAD}`;
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
  // The typings say a string; a Blob is what keeps binary bytes intact (UNVERIFIED which one
  // Apps Script returns). A string could have lost bytes of a PDF, so it is not attached.
  const blob = media as Partial<GoogleAppsScript.Base.Blob> | null;
  if (!blob || typeof blob.getBytes !== 'function')
    return { reason: `Drive gave the file as text, not as bytes, ${LINK_INSTEAD}` };
  const bytes = Uint8Array.from(blob.getBytes(), (b) => b & 0xff);
  const pdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
  const contentType =
    (typeof blob.getContentType === 'function' && blob.getContentType()) ||
    (pdf ? 'application/pdf' : 'application/octet-stream');
  const name =
    (typeof blob.getName === 'function' && blob.getName()) || `${fallbackName}${pdf ? '.pdf' : ''}`;
  return { filename: name, contentType, bytes };
}

/**
 * The link of a draft made earlier, or '' when it is no longer in Drafts (sent or deleted): one
 * Gmail call. https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/get
 */
export function existingDraftLink(draftId: string): string {
  if (!draftId) return '';
  try {
    const draft = gmail().Users!.Drafts!.get('me', draftId, { format: 'minimal' });
    return draftLink(draft?.message?.id ?? draftId);
  } catch {
    return '';
  }
}
