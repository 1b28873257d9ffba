// The printable tracking sheet: one page (fits both A4 and Letter) per client and month, for logging
// by hand offline. The client's open goals numbered in priority order with target and current figure,
// then ruled rows in the Tasks tab's own column order (Date, Task, Goal, Mark, Hours, Result) so what
// is written can be typed in as it stands, and a short legend of A and B. In the freelancer's language.
// Pure: the HTML is imported into a Google Doc (and exported as PDF) by the print action.

import { escapeHtml } from '../escape';
import { formatMonth, formatNumber, isRtl } from '../format';
import { WORDS } from '../messages';
import { renderIn } from '../messages/client';
import { isolated } from '../messages/core/msg';
import type { Goal, Language, Month } from '../types';

/** Ruled rows: enough for a month of hand logging while the page stays one page with six goals. */
export const PRINT_ROWS = 22;

export function renderPrintSheetHtml(options: {
  client: string;
  month: Month;
  goals: readonly Goal[];
  language: Language;
  rows?: number;
}): string {
  const lang = options.language;
  const t = WORDS[lang].print;
  const title = renderIn(lang, t.title(options.client, formatMonth(options.month, lang)));
  const e = escapeHtml;
  const rtl = isRtl(lang);
  const dir = rtl ? ' dir="rtl"' : '';
  const align = rtl ? 'text-align:right;' : 'text-align:left;';
  const open = options.goals
    .filter((g) => g.status === 'open')
    .sort((a, b) => a.priority - b.priority || a.row - b.row);
  const number = (value: number | null) => (value === null ? '–' : formatNumber(value, lang));
  // A value in its own direction: in a right-to-left sheet through the core (<bdi> and the Unicode
  // marks, which survive where a Doc import drops the element); elsewhere a plain <bdi>.
  const own = (value: string) => (rtl ? isolated(value, 'html', true) : `<bdi>${e(value)}</bdi>`);
  const goalLines = open.map((g) => {
    const user = `<bdi>${e(g.goal)}</bdi>`;
    if (g.target === null && g.current === null) return `<li${dir} style="${align}">${user}</li>`;
    // "now / target: 320 / 500 subscribers": the unit once, and no noun after a preposition to inflect.
    // The figures and the unit are isolated apart: isolated together, a Hebrew unit made the whole
    // run right to left and "118 / 200 מטופלים" read as 200 / 118. Alone, the figures (no strong
    // letter) keep left to right in a right-to-left line, with the unit after them.
    const figures = [`${number(g.current)} / ${number(g.target)}`, ...(g.unit ? [g.unit] : [])]
      .map(own)
      .join(' ');
    return `<li${dir} style="${align}">${user} — ${e(t.standing)}: ${figures}</li>`;
  });
  const cell = (html: string, width: string, header = false) =>
    `<${header ? 'th' : 'td'}${dir} style="${align}border:1px solid #888888;padding:0 4px;height:${header ? '18px' : '26px'};width:${width};font-size:9pt;${header ? 'background-color:#eeeeee;' : ''}">${html}</${header ? 'th' : 'td'}>`;
  const widths = ['12%', '34%', '9%', '11%', '8%', '26%'];
  const c = t.columns;
  const head = [c.date, c.task, c.goal, c.mark, c.hours, c.result].map((h, i) =>
    cell(e(h), widths[i]!, true),
  );
  const box = '☐';
  const blank = () =>
    widths.map((w, i) => cell(i === 3 ? `${box}&nbsp;A&nbsp;&nbsp;${box}&nbsp;B` : '&nbsp;', w)).join('');
  const rows = Array.from({ length: options.rows ?? PRINT_ROWS }, () => `<tr>${blank()}</tr>`);
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}"${dir}><head><meta charset="utf-8"><title>${e(title)}</title></head>`,
    `<body${dir} style="font-family:Arial,sans-serif;font-size:10pt;">`,
    `<h1${dir} style="${align}font-size:15pt;margin:0 0 6px 0;">${e(title)}</h1>`,
    `<h2${dir} style="${align}font-size:11pt;margin:4px 0;">${e(t.goalsHeading)}</h2>`,
    open.length > 0
      ? `<ol${dir} style="${align}margin:0 0 8px 0;">${goalLines.join('')}</ol>`
      : `<p${dir} style="${align}">${e(t.noGoals)}</p>`,
    `<table${dir} style="border-collapse:collapse;width:100%;"><tr>${head.join('')}</tr>${rows.join('')}</table>`,
    `<p${dir} style="${align}font-size:8pt;color:#444444;margin:6px 0 0 0;">${e(t.legendGoal)}<br>${e(t.legendA)}<br>${e(t.legendB)}</p>`,
    '</body></html>',
  ].join('');
}

/** Moved next to the report renderer, which uses it too. */
export { progressBarHtml } from '../report/bars';
