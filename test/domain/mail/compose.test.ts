// Every kind of draft in all five languages, built into a MIME message and read back by mailparser
// as a mail client would: recipient, subject, both parts, attachments; and the rows that are skipped.

import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { type ComposedDraft, composeDraft, validateDraft } from '../../../src/domain/mail/compose';
import { buildMime } from '../../../src/domain/mail/mime';
import { msg } from '../../../src/domain/messages/core/msg';
import { type DueItem, reportDraft } from '../../../src/domain/mail/reminders';
import { formatDate, formatMoney } from '../../../src/domain/format';
import type { Client, DraftKind, Language } from '../../../src/domain/types';
import { CLIENTS, client, invoice, SETTINGS, task, tracker } from '../../support/mail-fixtures';

const T = tracker({ clients: CLIENTS });

function compose(item: DueItem, options: { attached?: boolean } = {}, t = T): ComposedDraft {
  const result = composeDraft(item, t, options);
  if (!result.ok) throw new Error(result.diagnostic.message);
  return result.draft;
}

async function parse(
  draft: ComposedDraft,
  attachment?: { filename: string; contentType: string; bytes: Uint8Array },
) {
  const raw = buildMime({ ...draft, attachment, date: new Date('2026-11-22T09:00:00Z') });
  expect(raw).not.toMatch(/(^|[^\r])\n/);
  for (const word of raw.match(/=\?UTF-8\?B\?[^?]*\?=/g) ?? []) expect(word.length).toBeLessThanOrEqual(75);
  return simpleParser(raw);
}

function itemsFor(c: Client): DueItem[] {
  const inv = invoice({
    invoice: `INV-${c.row}007`,
    client: c.name,
    currency: c.currency,
    amount: 12500,
    issued: '2026-10-01',
    due: '2026-10-15',
    file: `https://drive.google.com/file/d/sample-invoice-${c.row}/view`,
  });
  const rated = { ...c, newRate: (c.hourlyRate ?? 0) + 10, newRateFrom: '2027-01-01' };
  return [
    { kind: 'payment', client: c, invoice: inv, stage: 1 },
    { kind: 'payment', client: c, invoice: inv, stage: 2 },
    { kind: 'payment', client: c, invoice: inv, stage: 3 },
    {
      kind: 'update',
      client: c,
      tasks: [
        task({
          client: c.name,
          date: '2026-11-18',
          task: 'Landing page',
          result: 'live',
          goal: 'More sign-ups',
        }),
        task({ client: c.name, date: '2026-11-20', task: 'Invoices' }),
      ],
    },
    { kind: 'terms', client: c },
    { kind: 'check-in', client: c },
    { kind: 'rate-change', client: rated },
    reportDraft(T, c, '2026-10', 'https://docs.google.com/document/d/report-1/edit', [
      { goal: 'More sign-ups', progress: msg`${'180'} of ${'500'}` },
    ]),
  ];
}

const EXPECTED: Record<Language, { payment: RegExp[]; confirm: RegExp; greeting: string; closing: string }> =
  {
    en: {
      payment: [/^Friendly reminder: invoice /, /^Invoice .* is overdue$/, /^Final reminder: invoice /],
      confirm: /confirm that you received the invoice/,
      greeting: 'Dear Jane,',
      closing: 'Kind regards,',
    },
    nb: {
      payment: [
        /^Vennlig påminnelse: faktura /,
        /^Ny påminnelse: forfalt faktura /,
        /^Purring – siste påminnelse: faktura /,
      ],
      confirm: /bekrefte at dere har mottatt/,
      greeting: 'Hei Kari,',
      closing: 'Vennlig hilsen',
    },
    is: {
      payment: [
        /^Vinsamleg áminning: reikningur /,
        /kominn fram yfir gjalddaga$/,
        /^Lokaáminning: reikningur /,
      ],
      confirm: /staðfest að (reikningurinn|hann) hafi borist/,
      greeting: 'Góðan dag, Guðrún,',
      closing: 'Bestu kveðjur,',
    },
    he: {
      payment: [/^תזכורת ידידותית: חשבונית /, / טרם שולמה$/, /^תזכורת אחרונה: חשבונית /],
      confirm: /לאשר שהיא התקבלה אצלכם/,
      greeting: 'שלום \u2068נועה\u2069,',
      closing: 'בברכה,',
    },
    ja: {
      payment: [/^【ご確認のお願い】請求書 /, /^【再度のご案内】請求書 /, /^【最終のご案内】請求書 /],
      confirm: /お手元に届いているかご確認/,
      greeting: '陶房やまぐち\n山口様',
      closing: '何卒よろしくお願いいたします。',
    },
  };

