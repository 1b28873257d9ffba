// The fake methods the self-test added: Drive export and delete, Gmail draft delete, Blob.getAs,
// deleteSheet, getActiveSheet, clearContents, and the formula-engine hook. Each as its reference says.

import { EngineCellFormulas } from '../../../runtime/formula/cell-formulas';
import { describe, expect, it } from 'vitest';
import { FakeBlob } from '../../../runtime/fakes/blob';
import { RuntimeContext } from '../../../runtime/fakes/context';
import { FakeDrive } from '../../../runtime/fakes/drive';
import { FakeGmail } from '../../../runtime/fakes/gmail';
import { FakeSpreadsheet, FakeSpreadsheetApp } from '../../../runtime/fakes/spreadsheet';
import { buildMime, toBase64Url } from '../../../src/domain/mail/mime';
import { pdfText } from '../../support/pdf-text';

const DOC = 'application/vnd.google-apps.document';
const now = () => new RuntimeContext(new Date('2026-11-22T09:00:00Z'));

function docWith(html: string) {
  const drive = new FakeDrive(now());
  const doc = drive.Files.create(
    { name: 'Report', mimeType: DOC },
    new FakeBlob(html, 'text/html', 'r.html'),
  );
  return { drive, id: doc.id };
}

describe('Drive.Files.export', () => {
  it('refuses a call without alt=media, as live Apps Script does', () => {
    const { drive, id } = docWith('<h1>Hi</h1>');
    expect(() => drive.Files.export(id, 'text/html')).toThrow(/Export requires alt=media/);
  });

  it('gives the Doc as HTML, and as a PDF a PDF reader opens, both as bytes', async () => {
    const { drive, id } = docWith('<h1>Monthly report</h1><p>Acme</p>');
    const html = drive.Files.export(id, 'text/html', { alt: 'media' });
    expect(new TextDecoder().decode(Uint8Array.from(html, (b) => b & 0xff))).toContain(
      '<h1>Monthly report</h1>',
    );
    const pdf = drive.Files.export(id, 'application/pdf', { alt: 'media' });
    expect(String.fromCharCode(...pdf.slice(0, 5))).toBe('%PDF-');
    expect(await pdfText(pdf)).toMatch(/Monthly report[\s\S]*Acme/);
  });

  it('exports only Docs, to the emulated types, and only files the app may see', () => {
    const { drive, id } = docWith('<p>x</p>');
    expect(() => drive.Files.export(id, 'application/rtf', { alt: 'media' })).toThrow(/not emulated/);
    const pdf = drive.Files.create({ name: 'a.pdf', mimeType: 'application/pdf' }, new FakeBlob('%PDF-'));
    expect(() => drive.Files.export(pdf.id, 'application/pdf', { alt: 'media' })).toThrow(/Docs Editors/);
    drive.seedFile({ id: 'users-own', name: 'x', mimeType: DOC, bytes: new Uint8Array(), appCanSee: false });
    expect(() => drive.Files.export('users-own', 'text/html', { alt: 'media' })).toThrow(/404/);
  });
});

describe('Drive.Files.remove', () => {
  it('deletes for good, a folder with what is in it; a file the app cannot see is 404', () => {
    const drive = new FakeDrive(now());
    const folder = drive.Files.create({ name: 'Reports', mimeType: 'application/vnd.google-apps.folder' });
    drive.Files.create(
      { name: 'R', mimeType: DOC, parents: [folder.id] },
      new FakeBlob('<p>x</p>', 'text/html'),
    );
    const other = drive.Files.create({ name: 'keep.pdf' }, new FakeBlob('%PDF-', 'application/pdf'));
    drive.Files.remove(folder.id);
    expect(drive.listAll().map((f) => f.id)).toEqual([other.id]);
    expect(() => drive.Files.remove(folder.id)).toThrow(/404/);
    drive.seedFile({
      id: 'users-own',
      name: 'x',
      mimeType: 'application/pdf',
      bytes: new Uint8Array(),
      appCanSee: false,
    });
    expect(() => drive.Files.remove('users-own')).toThrow(/404/);
    expect(drive.listAll()).toHaveLength(2);
  });
});

