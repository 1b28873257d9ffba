// The report cover email's words when the report travels as a PDF attachment, per language. The
// client cannot open the freelancer's Doc, so the email carries the PDF and no link.

import { formatMonth } from '../format';
import type { Language } from '../types';
import { REPORT_MESSAGES } from './messages';

/** Hebrew text isolates every inserted value (U+2068 … U+2069) so its direction cannot leak. */
const iso = (value: string) => `\u2068${value}\u2069`;

export const REPORT_PDF_MESSAGES: Record<Language, { attached: (month: string) => string }> = {
  en: {
    attached: (month) =>
      `Attached, as a PDF, is my report on the work for ${month} and how it moved your goals forward.`,
  },
  nb: {
    attached: (month) =>
      `Vedlagt som PDF finner du rapporten min om arbeidet i ${month} og hvordan det har tatt målene deres videre.`,
  },
  is: {
    attached: (month) =>
      `Í viðhengi, á PDF-sniði, er skýrslan mín um vinnuna í ${month} og hvernig hún færði markmiðin ykkar áfram.`,
  },
  he: {
    attached: (month) => `מצורף כקובץ PDF הדוח שלי על העבודה בחודש ${iso(month)} ועל ההתקדמות ביעדים שלכם.`,
  },
  ja: {
    attached: (month) =>
      `${month}の作業内容と、御社の目標に対する成果をまとめた報告書をPDFにて添付いたします。`,
  },
};

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

/** "Acme – value report October 2026.pdf", in the client's language. */
export function reportPdfName(client: string, month: string, language: Language): string {
  return `${safeFileName(REPORT_MESSAGES[language].docName(client, formatMonth(month, language)))}.pdf`;
}
