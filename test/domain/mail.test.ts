// Reminders due by date, and the MIME builder read back by mailparser.

import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { base64, buildMime, encodeHeaderText, mailbox, utf8 } from '../../src/domain/mail/mime';
import { dueReminders, stageFor } from '../../src/domain/mail/reminders';
import { readTracker } from '../../src/domain/read-tracker';

describe('payment stages', () => {
  const days = [1, 7, 14];
  it('begins each stage on its day, not the day before', () => {
    expect(stageFor('2026-11-10', '2026-11-10', days)).toBe(0);
    expect(stageFor('2026-11-10', '2026-11-11', days)).toBe(1);
    expect(stageFor('2026-11-10', '2026-11-16', days)).toBe(1);
    expect(stageFor('2026-11-10', '2026-11-17', days)).toBe(2);
    expect(stageFor('2026-11-10', '2026-11-23', days)).toBe(2);
    expect(stageFor('2026-11-10', '2026-11-24', days)).toBe(3);
    expect(stageFor('2026-11-10', '2027-03-01', days)).toBe(3);
  });
  it('follows the Settings schedule, across month and year ends', () => {
    expect(stageFor('2026-12-30', '2027-01-02', [3, 10, 30])).toBe(1);
    expect(stageFor('2026-12-30', '2027-01-09', [3, 10, 30])).toBe(2);
  });
});

function tracker(invoiceRows: unknown[][], drafts: unknown[][] = []) {
  return readTracker(
    {
      Clients: [
        ['Client', 'Email', 'Language', 'Currency', 'Payment terms (days)', 'Status', 'Update cadence'],
        ['Acme', 'pay@acme.example.com', 'en', 'EUR', 14, 'active', 'none'],
      ],
      Invoices: [
        ['Invoice', 'Client', 'Issued', 'Amount', 'Due', 'Paid on', 'Reminder stage', 'Last reminder'],
        ...invoiceRows,
      ],
      Settings: [['Setting', 'Value']],
      Drafts: [['Date', 'Kind', 'Client', 'Invoice', 'Stage'], ...drafts],
    },
    'Europe/Oslo',
  );
}

describe('dueReminders', () => {
  it('drafts the friendly stage first on a long-overdue invoice, then nothing until the next stage', () => {
    const late = tracker([['A-1', 'Acme', '2026-09-01', 100, '', '', '']]);
    expect(
      dueReminders(late, '2026-11-22')
        .filter((i) => i.kind === 'payment')
        .map((i) => i.stage),
    ).toEqual([1]);
    const recorded = tracker([['A-1', 'Acme', '2026-09-01', 100, '', '', 3]]);
    expect(dueReminders(recorded, '2026-11-22').filter((i) => i.kind === 'payment')).toEqual([]);
    const firstStage = tracker([['A-2', 'Acme', '2026-11-01', 100, '', '', 1]]);
    expect(dueReminders(firstStage, '2026-11-21').filter((i) => i.kind === 'payment')).toEqual([]);
    expect(
      dueReminders(firstStage, '2026-11-22')
        .filter((i) => i.kind === 'payment')
        .map((i) => i.stage),
    ).toEqual([2]);
  });
  it('computes Due from Issued plus the client’s terms when blank, and ignores paid invoices', () => {
    const t = tracker([
      ['A-3', 'Acme', '2026-11-01', 100, '', '', ''],
      ['A-4', 'Acme', '2026-09-01', 100, '', '2026-09-10', ''],
    ]);
    expect(dueReminders(t, '2026-11-15').filter((i) => i.kind === 'payment')).toEqual([]);
    expect(
      dueReminders(t, '2026-11-16')
        .filter((i) => i.kind === 'payment')
        .map((i) => i.invoice?.invoice),
    ).toEqual(['A-3']);
  });
  it('asks to confirm terms once per client', () => {
    expect(dueReminders(tracker([]), '2026-11-22').map((i) => i.kind)).toEqual(['terms']);
    expect(dueReminders(tracker([], [['2026-11-01', 'terms', 'Acme', '', '']]), '2026-11-22')).toEqual([]);
  });
  it('recognises a logged draft whatever case, spaces or invisible characters the logged name holds', () => {
    for (const logged of ['ACME', 'A\u200bcme', 'Acme\u00a0\u0007', ' acme\u000b ']) {
      expect(
        dueReminders(tracker([], [['2026-11-01', 'terms', logged, '', '']]), '2026-11-22'),
        logged,
      ).toEqual([]);
    }
  });
});

describe('MIME', () => {
  const subject = '【最終のご案内】請求書 INV-1007 についてのお支払いのお願いと今後のお取引に関するご相談 😀';

  it('encodes long non-ASCII subjects as encoded-words of at most 75 characters, never splitting a character', async () => {
    const header = encodeHeaderText(subject);
    const words = header.split('\r\n ');
    expect(words.length).toBeGreaterThan(2);
    for (const word of words) {
      expect(word.length).toBeLessThanOrEqual(75);
      const bytes = Buffer.from(word.slice('=?UTF-8?B?'.length, -2), 'base64');
      expect(Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes)).toBe(true);
    }
    const raw = buildMime({
      to: 'a@example.jp',
      toName: '山口 由美',
      subject,
      text: 'テキスト',
      html: '<p>テキスト</p>',
      date: new Date('2026-11-22T10:00:00Z'),
      boundarySeed: 't',
    });
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe(subject);
    expect(mail.to && 'value' in mail.to ? mail.to.value[0] : null).toEqual({
      address: 'a@example.jp',
      name: '山口 由美',
    });
    expect(mail.text?.trim()).toBe('テキスト');
  });

  it('uses CRLF everywhere and base64 lines of at most 76 characters', () => {
    const raw = buildMime({
      to: 'x@example.is',
      subject: 'Reikningur',
      text: 'Þ'.repeat(500),
      html: '<p>ð</p>',
      date: new Date(0),
      boundarySeed: 's',
      attachment: {
        filename: 'Reikningur þ.pdf',
        contentType: 'application/pdf',
        bytes: new Uint8Array(300).fill(7),
      },
    });
    expect(raw).not.toMatch(/[^\r]\n/);
    for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
    expect(raw).toMatch(/filename\*=UTF-8''Reikningur%20%C3%BE\.pdf/);
  });

  it('refuses a line break in any header field', () => {
    expect(() => mailbox('a@example.com', 'Eve\r\nBcc: x@example.com')).toThrow(/line break/);
    expect(() =>
      buildMime({
        to: 'a@example.com',
        subject: 'Hi\nBcc: x',
        text: '',
        html: '',
        date: new Date(0),
        boundarySeed: 'x',
      }),
    ).toThrow(/line break/);
  });

  it('quotes ASCII display names with specials', () => {
    expect(mailbox('a@example.com', 'Smith, "Jo"')).toBe('"Smith, \\"Jo\\"" <a@example.com>');
  });

  it('encodes UTF-8 and base64 by hand exactly as Node does', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'æøå', 'שלום', '日本語', '😀x']) {
      expect(Buffer.from(utf8(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
      expect(base64(utf8(text))).toBe(Buffer.from(text, 'utf8').toString('base64'));
    }
  });
});
