// The Gmail fake (strict about what it accepts, unable to send) and the Gmail/Drive adapter run
// against the fakes installed as the advanced-service globals, with every call counted.

import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { CallLog, counted } from '../../../runtime/calls';
import { FakeBlob } from '../../../runtime/fakes/blob';
import { RuntimeContext } from '../../../runtime/fakes/context';
import { FakeDrive, MEDIA_READ_LIMIT } from '../../../runtime/fakes/drive';
import { IMPORT_LIMIT } from '../../../runtime/fakes/drive-limits';
import { decodeBase64Url, FakeGmail, RAW_IN_JSON_LIMIT, UPLOAD_LIMIT } from '../../../runtime/fakes/gmail';
import { FakeUtilities } from '../../../runtime/fakes/utilities';
import { samplePdf } from '../../../runtime/sample-files';
import {
  ATTACHMENT_LIMIT,
  RAW_IN_BODY_LIMIT,
  createDraft,
  draftLink,
  fetchAttachment,
} from '../../../src/adapters/gmail-drafts';
import { buildMime, toBase64Url } from '../../../src/domain/mail/mime';

const RAW = buildMime({
  to: 'yumi@yamaguchi.example.jp',
  toName: '山口 由美',
  subject: '【最終のご案内】請求書 INV-1007',
  text: 'いつもお世話になっております。',
  html: '<p>いつもお世話になっております。</p>',
  date: new Date('2026-11-22T09:00:00Z'),
});

function setup() {
  const ctx = new RuntimeContext(new Date('2026-11-22T09:00:00Z'));
  const log = new CallLog();
  const gmail = new FakeGmail(ctx);
  const drive = new FakeDrive(ctx);
  return { ctx, log, gmail, drive, api: counted(gmail, log) };
}

const globals = globalThis as { Gmail?: unknown; Drive?: unknown; Utilities?: unknown };
afterEach(() => {
  delete globals.Gmail;
  delete globals.Drive;
  delete globals.Utilities;
});

/** The sample message with a PDF-like attachment of `size` bytes. */
function withAttachment(size: number): string {
  const bytes = new Uint8Array(size).map((_, i) => (i * 7919) % 256);
  return buildMime({
    to: 'yumi@yamaguchi.example.jp',
    toName: '山口 由美',
    subject: '請求書 INV-1007',
    text: 'いつもお世話になっております。',
    html: '<p>いつもお世話になっております。</p>',
    date: new Date('2026-11-22T09:00:00Z'),
    attachment: { filename: 'INV-1007.pdf', contentType: 'application/pdf', bytes },
  });
}

