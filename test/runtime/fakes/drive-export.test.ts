// The Drive fake's PDF export and media reads, checked with an independent PDF reader (pdf.js).

import { describe, expect, it } from 'vitest';
import { FakeBlob } from '../../../runtime/fakes/blob';
import { RuntimeContext } from '../../../runtime/fakes/context';
import { FakeDrive } from '../../../runtime/fakes/drive';
import { htmlToLines, visualOrder } from '../../../runtime/fakes/pdf';
import { pdfText } from '../../support/pdf-text';

const DOC = 'application/vnd.google-apps.document';

function docWith(html: string) {
  const drive = new FakeDrive(new RuntimeContext());
  const doc = drive.Files.create(
    { name: 'Report', mimeType: DOC },
    new FakeBlob(html, 'text/html', 'r.html'),
  );
  return { drive, doc };
}

describe('Drive fake export', () => {
  it('fails without alt=media, as live Apps Script does', () => {
    const { drive, doc } = docWith('<p>x</p>');
    expect(() => drive.Files.export(doc.id, 'application/pdf')).toThrow(/Export requires alt=media/);
  });

  it('exports only Docs, and only to PDF (strict)', () => {
    const { drive, doc } = docWith('<p>x</p>');
    drive.seedFile({
      id: 'pdf1',
      name: 'a.pdf',
      mimeType: 'application/pdf',
      bytes: new Uint8Array([1]),
      appCanSee: true,
    });
    expect(() => drive.Files.export('pdf1', 'application/pdf', { alt: 'media' })).toThrow(
      /only supports Docs Editors/,
    );
    expect(() => drive.Files.export(doc.id, 'text/plain', { alt: 'media' })).toThrow(/not emulated/);
  });

  it('gives a byte array that pdf.js opens, holding the Doc’s Latin, Hebrew and Japanese text', async () => {
    const html =
      '<html><head><title>t</title><style>p{color:red}</style></head><body><h1>Invoice ACME-2026-10</h1>' +
      '<p dir="rtl">חשבונית עבור <bdi>Acme &amp; Co</bdi></p><table><tr><td>作業</td><td>7,500円</td></tr></table>' +
      `<p>${'many words '.repeat(60)}</p></body></html>`;
    const { drive, doc } = docWith(html);
    const bytes = drive.Files.export(doc.id, 'application/pdf', { alt: 'media' });
    expect(Array.isArray(bytes)).toBe(true);
    expect(String.fromCharCode(...bytes.slice(0, 5))).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('Invoice ACME-2026-10');
    expect(text).toContain('חשבונית עבור Acme & Co');
    expect(text).toContain('作業');
    expect(text).toContain('7,500円');
    expect(text).not.toContain('color:red');
    expect(drive.exported).toBe(1);
  });

  it('pages long documents', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `<p>line ${i + 1}</p>`).join('');
    const { drive, doc } = docWith(rows);
    const text = await pdfText(drive.Files.export(doc.id, 'application/pdf', { alt: 'media' }));
    expect(text).toContain('line 1\n');
    expect(text).toContain('line 150');
  });

  it('turns HTML into lines and RTL lines into visual order', () => {
    expect(htmlToLines('<h1>A&lt;B</h1><table><tr><th>x</th><td> y </td></tr></table>')).toEqual([
      'A<B',
      'x   y',
    ]);
    const codes = (s: string) => [...s].map((c) => c.charCodeAt(0));
    expect(String.fromCharCode(...visualOrder(codes('אב 12')))).toBe('12 בא');
    expect(String.fromCharCode(...visualOrder(codes('ab')))).toBe('ab');
  });
});
