// The report as an HTML document for Drive to convert into a Google Doc. Only what the import keeps:
// headings, paragraphs, lists, simple bordered tables, bold, inline colour, dir. Inline styles only.
// Right to left is set on every block and table, not just inherited (UNVERIFIED how Docs imports dir).

import { escapeHtml } from '../escape';
import {
  formatDate,
  formatHours,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  isRtl,
} from '../format';
import type { Task } from '../types';
import { type GoalSection, type ReportModel, reportCost, reportTotals, sum } from './build-report';
import { REPORT_MESSAGES, countTasks } from './messages';

export function renderReportHtml(model: ReportModel): string {
  const t = REPORT_MESSAGES[model.language];
  const lang = model.language;
  const rtl = isRtl(lang);
  const dir = rtl ? ' dir="rtl"' : '';
  const align = rtl ? 'text-align:right;' : 'text-align:left;';
  const e = escapeHtml;
  const p = (html: string, style = '') => `<p${dir} style="${align}${style}">${html}</p>`;
  const h = (level: number, text: string) => `<h${level}${dir} style="${align}">${e(text)}</h${level}>`;
  const cell = (html: string, header = false) => {
    const tag = header ? 'th' : 'td';
    return `<${tag}${dir} style="${align}border:1px solid #bbbbbb;padding:4px 6px;vertical-align:top;${header ? 'background-color:#f1f3f4;' : ''}">${html}</${tag}>`;
  };
  const table = (head: string[], rows: string[][]) =>
    `<table${dir} style="border-collapse:collapse;width:100%;">` +
    `<tr>${head.map((x) => cell(e(x), true)).join('')}</tr>` +
    rows.map((r) => `<tr>${r.map((x) => cell(x)).join('')}</tr>`).join('') +
    '</table>';
  const hours = (n: number) => formatHours(n, lang);
  const money = (n: number) => formatMoney(n, model.currency, lang);
  const totals = reportTotals(model);
  const who = [model.settings.yourName, model.settings.businessName].filter(Boolean).join(', ');
  const share = totals.hours > 0 ? totals.goalHours / totals.hours : 0;

  const parts: string[] = [];
  parts.push(h(1, t.title(model.client.name, formatMonth(model.month, lang))));
  if (who) parts.push(p(e(t.preparedBy(who)), 'color:#5f6368;'));
  parts.push(
    p(e(t.summary(hours(totals.hours), countTasks(totals.tasks, lang), formatPercent(share, lang)))),
  );

  parts.push(h(2, t.goalsHeading));
  for (const section of model.goals) parts.push(...goalSection(section));

  parts.push(h(2, t.otherHeading));
  if (model.aTasks.length === 0) parts.push(p(e(t.noImportantWork)));
  else {
    parts.push(p(e(t.otherIntro)));
    parts.push(taskTable(model.aTasks));
  }
  if (model.bTasks.length > 0)
    parts.push(
      p(e(t.routine(countTasks(model.bTasks.length, lang), hours(sum(model.bTasks)))), 'color:#5f6368;'),
    );

  parts.push(h(2, t.timeHeading));
  const rows: string[][] = model.goals
    .filter((s) => s.tasks.length > 0)
    .map((s) => [e(t.goalRow(s.goal.goal)), hours(s.hours), money(reportCost(model, s.tasks))]);
  if (model.aTasks.length > 0)
    rows.push([e(t.aRow), hours(sum(model.aTasks)), money(reportCost(model, model.aTasks))]);
  if (model.bTasks.length > 0)
    rows.push([e(t.bRow), hours(sum(model.bTasks)), money(reportCost(model, model.bTasks))]);
  rows.push([`<b>${e(t.total)}</b>`, `<b>${hours(totals.hours)}</b>`, `<b>${money(totals.cost)}</b>`]);
  parts.push(table([t.category, t.hours, t.cost], rows));
  const unbilled = sum(model.tasks.filter((x) => !x.billable));
  if (unbilled > 0) parts.push(p(e(t.nonBillable(hours(unbilled))), 'color:#5f6368;'));
  if (model.client.hourlyRate !== null)
    parts.push(p(e(t.rate(money(model.client.hourlyRate))), 'color:#5f6368;'));

  return `<!DOCTYPE html>\n<html lang="${lang}"${dir}>\n<head><meta charset="utf-8"><title>${e(t.title(model.client.name, formatMonth(model.month, lang)))}</title></head>\n<body${dir} style="font-family:Arial,sans-serif;${align}">\n${parts.join('\n')}\n</body>\n</html>\n`;

  function goalSection(section: GoalSection): string[] {
    const g = section.goal;
    const out = [h(3, g.goal)];
    const facts: string[] = [];
    if (g.target !== null && g.current !== null) {
      const unit = g.unit ? ` ${g.unit}` : '';
      const shareText = section.progress === null ? '' : formatPercent(section.progress, lang);
      facts.push(
        shareText
          ? t.progress(formatNumber(g.current, lang) + unit, formatNumber(g.target, lang) + unit, shareText)
          : t.progressNoTarget(formatNumber(g.current, lang) + unit),
      );
    } else if (g.target !== null)
      facts.push(`${t.target}: ${formatNumber(g.target, lang)}${g.unit ? ` ${g.unit}` : ''}`);
    if (g.due) facts.push(t.due(formatDate(g.due, lang)));
    if (g.status === 'achieved') facts.push(t.achieved);
    if (facts.length > 0) out.push(p(`<b>${e(facts.join(' · '))}</b>`));
    if (section.tasks.length === 0) out.push(p(e(t.noWorkThisMonth), 'color:#5f6368;'));
    else out.push(taskTable(section.tasks));
    return out;
  }

  function taskTable(tasks: Task[]): string {
    return table(
      [t.date, t.work, t.result, t.benefit],
      tasks.map((x) => [e(formatDate(x.date, lang)), e(x.task), e(x.result), e(x.benefit)]),
    );
  }
}
