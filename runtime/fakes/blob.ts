// Blob: bytes with a content type and a name. A value object in Apps Script; no service behind it.
// https://developers.google.com/apps-script/reference/base/blob

import { tinyPdf } from '../../src/selftest/tiny-pdf';
import { SERVICE } from '../calls';

type BlobPart = Pick<
  GoogleAppsScript.Base.Blob,
  'getBytes' | 'getDataAsString' | 'getContentType' | 'setContentType' | 'getName' | 'setName' | 'copyBlob'
>;

export class FakeBlob implements BlobPart {
  readonly [SERVICE] = 'Blob';
  private readonly bytes: Uint8Array;

  constructor(
    data: Uint8Array | string,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    this.bytes = typeof data === 'string' ? new TextEncoder().encode(data) : Uint8Array.from(data);
  }

  /** Apps Script hands bytes out as signed Java bytes (-128..127). */
  getBytes(): number[] {
    return Array.from(new Int8Array(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length));
  }

  /** Raw bytes for tests and for the runtime's own files (not part of the Apps Script API). */
  rawBytes(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }

  getDataAsString(charset?: string): string {
    if (charset && charset.toUpperCase().replace('-', '') !== 'UTF8') {
      throw new Error(`FakeBlob.getDataAsString: charset ${charset} is not emulated; only UTF-8 is.`);
    }
    return new TextDecoder('utf-8').decode(this.bytes);
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string | null): GoogleAppsScript.Base.Blob {
    this.contentType = contentType;
    return this as unknown as GoogleAppsScript.Base.Blob;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): GoogleAppsScript.Base.Blob {
    this.name = name;
    return this as unknown as GoogleAppsScript.Base.Blob;
  }

  /**
   * https://developers.google.com/apps-script/reference/base/blob#getAs(String) : the name's extension
   * becomes the new type's. Only HTML to PDF is emulated, as a one-line stand-in PDF of the text (the
   * real rendering is UNVERIFIED; the self-test's pdf-from-html item tries it); anything else throws.
   */
  getAs(contentType: string): FakeBlob {
    if (contentType !== 'application/pdf' || this.contentType !== 'text/html')
      throw new Error(
        `FakeBlob.getAs: ${this.contentType} to ${contentType} is not emulated (only text/html to PDF).`,
      );
    const name = this.name === null ? null : `${this.name.replace(/\.[^.]*$/, '')}.pdf`;
    return new FakeBlob(tinyPdf(plainText(this.getDataAsString('UTF-8'))), 'application/pdf', name);
  }

  copyBlob(): GoogleAppsScript.Base.Blob {
    return new FakeBlob(this.bytes, this.contentType, this.name) as unknown as GoogleAppsScript.Base.Blob;
  }
}

/** The document's text on one line, for the stand-in PDF of Blob.getAs. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}
