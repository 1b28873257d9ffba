// One email's words laid out twice from the same blocks: a plain text part and an HTML part with
// every piece of user text escaped, right to left for Hebrew.

import { escapeHtml } from '../escape';
import { isRtl, LOCALES } from '../format';
import type { Language } from '../types';

export type Block =
  | { kind: 'paragraph'; text: string }
  /** A link shown as its address; only http(s) addresses become clickable. */
  | { kind: 'link'; url: string }
  | { kind: 'list'; heading?: string; items: string[] };

export interface Letter {
  language: Language;
  greeting: string[];
  blocks: Block[];
  closing: string;
  signature: string[];
}

const isWebLink = (url: string) => /^https?:\/\/[^\s<>"]+$/i.test(url);

export function letterText(letter: Letter): string {
  const blocks = letter.blocks.map((b) => {
    if (b.kind === 'paragraph') return b.text;
    if (b.kind === 'link') return b.url;
    return [...(b.heading ? [b.heading] : []), ...b.items.map((i) => `- ${i}`)].join('\n');
  });
  return [letter.greeting.join('\n'), ...blocks, [letter.closing, ...letter.signature].join('\n')].join(
    '\n\n',
  );
}

export function letterHtml(letter: Letter): string {
  const e = escapeHtml;
  const dir = isRtl(letter.language) ? 'rtl' : 'ltr';
  const align = dir === 'rtl' ? 'right' : 'left';
  const blocks = letter.blocks.map((b) => {
    if (b.kind === 'paragraph') return `<p>${e(b.text)}</p>`;
    if (b.kind === 'link')
      return isWebLink(b.url) ? `<p><a href="${e(b.url)}">${e(b.url)}</a></p>` : `<p>${e(b.url)}</p>`;
    const heading = b.heading ? `<p>${e(b.heading)}</p>` : '';
    return `${heading}<ul>${b.items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${LOCALES[letter.language]}" dir="${dir}">`,
    '<head><meta charset="UTF-8"></head>',
    `<body><div dir="${dir}" style="text-align:${align}">`,
    `<p>${letter.greeting.map(e).join('<br>')}</p>`,
    ...blocks,
    `<p>${[letter.closing, ...letter.signature].map(e).join('<br>')}</p>`,
    '</div></body>',
    '</html>',
  ].join('\n');
}
