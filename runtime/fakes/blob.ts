// Blob: bytes with a content type and a name. A value object in Apps Script; no service behind it.
// https://developers.google.com/apps-script/reference/base/blob

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

  copyBlob(): GoogleAppsScript.Base.Blob {
    return new FakeBlob(this.bytes, this.contentType, this.name) as unknown as GoogleAppsScript.Base.Blob;
  }
}
