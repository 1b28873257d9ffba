// The report as an HTML document for Drive to convert into a Google Doc. Only what the import keeps:
// headings, paragraphs, lists, simple bordered tables, bold, inline colour, dir. Inline styles only.
// Right to left is set on every block and table, not just inherited (UNVERIFIED how Docs imports dir);
// in Hebrew every inserted value is isolated twice, <bdi> and U+2068…U+2069, since it is unverified
// which the import keeps, and table cells holding the freelancer's text get dir="auto".

import { escapeHtml } from '../escape';
import { formatDate, formatHours, formatMoney, formatMonth, formatPercent, isRtl } from '../format';
import { catalogue, renderIn } from '../messages/client';
import { type Msg, isolated } from '../messages/core/msg';
import type { Task } from '../types';
import {
  type GoalSection,
  type ReportModel,
  clientIsPerson,
  reportCost,
  reportTotals,
  sum,
} from './build-report';
import { progressBarHtml, splitBarHtml } from './bars';
import { goalProgressLine } from './goal-progress';

// Bar colours: goal work blue, other important work amber, routine grey; a reached goal green.
const GOAL_BLUE = '#1a73e8';
const A_AMBER = '#f9ab00';
const B_GREY = '#9aa0a6';
const REACHED_GREEN = '#188038';

