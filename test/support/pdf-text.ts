// Reads a PDF's text with an independent reader (Mozilla's pdf.js), as a client's PDF viewer would.

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page, lines joined with newlines; throws if the bytes are not a readable PDF. */
export async function pdfText(bytes: Uint8Array | Buffer | number[]): Promise<string> {
  const data = Uint8Array.from(bytes as ArrayLike<number>, (b) => b & 0xff);
  const doc = await getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 })
    .promise;
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    pages.push(
      content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
    );
  }
  await doc.destroy();
  return pages.join('\n');
}
