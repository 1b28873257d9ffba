// The Gmail advanced service as the add-on uses it: drafts are created, listed and read back, never
// sent (the fake has no send, and no Messages collection to send through).
// https://developers.google.com/gmail/api/reference/rest/v1/users.drafts

import { SERVICE } from '../calls';
import type { RuntimeContext } from './context';

export interface StoredDraft {
  id: string;
  messageId: string;
  threadId: string;
  raw: string;
}

const API_ERROR = 'GoogleJsonResponseException: API call to gmail.users.drafts';

/**
 * Strict base64url (RFC 4648 §5) as the API's `bytes` fields take it: URL-safe alphabet, padding
 * optional but correct when present. Anything else is refused as the API refuses it (400).
 */
export function decodeBase64Url(text: string, method: string): string {
  const body = text.replace(/={1,2}$/, '');
  const valid =
    /^[A-Za-z0-9_-]*$/.test(body) && body.length % 4 !== 1 && (body === text || text.length % 4 === 0);
  if (!valid)
    throw new Error(
      `${API_ERROR}.${method} failed with error: Invalid value for ByteString: ${text.slice(0, 40)}`,
    );
  return Buffer.from(body, 'base64url').toString('utf8');
}

/** The checks a well-formed RFC 2822 message passes; the fake is strict where Gmail may be lenient. */
function checkMessage(message: string, method: string): void {
  const fail = (why: string) => {
    throw new Error(`${API_ERROR}.${method} failed with error: ${why}`);
  };
  const end = message.indexOf('\r\n\r\n');
  if (end < 0) fail('Invalid raw message: no blank line (CRLF CRLF) ends the header section');
  if (/(^|[^\r])\n/.test(message) || /\r(?!\n)/.test(message))
    fail('Invalid raw message (fake is strict): lines must end in CRLF, bare CR or LF found');
  const headers = message.slice(0, end).split('\r\n');
  if (headers[0]?.startsWith(' ') || headers[0]?.startsWith('\t'))
    fail('Invalid raw message: the first header line is a continuation');
  for (const line of headers) {
    if (line.length > 998) fail('Invalid raw message: a header line is longer than 998 characters');
    if (!/^[ \t]/.test(line) && !/^[\x21-\x39\x3b-\x7e]+:/.test(line))
      fail(`Invalid raw message: not a header field: ${line.slice(0, 40)}`);
  }
  // Gmail accepts a draft with no recipient; the add-on always addresses its drafts, so the fake
  // refuses one without To to catch a builder bug early.
  if (!headers.some((h) => /^To:/i.test(h)))
    fail('Invalid To header (fake is strict: the add-on always sets To)');
}

/**
 * `message.raw` inside the JSON request body: no limit is documented for it, but issue threads report
 * failures from about 1 MB of request (a draft just over 1 MB: googleapis/google-api-dotnet-client#856;
 * 413 Request Entity Too Large with two 4 MB files: FlowCrypt/flowcrypt-browser#1688; 400 for an
 * 8.5 MB body: googleapis/google-api-dotnet-client#804). The fake is strict: over 1 MiB of base64url
 * is refused, and bigger messages must take the media upload form.
 */
export const RAW_IN_JSON_LIMIT = 1024 * 1024;

/**
 * The media upload form (`create(resource, userId, blob)`, POST /upload/gmail/v1/users/{userId}/drafts):
 * "Maximum file size: 35MB", "Accepted Media MIME types: message/*" (users.drafts.create reference,
 * https://developers.google.com/gmail/api/v1/reference/users/drafts/create ; uploads guide:
 * https://developers.google.com/gmail/api/guides/uploads).
 */
export const UPLOAD_LIMIT = 35 * 1024 * 1024;

interface MediaBlob {
  getBytes(): number[];
  getContentType(): string | null;
}

export class FakeGmailDrafts {
  readonly [SERVICE] = 'Gmail.Users.Drafts';
  constructor(private readonly gmail: FakeGmail) {}