describe.each(CLIENTS.map((c) => [c.language as Language, c] as const))('drafts in %s', (language, c) => {
  const expected = EXPECTED[language];

  it.each(itemsFor(c).map((item) => [`${item.kind}${item.stage ? ` ${item.stage}` : ''}`, item] as const))(
    '%s reads back with recipient, subject, text and HTML',
    async (_, item) => {
      const draft = compose(item);
      const mail = await parse(draft);
      const to = mail.to && !Array.isArray(mail.to) ? mail.to.value : [];
      expect(to).toEqual([{ address: c.email, name: c.contact }]);
      expect(mail.subject).toBe(draft.subject);
      expect(mail.subject?.length).toBeGreaterThan(5);
      expect(mail.text?.trimEnd()).toBe(draft.text);
      expect(mail.text?.startsWith(expected.greeting)).toBe(true);
      expect(mail.text).toContain(`${expected.closing}\nIngrid Solberg`);
      expect(mail.html).toContain(language === 'he' ? 'dir="rtl"' : 'dir="ltr"');
      expect(mail.html).toContain(expected.closing);
      if (language === 'ja')
        expect(mail.text).toContain(
          `${item.kind === 'check-in' ? 'ご無沙汰しております。' : 'お世話になっております。'}Solberg DesignのIngrid Solbergです。`,
        );
    },
  );

  it('payment reminders state number, amount, dates and terms, ask for confirmation, and firm up by stage', async () => {
    const items = itemsFor(c).filter((i) => i.kind === 'payment');
    for (const item of items) {
      const draft = compose(item);
      const inv = item.invoice!;
      expect(draft.subject).toMatch(expected.payment[item.stage! - 1]!);
      expect(draft.subject).toContain(inv.invoice);
      expect(draft.text).toContain(inv.invoice);
      expect(draft.text).toContain(formatMoney(inv.amount, inv.currency, language));
      expect(draft.text).toContain(formatDate(inv.issued, language));
      expect(draft.text).toContain(formatDate(inv.due, language));
      expect(draft.text).toContain('14');
      expect(draft.attachmentFileId).toBe(`sample-invoice-${c.row}`);
      expect(draft.text).toContain(inv.file);
      expect((await parse(draft)).html).toContain(`<a href="${inv.file}" dir="ltr">`);
    }
    expect(compose(items[0]!).text).toMatch(expected.confirm);
    expect(new Set(items.map((i) => compose(i).subject)).size).toBe(3);
  });

  it('an attached invoice arrives with its name and bytes, and the text says so instead of linking', async () => {
    const item = itemsFor(c)[0]!;
    const bytes = new TextEncoder().encode('%PDF-1.4 invoice');
    const filename = language === 'ja' ? '請求書_INV-6007.pdf' : `${item.invoice!.invoice}.pdf`;
    const draft = compose(item, { attached: true });
    expect(draft.text).not.toContain(item.invoice!.file);
    const mail = await parse(draft, { filename, contentType: 'application/pdf', bytes });
    expect(mail.attachments.map((a) => [a.filename, Buffer.from(a.content).toString()])).toEqual([
      [filename, '%PDF-1.4 invoice'],
    ]);
  });
});

