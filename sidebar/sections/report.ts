// The monthly report: warns before an empty or unfinished month, clears the last result when a new
// request starts, lists rows left out with a link to each, and drafts one cover email per report.

import { monthOf } from '../../src/domain/dates';
import { formatPercent } from '../../src/domain/format';
import type { ClientChoice, PrivateView, ReportResult, SidebarState } from '../../src/server-api';
import { call } from '../bridge';
import { $, bdi, busy, day, element, fill, money, month, num, plural, setText, status, t, ui } from '../ui';
import { problemItem, problemLine } from './problems';

let clients: ClientChoice[] = [];
let today = '';
let last: ReportResult | null = null;

export function renderReport(): void {
  const m = t().report;
  $('report-title').textContent = m.title;
  $('client-label').textContent = m.client;
  $('month-label').textContent = m.month;
  $('generate-report').textContent = m.button;
  $('report-go').textContent = m.goAhead;
  $('report-cancel').textContent = m.cancel;
  $('report-excluded-title').textContent = m.excludedTitle;
  $('draft-report').textContent = m.draftButton;
  $('private-summary').textContent = m.privateSummary;
  $('delegate-title').textContent = m.delegateTitle;
  $('history-title').textContent = m.historyTitle;
  $('recurring-title').textContent = m.recurringTitle;
  $('estimates-title').textContent = m.estimatesTitle;
  $('report-replaced').textContent = m.replaced;
  if (last) showReport(last);
}

export function showClients(state: SidebarState): void {
  clients = state.clients;
  today = state.today;
  const select = $<HTMLSelectElement>('client');
  const chosen = select.value;
  select.replaceChildren(
    ...state.clients.map((c) => {
      const option = document.createElement('option');
      option.value = c.name;
      option.textContent = c.name;
      option.dir = 'auto';
      return option;
    }),
  );
  if (chosen && state.clients.some((c) => c.name === chosen)) select.value = chosen;
  const input = $<HTMLInputElement>('month');
  if (!input.value) input.value = state.defaultMonth;
}

function request() {
  return {
    client: $<HTMLSelectElement>('client').value,
    month: $<HTMLInputElement>('month').value,
    ui: ui(),
  };
}

/** What to say before generating, or null: a month not begun or not over, or with no tasks. */
function warning(client: string, m: string): Node[] | null {
  const say = t().report;
  const current = monthOf(today);
  if (m > current) return fill(say.warnFuture, { month: month(m) });
  if (m === current) return fill(say.warnNotOver, { month: month(m) });
  const choice = clients.find((c) => c.name === client);
  if (choice && !choice.taskMonths.includes(m)) return fill(say.warnNoTasks, { client, month: month(m) });
  return null;
}

function clearResult(): void {
  last = null;
  $('report-result').hidden = true;
  $('report-excluded').replaceChildren();
  $('draft-report-status').replaceChildren();
  status('report-status', '');
}

function showReport(result: ReportResult): void {
  const m = t().report;
  $('report-result').hidden = false;
  const link = $<HTMLAnchorElement>('report-link');
  link.href = result.link;
  setText(link, m.open, { doc: result.docName });
  const pdf = $<HTMLAnchorElement>('report-pdf');
  pdf.href = result.pdfLink;
  pdf.textContent = m.downloadPdf;
  $('report-replaced').hidden = !result.replaced;
  const totals = result.totals;
  $('report-totals').replaceChildren(
    ...plural(m.tasks, totals.tasks),
    document.createTextNode(' · '),
    ...plural(m.hours, totals.hours),
    document.createTextNode(' · '),
    bdi(money(totals.cost, totals.currency), 'amount'),
  );
  $('report-excluded-block').hidden = result.excluded.length === 0;
  $('report-excluded').replaceChildren(...result.excluded.map((d) => problemItem(d, 'report-status')));
  const view = result.privateView;
  setText($('score'), m.score, { score: num(view.score, 0) });
  setText($('weights'), m.weights, {
    goal: num(view.weights.goal),
    a: num(view.weights.a),
    b: num(view.weights.b),
  });
  setText($('hours-split'), m.hoursSplit, {
    goal: num(view.goalHours),
    a: num(view.aHours),
    b: num(view.bHours),
  });
  $('delegate').replaceChildren(
    ...(view.delegate.length
      ? view.delegate.map((d) =>
          element('li', [bdi(day(d.date)), ': ', bdi(d.task), ' (', ...plural(m.hours, d.hours), ')']),
        )
      : [element('li', [m.noDelegate])]),
  );
  showHistory(view);
}

