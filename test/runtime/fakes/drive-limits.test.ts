// The Drive fake refuses what Drive refuses by size: a property over 124 bytes of UTF-8 (key and value
// together), more than 30 app properties on a file, and an export over 10 MB.

import { describe, expect, it } from 'vitest';
import { FakeBlob } from '../../../runtime/fakes/blob';
import { RuntimeContext } from '../../../runtime/fakes/context';
import { FakeDrive } from '../../../runtime/fakes/drive';
import { EXPORT_LIMIT } from '../../../runtime/fakes/drive-limits';

const DOC = 'application/vnd.google-apps.document';

describe('Drive fake size limits', () => {
  it('takes a property of exactly 124 bytes of UTF-8 and refuses 125, counting the key too', () => {
    const drive = new FakeDrive(new RuntimeContext());
    const key = 'fvtInvoice'; // 10 bytes
    const fits = 'あ'.repeat(38); // 114 bytes: 124 with the key
    const made = drive.Files.create({ name: 'a', appProperties: { [key]: fits } });
    expect(made.appProperties[key]).toBe(fits);
    expect(() => drive.Files.create({ name: 'b', appProperties: { [key]: `${fits}x` } })).toThrow(
      /fvtInvoice is too large: key and value take 125 bytes/,
    );
    // Hebrew letters take two bytes each: 57 of them and the key make 124.
    expect(() => drive.Files.create({ name: 'c', appProperties: { [key]: 'א'.repeat(57) } })).not.toThrow();
    expect(() => drive.Files.create({ name: 'd', appProperties: { [key]: 'א'.repeat(58) } })).toThrow(
      /126 bytes/,
    );
  });

  it('checks an update’s patch the same way and leaves the file as it was when refused', () => {
    const drive = new FakeDrive(new RuntimeContext());
    const made = drive.Files.create({ name: 'a', appProperties: { k: 'v' } });
    expect(() => drive.Files.update({ appProperties: { k: 'x'.repeat(124) } }, made.id)).toThrow(/too large/);
    expect(drive.visible(made.id).appProperties).toEqual({ k: 'v' });
    // A null value removes the key (files.update patches).
    drive.Files.update({ appProperties: { k: null, other: '1' } }, made.id);
    expect(drive.visible(made.id).appProperties).toEqual({ other: '1' });
  });

  it('holds at most 30 app properties on one file', () => {
    const drive = new FakeDrive(new RuntimeContext());
    const thirty = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, 'v']));
    const made = drive.Files.create({ name: 'a', appProperties: thirty });
    expect(() => drive.Files.update({ appProperties: { k30: 'v' } }, made.id)).toThrow(/at most 30/);
  });

  it('refuses to export more than 10 MB, as files.export documents', () => {
    const drive = new FakeDrive(new RuntimeContext());
    // The fake's PDF spends about 4 bytes per Japanese character: 2.5 million make over 10 MB.
    const html = `<p>${'あ'.repeat(2_500_000)}</p>`;
    const doc = drive.Files.create({ name: 'big', mimeType: DOC }, new FakeBlob(html, 'text/html', 'b.html'));
    expect(() => drive.Files.export(doc.id, 'application/pdf', { alt: 'media' })).toThrow(
      /too large to be exported/,
    );
    const small = drive.Files.create(
      { name: 'small', mimeType: DOC },
      new FakeBlob('<p>x</p>', 'text/html', 's.html'),
    );
    const pdf = drive.Files.export(small.id, 'application/pdf', { alt: 'media' });
    expect(pdf.length).toBeLessThan(EXPORT_LIMIT);
  });
});
