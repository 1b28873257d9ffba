// The Drive v3 fake: drive.file visibility, the query forms the add-on writes, conversion and its quota.

import { describe, expect, it } from 'vitest';
import { queryString } from '../../../src/adapters/report-doc';
import { FakeBlob } from '../../../runtime/fakes/blob';
import { RuntimeContext } from '../../../runtime/fakes/context';
import { FakeDrive, parseQuery } from '../../../runtime/fakes/drive';

const html = (text: string) => new FakeBlob(text, 'text/html', 'r.html');

describe('Drive fake', () => {
  it('lists and opens only files the app created or the user opened with it', () => {
    const drive = new FakeDrive(new RuntimeContext());
    drive.seedFile({
      id: 'mine',
      name: 'a.pdf',
      mimeType: 'application/pdf',
      bytes: new Uint8Array([37, 80, 68, 70]),
      appCanSee: true,
    });
    drive.seedFile({
      id: 'theirs',
      name: 'b.pdf',
      mimeType: 'application/pdf',
      bytes: new Uint8Array([1]),
      appCanSee: false,
    });
    expect(drive.Files.list({}).files.map((f) => f.id)).toEqual(['mine']);
    expect(() => drive.Files.get('theirs', { alt: 'media' })).toThrow(/File not found: theirs/);
    // A byte array, as gas-fakes found on live Apps Script: not a Blob.
    expect(drive.Files.get('mine', { alt: 'media' })).toEqual([37, 80, 68, 70]);
  });

  it('finds a folder by a name with quotes and backslashes, or a report by its app property', () => {
    const drive = new FakeDrive(new RuntimeContext());
    const name = "Ingrid's \\ reports";
    const folder = drive.Files.create({ name, mimeType: 'application/vnd.google-apps.folder' });
    drive.Files.create(
      {
        name: 'r',
        mimeType: 'application/vnd.google-apps.document',
        parents: [folder.id],
        appProperties: { fvtReport: 'k1' },
      },
      html('<p>x</p>'),
    );
    const q = `trashed = false and ((mimeType = 'application/vnd.google-apps.folder' and name = ${queryString(name)}) or (appProperties has { key='fvtReport' and value=${queryString('k1')} }))`;
    expect(drive.Files.list({ q }).files).toHaveLength(2);
    expect(drive.Files.list({ q: `'${folder.id}' in parents` }).files).toHaveLength(1);
    expect(() => parseQuery("fullText contains 'x'")).toThrow(/not emulated/);
  });

  it('converts HTML to a Doc, replaces it in place, and stops at the conversion quota', () => {
    const drive = new FakeDrive(new RuntimeContext());
    drive.convertLimit = 2;
    const doc = drive.Files.create(
      { name: 'r', mimeType: 'application/vnd.google-apps.document' },
      html('<p>one</p>'),
    );
    drive.Files.update({ name: 'r2' }, doc.id, html('<p>two</p>'));
    expect(drive.findByLink(doc.webViewLink).html).toBe('<p>two</p>');
    expect(drive.listAll()).toHaveLength(1);
    expect(() =>
      drive.Files.create({ name: 'x', mimeType: 'application/vnd.google-apps.document' }, html('<p/>')),
    ).toThrow(/rate limit/);
    expect(() => drive.Files.get(doc.id, { alt: 'media' })).toThrow(/Only files with binary content/);
  });
});
