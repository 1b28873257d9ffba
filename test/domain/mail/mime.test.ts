// The hand-made MIME builder read back by an independent parser (mailparser), with the byte-level
// rules Gmail needs: encoded-words of at most 75 characters, whole characters, CRLF, 76-column base64.

import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import {
  base64,
  buildMime,
  encodeHeaderText,
  type MailMessage,
  mailbox,
  parameter,
  toBase64Url,
  utf8,
} from '../../../src/domain/mail/mime';

const DATE = new Date('2026-11-22T10:00:00Z');

function words(raw: string): string[] {
  return raw.match(/=\?UTF-8\?B\?[^?]*\?=/g) ?? [];
}

/** Every encoded-word is at most 75 characters and decodes to whole UTF-8 characters. */
function expectGoodWords(raw: string): void {
  for (const word of words(raw)) {
    expect(word.length).toBeLessThanOrEqual(75);
    const bytes = Buffer.from(word.slice('=?UTF-8?B?'.length, -2), 'base64');
    expect(Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes)).toBe(true);
  }
}

function headerSection(raw: string): string[] {
  return raw.slice(0, raw.indexOf('\r\n\r\n')).split('\r\n');
}

function expectWellFormed(raw: string): void {
  expect(raw).not.toMatch(/(^|[^\r])\n/);
  expect(raw).not.toMatch(/\r(?!\n)/);
  expect([...raw].every((ch) => ch.charCodeAt(0) < 0x80)).toBe(true);
  for (const line of headerSection(raw)) {
    if (line.includes('=?UTF-8?B?')) expect(line.length).toBeLessThanOrEqual(76);
    expect(line.length).toBeLessThanOrEqual(998);
  }
  for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
  expectGoodWords(raw);
}

function message(overrides: Partial<MailMessage>): MailMessage {
  return { to: 'a@example.com', subject: 'Hello', text: 'Hi', html: '<p>Hi</p>', date: DATE, ...overrides };
}

const LONG_SUBJECTS = {
  ja: '【最終のご案内】請求書 INV-1007 についてのお支払いのお願いと今後のお取引に関するご相談（株式会社山口陶房様）',
  he: 'תזכורת אחרונה: חשבונית INV-1007 עברה את מועד התשלום ואנו מבקשים להסדיר את התשלום בהקדם האפשרי',
  is: 'Lokaáminning: reikningur INV-1006 er kominn langt fram yfir gjalddaga – vinsamlegast greiðið þið sem fyrst',
  nb: 'Siste påminnelse: faktura INV-1008 på kr 12 500,00 er fortsatt ikke betalt – vennligst gi beskjed',
  emoji: 'Grüße 😀 from a very long subject line that goes on and on 👍🏽 and on, with ñ and 漢字 mixed',
};

