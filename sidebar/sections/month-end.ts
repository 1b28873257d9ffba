// Close the month: the month (the last one by default), then a checklist of every client with work
// in it and what each gets, with what stands in the way in plain words; the freelancer unticks whom to
// leave out. The start button then closes one client per server call, with a progress line, and the
// section ends with the drafts and the links to what was made.

import type { ClientClose, Reason, Step, StepName } from '../../src/domain/month-end/close-plan';
import type { CloseClientResult } from '../../src/server-api';
import { call } from '../bridge';
import { $, bdi, busy, day, element, fill, month, num, plural, status, tm, ui, type Value } from '../ui';

const STEPS: StepName[] = ['report', 'invoice', 'draft'];
let chosenMonth = '';
let clients: ClientClose[] = [];

/** One reason in the UI language: a counted phrase by n or hours, values isolated. */
export function reasonNodes(reason: Reason): Node[] {
  const m = tm().close;
  const entry = m.reasons[reason.code];
  const r = reason as Record<string, unknown>;
  const values: Record<string, Value> = {};
  for (const [key, value] of Object.entries(r)) {
    if (key === 'code') continue;
    if (key === 'rows') values.rows = (value as number[]).join(', ');
    else if (key === 'month') values.month = month(String(value));
    else if (['lastDay', 'paidOn', 'sentOn'].includes(key)) values[key] = day(String(value));
    else if (key === 'stage') values.stage = m.stages[Math.min(3, Math.max(1, Number(value))) - 1]!;
    else if (typeof value === 'number') values[key] = num(value);
    else values[key] = String(value);
  }
  if (typeof entry === 'string') return fill(entry, values);
  const n = typeof r.n === 'number' ? r.n : Number(r.hours ?? 0);
  return plural(entry, n, values);
}

function stepLine(name: StepName, step: Step): HTMLElement {
  const m = tm().close;
  const nodes: Node[] = [document.createTextNode(`${m.steps[name]}: ${m.states[step.state]}`)];
  step.reasons.forEach((reason, i) => {
    nodes.push(document.createTextNode(i === 0 ? ' — ' : '; '), ...reasonNodes(reason));
  });
  return element('div', nodes, `step ${step.state}`);
}

function clientBlock(c: ClientClose, index: number): HTMLElement {
  const box = element('input');
  box.type = 'checkbox';
  box.checked = c.ticked;
  box.disabled = !c.ticked && !c.redo;
  box.value = String(index);
  box.className = 'close-client';
  const head = element('label', [box, bdi(c.client, 'client')]);
  const lines = STEPS.map((s) => stepLine(s, c[s]));
  const block = element('div', [head, ...lines], 'close-item');
  if (c.redo) {
    const redo = element('input');
    redo.type = 'checkbox';
    redo.className = 'close-redo';
    redo.value = String(index);
    redo.addEventListener('change', () => {
      if (redo.checked) box.checked = true;
      updateStart();
    });
    block.append(element('label', [redo, document.createTextNode(tm().close.redo)], 'redo'));
  }
  for (const w of c.warnings) block.append(element('div', reasonNodes(w), 'note'));
  box.addEventListener('change', updateStart);
  return block;
}

function ticked(): { client: ClientClose; redo: boolean }[] {
  const redo = new Set(
    [...document.querySelectorAll<HTMLInputElement>('#month-end-list input.close-redo:checked')].map(
      (b) => b.value,
    ),
  );
  return [...document.querySelectorAll<HTMLInputElement>('#month-end-list input.close-client:checked')].map(
    (b) => ({
      client: clients[Number(b.value)]!,
      redo: redo.has(b.value),
    }),
  );
}

function updateStart(): void {
  const button = $<HTMLButtonElement>('month-end-start');
  const n = ticked().length;
  button.replaceChildren(...plural(tm().close.start, n));
  // Nothing left to make or redo: no button, the line above says the month is done.
  button.hidden = !clients.some((c) => c.ticked || c.redo);
  button.disabled = n === 0;
}

