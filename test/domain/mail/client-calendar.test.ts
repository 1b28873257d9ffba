// The Japanese New Year (年末年始): no payment reminder is prepared while the client's business is
// closed (29 December to 3 January), and the first one after opens with the New Year greeting in
// 松の内 (to 7 January). Other languages keep every day.

import { describe, expect, it } from 'vitest';
import { chasersPaused, openDayFrom, seasonOf } from '../../../src/domain/mail/client-calendar';
import { composeDraft } from '../../../src/domain/mail/compose';
import { dueReminders } from '../../../src/domain/mail/reminders';
import { LANGUAGES, type Tracker } from '../../../src/domain/types';
import { client, invoice, logged, task, tracker } from '../../support/mail-fixtures';

const GREETING = 'あけましておめでとうございます。';

describe('the client calendar', () => {
  it.each([
    ['2026-12-28', false],
    ['2026-12-29', true],
    ['2026-12-31', true],
    ['2027-01-01', true],
    ['2027-01-03', true],
    ['2027-01-04', false],
    ['2027-06-30', false],
  ])('a Japanese client on %s: reminders paused %s', (day, paused) => {
    expect(chasersPaused('ja', day)).toBe(paused);
  });
  it('pauses no day for the other languages', () => {
    for (const language of LANGUAGES.filter((l) => l !== 'ja'))
      for (const day of ['2026-12-24', '2026-12-29', '2027-01-01', '2027-01-03'])
        expect([language, day, chasersPaused(language, day)]).toEqual([language, day, false]);
  });
  it.each([
    ['2026-12-31', null],
    ['2027-01-01', 'new-year'],
    ['2027-01-04', 'new-year'],
    ['2027-01-07', 'new-year'],
    ['2027-01-08', null],
  ])('a Japanese letter written on %s is in the season %s', (day, season) => {
    expect(seasonOf('ja', day)).toBe(season);
    expect(seasonOf('en', day)).toBe(null);
  });
  it('moves a pay-by day out of the closed days, and leaves an open one', () => {
    expect(openDayFrom('ja', '2026-12-30')).toBe('2027-01-04');
    expect(openDayFrom('ja', '2027-01-03')).toBe('2027-01-04');
    expect(openDayFrom('ja', '2026-12-28')).toBe('2026-12-28');
    expect(openDayFrom('nb', '2027-01-01')).toBe('2027-01-01');
  });
});

const JA = client({
  name: '陶房やまぐち',
  contact: '山口 由美',
  greetingName: '山口',
  email: 'yumi@toubou-yamaguchi.example.jp',
  language: 'ja',
  currency: 'JPY',
});
const due31 = (extra = {}): Tracker =>
  tracker({
    clients: [JA, client()],
    invoices: [
      invoice({
        client: JA.name,
        currency: 'JPY',
        amount: 225000,
        issued: '2026-12-01',
        due: '2026-12-31',
        ...extra,
      }),
      invoice({ invoice: 'INV-2001', row: 3, due: '2026-12-20' }),
    ],
    drafts: [logged({ kind: 'terms', client: JA.name }), logged({ kind: 'terms' })],
  });
const payments = (t: Tracker, today: string) =>
  dueReminders(t, today)
    .filter((i) => i.kind === 'payment')
    .map((i) => [i.client.name, i.stage, i.season ?? null]);

describe('payment reminders to a Japanese client over the New Year', () => {
  it('drafts none from 29 December to 3 January, while other clients are chased as ever', () => {
    for (const today of ['2027-01-01', '2027-01-02', '2027-01-03'])
      expect(payments(due31(), today)).toEqual([['Acme', 1, null]]);
    const lateDecember = due31({ due: '2026-12-20' });
    for (const today of ['2026-12-29', '2026-12-30', '2026-12-31'])
      expect(payments(lateDecember, today)).toEqual([['Acme', 1, null]]);
    expect(payments(lateDecember, '2026-12-28')).toEqual([
      ['陶房やまぐち', 1, null],
      ['Acme', 1, null],
    ]);
  });

  it('drafts the friendly stage on 4 January, in the New Year season, and none after 7 January', () => {
    expect(payments(due31(), '2027-01-04')).toEqual([
      ['陶房やまぐち', 1, 'new-year'],
      ['Acme', 1, null],
    ]);
    expect(payments(due31(), '2027-01-08')).toEqual([
      ['陶房やまぐち', 1, null],
      ['Acme', 1, null],
    ]);
  });

  it('never skips a stage for the days it waited: a firm one due on 1 January comes on 4 January', () => {
    const t = due31({ due: '2026-12-20', reminderStage: 1, lastReminder: '2026-12-21' });
    expect(payments(t, '2027-01-02')).toEqual([['Acme', 1, null]]);
    expect(payments(t, '2027-01-04')).toEqual([
      ['陶房やまぐち', 2, 'new-year'],
      ['Acme', 1, null],
    ]);
  });

  it('moves the pay-by day of a final reminder out of the New Year holidays', () => {
    const t = due31({ due: '2026-12-01', reminderStage: 2, lastReminder: '2026-12-10' });
    const final = dueReminders(t, '2026-12-26').find((i) => i.client.name === JA.name)!;
    expect([final.stage, final.payBy]).toEqual([3, '2027-01-04']);
    const acme = tracker({
      invoices: [invoice({ due: '2026-12-01', reminderStage: 2, lastReminder: '2026-12-10' })],
      drafts: [logged({ kind: 'terms' })],
    });
    expect(dueReminders(acme, '2026-12-26')[0]!.payBy).toBe('2027-01-02');
  });

  it('opens the letter with the New Year greeting in place of the usual first line', () => {
    const item = dueReminders(due31(), '2027-01-04').find((i) => i.client.name === JA.name)!;
    const composed = composeDraft(item, due31());
    if (!composed.ok) throw new Error(composed.diagnostic.message);
    const [salutation, opening, body] = composed.draft.text.split('\n\n');
    expect(salutation).toBe('陶房やまぐち\n山口様');
    expect(opening).toBe(
      `${GREETING}Solberg DesignのIngrid Solbergです。旧年中は大変お世話になりました。本年もどうぞよろしくお願い申し上げます。`,
    );
    expect(body).toContain('2026年12月31日を過ぎておりますので');
    expect(composed.draft.text).not.toContain('お世話になっております');
    expect(composed.draft.html).toContain(GREETING);

    const later = dueReminders(due31(), '2027-01-08').find((i) => i.client.name === JA.name)!;
    const plain = composeDraft(later, due31());
    if (!plain.ok) throw new Error(plain.diagnostic.message);
    expect(plain.draft.text).not.toContain(GREETING);
    expect(plain.draft.text).toContain('お世話になっております');
  });

  it('greets in the season on the other drafts too, but not a new client with the past year’s thanks', () => {
    const t: Tracker = {
      ...due31(),
      clients: [{ ...JA, cadence: 'weekly' }],
      invoices: [],
      tasks: [task({ client: JA.name, date: '2027-01-05' })],
      drafts: [],
    };
    const items = dueReminders(t, '2027-01-06').filter((i) => i.client.name === JA.name);
    expect(items.map((i) => [i.kind, i.season ?? null])).toEqual([
      ['update', 'new-year'],
      ['terms', null],
    ]);
  });
});