describe('FakeGmail', () => {
  it('stores a draft as the API does and counts the call as Gmail.Users.Drafts.create', () => {
    const { api, gmail, log } = setup();
    const made = api.Users.Drafts.create({ message: { raw: toBase64Url(RAW) } }, 'me');
    expect(made.message.labelIds).toEqual(['DRAFT']);
    expect(made.message.threadId).toBe(made.message.id);
    expect(gmail.rawOf(made.id)).toBe(RAW);
    expect(log.count('Gmail.Users.Drafts.create')).toBe(1);
    expect(api.Users.Drafts.list('me').drafts).toEqual([
      { id: made.id, message: { id: made.message.id, threadId: made.message.id } },
    ]);
    const got = api.Users.Drafts.get('me', made.id, { format: 'raw' });
    expect(Buffer.from(got.message.raw!, 'base64url').toString('utf8')).toBe(RAW);
    expect(log.count('Gmail.Users.Drafts.list')).toBe(1);
    expect(log.count('Gmail.Users.Drafts.get')).toBe(1);
  });
  it('accepts base64url with or without padding', () => {
    const { api, gmail } = setup();
    const padded = toBase64Url(`${RAW}x`);
    expect(padded).toMatch(/=$/);
    api.Users.Drafts.create({ message: { raw: padded } }, 'me');
    api.Users.Drafts.create({ message: { raw: padded.replace(/=+$/, '') } }, 'me');
    expect(gmail.count()).toBe(2);
  });
  it.each([
    [
      'standard base64 (+ and /)',
      Buffer.from(`${RAW}\u00fb\u00ff`)
        .toString('base64')
        .replace(/[A-Za-z]/, '+'),
    ],
    ['spaces', `${toBase64Url(RAW).slice(0, 20)} ${toBase64Url(RAW).slice(20)}`],
    ['a length no base64 has (4n + 1)', toBase64Url(RAW).slice(0, 401)],
    ['bad padding', `${toBase64Url(RAW).replace(/=+$/, '')}===`],
    ['an empty raw', ''],
  ])('refuses %s with the API’s ByteString error', (_, raw) => {
    const { api, gmail } = setup();
    expect(() => api.Users.Drafts.create({ message: { raw } }, 'me')).toThrow(/Invalid value for ByteString/);
    expect(gmail.count()).toBe(0);
  });
  it('refuses a message with bare LF, no header end, or no To', () => {
    const { api } = setup();
    const create = (text: string) => () =>
      api.Users.Drafts.create({ message: { raw: toBase64Url(text) } }, 'me');
    expect(create(RAW.replace(/\r\n/g, '\n'))).toThrow(/Invalid raw message/);
    expect(create('To: a@example.com\r\nSubject: x')).toThrow(/no blank line/);
    expect(create(RAW.replace(/^To:.*\r\n( .*\r\n)*/m, ''))).toThrow(/Invalid To header/);
    expect(create(`Not a header\r\n${RAW}`)).toThrow(/not a header field/);
  });
  it('acts only for the signed-in user and only when authorized', () => {
    const { api, ctx } = setup();
    expect(() => api.Users.Drafts.create({ message: { raw: toBase64Url(RAW) } }, 'boss@example.com')).toThrow(
      /Delegation denied/,
    );
    ctx.authMode = 'NONE';
    expect(() => api.Users.Drafts.create({ message: { raw: toBase64Url(RAW) } }, 'me')).toThrow(/permission/);
  });
  it('get answers 404 for an unknown draft and refuses formats it does not emulate', () => {
    const { api } = setup();
    const made = api.Users.Drafts.create({ message: { raw: toBase64Url(RAW) } }, 'me');
    expect(() => api.Users.Drafts.get('me', 'r-nope', { format: 'raw' })).toThrow(/not found/);
    expect(() => api.Users.Drafts.get('me', made.id)).toThrow(/not emulated/);
    expect(api.Users.Drafts.get('me', made.id, { format: 'minimal' }).message.id).toBe(made.message.id);
  });
  it('can never send: no send method, no Messages collection', () => {
    const { gmail, api } = setup();
    expect('send' in gmail.Users.Drafts).toBe(false);
    expect((api.Users.Drafts as unknown as Record<string, unknown>).send).toBeUndefined();
    expect((gmail.Users as unknown as Record<string, unknown>).Messages).toBeUndefined();
    expect(
      Object.getOwnPropertyNames(Object.getPrototypeOf(gmail.Users.Drafts)).filter((m) => /send/i.test(m)),
    ).toEqual([]);
  });
  it('refuses message.raw over 1 MiB in the JSON body; the same message goes through as an upload', () => {
    const { api, gmail } = setup();
    const big = withAttachment(900_000);
    const raw = toBase64Url(big);
    expect(raw.length).toBeGreaterThan(RAW_IN_JSON_LIMIT);
    expect(() => api.Users.Drafts.create({ message: { raw } }, 'me')).toThrow(
      /Request payload size exceeds the limit/,
    );
    const blob = new FakeUtilities().newBlob(big, 'message/rfc822');
    const made = api.Users.Drafts.create({}, 'me', blob as never);
    expect(gmail.rawOf(made.id)).toBe(big);
  });
  it('refuses an upload over 35 MB, of a type other than message/*, or with message.raw as well', () => {
    const { api, gmail } = setup();
    const utilities = new FakeUtilities();
    const upload =
      (blob: unknown, resource = {}) =>
      () =>
        api.Users.Drafts.create(resource, 'me', blob as never);
    const huge = {
      // Only the length is read before the refusal, so a stand-in of that length will do.
      getBytes: () => ({ length: UPLOAD_LIMIT + 1 }),
      getContentType: () => 'message/rfc822',
    };
    expect(upload(huge)).toThrow(/larger than the maximum of 35MB/);
    expect(upload(utilities.newBlob(RAW, 'text/plain'))).toThrow(/Valid media types: \[message\/\*\]/);
    expect(upload(utilities.newBlob(RAW, 'message/rfc822'), { message: { raw: toBase64Url(RAW) } })).toThrow(
      /Both message\.raw and an uploaded message/,
    );
    expect(upload('not a blob')).toThrow(/needs a Blob/);
    expect(gmail.count()).toBe(0);
  });
  it('decodeBase64Url is strict on its own', () => {
    expect(decodeBase64Url(toBase64Url('é'), 'create')).toBe('é');
    expect(() => decodeBase64Url('ab+c', 'create')).toThrow(/ByteString/);
  });
});