describe('content of the keep-in-touch drafts', () => {
  const en = CLIENTS[0]!;
  it('an update lists goal work first, then other work', () => {
    const draft = compose(itemsFor(en).find((i) => i.kind === 'update')!);
    expect(draft.text).toContain(
      'Towards your goals:\n- Landing page: live — for the goal “More sign-ups”\n\nOther work:\n- Invoices',
    );
    expect(draft.subject).toBe('Progress update: 18–20 November 2026');
  });
  it('an update of one day names that day once', () => {
    const day = compose({
      kind: 'update',
      client: CLIENTS[4]!,
      tasks: [task({ client: CLIENTS[4]!.name, date: '2026-11-20' })],
    });
    expect(day.subject).toBe('作業進捗のご報告（2026年11月20日）');
    expect(day.text).toContain('2026年11月20日の作業内容を簡単にご報告いたします。');
  });
  it('a Japanese client who is the person is addressed on one line', () => {
    const person = client({
      name: '山口 由美',
      contact: '山口 由美',
      greetingName: '',
      language: 'ja',
      currency: 'JPY',
    });
    expect(
      compose({ kind: 'check-in', client: person }).text.startsWith('山口 由美様\n\nご無沙汰しております。'),
    ).toBe(true);
    const nobody = client({
      name: '陶房やまぐち',
      contact: '',
      greetingName: '',
      language: 'ja',
      currency: 'JPY',
    });
    expect(
      compose({ kind: 'check-in', client: nobody }).text.startsWith('陶房やまぐち\nご担当者様\n\n'),
    ).toBe(true);
  });
  it('terms confirm rate, payment terms, billing, deposit, hours, response time and how to reach me', () => {
    const text = compose({ kind: 'terms', client: en }).text;
    for (const part of [
      'Hourly rate: £90.00',
      'Payment terms: 14 days from the invoice date',
      'Invoicing: monthly, at the end of each month',
      'Deposit: 30%, payable before work starts',
      'Working hours: Monday to Friday, 9:00 to 17:00 (Central European Time)',
      'Response time: within 1 working day',
      'How to reach me: ingrid@solberg.example.no, +47 912 34 567',
    ])
      expect(text).toContain(part);
  });
  it('a rate change names the old and new rate and the start day', () => {
    const draft = compose({
      kind: 'rate-change',
      client: { ...en, newRate: 100, newRateFrom: '2027-01-01' },
    });
    expect(draft.subject).toBe('New hourly rate from 1 January 2027: £100.00');
    expect(draft.text).toContain('from 1 January 2027 my hourly rate will change from £90.00 to £100.00');
  });
  it('a report says the PDF is attached, gives the goal lines, and no link the client cannot open', () => {
    const draft = compose(
      reportDraft(T, en, '2026-10', 'https://docs.google.com/document/d/r/edit', [
        { goal: 'Sign-ups', progress: msg`${'180'} of ${'500'}` },
      ]),
    );
    expect(draft.subject).toBe('Your monthly report for October 2026');
    expect(draft.text).not.toContain('https://docs.google.com/document/d/r/edit');
    expect(draft.text).toContain('Attached, as a PDF, is my report on the work for October 2026');
    expect(draft.text).toContain('- Sign-ups: 180 of 500');
  });
  it('uses the default language for a client without one, and the signature lines from Settings', () => {
    const t = tracker({
      settings: { ...SETTINGS, defaultLanguage: 'nb', emailSignature: 'Ingrid\nSolberg Design\n' },
    });
    const draft = compose({ kind: 'check-in', client: client({ language: '' }) }, {}, t);
    expect(draft.language).toBe('nb');
    expect(draft.subject).toBe('Hvordan går det?');
    expect(draft.text.endsWith('Vennlig hilsen\nIngrid\nSolberg Design')).toBe(true);
  });
  it('says "on receipt" when the payment terms are 0 days', () => {
    const c = client({ paymentTermsDays: 0 });
    expect(compose({ kind: 'payment', client: c, invoice: invoice(), stage: 1 }).text).toContain(
      'payment is due on receipt of the invoice',
    );
  });
});

