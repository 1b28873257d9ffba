// Header lines Gmail accepts whatever the names and subjects: never over 998 characters (RFC 5322
// §2.1.1), and within 78 here, with long text folded as encoded-words and a subject capped.

import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { MAX_SUBJECT, buildMime, capSubject, type MailMessage } from '../../../src/domain/mail/mime';

const DATE = new Date('2026-11-22T10:00:00Z');

function message(over: Partial<MailMessage>): MailMessage {
  return { to: 'kari@fjord.example', subject: 'Hello', text: 'Hi', html: '<p>Hi</p>', date: DATE, ...over };
}

function headerLines(raw: string): string[] {
  return raw.slice(0, raw.indexOf('\r\n\r\n')).split('\r\n');
}

async function expectShortLines(raw: string) {
  for (const line of headerLines(raw)) expect(line.length, line.slice(0, 60)).toBeLessThanOrEqual(78);
  for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
  return simpleParser(raw);
}

describe('long header text', () => {
  it('folds a long ASCII subject without spaces and caps it at 200 characters', async () => {
    const subject = `Invoice${'X'.repeat(3000)}`;
    const mail = await expectShortLines(buildMime(message({ subject })));
    expect(mail.subject).toBe(capSubject(subject));
    expect(Array.from(mail.subject!).length).toBe(MAX_SUBJECT);
    expect(mail.subject!.endsWith('…')).toBe(true);
  });

  it('folds a long display name, ASCII or not, and keeps it whole', async () => {
    for (const name of [
      'Bartholomew'.repeat(120),
      'Bartholomew Smith '.repeat(60).trim(),
      'Jón Þór '.repeat(100).trim(),
    ]) {
      const mail = await expectShortLines(
        buildMime(message({ toName: name, fromName: name, from: 'me@example.com' })),
      );
      const to = mail.to && 'value' in mail.to ? mail.to.value[0]! : null;
      expect(to?.address).toBe('kari@fjord.example');
      expect(to?.name).toBe(name);
    }
  });

  it('keeps every header line within 78 characters for any name and subject', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 600 }).map((s) => s.replace(/[\r\n]/g, ' '));
    await fc.assert(
      fc.asyncProperty(text, text, async (subject, toName) => {
        const mail = await expectShortLines(buildMime(message({ subject, toName })));
        expect(mail.to && 'value' in mail.to ? mail.to.value[0]!.address : '').toBe('kari@fjord.example');
      }),
      { numRuns: 150 },
    );
  });

  it('leaves a subject of 200 characters or fewer as it is', () => {
    expect(capSubject('Hello')).toBe('Hello');
    expect(capSubject('é'.repeat(200))).toBe('é'.repeat(200));
    expect(capSubject(`${'a'.repeat(198)}   ${'b'.repeat(10)}`)).toBe(`${'a'.repeat(198)}…`);
  });
});