/** The score over time, B work that recurs, estimates against actual, and the month's deadlines. */
function showHistory(view: PrivateView): void {
  const m = t().report;
  const kept = $('deadlines-kept');
  kept.hidden = view.deadlines.due === 0;
  kept.replaceChildren(...plural(m.onTime, view.deadlines.due, { onTime: num(view.deadlines.onTime, 0) }));
  $('missed-deadlines').replaceChildren(
    ...view.deadlines.missed.map((d) =>
      element('li', plural(m.missed, d.daysLate, { task: d.task, date: day(d.deadline) })),
    ),
  );
  $('score-history').replaceChildren(
    ...view.history.map((h) => {
      if (h.score === null) return element('li', fill(m.historyNone, { month: month(h.month) }), 'gray');
      const bar = element('span', [], 'bar');
      bar.style.width = `${Math.max(1, h.score)}%`;
      const li = element('li', [...fill(m.historyScore, { month: month(h.month), score: num(h.score, 0) })]);
      li.append(element('span', [bar], 'bar-track'));
      return li;
    }),
  );
  $('recurring-b').replaceChildren(
    ...(view.recurringB.length
      ? view.recurringB.map((r) =>
          element(
            'li',
            plural(m.recurringTimes, r.times, {
              task: r.task,
              hours: element('span', plural(m.hours, r.hours)),
            }),
          ),
        )
      : [element('li', [m.noRecurring])]),
  );
  $('estimates-block').hidden = view.estimates.length === 0;
  $('goal-estimates').replaceChildren(
    ...view.estimates.map((e) =>
      element(
        'li',
        fill(m.estimate, {
          goal: e.goal,
          actual: num(e.actual),
          estimate: num(e.estimate),
          share: formatPercent(e.share, ui()),
        }),
        e.share > 1 ? 'over' : undefined,
      ),
    ),
  );
}

async function generate(): Promise<void> {
  $('report-warning').hidden = true;
  const result = await busy(
    $<HTMLButtonElement>('generate-report'),
    'report-status',
    t().report.progress,
    () => call('generateReport', request()),
  );
  if (result) {
    last = result;
    showReport(result);
  }
}

export function wireReport(): void {
  $('generate-report').addEventListener('click', () => {
    clearResult();
    const { client, month: m } = request();
    const warn = warning(client, m);
    if (!warn) return void generate();
    $('report-warning-text').replaceChildren(...warn);
    $('report-warning').hidden = false;
  });
  $('report-go').addEventListener('click', () => void generate());
  $('report-cancel').addEventListener('click', () => {
    $('report-warning').hidden = true;
  });
  for (const id of ['client', 'month']) $(id).addEventListener('change', clearResult);

  $('draft-report').addEventListener('click', async () => {
    const m = t().report;
    const { client, month: mo, ui: language } = request();
    const result = await busy(
      $<HTMLButtonElement>('draft-report'),
      'draft-report-status',
      m.draftProgress,
      () => call('createDrafts', { kinds: ['report'], report: { client, month: mo }, ui: language }),
    );
    if (!result) return;
    const open = (href: string) => {
      const a = element('a', [m.openDraft]);
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener';
      return a;
    };
    if (result.existing) {
      const said: Node[] = [element('p', fill(m.draftExists, { date: day(result.existing.date) }))];
      said.push(
        result.existing.link ? element('p', [open(result.existing.link)]) : element('p', [m.draftGone]),
      );
      status('draft-report-status', said);
      return;
    }
    const made = result.drafts[0];
    if (made) {
      status('draft-report-status', [
        element('p', fill(m.draftMade, { subject: made.subject })),
        open(made.link),
      ]);
    } else if (result.skipped[0]) {
      const where = element('span', problemLine(result.skipped[0]));
      status('draft-report-status', [element('p', fill(t().reminders.skipped, { where }))], 'error');
    }
  });
}
