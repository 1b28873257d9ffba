// The printable tracking sheet through the bundle: a Doc and its PDF, both replaced in place when
// printed again, the PDF read back with pdf.js; and the runner's print command writing both files.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../runtime/cli';
import type { PrintResult } from '../../src/server-api';
import { pdfText } from '../support/pdf-text';
import { TODAY, sampleRuntime, tempDir } from '../support/runtime';

describe('print tracking sheet', () => {
  it('saves the Doc and a PDF of it, and a second print replaces both with no new file', async () => {
    const runtime = await sampleRuntime();
    const before = runtime.drive.files.length;
    runtime.calls.reset();
    const first = runtime.run<PrintResult>('printTrackingSheet', {
      client: 'Harbour & Thread Ltd',
      month: '2026-11',
      ui: 'en',
    });
    expect(first.pdfLink).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    const pdf = runtime.drive.findByLink(first.pdfLink);
    expect(pdf.mimeType).toBe('application/pdf');
    const text = await pdfText(pdf.bytes);
    expect(text).toContain('Harbour & Thread Ltd');
    expect(runtime.calls.summary().byMethod['Drive.Files.export']).toBe(1);
    const made = runtime.drive.files.length - before;

    const second = runtime.run<PrintResult>('printTrackingSheet', {
      client: 'Harbour & Thread Ltd',
      month: '2026-11',
      ui: 'en',
    });
    expect(second.replaced).toBe(true);
    expect(second.link).toBe(first.link);
    expect(second.pdfLink).toBe(first.pdfLink);
    expect(runtime.drive.files.length - before).toBe(made);
  });

  it('the runner writes DIR/tracking-sheet.pdf and .html', async () => {
    const dir = tempDir();
    const saved = join(dir, 'sample.xlsx');
    await runCommand(['setup', '--sample', '--today', TODAY, '--save', saved, '--json']);
    const { output } = await runCommand([
      'print',
      '--workbook',
      saved,
      '--client',
      'Bakeriet Solsikke AS',
      '--month',
      '2026-11',
      '--today',
      TODAY,
      '--out',
      dir,
      '--json',
    ]);
    expect(output.outputs).toEqual([join(dir, 'tracking-sheet.pdf'), join(dir, 'tracking-sheet.html')]);
    const text = await pdfText(readFileSync(join(dir, 'tracking-sheet.pdf')));
    expect(text).toContain('Bakeriet Solsikke AS');
    expect(readFileSync(join(dir, 'tracking-sheet.html'), 'utf8')).toContain('<table');
  });
});
