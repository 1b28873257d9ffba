// Reminder and keep-in-touch drafts from the built bundle, each message parsed by an independent
// parser (mailparser) as a mail client would read it.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text';
import type { DraftsResult } from '../../src/server-api';
import { TODAY, ensureBuilt, sampleRuntime, tempDir } from '../support/runtime';

function local(args: string[]) {
  ensureBuilt();
  return spawnSync(process.execPath, ['--import', 'tsx', 'runtime/cli.ts', ...args], { encoding: 'utf8' });
}

interface DraftLine {
  kind: string;
  client: string;
  invoice: string;
  stage: number | null;
  to: string;
  subject: string;
  file: string;
}

describe('npm run local -- remind', () => {
  it('writes every draft as .eml exactly as handed to Gmail, in the client’s language, and a rerun the same day drafts no payment', async () => {
    const dir = tempDir();
    const saved = join(dir, 'sheet.xlsx');
    expect(local(['setup', '--sample', '--today', TODAY, '--save', saved, '--json']).status).toBe(0);
    const first = local([
      'remind',
      '--workbook',
      saved,
      '--today',
      TODAY,
      '--out',
      dir,
      '--save',
      saved,
      '--json',
    ]);
    expect(first.status, first.stderr).toBe(0);
    const out = JSON.parse(first.stdout) as { drafts: DraftLine[]; diagnostics: unknown[] };
    const kinds = new Set(out.drafts.map((d) => d.kind));
    for (const kind of ['payment', 'update', 'check-in', 'rate-change']) expect(kinds).toContain(kind);
    // Every sample client has been invoiced: terms are for new clients only.
    expect(kinds).not.toContain('terms');
    const payments = out.drafts.filter((d) => d.kind === 'payment');
    expect(payments.map((d) => d.stage).sort()).toEqual([1, 2, 3, 3]);

    const subjects: Record<string, string> = {};
    for (const draft of out.drafts) {
      const raw = readFileSync(draft.file, 'utf8');
      expect(raw).not.toMatch(/[^\r]\n/);
      const mail = await simpleParser(raw);
      expect(mail.to && 'value' in mail.to ? mail.to.value[0]!.address : '').toBe(draft.to);
      expect(mail.subject).toBe(draft.subject);
      expect(mail.text?.length).toBeGreaterThan(40);
      expect(mail.html).toBeTruthy();
      for (const line of raw.split('\r\n').filter((l) => l.includes('=?UTF-8?B?'))) {
        for (const word of line.match(/=\?UTF-8\?B\?[^?]*\?=/g) ?? [])
          expect(word.length).toBeLessThanOrEqual(75);
      }
      if (draft.kind === 'payment') {
        expect(draft.subject).toContain(draft.invoice);
        expect(mail.text).toContain(draft.invoice);
        subjects[draft.client] = draft.subject;
      }
    }
    // One payment draft per language of the sample, each in its own words.
    expect(Object.values(subjects).join(' ')).toMatch(/Friendly reminder/);
    expect(Object.values(subjects).join(' ')).toMatch(/forfalt/);
    expect(Object.values(subjects).join(' ')).toMatch(/Lokaáminning/);
    expect(Object.values(subjects).join(' ')).toMatch(/תזכורת אחרונה/);

    const again = local(['remind', '--workbook', saved, '--today', TODAY, '--out', dir, '--json']);
    expect(again.status, again.stderr).toBe(0);
    const second = JSON.parse(again.stdout) as { drafts: DraftLine[] };
    expect(second.drafts.filter((d) => d.kind === 'payment')).toEqual([]);
    expect(second.drafts).toEqual([]);

    // Five days later the firm stage's day has come for the friendly one (7 days late), but only five
    // days have passed since it: stages wait the schedule's gap (six days). Seven days later, firm.
    const later = local(['remind', '--workbook', saved, '--today', '2026-11-27', '--out', dir, '--json']);
    const third = JSON.parse(later.stdout) as { drafts: DraftLine[] };
    expect(third.drafts.filter((d) => d.kind === 'payment')).toEqual([]);
    const week = local(['remind', '--workbook', saved, '--today', '2026-11-28', '--out', dir, '--json']);
    const fourth = JSON.parse(week.stdout) as { drafts: DraftLine[] };
    expect(fourth.drafts.filter((d) => d.kind === 'payment').map((d) => [d.invoice, d.stage])).toEqual([
      ['INV-1005', 2],
    ]);
    // A week on (each of these runs starts from the workbook saved on the first day): firm for the
    // friendly one, final for the firm one (seven days from firm to final).
    const fortnight = local(['remind', '--workbook', saved, '--today', '2026-11-29', '--out', dir, '--json']);
    const fifth = JSON.parse(fortnight.stdout) as { drafts: DraftLine[] };
    expect(fifth.drafts.filter((d) => d.kind === 'payment').map((d) => [d.invoice, d.stage])).toEqual([
      ['INV-1005', 2],
      ['INV-1006', 3],
    ]);
  }, 240_000);
});