describe('Gmail.Users.Drafts.remove', () => {
  const raw = toBase64Url(
    buildMime({ to: 'a@example.com', subject: 'x', text: 'x', html: '<p>x</p>', date: new Date(0) }),
  );

  it('deletes the draft; a second delete or a get is "not found"; ids are never reused', () => {
    const gmail = new FakeGmail(now());
    const first = gmail.Users.Drafts.create({ message: { raw } }, 'me');
    gmail.Users.Drafts.remove('me', first.id);
    expect(gmail.count()).toBe(0);
    expect(() => gmail.Users.Drafts.remove('me', first.id)).toThrow(/not found/);
    expect(() => gmail.Users.Drafts.get('me', first.id, { format: 'minimal' })).toThrow(/not found/);
    const second = gmail.Users.Drafts.create({ message: { raw } }, 'me');
    expect(second.id).not.toBe(first.id);
    expect(() => gmail.Users.Drafts.remove('someone@example.com', second.id)).toThrow(/Delegation denied/);
  });
});

describe('Blob.getAs', () => {
  it('turns HTML into a PDF named for it; anything else throws', async () => {
    const pdf = new FakeBlob('<h1>Invoice</h1><p>INV-7</p>', 'text/html', 'invoice.html').getAs(
      'application/pdf',
    );
    expect(pdf.getName()).toBe('invoice.pdf');
    expect(await pdfText(pdf.rawBytes())).toContain('Invoice INV-7');
    expect(() => new FakeBlob('x', 'text/plain').getAs('application/pdf')).toThrow(/not emulated/);
    expect(() => new FakeBlob('<p>x</p>', 'text/html').getAs('image/png')).toThrow(/not emulated/);
  });
});

describe('Spreadsheet tabs', () => {
  function spreadsheet() {
    const ss = new FakeSpreadsheet({ timeZone: 'Europe/Oslo' });
    new FakeSpreadsheetApp(now(), ss);
    return ss;
  }

  it('deleteSheet removes a tab, never the last one, and moves the active tab', () => {
    const ss = spreadsheet();
    const scratch = ss.insertSheet('Scratch');
    expect(ss.getActiveSheet()).toBe(scratch);
    ss.deleteSheet(scratch);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    expect(() => ss.deleteSheet(scratch)).toThrow(/not found/);
    expect(() => ss.deleteSheet(ss.getSheets()[0]!)).toThrow(/remove all the sheets/);
  });

  it('clearContents empties values and formulas and keeps validation', () => {
    const ss = spreadsheet();
    const sheet = ss.getSheets()[0]!;
    const app = new FakeSpreadsheetApp(now(), ss);
    sheet.getRange(1, 1).setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.getRange(1, 1, 1, 2).setValues([[true, '=A1']]);
    sheet.clearContents();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange(1, 1).getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
  });

  it('computes cell formulas only through a plugged-in formula engine', () => {
    const ss = spreadsheet();
    const sheet = ss.getSheets()[0]!;
    sheet.getRange(1, 1, 1, 2).setValues([[2, '=A1*3']]);
    expect(() => sheet.getRange(1, 2).getValues()).toThrow(/cannot compute formulas/);
    const asked: string[] = [];
    ss.formulas = {
      valueAt: (tab, row, column, formula) => {
        asked.push(`${tab.getName()}!${row},${column} ${formula}`);
        return 6;
      },
    };
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([[2, 6]]);
    expect(asked).toEqual(['Sheet1!1,2 =A1*3']);
  });

  it('with the engine: computes a written formula, and refuses one that reads another uncomputed formula', () => {
    const ss = spreadsheet();
    const sheet = ss.getSheets()[0]!;
    ss.formulas = new EngineCellFormulas(ss, () => new Date(Date.UTC(2026, 10, 30)));
    sheet.getRange(1, 1, 1, 3).setValues([[2, '=A1*3', '=SUM(A1:A1)+1']]);
    // Neither reads the other: each is computed, the other's blank stand-in makes no difference.
    expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([[2, 6, 3]]);
    sheet.getRange(2, 1, 1, 2).setValues([['=B1+1', 'x']]);
    expect(() => sheet.getRange(2, 1).getValues()).toThrow(
      /depends on another formula cell with no saved result/,
    );
  });
});
