// The Gmail advanced service as the add-on uses it: drafts are created, listed and read back, never
// sent (the fake has no send, and no Messages collection to send through).
// https://developers.google.com/gmail/api/reference/rest/v1/users.drafts

import { SERVICE } from '../calls';
import type { RuntimeContext } from './context';

interface StoredDraft {
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

export class FakeGmailDrafts {
  readonly [SERVICE] = 'Gmail.Users.Drafts';
  constructor(private readonly gmail: FakeGmail) {}

  /** https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/create */
  create(resource: { message?: { raw?: string } }, userId: string) {
    this.gmail.checkUser(userId, 'create');
    const raw = resource?.message?.raw;
    if (typeof raw !== 'string' || raw === '')
      throw new Error(
        `${API_ERROR}.create failed with error: Invalid value for ByteString: message.raw is required`,
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
  private made = 0;

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