describe('escaping and skipped rows', () => {
  it('escapes every piece of user text in the HTML part', async () => {
    const hostile = client({ contact: '<img src=x onerror=alert(1)>', name: 'A&B "Co"' });
    const item: DueItem = {
      kind: 'update',
      client: hostile,
      tasks: [task({ task: '<script>alert(1)</script>', result: '"quoted" & <b>', goal: "Goal's <i>" })],
    };
    const t = tracker({ settings: { ...SETTINGS, emailSignature: '<b>Ingrid</b>' } });
    const draft = compose(item, {}, t);
    expect(draft.html).not.toMatch(/<script|<img|<b>|<i>/);
    expect(draft.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(draft.html).toContain('&lt;b&gt;Ingrid&lt;/b&gt;');
    const mail = await parse(draft);
    expect(mail.text).toContain('<script>alert(1)</script>');
  });
  it('never makes a link of a non-web address', () => {
    const item: DueItem = {
      kind: 'report',
      client: client(),
      report: {
        row: 2,
        client: 'Acme',
        month: '2026-10',
        link: 'javascript:alert(1)',
        docId: '',
        generated: '',
      },
    };
    expect(compose(item).html).not.toContain('<a ');
  });

  const skipped = (item: DueItem) => {
    const result = composeDraft(item, T);
    expect(result.ok).toBe(false);
    expect(validateDraft(item, T)).toEqual(result.ok ? null : result.diagnostic);
    return result.ok ? null : result.diagnostic;
  };
  it.each([
    ['contact', { contact: 'Eve\r\nBcc: all@example.com' }, 'Contact'],
    ['contact (LF only)', { contact: 'Eve\nBcc: all@example.com' }, 'Contact'],
    ['contact (U+2028)', { contact: 'Eve\u2028Bcc: all@example.com' }, 'Contact'],
    ['client name', { name: 'Acme\rBcc: all@example.com', contact: '' }, 'Client'],
    ['missing email', { email: '' }, 'Email'],
    ['invalid email', { email: 'not-an-address' }, 'Email'],
    ['two addresses', { email: 'a@example.com, b@example.com' }, 'Email'],
    ['email with a line break', { email: 'a@example.com\r\nBcc: all@example.com' }, 'Email'],
  ] as const)('a %s that would break a header skips the item with the cell to fix', (_, change, column) => {
    for (const kind of ['payment', 'terms', 'check-in'] as DraftKind[]) {
      const c = client({ row: 7, ...change });
      const diagnostic = skipped({ kind, client: c, invoice: invoice(), stage: 1 });
      expect(diagnostic).toMatchObject({ sheet: 'Clients', row: 7, column, severity: 'error' });
      // What is wrong, which draft was not made (the kind's own sentence), and how to fix it.
      expect(diagnostic?.says.map((s) => s.key)[1]).toBe(`notDrafted.${kind}`);
      expect(diagnostic?.message).toMatch(/ was drafted\. /);
    }
  });
  it('a line break in an invoice number (it goes into the subject) skips that reminder', () => {
    const diagnostic = skipped({
      kind: 'payment',
      client: client(),
      invoice: invoice({ row: 9, invoice: 'INV-1\nBcc: x@example.com' }),
      stage: 1,
    });
    expect(diagnostic).toMatchObject({ sheet: 'Invoices', row: 9, column: 'Invoice' });
  });
  it('an unknown currency is named instead of failing the run', () => {
    expect(
      skipped({ kind: 'payment', client: client(), invoice: invoice({ row: 4, currency: 'XX1' }), stage: 1 }),
    ).toMatchObject({
      sheet: 'Invoices',
      row: 4,
      column: 'Currency',
    });
  });
});
