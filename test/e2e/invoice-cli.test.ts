// The runner's invoice command and report --draft: files on disk, read back with pdf.js and mailparser.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text';
import { TODAY, ensureBuilt, tempDir } from '../support/runtime';

function local(args: string[]) {
  ensureBuilt();
  return spawnSync(process.execPath, ['--import', 'tsx', 'runtime/cli.ts', ...args], { encoding: 'utf8' });
}

// Each runner call is a fresh Node process that loads the bundle and an .xlsx: on a loaded 2-core
// machine three of them in a row can pass the default 60 s.
const SLOW = 180_000;

describe('npm run local -- invoice / report --draft', () => {
  it(
    'writes invoice.pdf and invoice.html, lists the invoice in JSON, and a rerun on the saved sheet makes the same invoice',
    async () => {
      const dir = tempDir();
      const sheet = join(dir, 'sheet.xlsx');
      expect(local(['setup', '--sample', '--today', TODAY, '--save', sheet, '--json']).status).toBe(0);
      const args = ['invoice', '--workbook', sheet, '--client', 'Bakeriet Solsikke AS', '--month', '2026-10'];
      const run = local([...args, '--today', TODAY, '--out', dir, '--save', sheet, '--json']);
      expect(run.status, run.stderr).toBe(0);
      const out = JSON.parse(run.stdout);
      expect(out.invoice).toEqual({
        number: 'INV-1013',
        client: 'Bakeriet Solsikke AS',
        amount: expect.any(Number),
        net: expect.any(Number),
        vat: [{ rate: 25, base: expect.any(Number), amount: expect.any(Number) }],
        total: expect.any(Number),
        currency: 'NOK',
        issued: TODAY,
        due: '2026-12-06',
        hours: expect.any(Number),
        file: expect.stringMatching(/^https:\/\/drive\.google\.com\/file\/d\//),
      });
      expect(out.outputs).toEqual([
        join(dir, 'invoice.pdf'),
        join(dir, 'invoice.html'),
        sheet,
        join(dir, 'sheet.state'),
      ]);
      const text = await pdfText(readFileSync(join(dir, 'invoice.pdf')));
      expect(text).toContain('Faktura');
      expect(text).toContain('INV-1013');
      // The demo's series continues; MVA for the Norwegian client, its address and org.nr. on the invoice.
      expect(out.invoice.total).toBe(out.invoice.amount);
      // One VAT row whose base is the whole net, its VAT computed once on it (issue 19, Local runner).
      expect(out.invoice.vat[0].base).toBe(out.invoice.net);
      expect(out.invoice.vat[0].amount).toBe(Math.round(out.invoice.net * 25) / 100);
      expect(out.invoice.total).toBe(Math.round((out.invoice.net + out.invoice.vat[0].amount) * 100) / 100);
      expect(text).toContain('Solsikkeveien 3');
      expect(text).toContain('Org.nr. 998 877 660 MVA');
      expect(text).toMatch(/Betalingsfrist: 14 dager fra fakturadato/);
      expect(readFileSync(join(dir, 'invoice.html'), 'utf8')).toContain('lang="nb"');

      // The saved sheet marks the tasks and its state folder keeps Drive: a second run bills the same
      // tasks under the same number, replacing the same files.
      const again = JSON.parse(local([...args, '--today', TODAY, '--out', dir, '--json']).stdout);
      expect(again.invoice.number).toBe('INV-1013');
      expect(again.invoice.amount).toBe(out.invoice.amount);
      expect(again.invoice.file).toBe(out.invoice.file);
      expect(again.replaced).toBe(true);
    },
    SLOW,
  );

  it(
    'report --draft writes the cover email with the report PDF attached',
    async () => {
      const dir = tempDir();
      const sheet = join(dir, 'sheet.xlsx');
      expect(local(['setup', '--sample', '--today', TODAY, '--save', sheet, '--json']).status).toBe(0);
      const run = local([
        'report',
        '--workbook',
        sheet,
        '--client',
        'Norðurljós ferðir ehf.',
        '--month',
        '2026-10',
        '--today',
        TODAY,
        '--out',
        dir,
        '--draft',
        '--json',
      ]);
      expect(run.status, run.stderr).toBe(0);
      const out = JSON.parse(run.stdout);
      const eml = join(dir, 'report-draft.eml');
      expect(out.drafts).toEqual([expect.objectContaining({ kind: 'report', file: eml })]);
      expect(out.outputs).toContain(eml);
      expect(existsSync(eml)).toBe(true);
      const mail = await simpleParser(readFileSync(eml));
      expect(mail.attachments).toHaveLength(1);
      expect(mail.attachments[0]!.filename).toBe('Norðurljós ferðir ehf. – mánaðarskýrsla október 2026.pdf');
      expect(await pdfText(mail.attachments[0]!.content)).toContain('Norðurljós ferðir ehf.');
      expect(mail.text).not.toMatch(/docs\.google\.com/);
    },
    SLOW,
  );

  it('needs --client', () => {
    const run = local(['invoice', '--json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/invoice needs --client NAME/);
  });
});
