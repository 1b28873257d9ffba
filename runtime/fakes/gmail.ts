// The Gmail advanced service as the add-on uses it: drafts are created and kept, never sent (the fake
// has no send). https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/create

import { SERVICE } from '../calls';
import type { RuntimeContext } from './context';

interface StoredDraft {
  id: string;
  messageId: string;
  raw: string;
}

export class FakeGmailDrafts {
  readonly [SERVICE] = 'Gmail.Users.Drafts';
  constructor(private readonly gmail: FakeGmail) {}

  /** message.raw must be base64url (RFC 4648 §5) of an RFC 2822 message; the API answers 400 otherwise. */
  create(resource: { message?: { raw?: string } }, userId: string) {
    if (userId !== 'me')
      throw new Error(
        `GoogleJsonResponseException: API call to gmail.users.drafts.create failed with error: Delegation denied for ${userId}`,
      );
    const raw = resource?.message?.raw;
    if (typeof raw !== 'string' || raw === '' || !/^[A-Za-z0-9_-]*={0,2}$/.test(raw)) {
      throw new Error(
        'GoogleJsonResponseException: API call to gmail.users.drafts.create failed with error: Invalid value for ByteString',
      );
    }
    const text = Buffer.from(raw, 'base64url').toString('utf8');
    if (!/^To: /m.test(text) || !/\r\n\r\n/.test(text)) {
      throw new Error(
        'GoogleJsonResponseException: API call to gmail.users.drafts.create failed with error: Invalid To header',
      );
    }
    return this.gmail.store(text);
  }

  list(_userId: string) {
    return { drafts: this.gmail.drafts.map((d) => ({ id: d.id, message: { id: d.messageId } })) };
  }
}

export class FakeGmailUsers {
  readonly [SERVICE] = 'Gmail.Users';
  readonly Drafts: FakeGmailDrafts;
  constructor(gmail: FakeGmail) {
    this.Drafts = new FakeGmailDrafts(gmail);
  }
}

export class FakeGmail {
  readonly [SERVICE] = 'Gmail';
  readonly Users: FakeGmailUsers;
  readonly drafts: StoredDraft[] = [];

  constructor(readonly ctx: RuntimeContext) {
    this.Users = new FakeGmailUsers(this);
  }

  store(raw: string) {
    const n = this.drafts.length + 1;
    const draft = { id: `r-draft-${n}`, messageId: `msg-${n.toString(16).padStart(12, '0')}`, raw };
    this.drafts.push(draft);
    return { id: draft.id, message: { id: draft.messageId, threadId: draft.messageId, labelIds: ['DRAFT'] } };
  }

  rawOf(id: string): string {
    const draft = this.drafts.find((d) => d.id === id);
    if (!draft) throw new Error(`No draft ${id}`);
    return draft.raw;
  }

  count(): number {
    return this.drafts.length;
  }
}
