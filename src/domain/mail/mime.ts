// RFC 2822 messages for Gmail drafts, built by hand because Apps Script V8 has neither Buffer nor
// TextEncoder: UTF-8 and base64 are done here. Headers with non-ASCII text become RFC 2047
// encoded-words of at most 75 characters that never split a character; lines end in CRLF.
// https://www.rfc-editor.org/rfc/rfc2822 , https://www.rfc-editor.org/rfc/rfc2047 ,
// https://www.rfc-editor.org/rfc/rfc2231 , https://developers.google.com/gmail/api/guides/drafts

export interface MailAttachment {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface MailMessage {
  to: string;
  toName?: string;
  from?: string;
  fromName?: string;
  subject: string;
  text: string;
  html: string;
  attachment?: MailAttachment;
  /** Several files (a report and its invoice), after `attachment` when both are given. */
  attachments?: MailAttachment[];
  date: Date;
  /** Written as Message-ID when given, e.g. "<reminder-123@example.com>" or "reminder-123@example.com". */
  messageId?: string;
  /** Makes boundaries unique per message and stable in tests; derived from the content when absent. */
  boundarySeed?: string;
}

const CRLF = '\r\n';
/** RFC 2047 §2: a line holding encoded-words is at most 76 characters. */
const MAX_LINE = 76;
const MAX_WORD = 75;
const WORD_PREFIX = '=?UTF-8?B?';
const WORD_SUFFIX = '?=';

/** UTF-8 bytes of text, by code point; a lone surrogate becomes U+FFFD as TextEncoder does. */
export function utf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    let c = ch.codePointAt(0)!;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out.push(
      ALPHABET[(n >> 18) & 63]!,
      ALPHABET[(n >> 12) & 63]!,
      b === undefined ? '=' : ALPHABET[(n >> 6) & 63]!,
      c === undefined ? '=' : ALPHABET[n & 63]!,
    );
  }
  return out.join('');
}

/** What the Gmail API's message.raw takes: base64url (RFC 4648 §5, padded) of the message's UTF-8 bytes. */
export function toBase64Url(raw: string): string {
  return base64(utf8(raw)).replace(/\+/g, '-').replace(/\//g, '_');
}

/** Older name of toBase64Url, kept for callers written against it. */
export const base64Url = toBase64Url;

function wrap(encoded: string): string {
  return (encoded.match(/.{1,76}/g) ?? ['']).join(CRLF);
}

function refuseLineBreaks(name: string, value: string): void {
  if (/[\r\n]/.test(value)) throw new Error(`The ${name} of an email may not contain a line break.`);
}

/** Printable ASCII that no reader could take for an encoded-word. */
function isPlainAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text) && !text.includes('=?');
}

function encodedWord(bytes: number[]): string {
  return WORD_PREFIX + base64(Uint8Array.from(bytes)) + WORD_SUFFIX;
}

/** How many UTF-8 bytes fit in an encoded-word of at most `length` characters. */
function bytesFor(length: number): number {
  return Math.floor((Math.min(length, MAX_WORD) - WORD_PREFIX.length - WORD_SUFFIX.length) / 4) * 3;
}

/**
 * Header text as RFC 2047 B encoded-words, each at most 75 characters, folded so that no line
 * exceeds 76. Words are cut between code points, never inside a UTF-8 sequence. `used` is how many
 * characters of the first line are already taken (e.g. 9 for "Subject: ").
 */
