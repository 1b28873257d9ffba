// The Japanese New Year through the built bundle: the sample's Japanese client has an invoice due on
// 31 December (the sample set up on 6 December: issued 1 December, 30 days' terms). On 1 January no
// reminder is drafted for it (年末年始); on 4 January the friendly one is, opening with the New Year
// greeting. Each draft is read back by an independent mail parser.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, tempDir } from '../support/runtime';

function local(args: string[]) {
  ensureBuilt();
  return spawnSync(process.execPath, ['--import', 'tsx', 'runtime/cli.ts', ...args], { encoding: 'utf8' });
}

interface DraftLine {
  kind: string;
  client: string;
  invoice: string;
  stage: number | null;
  subject: string;
  file: string;
}

const JA = '陶房やまぐち';

describe('a Japanese client over the New Year', () => {
  it('gets no payment reminder on 1 January, and on 4 January one that opens with the greeting', async () => {
    const dir = tempDir();
    const saved = join(dir, 'sheet.xlsx');
    expect(local(['setup', '--sample', '--today', '2026-12-06', '--save', saved, '--json']).status).toBe(0);
    const remind = (today: string) => {
      const run = local([
        'remind',
        '--workbook',
        saved,
        '--today',
        today,
        '--out',
        join(dir, today),
        '--json',
      ]);
      expect(run.status, run.stderr).toBe(0);
      return (JSON.parse(run.stdout) as { drafts: DraftLine[] }).drafts;
    };

    const newYearsDay = remind('2027-01-01');
    // Other clients are chased as ever: the pause is the Japanese client's alone.
    expect(newYearsDay.some((d) => d.kind === 'payment')).toBe(true);
    expect(newYearsDay.filter((d) => d.kind === 'payment' && d.client === JA)).toEqual([]);

    const workday = remind('2027-01-04');
    const chasers = workday.filter((d) => d.kind === 'payment' && d.client === JA);
    expect(chasers.map((d) => [d.invoice, d.stage])).toEqual([['INV-1009', 1]]);
    const mail = await simpleParser(readFileSync(chasers[0]!.file, 'utf8'));
    expect(mail.subject).toBe('【ご確認のお願い】請求書 INV-1009 のお支払いについて');
    const paragraphs = (mail.text ?? '').split('\n\n');
    expect(paragraphs[0]).toBe('陶房やまぐち\n山口様');
    expect(paragraphs[1]).toMatch(
      /^あけましておめでとうございます。Solberg DigitalのIngrid Solbergです。旧年中は大変お世話になりました。本年もどうぞよろしくお願い申し上げます。$/,
    );
    expect(paragraphs[2]).toContain('お支払い期日の2026年12月31日を過ぎておりますので');
    expect(mail.html).toContain('あけましておめでとうございます。');
  }, 240_000);
});
