// The runner's close and mornings commands on the sample: files on disk, JSON as documented, and a
// second run on the saved workbook that makes nothing new.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, tempDir } from '../support/runtime';

function local(args: string[]) {
  ensureBuilt();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'runtime/cli.ts', ...args, '--json'], {
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

// Each test spawns three runner processes: on a loaded machine that takes more than the default minute.
describe('npm run local -- close / mornings', { timeout: 240_000 }, () => {
  it('closes November once: per client a report, an invoice and a cover .eml with both PDFs; again, nothing', async () => {
    const dir = tempDir();
    const sheet = join(dir, 'sheet.xlsx');
    local(['setup', '--sample', '--today', '2026-12-02', '--save', sheet]);
    const closed = join(dir, 'closed.xlsx');
    const out = local([
      'close',
      '--workbook',
      sheet,
      '--month',
      '2026-11',
      '--today',
      '2026-12-02',
      '--out',
      dir,
      '--save',
      closed,
    ]);
    expect(out.monthOver).toBe(true);
    expect(out.clients.length).toBeGreaterThanOrEqual(4);
    for (const c of out.clients) {
      expect(c.skipped).toEqual([]);
      expect(c.report.link).toMatch(/^https:\/\/docs\.google\.com\//);
      expect(c.invoice.number).toBeTruthy();
      const mail = await simpleParser(readFileSync(c.draft.file));
      expect(mail.attachments.map((a) => a.contentType)).toEqual(['application/pdf', 'application/pdf']);
      expect(mail.subject).toBe(c.draft.subject);
    }
    const again = local([
      'close',
      '--workbook',
      closed,
      '--month',
      '2026-11',
      '--today',
      '2026-12-03',
      '--out',
      join(dir, 'again'),
    ]);
    for (const c of again.clients) {
      expect([c.report, c.invoice, c.draft]).toEqual([null, null, null]);
      expect(c.skipped.map((s: { state: string }) => s.state)).toEqual(['done', 'done', 'done']);
    }
  });

  it('thirty mornings on the saved workbook draft each due stage once; thirty more draft nothing again', () => {
    const dir = tempDir();
    const sheet = join(dir, 'sheet.xlsx');
    local(['setup', '--sample', '--today', '2026-12-02', '--save', sheet]);
    const after = join(dir, 'after.xlsx');
    const out = local([
      'mornings',
      '--workbook',
      sheet,
      '--from',
      '2026-12-02',
      '--to',
      '2026-12-31',
      '--out',
      dir,
      '--save',
      after,
    ]);
    expect(out.mornings).toHaveLength(30);
    const made = out.mornings.flatMap((m: { drafts: { invoice: string; stage: number }[] }) =>
      m.drafts.map((d) => `${d.invoice}#${d.stage}`),
    );
    expect(made.length).toBeGreaterThan(0);
    expect(new Set(made).size).toBe(made.length);
    const again = local([
      'mornings',
      '--workbook',
      after,
      '--from',
      '2026-12-02',
      '--to',
      '2026-12-31',
      '--out',
      join(dir, 'again'),
    ]);
    expect(again.mornings.flatMap((m: { drafts: unknown[] }) => m.drafts)).toEqual([]);
  });
});
