// Drive on the platform: an HTML import becomes a Doc that keeps headings, a table and right-to-left
// text; an update replaces it in place; the Doc exports as a PDF; a file the add-on made reads back
// as bytes. Records the form each call returns (string, bytes or Blob), which no reference settles.
// https://developers.google.com/drive/api/reference/rest/v3/files/export , .../files/get , .../files/delete

import { tinyPdfBytes } from './tiny-pdf';
import type { CheckGroup } from './check';
import { contentOf, describe, startsWithPdf, textOf } from './decode';

const DOC = 'application/vnd.google-apps.document';
export const SELF_TEST_FILE_PREFIX = 'Freelance Value Tracker self-test';

function files() {
  if (typeof Drive === 'undefined' || !Drive?.Files)
    throw new Error('the Drive advanced service is not turned on (appsscript.json, dependencies)');
  return Drive.Files!;
}

function html(version: string): string {
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>',
    `<h1>Self-test ${version}</h1>`,
    '<h2>Second heading</h2>',
    '<p>Plain <b>bold</b> text.</p>',
    '<table style="border-collapse:collapse"><tr><td style="border:1px solid #000">Task</td><td style="border:1px solid #000">Hours</td></tr>',
    '<tr><td style="border:1px solid #000">Design</td><td style="border:1px solid #000">2.5</td></tr></table>',
    '<p dir="rtl">דוח חודשי <bdi>Acme</bdi></p>',
    // The report's bars: a one-row table whose cells carry a width and a background colour.
    '<table style="border-collapse:collapse;width:60%"><tr><td style="width:70%;height:8px;padding:0;background-color:#1a73e8">&nbsp;</td>',
    '<td style="width:30%;height:8px;padding:0;background-color:#e0e0e0">&nbsp;</td></tr></table>',
    '</body></html>',
  ].join('');
}

/** Drive.Files.export is typed void; what comes back is the question. */
function exportAs(id: string, mimeType: string): unknown {
  const exporter = files() as unknown as { export(id: string, type: string, args: object): unknown };
  return exporter.export(id, mimeType, { alt: 'media' });
}