function showPlan(plan: { month: string; clients: ClientClose[] }): void {
  const m = tm().close;
  chosenMonth = plan.month;
  clients = plan.clients;
  const list = $('month-end-list');
  if (clients.length === 0)
    list.replaceChildren(element('p', fill(m.empty, { month: month(plan.month) }), 'gray'));
  else if (clients.every((c) => !c.ticked && !c.redo))
    list.replaceChildren(
      element('p', fill(m.allDone, { month: month(plan.month) }), 'gray'),
      ...clients.map(clientBlock),
    );
  else list.replaceChildren(...clients.map(clientBlock));
  $('month-end-results').replaceChildren();
  updateStart();
}

function resultLines(result: CloseClientResult): HTMLElement {
  const m = tm().close;
  const link = (href: string, text: Node[]) => {
    const a = element('a', text);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener';
    return a;
  };
  const parts: Node[] = [];
  if (result.draft) parts.push(link(result.draft.link, [document.createTextNode(m.openDraft)]));
  if (result.report) parts.push(link(result.report.link, [document.createTextNode(m.openReport)]));
  if (result.invoice)
    parts.push(link(result.invoice.link, fill(m.openInvoice, { invoice: result.invoice.number })));
  const client = bdi(result.client, 'client');
  const nodes: Node[] =
    parts.length === 0 ? fill(m.clientDone, { client }) : [client, document.createTextNode(': ')];
  parts.forEach((part, i) => {
    if (i > 0) nodes.push(document.createTextNode(' · '));
    nodes.push(part);
  });
  const block = element('div', nodes, 'close-result');
  for (const reason of result.notAttached)
    block.append(element('div', fill(m.notAttached, { client: bdi(result.client), reason }), 'why'));
  return block;
}

async function start(): Promise<void> {
  const m = tm().close;
  const chosen = ticked();
  if (chosen.length === 0) {
    status('month-end-status', m.nothingTicked, 'error');
    return;
  }
  const button = $<HTMLButtonElement>('month-end-start');
  button.disabled = true;
  const results = $('month-end-results');
  results.replaceChildren(element('p', [m.resultTitle], 'gray'));
  for (const [i, { client, redo }] of chosen.entries()) {
    const left = chosen.length - i - 1;
    status(
      'month-end-status',
      left === 0
        ? fill(m.progressLast, { client: bdi(client.client) })
        : plural(m.progress, left, { client: bdi(client.client) }),
      'progress',
    );
    try {
      const result = await call('closeMonthClient', {
        month: chosenMonth,
        client: client.client,
        redo,
        ui: ui(),
      });
      results.append(resultLines(result));
    } catch (error) {
      // One client's failure stops the run where it is: what was made stays made, a rerun finishes.
      status(
        'month-end-status',
        fill(m.stopped, { client: bdi(client.client), reason: (error as Error).message }),
        'error',
      );
      button.disabled = false;
      return;
    }
  }
  status('month-end-status', '');
  await refresh();
}

async function refresh(): Promise<void> {
  const m = tm().close;
  const select = $<HTMLSelectElement>('month-end-month');
  await busy(
    $<HTMLButtonElement>('month-end-show'),
    'month-end-status',
    m.loading.replace('{month}', month(select.value)),
    async () => {
      const results = [...$('month-end-results').childNodes];
      showPlan(await call('monthEndPlan', { month: select.value, ui: ui() }));
      $('month-end-results').replaceChildren(...results);
    },
  );
}

/** The section's words and the month choices: the twelve months up to the last one, the last chosen. */
export function renderMonthEnd(defaultMonth: string): void {
  const m = tm().close;
  $('month-end-title').textContent = m.title;
  $('month-end-help').textContent = m.help;
  $('month-end-month-label').textContent = m.month;
  $('month-end-show').textContent = m.show;
  const select = $<HTMLSelectElement>('month-end-month');
  const months: string[] = [];
  let [y, mo] = defaultMonth.split('-').map(Number) as [number, number];
  for (let i = 0; i < 12; i++) {
    months.push(`${y}-${String(mo).padStart(2, '0')}`);
    [y, mo] = mo === 1 ? [y - 1, 12] : [y, mo - 1];
  }
  select.replaceChildren(
    ...months.map((value) => {
      const option = element('option', [month(value)]);
      option.value = value;
      return option;
    }),
  );
  select.value = defaultMonth;
}

export function wireMonthEnd(): void {
  $('month-end-show').addEventListener('click', () => void refresh());
  $('month-end-start').addEventListener('click', () => void start());
}
