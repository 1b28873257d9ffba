// Cells Sheets makes that the add-on never writes itself, run on the built bundle: an unticked box
// (FALSE) alone on a row, and a link chip or HYPERLINK label in Invoice file.

import { describe, expect, it } from 'vitest';
import { sampleRuntime } from '../support/runtime';

type Check = {
  problems: { sheet: string; row: number; column: string; message: string; severity: string }[];
};

function columnOf(runtime: Awaited<ReturnType<typeof sampleRuntime>>, tab: string, header: string) {
  const sheet = runtime.spreadsheet.getSheetByName(tab)!;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
  return { sheet, column: headers.indexOf(header) + 1 };
}

describe('cells the add-on never writes', () => {
  it('a Tasks row holding only an unticked box is blank, not a task with problems', async () => {
    const runtime = await sampleRuntime();
    const { sheet, column } = columnOf(runtime, 'Tasks', 'Billable');
    const row = sheet.getLastRow() + 1;
    sheet.rawWrite(row, column, [[false], [false]]);
    const check = runtime.run<Check>('checkSheet');
    expect(check.problems.filter((p) => p.sheet === 'Tasks' && p.row >= row)).toEqual([]);
  });

  it('an Invoice file showing a chip’s label is named in Check, with what to paste instead', async () => {
    const runtime = await sampleRuntime();
    const { sheet, column } = columnOf(runtime, 'Invoices', 'Invoice file');
    // As Sheets holds a file chip: the label is the value, the link rides along.
    sheet.put(2, column, {
      value: 'Invoice 7.pdf',
      link: 'https://drive.google.com/file/d/abc123456789xyz/view',
    });
    expect(sheet.getRange(2, column).getValue()).toBe('Invoice 7.pdf');
    expect(sheet.getRange(2, column).getRichTextValues()[0]![0]!.getLinkUrl()).toBe(
      'https://drive.google.com/file/d/abc123456789xyz/view',
    );
    const check = runtime.run<Check>('checkSheet');
    const about = check.problems.filter((p) => p.sheet === 'Invoices' && p.row === 2);
    expect(about).toEqual([
      expect.objectContaining({
        column: 'Invoice file',
        severity: 'warning',
        message: expect.stringMatching(/^“Invoice 7\.pdf” is not a link to a file in Drive\. A link chip/),
      }),
    ]);
  });
});
