// The runner keeps what Google keeps between executions: `--save OUT.xlsx` writes OUT.state/ (Drive
// files, Gmail drafts, user properties) and `--workbook` reads it back, so an invoice made in one
// command is attached by the reminder a later command drafts, as on Google.

import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text';
import { runCommand } from '../../runtime/cli';
import { ensureBuilt, tempDir } from '../support/runtime';

/** One command as `npm run -s local` runs it (the same function, in this process: each a fresh runtime). */
// biome-ignore lint/suspicious/noExplicitAny: the runner's JSON output, read field by field.
async function local(args: string[]): Promise<any> {
  ensureBuilt();
  const { output } = await runCommand([...args, '--json']);
  return JSON.parse(JSON.stringify(output));
}

describe('runner state across commands', () => {
  it('invoice on the 1st, remind after it falls due: the reminder attaches the invoice PDF the add-on made', async () => {
    const dir = tempDir();
    const sheet = join(dir, 'month.xlsx');
    const client = 'Bakeriet Solsikke AS';
    await local(['setup', '--sample', '--today', '2026-11-01', '--save', sheet]);
    expect(existsSync(join(dir, 'month.state', 'drive.json'))).toBe(true);
    const made = await local([
      'invoice',
      '--workbook',
      sheet,
      '--client',
      client,
      '--month',
      '2026-10',
      '--today',
      '2026-11-01',
      '--out',
      dir,
      '--save',
      sheet,
    ]);
    expect(made.outputs).toContain(join(dir, 'month.state'));
    const number: string = made.invoice.number;
    expect(made.invoice.due).toBe('2026-11-15');
    // The user's language pick is kept too (user properties).
    const drive = JSON.parse(readFileSync(join(dir, 'month.state', 'drive.json'), 'utf8'));
    expect(
      drive.files.some(
        (f: { appProperties: Record<string, string> }) => f.appProperties.fvtNumber === number,
      ),
    ).toBe(true);

    const remind = await local([
      'remind',
      '--workbook',
      sheet,
      '--only',
      'payment',
      '--today',
      '2026-11-17',
      '--out',
      dir,
      '--save',
      sheet,
    ]);
    const draft = remind.drafts.find((d: { invoice: string }) => d.invoice === number);
    expect(draft, JSON.stringify(remind.drafts)).toBeDefined();
    expect(JSON.stringify(remind.notAttached)).not.toContain(number);
    const mail = await simpleParser(readFileSync(draft.file));
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdf, 'the invoice PDF is attached').toBeDefined();
    expect(await pdfText(new Uint8Array(pdf!.content))).toContain(number);
    expect(mail.text ?? '').not.toContain('drive.google.com');

    // The draft is in the saved state, and the next run does not draft the same reminder again.
    const gmail = JSON.parse(readFileSync(join(dir, 'month.state', 'gmail.json'), 'utf8'));
    expect(gmail.drafts.length).toBeGreaterThan(0);
    const again = await local([
      'remind',
      '--workbook',
      sheet,
      '--only',
      'payment',
      '--today',
      '2026-11-17',
      '--out',
      dir,
    ]);
    expect(again.drafts.filter((d: { invoice: string }) => d.invoice === number)).toHaveLength(0);
  });

  it('without the state folder the same reminder carries a link and says why (as a workbook from elsewhere would)', async () => {
    const dir = tempDir();
    const sheet = join(dir, 'month.xlsx');
    const client = 'Bakeriet Solsikke AS';
    await local(['setup', '--sample', '--today', '2026-11-01', '--save', sheet]);
    const made = await local([
      'invoice',
      '--workbook',
      sheet,
      '--client',
      client,
      '--month',
      '2026-10',
      '--today',
      '2026-11-01',
      '--out',
      dir,
      '--save',
      sheet,
    ]);
    rmSync(join(dir, 'month.state'), { recursive: true });
    const remind = await local([
      'remind',
      '--workbook',
      sheet,
      '--only',
      'payment',
      '--today',
      '2026-11-17',
      '--out',
      dir,
    ]);
    expect(JSON.stringify(remind.notAttached)).toContain(made.invoice.number);
  });
});