/** The Doc as PDF bytes, whatever form the export hands them in, and that form for the report. */
function exportPdf(id: string): { form: string; bytes: Uint8Array } {
  const result = exportAs(id, 'application/pdf');
  const { form, bytes } = contentOf(result);
  if (!bytes)
    throw new Error(
      `export to PDF came as ${form === 'other' ? describe(result) : `a ${form}`}: binary bytes cannot be trusted to survive that`,
    );
  if (!startsWithPdf(bytes)) throw new Error(`export to PDF came as a ${form} not starting with %PDF-`);
  return { form, bytes };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function checkExportedHtml(id: string, mustHave: string[]): string {
  const { form, text } = textOf(exportAs(id, 'text/html'));
  const lower = text.toLowerCase();
  const wanted: Record<string, RegExp> = {
    'a first-level heading': /<h1[\s>]/,
    'a second-level heading': /<h2[\s>]/,
    'a table': /<table[\s>]/,
    'a right-to-left paragraph (dir="rtl")': /dir="?rtl/,
    // Docs exports styles inline or as classes in a <style> block; either way the colour is there.
    'a table cell background colour (the report’s bars)': /background-color:\s*#1a73e8/,
  };
  const lost = Object.keys(wanted).filter((k) => !wanted[k]!.test(lower));
  const absent = mustHave.filter((t) => text.indexOf(t) < 0);
  if (lost.length > 0 || absent.length > 0)
    throw new Error(
      `the exported HTML (${form}, ${text.length} characters) lacks ${[...lost, ...absent.map((t) => `“${t}”`)].join(', ')}`,
    );
  return `export to text/html came as a ${form}; headings, table, dir="rtl" and cell background colours kept`;
}

export const DRIVE_GROUP: CheckGroup = {
  name: 'Drive',
  checks: [
    {
      id: 'doc-import',
      title: 'HTML imports into a Google Doc keeping headings, a table, right-to-left text and cell colours',
    },
    { id: 'pdf-export', title: 'The Doc exports as a PDF (Drive.Files.export with alt=media)' },
    { id: 'doc-update', title: 'Updating the Doc with new HTML replaces its content under the same link' },
    {
      id: 'pdf-export-after-update',
      title: 'The updated Doc exports again as a new PDF, not the one exported before the update',
    },
    { id: 'pdf-from-html', title: 'An HTML blob converts to a PDF (Blob.getAs), the no-scope fallback' },
    {
      id: 'drive-media-get',
      title: 'A file the add-on made reads back as bytes (Drive.Files.get with alt=media)',
    },
  ],
  run(t) {
    let docId: string | null = null;
    t.check('doc-import', () => {
      const blob = Utilities.newBlob(html('v1'), 'text/html', 'self-test.html');
      const made = files().create({ name: `${SELF_TEST_FILE_PREFIX} (delete me)`, mimeType: DOC }, blob, {
        fields: 'id,webViewLink',
      });
      if (!made?.id) throw new Error(`Drive.Files.create gave no id (${describe(made)})`);
      const id = made.id;
      docId = id;
      t.cleanup('doc-import', () => files().remove(id));
      return checkExportedHtml(id, ['Self-test v1', 'Acme']);
    });
    if (docId === null) {
      for (const id of ['pdf-export', 'doc-update', 'pdf-export-after-update'])
        t.skip(id, 'needs the Doc that doc-import could not make');
    } else {
      const id: string = docId;
      let before: Uint8Array | null = null;
      t.check('pdf-export', () => {
        const { form, bytes } = exportPdf(id);
        before = bytes;
        return `export to PDF came as a ${form} of ${bytes.length} bytes starting with %PDF-`;
      });
      const updated = t.check('doc-update', () => {
        const blob = Utilities.newBlob(html('v2'), 'text/html', 'self-test.html');
        const updated = files().update({}, id, blob, { fields: 'id' });
        if (updated?.id && updated.id !== id) throw new Error(`the update made a new file ${updated.id}`);
        const detail = checkExportedHtml(id, ['Self-test v2']);
        const again = textOf(exportAs(id, 'text/html')).text;
        if (again.indexOf('Self-test v1') >= 0) throw new Error('the old content is still in the Doc');
        return `same id; ${detail}`;
      });
      // Invoices and reports are exported again right after each update: a stale export would send the
      // client the old figures.
      if (!updated) t.skip('pdf-export-after-update', 'needs the update that doc-update could not make');
      else
        t.check('pdf-export-after-update', () => {
          const after = exportPdf(id).bytes;
          const first: Uint8Array | null = before;
          if (first !== null && sameBytes(first, after))
            throw new Error(`the PDF exported after the update is byte for byte the one exported before it`);
          return `a ${after.length}-byte PDF${first !== null ? `, not the ${(first as Uint8Array).length} bytes exported before` : ''}`;
        });
    }
    t.check('pdf-from-html', () => {
      const pdf = Utilities.newBlob(html('pdf'), 'text/html', 'self-test.html').getAs('application/pdf');
      const { form, bytes } = contentOf(pdf);
      if (!bytes || !startsWithPdf(bytes)) throw new Error(`getAs gave ${describe(pdf)}, not a PDF`);
      return `getAs('application/pdf') gave a ${form} of ${bytes.length} bytes starting with %PDF-`;
    });
    t.check('drive-media-get', () => {
      const pdf = tinyPdfBytes('Freelance Value Tracker self-test');
      const blob = Utilities.newBlob(Array.from(pdf), 'application/pdf', 'self-test.pdf');
      const made = files().create(
        { name: `${SELF_TEST_FILE_PREFIX} (delete me).pdf`, mimeType: 'application/pdf' },
        blob,
        { fields: 'id' },
      );
      if (!made?.id) throw new Error('Drive.Files.create gave no id');
      const id = made.id;
      t.cleanup('drive-media-get', () => files().remove(id));
      const media: unknown = files().get(id, { alt: 'media' });
      const { form, bytes } = contentOf(media);
      if (!bytes)
        throw new Error(
          `get with alt=media came as ${form === 'other' ? describe(media) : `a ${form}`}, not bytes: invoices cannot be attached as they are`,
        );
      if (bytes.length !== pdf.length || !startsWithPdf(bytes))
        throw new Error(
          `get with alt=media came as a ${form} of ${bytes.length} bytes, not the ${pdf.length} written`,
        );
      return `get with alt=media came as a ${form}; all ${bytes.length} bytes intact`;
    });
  },
};