export function encodeHeaderText(text: string, used = 0, always = false): string {
  if (!always && isPlainAscii(text)) return text;
  const words: string[] = [];
  let budget = bytesFor(MAX_LINE - used);
  if (budget < 4) {
    // No room on the first line for even one character: start the words on the next line.
    words.push('');
    budget = bytesFor(MAX_LINE - 1);
  }
  let chunk: number[] = [];
  for (const ch of text) {
    const bytes = utf8(ch);
    if (chunk.length + bytes.length > budget) {
      words.push(encodedWord(chunk));
      chunk = [];
      budget = bytesFor(MAX_LINE - 1);
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0) words.push(encodedWord(chunk));
  return words.join(`${CRLF} `);
}

/** ASCII header text folded at spaces so lines stay near 78 characters (RFC 2822 §2.2.3). */
function foldAscii(text: string, used: number): string {
  const lines: string[] = [];
  let line = '';
  let width = used;
  for (const word of text.split(/(?= )/)) {
    if (line && width + line.length + word.length > 78) {
      lines.push(line);
      line = word;
      width = 0;
    } else line += word;
  }
  lines.push(line);
  return lines.join(CRLF);
}

/** RFC 5322 §2.1.1: lines SHOULD stay within 78 characters (and MUST within 998). */
const FOLD_WIDTH = 78;

function fitsFolded(folded: string, used: number): boolean {
  return folded.split(CRLF).every((line, i) => line.length + (i === 0 ? used : 0) <= FOLD_WIDTH);
}

/**
 * A header field "Name: value", the value encoded and folded as needed. ASCII that cannot be folded
 * at spaces into short lines (a long word, a name without spaces) goes as encoded-words instead,
 * which may be folded anywhere between words without changing the text (RFC 2047 §6.2).
 */
function header(name: string, value: string): string {
  refuseLineBreaks(name.toLowerCase(), value);
  const used = name.length + 2;
  const folded = isPlainAscii(value) ? foldAscii(value, used) : '';
  const body = folded && fitsFolded(folded, used) ? folded : encodeHeaderText(value, used, true);
  return `${name}: ${body}`;
}

/** Subjects longer than this many characters are cut with an ellipsis; no mail client shows more. */
export const MAX_SUBJECT = 200;

/** A subject of at most MAX_SUBJECT characters (code points), cut at a character, never inside one. */
export function capSubject(subject: string): string {
  const chars = Array.from(subject);
  if (chars.length <= MAX_SUBJECT) return subject;
  return `${chars
    .slice(0, MAX_SUBJECT - 1)
    .join('')
    .replace(/\s+$/, '')}…`;
}

function checkAddress(address: string): void {
  refuseLineBreaks('address', address);
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  const plain = (s: string) => /^[\x21-\x7e]+$/.test(s) && !/[<>()[\]\\,;:"@]/.test(s);
  if (at < 1 || !plain(local) || !plain(domain))
    throw new Error(`“${address.slice(0, 80)}” is not a single email address.`);
}

/**
 * A display name and address as one header value: the name quoted (ASCII) or encoded (anything
 * else), the address checked to be one plain address. `used` is the header name's width.
 */
export function mailbox(address: string, name?: string, used = 0): string {
  checkAddress(address);
  if (!name) return address;
  refuseLineBreaks('name', name);
  const quoted = `"${name.replace(/(["\\])/g, '\\$1')}"`;
  // A quoted string cannot be folded inside; a long one goes as encoded-words (RFC 2047 §5(3)).
  const shown =
    isPlainAscii(name) && used + quoted.length <= MAX_LINE ? quoted : encodeHeaderText(name, used, true);
  const folded = shown.includes('\n');
  const lastWidth = shown.length - (shown.lastIndexOf('\n') + 1) + (folded ? 0 : used);
  // Fold before the address rather than let a line of encoded-words grow past 76 characters.
  const gap = lastWidth + address.length + 3 > MAX_LINE ? `${CRLF} ` : ' ';
  return `${shown}${gap}<${address}>`;
}

function part(contentType: string, body: string): string {
  return [
    `Content-Type: ${contentType}; charset=UTF-8`,
    'Content-Transfer-Encoding: base64',
    '',
    wrap(base64(utf8(body.replace(/\r\n|\r|\n/g, CRLF)))),
  ].join(CRLF);
}

/**
 * A parameter (filename, name) as RFC 2231: plain quoted when short ASCII, else UTF-8
 * percent-encoded, split into numbered continuations on code-point boundaries so each line stays
 * within 76 characters.
 */
export function parameter(key: string, value: string): string {
  refuseLineBreaks(key, value);
  if (isPlainAscii(value) && value.length + key.length < 60)
    return `${key}="${value.replace(/(["\\])/g, '\\$1')}"`;
  const pieces: string[] = [];
  for (const ch of value) {
    pieces.push(
      Array.from(utf8(ch), (b) =>
        /[A-Za-z0-9.\-_]/.test(String.fromCharCode(b))
          ? String.fromCharCode(b)
          : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
      ).join(''),
    );
  }
  const whole = `UTF-8''${pieces.join('')}`;
  if (key.length + whole.length + 3 <= MAX_LINE - 1) return `${key}*=${whole}`;
  const segments: string[] = [];
  let segment = "UTF-8''";
  for (const piece of pieces) {
    const name = `${key}*${segments.length}*=`;
    if (segment && name.length + segment.length + piece.length + 2 > MAX_LINE - 1) {
      segments.push(segment);
      segment = '';
    }
    segment += piece;
  }
  segments.push(segment);
  return segments.map((s, i) => `${key}*${i}*=${s}`).join(`;${CRLF} `);
}

function rfc2822Date(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('The date of an email must be a real date.');
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[date.getUTCDay()]}, ${p(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${p(date.getUTCHours())}:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())} +0000`;
}

/** FNV-1a over the message's words: the same message always gets the same boundaries. */
function seedOf(message: MailMessage): string {
  let h = 0x811c9dc5;
  for (const ch of `${message.to}\n${message.subject}\n${message.text}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

const CONTENT_TYPE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$/;

/** The whole message, ASCII only, CRLF line ends. Throws when a header value holds CR or LF. */
export function buildMime(message: MailMessage): string {
  const seed = (message.boundarySeed ?? seedOf(message)).replace(/[^A-Za-z0-9]/g, '').slice(0, 40);
  // "=_" never occurs in base64, so the boundaries cannot collide with any part's content.
  const alternative = `=_alt_${seed}_fvt`;
  const mixed = `=_mix_${seed}_fvt`;
  const headers = ['MIME-Version: 1.0', `Date: ${rfc2822Date(message.date)}`];
  if (message.messageId !== undefined) {
    const id = message.messageId.replace(/^<|>$/g, '');
    checkAddress(id);
    headers.push(`Message-ID: <${id}>`);
  }
  if (message.from) headers.push(`From: ${mailbox(message.from, message.fromName, 6)}`);
  headers.push(`To: ${mailbox(message.to, message.toName, 4)}`);
  headers.push(header('Subject', capSubject(message.subject)));

  const body = [
    `--${alternative}`,
    part('text/plain', message.text),
    `--${alternative}`,
    part('text/html', message.html),
    `--${alternative}--`,
  ].join(CRLF);
  const files = [...(message.attachment ? [message.attachment] : []), ...(message.attachments ?? [])];
  if (files.length === 0) {
    return [...headers, `Content-Type: multipart/alternative; boundary="${alternative}"`, '', body, ''].join(
      CRLF,
    );
  }
  const parts = files.map((a) => {
    refuseLineBreaks('attachment type', a.contentType);
    const type = CONTENT_TYPE.test(a.contentType) ? a.contentType : 'application/octet-stream';
    return [
      `--${mixed}`,
      `Content-Type: ${type};${CRLF} ${parameter('name', a.filename)}`,
      'Content-Transfer-Encoding: base64',
      `Content-Disposition: attachment;${CRLF} ${parameter('filename', a.filename)}`,
      '',
      wrap(base64(a.bytes)),
    ].join(CRLF);
  });
  return [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${mixed}"`,
    '',
    `--${mixed}`,
    `Content-Type: multipart/alternative; boundary="${alternative}"`,
    '',
    body,
    ...parts,
    `--${mixed}--`,
    '',
  ].join(CRLF);
}