describe('UTF-8 and base64 by hand', () => {
  it('match Node exactly for every kind of character, lone surrogates included', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'æøå', 'שלום', '日本語', '😀x', 'a\ud800b']) {
      expect(Buffer.from(utf8(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
      expect(base64(utf8(text))).toBe(Buffer.from(text, 'utf8').toString('base64'));
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(Buffer.from(utf8(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
        expect(toBase64Url(text)).toBe(
          Buffer.from(text, 'utf8')
            .toString('base64url')
            .padEnd(Math.ceil(Buffer.byteLength(text) / 3) * 4, '='),
        );
      }),
    );
  });
  it('toBase64Url uses the URL-safe alphabet and decodes back to the same text', () => {
    const text = '\u00fb\u00ff\u00fe?>~ 日本';
    const encoded = toBase64Url(text);
    expect(encoded).not.toMatch(/[+/]/);
    expect(Buffer.from(encoded, 'base64url').toString('utf8')).toBe(text);
  });
});

describe('encoded-words', () => {
  it.each(Object.entries(LONG_SUBJECTS))(
    'split a long %s subject into several whole-character words',
    async (_, subject) => {
      const folded = encodeHeaderText(subject, 'Subject: '.length);
      expect(words(folded).length).toBeGreaterThan(1);
      expectGoodWords(folded);
      const raw = buildMime(message({ subject }));
      expectWellFormed(raw);
      expect((await simpleParser(raw)).subject).toBe(subject);
    },
  );
  it('leaves plain ASCII alone but encodes text that looks like an encoded-word', async () => {
    expect(encodeHeaderText('Invoice INV-1 is overdue')).toBe('Invoice INV-1 is overdue');
    const tricky = 'Pay =?UTF-8?B?SGk=?= now';
    const raw = buildMime(message({ subject: tricky }));
    expect(raw).not.toContain('Subject: Pay =?');
    expect((await simpleParser(raw)).subject).toBe(tricky);
  });
  it('folds a long ASCII subject at spaces and reads back unchanged', async () => {
    // Under the 200-character cap (mime-lines.test.ts covers longer subjects), over one line.
    const subject = `Invoice ${'word '.repeat(30)}end`;
    const raw = buildMime(message({ subject }));
    expectWellFormed(raw);
    expect(headerSection(raw).filter((l) => l.startsWith(' ')).length).toBeGreaterThan(0);
    expect((await simpleParser(raw)).subject).toBe(subject);
  });
  it('any text survives the round trip (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .string({ unit: 'grapheme', maxLength: 120 })
          .filter((s) => !/[\r\n]/.test(s) && s.trim() === s && !/\s\s/.test(s)),
        async (subject) => {
          const raw = buildMime(message({ subject }));
          expectWellFormed(raw);
          expect((await simpleParser(raw)).subject ?? '').toBe(subject);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('recipients', () => {
  it.each([
    ['ASCII with specials', 'Smith, "Jo" \\ Co'],
    ['Japanese', '山口 由美'],
    ['Hebrew', 'נועה כהן'],
    ['Icelandic', 'Guðrún Þórðardóttir'],
    ['very long', 'Aðalsteinn Þorvaldsson-Guðmundsdóttir frá Vestmannaeyjum og Reykjavík'],
  ])('a %s display name reads back exactly', async (_, name) => {
    const raw = buildMime(message({ to: 'client@example.is', toName: name }));
    expectWellFormed(raw);
    const to = (await simpleParser(raw)).to;
    expect(to && !Array.isArray(to) ? to.value : null).toEqual([{ address: 'client@example.is', name }]);
  });
  it('quotes ASCII names with specials', () => {
    expect(mailbox('a@example.com', 'Smith, "Jo"')).toBe('"Smith, \\"Jo\\"" <a@example.com>');
  });
  it('refuses CR or LF in any header value, and anything that is not one address', () => {
    expect(() => mailbox('a@example.com', 'Eve\r\nBcc: x@example.com')).toThrow(/line break/);
    expect(() => buildMime(message({ subject: 'Hi\nBcc: x@example.com' }))).toThrow(/line break/);
    expect(() => buildMime(message({ subject: 'Hi\rBcc: x@example.com' }))).toThrow(/line break/);
    expect(() => buildMime(message({ to: 'a@example.com\r\nBcc: x@example.com' }))).toThrow(/line break/);
    expect(() => buildMime(message({ toName: 'Eve\nBcc: x@example.com' }))).toThrow(/line break/);
    expect(() => buildMime(message({ to: 'a@example.com, b@example.com' }))).toThrow(/single email address/);
    expect(() => buildMime(message({ to: 'Eve <a@example.com>' }))).toThrow(/single email address/);
    expect(() =>
      buildMime(
        message({
          attachment: { filename: 'a\r\nb.pdf', contentType: 'application/pdf', bytes: new Uint8Array() },
        }),
      ),
    ).toThrow(/line break/);
  });
  it('writes From and Message-ID when given', async () => {
    const raw = buildMime(
      message({ from: 'me@example.no', fromName: 'Ingrid Solberg', messageId: 'x1@example.no' }),
    );
    const mail = await simpleParser(raw);
    expect(mail.from?.value).toEqual([{ address: 'me@example.no', name: 'Ingrid Solberg' }]);
    expect(mail.messageId).toBe('<x1@example.no>');
  });
});

describe('bodies and attachments', () => {
  it('text and HTML parts are UTF-8 base64 in lines of at most 76, and read back exactly', async () => {
    const text = 'Þ'.repeat(300) + '\nline two\r\nline three\rfour';
    const html = '<p dir="rtl">שלום &amp; 日本</p>';
    const raw = buildMime(message({ text, html }));
    expectWellFormed(raw);
    expect(raw).toMatch(/Content-Type: multipart\/alternative; boundary="=_alt_/);
    expect(raw).toContain('Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64');
    expect(raw).toContain('Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64');
    const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
    for (const line of body.split('\r\n').filter((l) => /^[A-Za-z0-9+/=]+$/.test(l)))
      expect(line.length).toBeLessThanOrEqual(76);
    const mail = await simpleParser(raw);
    expect(mail.text?.replace(/\r\n/g, '\n').trimEnd()).toBe(text.replace(/\r\n|\r/g, '\n'));
    expect(mail.html).toBe(html);
  });
  it.each([
    ['INV-1005.pdf'],
    ['Reikningur þ.pdf'],
    ['請求書_2026年10月分_陶房やまぐち様_INV-1007_最終版のご送付につきまして.pdf'],
    ['חשבונית מס 1007 לחודש אוקטובר של שנת 2026 עבור לקוח.pdf'],
  ])('an attachment named %s keeps its name and bytes', async (filename) => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256);
    const raw = buildMime(message({ attachment: { filename, contentType: 'application/pdf', bytes } }));
    expectWellFormed(raw);
    expect(raw).toMatch(/Content-Type: multipart\/mixed; boundary="=_mix_/);
    expect(raw).toContain('Content-Disposition: attachment;');
    const mail = await simpleParser(raw);
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]!.filename).toBe(filename);
    expect(mail.attachments[0]!.contentType).toBe('application/pdf');
    expect(Buffer.from(mail.attachments[0]!.content).equals(Buffer.from(bytes))).toBe(true);
    expect(mail.text?.trim()).toBe('Hi');
  });
  it('writes RFC 2231 filenames for non-ASCII names', () => {
    expect(parameter('filename', 'Reikningur þ.pdf')).toBe("filename*=UTF-8''Reikningur%20%C3%BE.pdf");
    expect(parameter('filename', 'a "b".pdf')).toBe('filename="a \\"b\\".pdf"');
  });
  it('falls back to application/octet-stream for a content type that is not one', async () => {
    const raw = buildMime(
      message({
        attachment: { filename: 'x.bin', contentType: 'text/html; x="y"', bytes: new Uint8Array([1]) },
      }),
    );
    expect((await simpleParser(raw)).attachments[0]!.contentType).toBe('application/octet-stream');
  });
  it('boundaries are stable for the same message and differ between messages', () => {
    expect(buildMime(message({}))).toBe(buildMime(message({})));
    const a = buildMime(message({ subject: 'One' })).match(/boundary="([^"]+)"/)![1];
    const b = buildMime(message({ subject: 'Two' })).match(/boundary="([^"]+)"/)![1];
    expect(a).not.toBe(b);
    expect(buildMime(message({ boundarySeed: 'seed-1' }))).toContain('boundary="=_alt_seed1_fvt"');
  });
});
