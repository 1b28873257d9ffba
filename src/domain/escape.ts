// Escaping user text for where it lands: HTML (reports, sidebar) and sheet cells (log rows).

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Text written into a cell stays text. Sheets reads setValues strings as if typed: "=..." becomes a
 * formula, "+1" or "2026-10-01" a number or date (Range.setValues: docs/platform.md#spreadsheetapp).
 * A leading apostrophe makes Sheets keep the rest as plain text, and the apostrophe is not shown.
 */
export function cellText(text: string): string {
  if (text === '') return text;
  // Any digit may read as a number, date, time or money ("$5", "(5)", "Oct 31, 2026"): keep it text.
  if (/^[=+\-@'\s]/.test(text) || /\d/.test(text) || /^(true|false)$/i.test(text)) {
    return `'${text}`;
  }
  return text;
}
