// The local runner as tests and tools call it: one JSON object on stdout, clear one-line errors.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TODAY, ensureBuilt, tempDir } from '../support/runtime';

function local(args: string[]) {
  ensureBuilt();
  // node --import tsx rather than npx: npm may print its own warnings on stderr.
  return spawnSync(process.execPath, ['--import', 'tsx', 'runtime/cli.ts', ...args], { encoding: 'utf8' });
}

describe('npm run local', () => {
  it('setup --sample then check, saving and reopening the .xlsx, with JSON only on stdout', () => {
    const dir = tempDir();
    const saved = join(dir, 'sheet.xlsx');
    const setup = local(['setup', '--sample', '--today', TODAY, '--save', saved, '--json']);
    expect(setup.status, setup.stderr).toBe(0);
    const out = JSON.parse(setup.stdout);
    expect(out.diagnostics).toEqual([]);
    expect(out.outputs).toEqual([saved, join(dir, 'sheet.state')]);
    expect(out.calls.total).toBeGreaterThan(0);
    expect(out.calls.byService).toHaveProperty('Range');
    expect(existsSync(saved)).toBe(true);

    const check = local(['check', '--workbook', saved, '--today', TODAY, '--json']);
    expect(check.status, check.stderr).toBe(0);
    const result = JSON.parse(check.stdout);
    expect(result.diagnostics).toEqual([]);
    expect(result.rowsRead.Tasks).toBeGreaterThan(50);
    expect(result.calls.byMethod['Range.getValues']).toBe(5);
  });

  it('refuses bad arguments and unreadable files with one line and a non-zero exit', () => {
    const noCommand = local(['--json']);
    expect(noCommand.status).toBe(2);
    expect(noCommand.stderr.trim().split('\n')).toHaveLength(1);
    const missing = local(['check', '--workbook', '/nonexistent.xlsx']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read \/nonexistent.xlsx/);
    const dir = tempDir();
    const junk = join(dir, 'junk.xlsx');
    writeFileSync(junk, 'not a workbook');
    const broken = local(['check', '--workbook', junk]);
    expect(broken.status).not.toBe(0);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    const badDate = local(['check', '--today', '22/11/2026']);
    expect(badDate.status).toBe(2);
  });

  it('exits 2 with one line naming the file for a file that is not a workbook, or cannot be read', () => {
    const dir = tempDir();
    const junk = join(dir, 'junk.xlsx');
    writeFileSync(junk, 'not a workbook');
    for (const path of [junk, dir]) {
      const run = local(['check', '--workbook', path]);
      expect(run.status, run.stderr).toBe(2);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(path);
      expect(lines[0]).not.toMatch(/Corrupted zip|End of data|EISDIR/);
    }
  });

  it('says a month out of range is out of range, and refuses a day that does not exist', () => {
    const month = local(['report', '--client', 'Acme', '--month', '2026-13']);
    expect(month.status).toBe(2);
    expect(month.stderr).toMatch(/--month 2026-13: month 13 is out of range; expected 01 to 12/);
    const day = local(['check', '--today', '2026-02-30']);
    expect(day.status).toBe(2);
    expect(day.stderr).toMatch(/--today 2026-02-30 is not a real date: .*2026-02 has 28 days/);
    expect(day.stderr.trim().split('\n')).toHaveLength(1);
    const leap = local(['check', '--today', '2028-02-29', '--json']);
    expect(leap.status, leap.stderr).toBe(0);
  });

  it('report without --workbook says there is no Clients tab, not that the client is missing', () => {
    const run = local(['report', '--client', 'Acme', '--month', '2026-10']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/There is no Clients tab\. Run .*Set up tracking sheet/);
    expect(run.stderr).not.toMatch(/no client called/);
  });

  it('starts from an empty spreadsheet without --workbook: check says the tabs are missing', () => {
    const run = local(['check', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.diagnostics.map((d: { sheet: string }) => d.sheet)).toEqual(
      expect.arrayContaining(['Clients', 'Tasks']),
    );
  });
});

describe('npm run demo', () => {
  it('runs on a fresh build and says where its outputs are', () => {
    ensureBuilt();
    const dir = tempDir();
    const output = execFileSync('npx', ['tsx', 'scripts/demo.ts', '--today', TODAY, '--out', dir], {
      encoding: 'utf8',
    });
    expect(output).toMatch(/demo\.xlsx/);
    expect(existsSync(join(dir, 'demo.xlsx'))).toBe(true);
    // Issue 19's demo: the invoices continue one series, show the buyer's address, MVA for the Norwegian
    // client and the 0 % wording for a foreign one; a credit note cancels a sent invoice, which is never
    // chased after.
    const numbers = [...output.matchAll(/^Invoice (INV-\d+) for /gm)].map((m) => Number(m[1]!.slice(4)));
    expect(numbers.length).toBe(5);
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
    const invoiceText = (name: string) =>
      readFileSync(join(dir, 'invoices', `${name}.html`), 'utf8').replace(/<[^>]*>/g, ' ');
    const norwegian = invoiceText(`INV-${numbers[1]}`);
    expect(norwegian).toContain('Solsikkeveien 3');
    expect(norwegian).toMatch(/Mva\. 25\s%/);
    const english = invoiceText(`INV-${numbers[0]}`);
    expect(english).toContain('14 Harbour Walk');
    expect(english).toContain('zero-rated under section 6-22');
    const credit = /^Invoice (INV-\d+) sent on \S+, then cancelled in full by credit note (CN-\S+) /m.exec(
      output,
    )!;
    expect(credit).not.toBeNull();
    expect(invoiceText(credit[2]!)).toContain(`cancels invoice ${credit[1]}`);
    expect(output).toContain(`no reminder for ${credit[1]}: a credit note cancels it`);
    expect(output).not.toMatch(new RegExp(`reminder for ${credit[1]},`));
  });
});
