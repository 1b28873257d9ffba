// Utilities: the few helpers the add-on uses (blobs and base64). Pure computation in Apps Script.
// https://developers.google.com/apps-script/reference/utilities/utilities

import { SERVICE } from '../calls';
import { FakeBlob } from './blob';

type UtilitiesPart = Pick<
  GoogleAppsScript.Utilities.Utilities,
  'newBlob' | 'base64EncodeWebSafe' | 'base64Encode' | 'base64DecodeWebSafe'
>;

function toBytes(data: string | number[] | Uint8Array): Uint8Array {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  return Uint8Array.from(data, (b) => b & 0xff);
}

export class FakeUtilities implements UtilitiesPart {
  readonly [SERVICE] = 'Utilities';
  /** https://developers.google.com/apps-script/reference/utilities/charset */
  readonly Charset = {
    US_ASCII: 'US_ASCII',
    UTF_8: 'UTF_8',
  } as unknown as typeof GoogleAppsScript.Utilities.Charset;

  newBlob(data: string | number[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    return new FakeBlob(
      toBytes(data),
      contentType ?? null,
      name ?? null,
    ) as unknown as GoogleAppsScript.Base.Blob;
  }

  /**
   * Strings are encoded in the given charset; without one, the reference does not say which charset
   * is used, so the fake refuses non-ASCII text then (strict) and the code must pass UTF_8.
   */
  /** Web-safe alphabet (- and _) with = padding, as java.util.Base64.getUrlEncoder gives. */
  base64EncodeWebSafe(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return this.base64Encode(data, charset).replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Encode(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return Buffer.from(this.bytesOf(data, charset, 'base64Encode')).toString('base64');
  }

  base64DecodeWebSafe(encoded: string): number[] {
    return Array.from(Buffer.from(encoded, 'base64url'), (b) => (b > 127 ? b - 256 : b));
  }

  private bytesOf(data: string | number[], charset: unknown, method: string): Uint8Array {
    if (typeof data === 'string' && charset === undefined && [...data].some((c) => c.charCodeAt(0) > 0x7f)) {
      throw new Error(
        `Utilities.${method}: pass Utilities.Charset.UTF_8 for non-ASCII text (the default charset is unspecified).`,
      );
    }
    return toBytes(data);
  }
}
