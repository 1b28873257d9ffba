// The printable tracking sheet: one page (fits both A4 and Letter) per client and month, for logging
// by hand offline. The client's open goals numbered in priority order with target and current figure,
// then ruled rows in the Tasks tab's own column order (Date, Task, Goal, Mark, Hours, Result) so what
// is written can be typed in as it stands, and a short legend of A and B. In the freelancer's language.
// Pure: the HTML is imported into a Google Doc (and exported as PDF) by the print action.

import { escapeHtml } from '../escape';
import { formatMonth, formatNumber, isRtl } from '../format';
import type { Goal, Language, Month } from '../types';

export interface PrintMessages {
  title: (client: string, month: string) => string;
  goalsHeading: string;
  noGoals: string;
  /** Label of the "now / target" figures, which follow it with the unit named once. */
  standing: string;
  columns: { date: string; task: string; goal: string; mark: string; hours: string; result: string };
  legendGoal: string;
  legendA: string;
  legendB: string;
}

// Written for the freelancer, in the tone of a form they fill in themselves.
export const PRINT_MESSAGES: Record<Language, PrintMessages> = {
  en: {
    title: (client, month) => `Tracking sheet: ${client}, ${month}`,
    goalsHeading: 'Goals, most important first',
    noGoals: 'No open goals: mark each task A or B.',
    standing: 'now / target',
    columns: { date: 'Date', task: 'Task', goal: 'Goal no.', mark: 'Mark', hours: 'Hours', result: 'Result' },
    legendGoal: 'Goal no.: the number of the goal the task served, from the list above.',
    legendA: 'A: serves no goal, but leaving it undone has serious consequences (e.g. other billable work).',
    legendB: 'B: serves no goal and matters little (e.g. asking for a review).',
  },
  nb: {
    title: (client, month) => `Føringsark: ${client}, ${month}`,
    goalsHeading: 'Mål, det viktigste først',
    noGoals: 'Ingen åpne mål: merk hver oppgave med A eller B.',
    standing: 'nå / mål',
    columns: {
      date: 'Dato',
      task: 'Oppgave',
      goal: 'Mål nr.',
      mark: 'Merke',
      hours: 'Timer',
      result: 'Resultat',
    },
    legendGoal: 'Mål nr.: nummeret på målet oppgaven gjaldt, fra listen ovenfor.',
    legendA:
      'A: hører ikke til noe mål, men får alvorlige følger om den ikke blir gjort (f.eks. annet fakturerbart arbeid).',
    legendB: 'B: hører ikke til noe mål og betyr lite (f.eks. å be om en anmeldelse).',
  },
  is: {
    title: (client, month) => `Skráningarblað: ${client}, ${month}`,
    goalsHeading: 'Markmið, það mikilvægasta fyrst',
    noGoals: 'Engin opin markmið: merktu hvert verk með A eða B.',
    standing: 'staða / markmið',
    columns: {
      date: 'Dags.',
      task: 'Verk',
      goal: 'Markmið nr.',
      mark: 'Merki',
      hours: 'Tímar',
      result: 'Árangur',
    },
    legendGoal: 'Markmið nr.: númer markmiðsins sem verkið þjónaði, úr listanum hér að ofan.',
    legendA:
      'A: þjónar engu markmiði, en getur haft alvarlegar afleiðingar ef það er ekki gert (t.d. önnur reikningshæf vinna).',
    legendB: 'B: þjónar engu markmiði og skiptir litlu (t.d. að biðja um umsögn).',
  },
  he: {
    title: (client, month) => `דף מעקב: \u2068${client}\u2069, \u2068${month}\u2069`,
    goalsHeading: 'יעדים, לפי סדר חשיבות',
    noGoals: 'אין יעדים פתוחים: סמנו כל משימה ב-A או ב-B.',
    standing: 'כעת / יעד',
    columns: { date: 'תאריך', task: 'משימה', goal: 'מס׳ יעד', mark: 'סימון', hours: 'שעות', result: 'תוצאה' },
    legendGoal: 'מס׳ יעד: מספר היעד שהמשימה שירתה, מתוך הרשימה שלמעלה.',
    legendA: 'A: לא משרתת יעד, אך אם לא תבוצע יהיו לכך השלכות חמורות (למשל עבודה אחרת לחיוב).',
    legendB: 'B: לא משרתת יעד וחשיבותה קטנה (למשל בקשה לחוות דעת).',
  },
  ja: {
    title: (client, month) => `作業記録シート：${client}（${month}）`,
    goalsHeading: '目標（優先順）',
    noGoals: '進行中の目標はありません。各作業に A または B を付けてください。',
    standing: '現在 / 目標',
    columns: { date: '日付', task: '作業', goal: '目標番号', mark: '区分', hours: '時間', result: '成果' },
    legendGoal: '目標番号：その作業が貢献した目標の番号（上の一覧から）。',
    legendA: 'A：目標には直結しないが、やらないと重大な影響がある作業（例：他の請求対象の作業）。',
    legendB: 'B：目標に直結せず、影響の小さい作業（例：レビューの依頼）。',
  },
};

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
  const t = PRINT_MESSAGES[lang];
  const e = escapeHtml;
  const rtl = isRtl(lang);
  const dir = rtl ? ' dir="rtl"' : '';
  const align = rtl ? 'text-align:right;' : 'text-align:left;';
  const open = options.goals
    .filter((g) => g.status === 'open')
    .sort((a, b) => a.priority - b.priority || a.row - b.row);
  const number = (value: number | null) => (value === null ? '–' : formatNumber(value, lang));
  const goalLines = open.map((g) => {
    const user = `<bdi>${e(g.goal)}</bdi>`;
    if (g.target === null && g.current === null) return `<li${dir} style="${align}">${user}</li>`;
    // "now / target: 320 / 500 subscribers": the unit once, and no noun after a preposition to inflect.
    const figures = `<bdi>${e(`${number(g.current)} / ${number(g.target)}${g.unit ? ` ${g.unit}` : ''}`)}</bdi>`;
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
    `<html lang="${lang}"${dir}><head><meta charset="utf-8"><title>${e(t.title(options.client, formatMonth(options.month, lang)))}</title></head>`,
    `<body${dir} style="font-family:Arial,sans-serif;font-size:10pt;">`,
    `<h1${dir} style="${align}font-size:15pt;margin:0 0 6px 0;">${e(t.title(options.client, formatMonth(options.month, lang)))}</h1>`,
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