describe('payment reminder content', () => {
  it('links a pasted invoice file the add-on may not read, and says why and how to fix it', async () => {
    // Under drive.file a pasted link answers 404 (the add-on neither made nor opened the file): every
    // sample invoice is in that state. Invoices made with Create invoice attach: test/e2e/invoice.test.ts.
    const runtime = await sampleRuntime();
    const result = runtime.run<DraftsResult>('createDrafts', { kinds: ['payment'] });
    expect(result.drafts).toHaveLength(4);
    const first = await simpleParser(
      runtime.gmail.rawOf(result.drafts.find((d) => d.invoice === 'INV-1005')!.draftId),
    );
    expect(first.attachments).toHaveLength(0);
    expect(first.text).toMatch(/within 14 days of the invoice date/);
    expect(first.text).toMatch(/confirm that you received the invoice/);
    expect(first.text).toMatch(/Ingrid Solberg/);

    const linked = await simpleParser(
      runtime.gmail.rawOf(result.drafts.find((d) => d.invoice === 'INV-1006')!.draftId),
    );
    expect(linked.attachments).toHaveLength(0);
    expect(linked.text).toContain('https://drive.google.com/file/d/sample-invoice-INV-1006/view');
    expect(result.notAttached.map((n) => n.invoice).sort()).toEqual([
      'INV-1005',
      'INV-1006',
      'INV-1007',
      'INV-1008',
    ]);
    expect(result.notAttached[0]!.reason).toMatch(/drive\.file.*Create invoice/);

    const hebrew = await simpleParser(
      runtime.gmail.rawOf(result.drafts.find((d) => d.invoice === 'INV-1007')!.draftId),
    );
    // Hebrew isolates the inserted invoice number, in the subject too.
    expect(hebrew.subject).toBe('תזכורת אחרונה: חשבונית \u2068INV-1007\u2069');
    expect(hebrew.html).toContain('dir="rtl"');
    expect(hebrew.text).toContain('₪');
  });

  it('skips a client with a bad address or a line break in a header field, lists the row, and drafts the rest', async () => {
    const runtime = await sampleRuntime();
    const clients = runtime.spreadsheet.getSheetByName('Clients')!;
    runtime.spreadsheet.rawWrite('Clients', 2, 3, [['not-an-address']]);
    runtime.spreadsheet.rawWrite('Clients', 3, 2, [['Kari\r\nBcc: everyone@example.com']]);
    const result = runtime.run<DraftsResult>('createDrafts', {});
    expect(result.skipped).toContainEqual(
      expect.objectContaining({ sheet: 'Clients', row: 2, column: 'Email' }),
    );
    expect(result.skipped).toContainEqual(
      expect.objectContaining({ sheet: 'Clients', row: 3, column: 'Contact' }),
    );
    expect(result.drafts.length).toBeGreaterThan(5);
    for (const d of result.drafts) expect(runtime.gmail.rawOf(d.draftId)).not.toMatch(/^Bcc:/m);
    expect(clients.getRange(2, 3).getValue()).toBe('not-an-address');
  });

  it('drafts the report email with the report as a PDF attachment, and no link the client cannot open', async () => {
    const runtime = await sampleRuntime();
    const report = runtime.run<{ link: string }>('generateReport', {
      client: '陶房やまぐち',
      month: '2026-10',
    });
    runtime.calls.reset();
    const result = runtime.run<DraftsResult>('createDrafts', {
      kinds: ['report'],
      report: { client: '陶房やまぐち', month: '2026-10' },
    });
    expect(result.drafts).toHaveLength(1);
    expect(result.notAttached).toEqual([]);
    expect(runtime.calls.summary().byMethod['Drive.Files.export']).toBe(1);
    const mail = await simpleParser(runtime.gmail.rawOf(result.drafts[0]!.draftId));
    expect(mail.subject).toBe('月次報告書（2026年10月）のご送付');
    expect(mail.text).not.toContain(report.link);
    expect(mail.text).toContain('PDFにて添付');
    expect(mail.text).toContain('陶房やまぐち\n山口様');
    // The "In short" list: where each goal stands, drafted from the report's own goals.
    expect(mail.text).toContain(
      '概要は以下のとおりです。\n- オンライン売上 月100万円：現在760,000円（目標1,000,000円、開始時420,000円）・進捗率59%',
    );
    expect(mail.attachments).toHaveLength(1);
    const pdf = mail.attachments[0]!;
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.filename).toBe('月次報告書（2026年10月）陶房やまぐち 御中.pdf');
    const text = await pdfText(pdf.content);
    expect(text).toContain('陶房やまぐち');
  });

  it('still drafts the report email when the PDF cannot be made, and says why', async () => {
    const runtime = await sampleRuntime();
    runtime.run('generateReport', { client: '陶房やまぐち', month: '2026-10' });
    runtime.calls.failOn('Drive.Files.export');
    const result = runtime.run<DraftsResult>('createDrafts', {
      kinds: ['report'],
      report: { client: '陶房やまぐち', month: '2026-10' },
    });
    expect(result.drafts).toHaveLength(1);
    expect(result.notAttached).toEqual([
      { invoice: '', reason: expect.stringMatching(/report PDF could not be made/) },
    ]);
  });

  it('never sends: the Gmail fake has no way to, and no send method is called', async () => {
    const runtime = await sampleRuntime();
    runtime.run('createDrafts', {});
    expect(Object.keys(runtime.calls.summary().byMethod).filter((m) => /send/i.test(m))).toEqual([]);
    expect('send' in runtime.gmail.Users.Drafts).toBe(false);
  });
});