export function renderReportHtml(model: ReportModel): string {
  const lang = model.language;
  const t = catalogue(lang).report;
  const rtl = isRtl(lang);
  const dir = rtl ? ' dir="rtl"' : '';
  const align = rtl ? 'text-align:right;' : 'text-align:left;';
  const e = escapeHtml;
  const m = (msg: Msg) => renderIn(lang, msg, 'html');
  /** The freelancer's own text standing alone (a goal heading): isolated like an inserted value. */
  const own = (text: string) => isolated(text, 'html', rtl);
  const p = (html: string, style = '') => `<p${dir} style="${align}${style}">${html}</p>`;
  const h = (level: number, html: string) => `<h${level}${dir} style="${align}">${html}</h${level}>`;
  const cellStyle = 'border:1px solid #bbbbbb;padding:4px 6px;vertical-align:top;';
  const th = (html: string) => `<th${dir} style="${align}${cellStyle}background-color:#f1f3f4;">${html}</th>`;
  /** A cell of the freelancer's text takes the direction of its own first letter. */
  const td = (html: string, user: boolean) =>
    `<td${user ? ' dir="auto"' : dir} style="${user ? '' : align}${cellStyle}">${html}</td>`;
  const table = (head: Msg[], rows: { html: string; user: boolean }[][]) =>
    `<table${dir} style="border-collapse:collapse;width:100%;">` +
    `<tr>${head.map((x) => th(m(x))).join('')}</tr>` +
    rows.map((r) => `<tr>${r.map((x) => td(x.html, x.user)).join('')}</tr>`).join('') +
    '</table>';
  const fixed = (html: string) => ({ html, user: false });
  const user = (text: string) => ({ html: e(text), user: true });
  const hours = (n: number) => formatHours(n, lang);
  const money = (n: number) => formatMoney(n, model.currency, lang);
  const monthName = formatMonth(model.month, lang);
  const totals = reportTotals(model);
  const share = totals.hours > 0 ? totals.goalHours / totals.hours : 0;
  const person = clientIsPerson(model.client);
  const title = t.title(model.client.name, monthName, person);

  const parts: string[] = [];
  const addressee = t.addressee(model.client.name, person);
  if (addressee) parts.push(p(m(addressee)));
  parts.push(h(1, m(title)));
  const { yourName, businessName } = model.settings;
  if (yourName || businessName) parts.push(p(m(t.preparedBy(yourName, businessName)), 'color:#5f6368;'));
  parts.push(
    p(
      m(
        totals.tasks === 0
          ? t.summaryNoWork(monthName)
          : t.summary({
              month: monthName,
              hours: totals.hours,
              tasks: totals.tasks,
              goalShare: formatPercent(share, lang),
            }),
      ),
    ),
  );

  const kept = model.deadlines;
  if (kept.due > 0) parts.push(p(m(t.deadlinesKept(kept.onTime, kept.due))));

  parts.push(h(2, m(t.goalsHeading)));
  for (const section of model.goals) parts.push(...goalSection(section));

  parts.push(h(2, m(t.otherHeading)));
  if (model.aTasks.length === 0) parts.push(p(m(t.noImportantWork(monthName))));
  else {
    parts.push(p(m(t.otherIntro)));
    parts.push(taskTable(model.aTasks));
  }
  if (model.bTasks.length > 0)
    parts.push(p(m(t.routine(model.bTasks.length, sum(model.bTasks))), 'color:#5f6368;'));

  parts.push(h(2, m(t.timeHeading)));
  if (totals.hours > 0) {
    const split = [
      { share: totals.goalHours, colour: GOAL_BLUE, label: t.splitGoals },
      { share: sum(model.aTasks), colour: A_AMBER, label: t.aRow },
      { share: sum(model.bTasks), colour: B_GREY, label: t.bRow },
    ].filter((x) => x.share > 0);
    parts.push(splitBarHtml(split, rtl));
    const legend = split.map(
      (x) =>
        `<span style="color:${x.colour};">&#9632;</span>&nbsp;${m(x.label)}&nbsp;${own(formatPercent(x.share / totals.hours, lang))}`,
    );
    parts.push(p(legend.join(' &nbsp; '), 'color:#5f6368;font-size:9pt;'));
  }
  const rows = model.goals
    .filter((s) => s.tasks.length > 0)
    .map((s) => [user(s.goal.goal), fixed(hours(s.hours)), fixed(money(reportCost(model, s.tasks)))]);
  if (model.aTasks.length > 0)
    rows.push([
      fixed(m(t.aRow)),
      fixed(hours(sum(model.aTasks))),
      fixed(money(reportCost(model, model.aTasks))),
    ]);
  if (model.bTasks.length > 0)
    rows.push([
      fixed(m(t.bRow)),
      fixed(hours(sum(model.bTasks))),
      fixed(money(reportCost(model, model.bTasks))),
    ]);
  rows.push([
    fixed(`<b>${m(t.total)}</b>`),
    fixed(`<b>${hours(totals.hours)}</b>`),
    fixed(`<b>${money(totals.cost)}</b>`),
  ]);
  parts.push(table([t.columnCategory, t.columnHours, t.columnCost], rows));
  const unbilled = sum(model.tasks.filter((x) => !x.billable));
  if (unbilled > 0) parts.push(p(m(t.nonBillable(unbilled)), 'color:#5f6368;'));
  if (model.client.hourlyRate !== null)
    parts.push(p(m(t.rate(money(model.client.hourlyRate))), 'color:#5f6368;'));

  return `<!DOCTYPE html>\n<html lang="${lang}"${dir}>\n<head><meta charset="utf-8"><title>${e(renderIn(lang, title))}</title></head>\n<body${dir} style="font-family:Arial,sans-serif;${align}">\n${parts.join('\n')}\n</body>\n</html>\n`;

  function goalSection(section: GoalSection): string[] {
    const g = section.goal;
    const out = [h(3, own(g.goal))];
    const facts: string[] = [];
    const progress = goalProgressLine(g, lang);
    if (progress) facts.push(m(progress));
    if (g.status === 'achieved' && !(g.target !== null && g.current !== null)) facts.push(m(t.achieved));
    if (g.due) facts.push(m(t.due(formatDate(g.due, lang))));
    if (facts.length > 0) out.push(p(`<b>${facts.join('<br>')}</b>`));
    if (section.progress !== null)
      out.push(progressBarHtml(section.progress, section.progress >= 1 ? REACHED_GREEN : GOAL_BLUE, rtl));
    if (section.tasks.length === 0) out.push(p(m(t.noWorkOnGoal(monthName)), 'color:#5f6368;'));
    else out.push(taskTable(section.tasks));
    return out;
  }

  function taskTable(tasks: Task[]): string {
    return table(
      [t.columnDate, t.columnWork, t.columnResult, t.columnBenefit],
      tasks.map((x) => [fixed(e(formatDate(x.date, lang))), user(x.task), user(x.result), user(x.benefit)]),
    );
  }
}