  /** https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/create */
  create(resource: { message?: { raw?: string } }, userId: string, mediaData?: MediaBlob) {
    this.gmail.checkUser(userId, 'create');
    const fail = (why: string): never => {
      throw new Error(`${API_ERROR}.create failed with error: ${why}`);
    };
    const raw = resource?.message?.raw;
    if (mediaData !== undefined) {
      if (typeof mediaData?.getBytes !== 'function') fail('Media upload needs a Blob (mediaData)');
      if (raw !== undefined)
        fail('Both message.raw and an uploaded message were given (fake is strict: send one)');
      const type = mediaData.getContentType() ?? '';
      if (!/^message\//i.test(type))
        fail(`Media type '${type}' is not supported. Valid media types: [message/*]`);
      const signed = mediaData.getBytes();
      if (signed.length > UPLOAD_LIMIT)
        fail(`Media larger than the maximum of 35MB (${signed.length} bytes)`);
      const bytes = Uint8Array.from(signed, (b) => b & 0xff);
      const message = new TextDecoder('utf-8').decode(bytes);
      checkMessage(message, 'create');
      return this.gmail.store(message);
    }
    if (typeof raw !== 'string' || raw === '')
      return fail('Invalid value for ByteString: message.raw is required');
    if (raw.length > RAW_IN_JSON_LIMIT)
      fail(
        `Request payload size exceeds the limit (fake is strict: message.raw of ${raw.length} characters in the JSON body; over 1 MiB use the media upload form)`,
      );
    const message = decodeBase64Url(raw, 'create');
    checkMessage(message, 'create');
    return this.gmail.store(message);
  }

  /** https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/list (oldest first here; order UNVERIFIED) */
  list(userId: string, _optionalArgs?: Record<string, unknown>) {
    this.gmail.checkUser(userId, 'list');
    return {
      drafts: this.gmail.drafts.map((d) => ({
        id: d.id,
        message: { id: d.messageId, threadId: d.threadId },
      })),
      resultSizeEstimate: this.gmail.drafts.length,
    };
  }

  /** https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/get ; formats raw and minimal only. */
  get(userId: string, id: string, optionalArgs: { format?: string } = {}) {
    this.gmail.checkUser(userId, 'get');
    const draft = this.gmail.drafts.find((d) => d.id === id);
    if (!draft) throw new Error(`${API_ERROR}.get failed with error: Requested entity was not found.`);
    const format = optionalArgs.format ?? 'full';
    const message: { id: string; threadId: string; labelIds: string[]; raw?: string } = {
      id: draft.messageId,
      threadId: draft.threadId,
      labelIds: ['DRAFT'],
    };
    if (format === 'minimal') return { id: draft.id, message };
    if (format === 'raw')
      return {
        id: draft.id,
        message: { ...message, raw: Buffer.from(draft.raw, 'utf8').toString('base64url') },
      };
    throw new Error(`Gmail fake: drafts.get format '${format}' is not emulated (use 'raw' or 'minimal').`);
  }

  /**
   * Deletes for good (not to the trash); gmail.compose allows it.
   * https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/delete
   */
  remove(userId: string, id: string): void {
    this.gmail.checkUser(userId, 'delete');
    const at = this.gmail.drafts.findIndex((d) => d.id === id);
    if (at < 0) throw new Error(`${API_ERROR}.delete failed with error: Requested entity was not found.`);
    this.gmail.drafts.splice(at, 1);
  }
}

export class FakeGmailUsers {
  readonly [SERVICE] = 'Gmail.Users';
  readonly Drafts: FakeGmailDrafts;
  constructor(gmail: FakeGmail) {
    this.Drafts = new FakeGmailDrafts(gmail);
  }
}

/** https://developers.google.com/apps-script/advanced/gmail */
export class FakeGmail {
  readonly [SERVICE] = 'Gmail';
  readonly Users: FakeGmailUsers;
  readonly drafts: StoredDraft[] = [];
  /** Ids are never reused, even after a draft is deleted. */
  made = 0;

  constructor(readonly ctx: RuntimeContext) {
    this.Users = new FakeGmailUsers(this);
  }

  checkUser(userId: string, method: string): void {
    this.ctx.requireAuthorization(`Gmail.Users.Drafts.${method}`);
    if (userId !== 'me')
      throw new Error(`${API_ERROR}.${method} failed with error: Delegation denied for ${userId}`);
  }

  store(raw: string) {
    this.made += 1;
    const n = this.made;
    const messageId = `18c${n.toString(16).padStart(13, '0')}`;
    const draft = { id: `r-${String(7_000_000_000 + n)}`, messageId, threadId: messageId, raw };
    this.drafts.push(draft);
    return { id: draft.id, message: { id: messageId, threadId: messageId, labelIds: ['DRAFT'] } };
  }

  /** The message exactly as handed to Gmail (decoded), for tests and .eml files. */
  rawOf(id: string): string {
    const draft = this.drafts.find((d) => d.id === id);
    if (!draft) throw new Error(`Gmail fake: no draft ${id}`);
    return draft.raw;
  }

  count(): number {
    return this.drafts.length;
  }
}
