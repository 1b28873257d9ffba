// Reading back what a service returned, in plain JavaScript (Apps Script has no TextDecoder): base64
// of either alphabet, UTF-8, RFC 2047 encoded-words, and whatever form Drive hands content in.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard or URL-safe base64, padding optional; throws on any other character. */
export function fromBase64(text: string): Uint8Array {
  const clean = text
    .replace(/[\r\n]/g, '')
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .replace(/=+$/, '');
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const n = ALPHABET.indexOf(ch);
    if (n < 0) throw new Error(`not base64: ${JSON.stringify(ch)}`);
    value = (value << 6) | n;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** UTF-8 to text; a malformed sequence becomes U+FFFD. */
export function fromUtf8(bytes: ArrayLike<number>): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]! & 0xff;
    const size = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
    if (size === 0 || i + size > bytes.length) {
      out += '\ufffd';
      i += 1;
      continue;
    }
    let code = size === 1 ? b : b & (0xff >> (size + 1));
    for (let k = 1; k < size; k++) code = (code << 6) | (bytes[i + k]! & 0x3f);
    out += String.fromCodePoint(code);
    i += size;
  }
  return out;
}

/** An unfolded header's value with RFC 2047 words (B or Q, UTF-8) decoded; spaces between words dropped. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, kind: string, text: string) => {
      if (kind.toUpperCase() === 'B') return fromUtf8(fromBase64(text));
      const bytes: number[] = [];
      const q = text.replace(/_/g, ' ');
      for (let i = 0; i < q.length; i++) {
        if (q[i] === '=' && /^[0-9A-F]{2}$/i.test(q.slice(i + 1, i + 3))) {
          bytes.push(Number.parseInt(q.slice(i + 1, i + 3), 16));
          i += 2;
        } else bytes.push(q.charCodeAt(i));
      }
      return fromUtf8(bytes);
    });
}

/** A header of an RFC 2822 message (first occurrence), unfolded and decoded. */
export function headerOf(given: string, name: string): string | null {
  // Gmail may hand the message back with bare LF line ends; read either.
  const message = given.replace(/\r?\n/g, '\r\n');
  const end = message.indexOf('\r\n\r\n');
  const head = (end < 0 ? message : message.slice(0, end)).replace(/\r\n[ \t]/g, ' ');
  const line = head.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line === undefined ? null : decodeHeader(line.slice(name.length + 1).trim());
}

export type ContentForm = 'Blob' | 'byte array' | 'string' | 'other';

/** Which form a service gave content in, and its bytes where that form can carry binary data. */
export function contentOf(value: unknown): {
  form: ContentForm;
  bytes: Uint8Array | null;
  text: string | null;
} {
  if (typeof value === 'string') return { form: 'string', bytes: null, text: value };
  const blob = value as Partial<GoogleAppsScript.Base.Blob> | null;
  if (blob && typeof blob.getBytes === 'function') {
    const bytes = Uint8Array.from(blob.getBytes(), (b) => b & 0xff);
    return { form: 'Blob', bytes, text: null };
  }
  if (Array.isArray(value) || value instanceof Uint8Array) {
    const bytes = Uint8Array.from(value as ArrayLike<number>, (b) => b & 0xff);
    return { form: 'byte array', bytes, text: null };
  }
  return { form: 'other', bytes: null, text: null };
}

/** The text of content in any form (UTF-8 for bytes). */
export function textOf(value: unknown): { form: ContentForm; text: string } {
  const c = contentOf(value);
  if (c.text !== null) return { form: c.form, text: c.text };
  if (c.bytes) return { form: c.form, text: fromUtf8(c.bytes) };
  throw new Error(`content came as ${describe(value)}, neither text nor bytes`);
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') {
    const name = (value as { constructor?: { name?: string } }).constructor?.name;
    return `an object (${name || 'Object'}; keys ${Object.keys(value as object)
      .slice(0, 5)
      .join(', ')})`;
  }
  return typeof value;
}

export function startsWithPdf(bytes: Uint8Array): boolean {
  return fromUtf8(bytes.subarray(0, 5)) === '%PDF-';
}

/**
 * The RFC 2822 text of a draft read back with `format: 'raw'`, in whatever form `message.raw` came.
 * The reference types it a base64url string ("bytes format"); the advanced service may hand the
 * decoded bytes instead, or the bytes of the base64url text, signed as Java bytes. A message always
 * holds a colon and a line break, which the base64 alphabets lack, so the two byte forms cannot be
 * confused. https://developers.google.com/gmail/api/reference/rest/v1/users.messages#Message
 */
export function rawMessageOf(value: unknown): { form: string; message: string } {
  const c = contentOf(value);
  if (c.text !== null) return { form: 'base64url string', message: fromUtf8(fromBase64(c.text)) };
  if (!c.bytes) throw new Error(`message.raw came as ${describe(value)}, neither a string nor bytes`);
  const text = fromUtf8(c.bytes);
  if (/^[A-Za-z0-9+/_\-=\r\n]*$/.test(text))
    return { form: `${c.form} of base64url text`, message: fromUtf8(fromBase64(text)) };
  return { form: `${c.form} of the message`, message: text };
}
