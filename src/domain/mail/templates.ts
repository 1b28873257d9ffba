// One email's words laid out twice from the same blocks: a plain text part and an HTML part with
// every piece of user text escaped, right to left for Hebrew, every inserted value bidi-isolated.

import { escapeHtml } from '../escape';
import { LOCALES, isRtl } from '../format';
import { renderIn } from '../messages/client';
import type { Msg } from '../messages/core/msg';
import type { Language } from '../types';

export type Block =
  | { kind: 'paragraph'; text: Msg }
  /** A link shown as its address on a line of its own; only http(s) addresses become clickable. */
  | { kind: 'link'; url: string }
  | { kind: 'list'; heading?: Msg; items: Msg[] };

export interface Letter {
  language: Language;
  greeting: Msg[];
  blocks: Block[];
  closing: Msg;
  /** The freelancer's own lines, as written in Settings. */
  signature: string[];
}

const isWebLink = (url: string) => /^https?:\/\/[^\s<>"]+$/i.test(url);

export function letterText(letter: Letter): string {
  const t = (m: Msg) => renderIn(letter.language, m, 'text');
  const blocks = letter.blocks.map((b) => {
    if (b.kind === 'paragraph') return t(b.text);
    if (b.kind === 'link') return b.url;
    return [...(b.heading ? [t(b.heading)] : []), ...b.items.map((i) => `- ${t(i)}`)].join('\n');
  });
  return [
    letter.greeting.map(t).join('\n'),
    ...blocks,
    [t(letter.closing), ...letter.signature].join('\n'),
  ].join('\n\n');
}

export function letterHtml(letter: Letter): string {
  const e = escapeHtml;
  const h = (m: Msg) => renderIn(letter.language, m, 'html');
  const dir = isRtl(letter.language) ? 'rtl' : 'ltr';
  const align = dir === 'rtl' ? 'right' : 'left';
  // A line the freelancer wrote keeps its own direction (a Latin address in a Hebrew letter).
  const own = (line: string) => (dir === 'rtl' ? `<bdi>${e(line)}</bdi>` : e(line));
  const blocks = letter.blocks.map((b) => {
    if (b.kind === 'paragraph') return `<p>${h(b.text)}</p>`;
    if (b.kind === 'link')
      return isWebLink(b.url)
        ? `<p><a href="${e(b.url)}" dir="ltr">${e(b.url)}</a></p>`
        : `<p dir="auto">${e(b.url)}</p>`;
    const heading = b.heading ? `<p>${h(b.heading)}</p>` : '';
    return `${heading}<ul>${b.items.map((i) => `<li>${h(i)}</li>`).join('')}</ul>`;
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${LOCALES[letter.language]}" dir="${dir}">`,
    '<head><meta charset="UTF-8"></head>',
    `<body><div dir="${dir}" style="text-align:${align}">`,
    `<p>${letter.greeting.map(h).join('<br>')}</p>`,
    ...blocks,
    `<p>${[h(letter.closing), ...letter.signature.map(own)].join('<br>')}</p>`,
    '</div></body>',
    '</html>',
  ].join('\n');
}
