// RFC 2822 messages for Gmail drafts, built by hand because Apps Script V8 has neither Buffer nor
// TextEncoder: UTF-8 and base64 are done here. Headers with non-ASCII text become RFC 2047
// encoded-words of at most 75 characters that never split a character; lines end in CRLF.
// https://www.rfc-editor.org/rfc/rfc2047 , https://developers.google.com/gmail/api/guides/drafts

export interface MailAttachment {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface MailMessage {
  to: string;
  toName?: string;
  from?: string;
  subject: string;
  text: string;
  html: string;
  attachment?: MailAttachment;
  date: Date;
  /** Makes boundaries unique per message and stable in tests. */
  boundarySeed: string;
}

const CRLF = '\r\n';

export function utf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += b === undefined ? '=' : ALPHABET[(n >> 6) & 63]!;
    out += c === undefined ? '=' : ALPHABET[n & 63]!;
  }
  return out;
}

/** What the Gmail API's message.raw takes: base64url of the message's bytes. */
export function base64Url(text: string): string {
  return base64(utf8(text)).replace(/\+/g, '-').replace(/\//g, '_');
}

function wrap(encoded: string): string {
  return (encoded.match(/.{1,76}/g) ?? ['']).join(CRLF);
}

function refuseLineBreaks(name: string, value: string): void {
  if (/[\r\n]/.test(value)) throw new Error(`The ${name} of an email may not contain a line break.`);
}

/**
 * Header text as RFC 2047 B encoded-words, each at most 75 characters. Words are cut between
 * characters (code points), never inside a UTF-8 sequence, and folded onto continuation lines.
 */
export function encodeHeaderText(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const prefix = '=?UTF-8?B?';
  const suffix = '?=';
  const maxBytes = Math.floor((75 - prefix.length - suffix.length) / 4) * 3; // 45 bytes → 60 base64 chars
  const words: string[] = [];
  let chunk: number[] = [];
  for (const ch of text) {
    const bytes = utf8(ch);
    if (chunk.length + bytes.length > maxBytes) {
      words.push(prefix + base64(Uint8Array.from(chunk)) + suffix);
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0) words.push(prefix + base64(Uint8Array.from(chunk)) + suffix);
  return words.join(`${CRLF} `);
}

/** A display name and address: quoted or encoded name, address checked to be one line. */
export function mailbox(address: string, name?: string): string {
  refuseLineBreaks('address', address);
  if (!name) return address;
  refuseLineBreaks('name', name);
  const shown = /^[\x20-\x7e]*$/.test(name)
    ? `"${name.replace(/(["\\])/g, '\\$1')}"`
    : encodeHeaderText(name);
  return `${shown} <${address}>`;
}

function part(contentType: string, body: string): string {
  return [
    `Content-Type: ${contentType}; charset=UTF-8`,
    'Content-Transfer-Encoding: base64',
    '',
    wrap(base64(utf8(body.replace(/\r?\n/g, CRLF)))),
  ].join(CRLF);
}

/** RFC 2231 filename for non-ASCII names, plus a plain fallback for old readers. */
function dispositionFilename(filename: string): string {
  refuseLineBreaks('attachment name', filename);
  if (/^[\x20-\x7e]*$/.test(filename)) return `filename="${filename.replace(/(["\\])/g, '\\$1')}"`;
  const encoded = Array.from(utf8(filename), (b) =>
    /[A-Za-z0-9.\-_]/.test(String.fromCharCode(b))
      ? String.fromCharCode(b)
      : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');
  return `filename*=UTF-8''${encoded}`;
}

function rfc2822Date(date: Date): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[date.getUTCDay()]}, ${p(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${p(date.getUTCHours())}:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())} +0000`;
}

export function buildMime(message: MailMessage): string {
  refuseLineBreaks('subject', message.subject);
  const seed = message.boundarySeed.replace(/[^A-Za-z0-9]/g, '');
  const alternative = `alt-${seed}-fvt`;
  const mixed = `mix-${seed}-fvt`;
  const headers = [
    'MIME-Version: 1.0',
    `Date: ${rfc2822Date(message.date)}`,
    ...(message.from ? [`From: ${message.from}`] : []),
    `To: ${mailbox(message.to, message.toName)}`,
    `Subject: ${encodeHeaderText(message.subject)}`,
  ];
  const body = [
    `--${alternative}`,
    part('text/plain', message.text),
    `--${alternative}`,
    part('text/html', message.html),
    `--${alternative}--`,
  ].join(CRLF);
  if (!message.attachment) {
    return [...headers, `Content-Type: multipart/alternative; boundary="${alternative}"`, '', body, ''].join(
      CRLF,
    );
  }
  const a = message.attachment;
  refuseLineBreaks('attachment type', a.contentType);
  return [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${mixed}"`,
    '',
    `--${mixed}`,
    `Content-Type: multipart/alternative; boundary="${alternative}"`,
    '',
    body,
    `--${mixed}`,
    `Content-Type: ${a.contentType}`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: attachment; ${dispositionFilename(a.filename)}`,
    '',
    wrap(base64(a.bytes)),
    `--${mixed}--`,
    '',
  ].join(CRLF);
}
