// File names of the PDFs the add-on attaches: the report's (named as its Doc, in the client's
// language) and any other document's, cleaned so every mail program and file system accepts them.

import { formatMonth } from '../format';
import { catalogue, renderIn } from '../messages/client';
import type { Client, Language } from '../types';
import { clientIsPerson } from './build-report';

/** A file name any mail program and file system accepts: no path or reserved characters, no controls. */
export function safeFileName(name: string): string {
  const visible = Array.from(name)
    .filter((ch) => {
      const c = ch.charCodeAt(0);
      return !(
        c < 0x20 ||
        c === 0x7f ||
        c === 0x2028 ||
        c === 0x2029 ||
        (c >= 0x2066 && c <= 0x2069) ||
        (c >= 0x202a && c <= 0x202e)
      );
    })
    .join('');
  const cleaned = visible
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.slice(0, 120) || 'document';
}

/** "Acme – monthly report, October 2026.pdf": the report Doc's own name, in the client's language. */
export function reportPdfName(client: Client, month: string, language: Language): string {
  const name = catalogue(language).report.docName(
    client.name,
    formatMonth(month, language),
    clientIsPerson(client),
  );
  return `${safeFileName(renderIn(language, name))}.pdf`;
}
