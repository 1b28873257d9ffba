// Golden invoices, one file per seller country, treatment and client language, and one credit note per
// country (test/golden/invoices/<seller>-<treatment>-<lang>.html): the HTML the add-on hands Drive,
// rendered by the same pure code (renderInvoiceHtml), for an accountant of the seller's country to read.
// Each golden is the rendered HTML with a line break after each heading, paragraph, line break and table
// row (whitespace between tags, which a browser and Drive's import ignore), so a diff shows the line that
// changed. UPDATE_GOLDEN=1 rewrites every one in one run and deletes any a renamed case left behind.

import { describe, it } from 'vitest';
import { renderInvoiceHtml } from '../../../src/domain/invoice/invoice-html';
import { expectGolden, expectGoldenFolder } from '../../support/golden';
import { CASES, modelOf } from './invoice-matrix';

const FOLDER = 'test/golden/invoices';

/** One element per line: the HTML unchanged but for a newline after each block's end. */
function readableHtml(html: string): string {
  return `${html.replace(/(<\/(?:head|h1|h2|p|tr|table)>|<br>|<body[^>]*>|<table[^>]*>)/g, '$1\n')}\n`;
}

describe('golden invoices per seller country, treatment and language', () => {
  for (const c of CASES)
    it(c.file, () => expectGolden(`${FOLDER}/${c.file}.html`, readableHtml(renderInvoiceHtml(modelOf(c)))));

  it('the folder holds exactly these goldens', () =>
    expectGoldenFolder(
      FOLDER,
      CASES.map((c) => `${c.file}.html`),
    ));
});
