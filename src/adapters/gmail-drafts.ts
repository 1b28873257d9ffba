// Gmail drafts through the Gmail advanced service, under gmail.compose: create only, never send.
// https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/create
// Invoice files come through the Drive advanced service (v3), which under drive.file reaches only
// files the add-on created or the user opened with it. https://developers.google.com/drive/api/reference/rest/v3/files/get

import { toBase64Url } from '../domain/mail/mime';
import { contentBytes, isPdf } from './drive-media';
import { say } from '../domain/problems';
import { refuse } from '../domain/problems/render';

function gmail(): GoogleAppsScript.Gmail {
  if (typeof Gmail === 'undefined' || !Gmail?.Users?.Drafts) {
    throw new Error(
      'Gmail drafts cannot be made: the Gmail advanced service is not turned on for this add-on (appsscript.json, dependencies.enabledAdvancedServices).',
    );
  }
  return Gmail;
}

/**
 * Largest `message.raw` (base64url characters) sent inside the JSON request. No limit is documented;
 * issue threads report failures from about 1 MB (runtime/fakes/gmail.ts cites them), so anything
 * bigger (an invoice PDF of a few MB) takes the media upload form, which takes up to 35 MB.
 */
export const RAW_IN_BODY_LIMIT = 1_000_000;

/**
 * One Gmail call: the message (RFC 2822 text) becomes a draft in the user's mailbox. Small messages go
 * as `message.raw`; large ones as a `message/rfc822` upload (UNVERIFIED in Apps Script: docs/first-run.md).
 * https://developers.google.com/gmail/api/guides/uploads
 */
export function createDraft(rawMessage: string): { id: string; messageId: string } {
  const drafts = gmail().Users!.Drafts!;
  // The message is 7-bit MIME, one byte a character, so its base64url length is known without
  // spending a second on encoding a few MB only to measure it.
  const draft =
    Math.ceil(rawMessage.length / 3) * 4 <= RAW_IN_BODY_LIMIT
      ? drafts.create({ message: { raw: toBase64Url(rawMessage) } }, 'me')
      : drafts.create({}, 'me', Utilities.newBlob(rawMessage, 'message/rfc822'));
  if (!draft?.id) refuse(say('noIdReturned', { service: 'Gmail' }));
  return { id: draft.id, messageId: draft.message?.id ?? draft.id };
}

/**
 * Opens the draft in Gmail's compose window, in the mailbox of `account` (Settings › Your email) when
 * known. No `/u/0/`: that index is the first account signed in to the browser, which is the wrong
 * mailbox when several are. `authuser=<email>` picks the account by address; without it Gmail opens
 * the default one. UNVERIFIED link form: see docs/first-run.md.
 */
export function draftLink(messageId: string, account = ''): string {
  const email = account.trim();
  const who = /^[^\s@]+@[^\s@]+$/.test(email) ? `?authuser=${encodeURIComponent(email)}` : '';
  return `https://mail.google.com/mail/${who}#drafts?compose=${encodeURIComponent(messageId)}`;
}

const LINK_INSTEAD = 'so the draft carries the link instead';

/** "You can send up to 25 MB in attachments" (Gmail help, https://support.google.com/mail/answer/6584). */
export const ATTACHMENT_LIMIT = 25 * 1024 * 1024;

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
  if (bytes.length > ATTACHMENT_LIMIT)
    return {
      reason: `the invoice file is larger than the 25 MB Gmail takes as attachments, ${LINK_INSTEAD}`,
    };
  const pdf = isPdf(bytes);
  const blob = media as Partial<GoogleAppsScript.Base.Blob>;
  const contentType =
    (typeof blob?.getContentType === 'function' && blob.getContentType()) ||
    (pdf ? 'application/pdf' : 'application/octet-stream');
  const name =
    (typeof blob?.getName === 'function' && blob.getName()) || `${fallbackName}${pdf ? '.pdf' : ''}`;
  return { filename: name, contentType, bytes };
}

/**
 * The link of a draft made earlier, or '' when it is no longer in Drafts (sent or deleted): one
 * Gmail call. https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/get
 */
export function existingDraftLink(draftId: string, account = ''): string {
  if (!draftId) return '';
  try {
    const draft = gmail().Users!.Drafts!.get('me', draftId, { format: 'minimal' });
    return draftLink(draft?.message?.id ?? draftId, account);
  } catch {
    return '';
  }
}