describe('gmail-drafts adapter', () => {
  it('creates a draft through the Gmail advanced service, and the message reads back exactly', async () => {
    const { api, gmail, log } = setup();
    globals.Gmail = api;
    const made = createDraft(RAW);
    expect(log.count('Gmail.Users.Drafts.create')).toBe(1);
    const mail = await simpleParser(gmail.rawOf(made.id));
    expect(mail.subject).toBe('【最終のご案内】請求書 INV-1007');
    expect(draftLink(made.messageId)).toBe(`https://mail.google.com/mail/#drafts?compose=${made.messageId}`);
  });
  it('sends a message too large for the JSON body as one message/rfc822 upload, which reads back exactly', async () => {
    const { api, gmail, log } = setup();
    globals.Gmail = api;
    globals.Utilities = counted(new FakeUtilities(), log);
    const big = withAttachment(1_200_000);
    const made = createDraft(big);
    expect(log.count('Gmail.Users.Drafts.create')).toBe(1);
    expect(log.count('Utilities.newBlob')).toBe(1);
    const mail = await simpleParser(gmail.rawOf(made.id));
    expect(mail.attachments[0]!.content.length).toBe(1_200_000);
    // A small one still goes in the body: no blob.
    createDraft(RAW);
    expect(log.count('Utilities.newBlob')).toBe(1);
    expect(RAW_IN_BODY_LIMIT).toBeLessThanOrEqual(RAW_IN_JSON_LIMIT);
  });
  it('links a draft in the mailbox of Settings › Your email, never by account index', () => {
    expect(draftLink('18c0001', 'ingrid+work@solberg.example.no')).toBe(
      'https://mail.google.com/mail/?authuser=ingrid%2Bwork%40solberg.example.no#drafts?compose=18c0001',
    );
    expect(draftLink('18c0001', ' not an address ')).toBe(
      'https://mail.google.com/mail/#drafts?compose=18c0001',
    );
    expect(draftLink('18c0001', '')).not.toMatch(/\/u\/\d/);
  });
  it('says in plain words when the Gmail service is not turned on', () => {
    expect(() => createDraft(RAW)).toThrow(/Gmail advanced service is not turned on/);
  });
  it('passes Gmail’s refusal on', () => {
    const { api, log } = setup();
    globals.Gmail = api;
    log.failOn('Gmail.Users.Drafts.create');
    expect(() => createDraft(RAW)).toThrow(/too many times/);
  });

  it('fetches an invoice the add-on may read: its name, type and bytes, in one Drive call', () => {
    const { drive, log } = setup();
    const bytes = samplePdf('INV-1005');
    drive.seedFile({
      id: 'inv-1005-file',
      name: 'Faktura INV-1005.pdf',
      mimeType: 'application/pdf',
      bytes,
      appCanSee: true,
    });
    globals.Drive = counted(drive, log);
    const got = fetchAttachment('inv-1005-file', 'INV-1005');
    if ('reason' in got) throw new Error(got.reason);
    // The content comes as bytes without a name: the attachment is named for the invoice.
    expect(got.filename).toBe('INV-1005.pdf');
    expect(got.contentType).toBe('application/pdf');
    expect(Buffer.from(got.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(log.count('Drive.Files.get')).toBe(1);
  });
  it('links an invoice over the 25 MB Gmail takes as attachments instead of attaching it', () => {
    // Only the byte count is read before the decision, so a blob whose bytes have that length will do
    // (copying 25 MB through the fake takes seconds).
    const blob = {
      getBytes: () => ({ length: ATTACHMENT_LIMIT + 1 }),
      getContentType: () => 'application/pdf',
    };
    globals.Drive = { Files: { get: () => blob } };
    const got = fetchAttachment('big', 'INV-1009');
    expect('reason' in got && got.reason).toMatch(/larger than the 25 MB Gmail takes as attachments/);
  });
  it('Drive refuses to read more than 50 MB at once or to convert more than 50 MB into a Doc', () => {
    const { drive } = setup();
    drive.seedFile({
      id: 'huge',
      name: 'huge.pdf',
      mimeType: 'application/pdf',
      bytes: new Uint8Array(MEDIA_READ_LIMIT + 1),
      appCanSee: true,
    });
    expect(() => drive.Files.get('huge', { alt: 'media' })).toThrow(/more than the 50 MB/);
    const html = new FakeBlob(new Uint8Array(IMPORT_LIMIT + 1).fill(0x61), 'text/html', 'r.html');
    expect(() =>
      drive.Files.create({ name: 'r', mimeType: 'application/vnd.google-apps.document' }, html),
    ).toThrow(/too large to convert/);
  });
  it('gives the drive.file reason for a file the add-on may not open, after one call', () => {
    const { drive, log } = setup();
    drive.seedFile({
      id: 'hidden',
      name: 'x.pdf',
      mimeType: 'application/pdf',
      bytes: new Uint8Array([1]),
      appCanSee: false,
    });
    globals.Drive = counted(drive, log);
    const got = fetchAttachment('hidden');
    expect(got).toEqual({ reason: expect.stringMatching(/drive\.file scope.*link instead/) });
    expect(log.count('Drive.Files.get')).toBe(1);
  });
  it('does not attach a Google Doc, and says why', () => {
    const { drive } = setup();
    drive.seedFile({
      id: 'doc-1',
      name: 'Invoice',
      mimeType: 'application/vnd.google-apps.document',
      bytes: new Uint8Array(),
      appCanSee: true,
    });
    globals.Drive = drive;
    expect(fetchAttachment('doc-1')).toEqual({ reason: expect.stringMatching(/Google Docs file/) });
  });
  it('takes content as a Blob, a byte array or a byte string, and refuses decoded text (UNVERIFIED return type)', () => {
    const answer = (media: unknown) => {
      globals.Drive = { Files: { get: () => media } };
      return fetchAttachment('x', 'INV-9');
    };
    const pdfBytes = [37, 80, 68, 70, 45, -30];
    for (const media of [pdfBytes, '%PDF-\u00e2', new FakeBlob(Uint8Array.from(pdfBytes, (b) => b & 0xff))]) {
      const got = answer(media);
      if ('reason' in got) throw new Error(got.reason);
      expect(Array.from(got.bytes)).toEqual([37, 80, 68, 70, 45, 226]);
      expect(got.contentType).toBe('application/pdf');
    }
    expect(answer('%PDF-\u20ac')).toEqual({ reason: expect.stringMatching(/decoded text.*link instead/) });
  });
  it('says so when the Drive service is not turned on', () => {
    expect(fetchAttachment('x')).toEqual({
      reason: expect.stringMatching(/Drive advanced service is not turned on/),
    });
  });
});
