// Classify tasks: the month's tasks with neither goal nor mark, grouped by client, one choice each
// (one of the client's goals, or A or B), saved with one call. Rows changed in the sheet since they
// were listed are left as they are and listed again; the problems list is refreshed from the answer.

import type { ClassifyList, ClassifySaveResult } from '../../src/server-api';
import { call } from '../bridge';
import { $, bdi, busy, day, element, fill, num, plural, status, t, ui } from '../ui';
import { showProblems } from './problems';

let listed: ClassifyList | null = null;

export function renderClassify(): void {
  const m = t().classify;
  $('classify-title').textContent = m.title;
  $('classify-help').textContent = m.help;
  $('classify-month-label').textContent = m.month;
  $('classify-show').textContent = m.show;
  $('classify-save').textContent = m.save;
  if (listed) showList(listed);
}

export function setClassifyMonth(today: string): void {
  // The month being worked in: imports and the timer fill it, so it is the one to classify.
  $<HTMLInputElement>('classify-month').value = today.slice(0, 7);
}

function taskItem(task: ClassifyList['groups'][number]['tasks'][number], goals: string[]): HTMLLIElement {
  const m = t().classify;
  const id = `classify-row-${task.row}`;
  const select = element('select');
  select.id = id;
  select.dataset.row = String(task.row);
  select.dataset.version = task.version;
  const option = (value: string, text: string) => {
    const o = element('option', [text]);
    o.value = value;
    // Goal text is the client's: its own direction inside a right-to-left sidebar.
    o.dir = 'auto';
    return o;
  };
  select.append(option('', m.choose));
  if (goals.length > 0) {
    const group = element('optgroup');
    group.label = m.goals;
    group.append(...goals.map((g, i) => option(`goal:${i}`, g)));
    select.append(group);
  }
  const marks = element('optgroup');
  marks.label = m.noGoal;
  marks.append(option('A', m.markA), option('B', m.markB));
  select.append(marks);
  const label = element('label', [
    bdi(task.task || m.noText, task.task ? 'task' : 'task gray'),
    element(
      'span',
      [
        ' · ',
        day(task.date),
        ...(task.hours === null ? [] : [' · ', ...fill(m.hours, { n: num(task.hours) })]),
      ],
      'gray',
    ),
  ]);
  label.htmlFor = id;
  return element('li', [label, select], 'classify-task');
}

function showList(list: ClassifyList): void {
  listed = list;
  const m = t().classify;
  const total = list.groups.reduce((n, g) => n + g.tasks.length, 0);
  const blocks: HTMLElement[] = [];
  blocks.push(element('p', total === 0 ? [m.none] : plural(m.count, total), 'gray'));
  for (const group of list.groups) {
    const goals = group.goals.map((g) => g.goal);
    const heading = element('h3', [bdi(group.client, 'client')]);
    const items = element(
      'ul',
      group.tasks.map((task) => taskItem(task, goals)),
      'classify-list',
    );
    items.dataset.client = group.client;
    blocks.push(heading, items);
  }
  if (list.unknownClient > 0)
    blocks.push(element('p', plural(m.unknownClient, list.unknownClient), 'warning-text'));
  $('classify-list').replaceChildren(...blocks);
  $('classify-save').hidden = total === 0;
}

function choices(): { row: number; version: string; goal?: string; mark?: 'A' | 'B' }[] {
  const byRow = new Map(listed?.groups.flatMap((g) => g.tasks.map((task) => [task.row, g] as const)) ?? []);
  return [...document.querySelectorAll<HTMLSelectElement>('#classify-list select')]
    .filter((s) => s.value !== '')
    .map((s) => {
      const row = Number(s.dataset.row);
      const base = { row, version: s.dataset.version ?? '' };
      if (s.value === 'A' || s.value === 'B') return { ...base, mark: s.value };
      const goal = byRow.get(row)?.goals[Number(s.value.slice(5))]?.goal ?? '';
      return { ...base, goal };
    });
}

function saved(result: ClassifySaveResult): void {
  const m = t().classify;
  const nodes: Node[] = [...plural(m.saved, result.written)];
  if (result.skipped.length > 0)
    nodes.push(document.createTextNode(' '), ...plural(m.changed, result.skipped.length));
  showList(result.list);
  showProblems(result.problems);
  status('classify-status', nodes);
}

export function wireClassify(): void {
  $('classify-show').addEventListener('click', async () => {
    const month = $<HTMLInputElement>('classify-month').value;
    const list = await busy(
      $<HTMLButtonElement>('classify-show'),
      'classify-status',
      t().classify.loading,
      () => call('listUnclassified', { month, ui: ui() }),
    );
    if (list) showList(list);
  });
  $('classify-save').addEventListener('click', async () => {
    const chosen = choices();
    if (chosen.length === 0) {
      status('classify-status', t().classify.nothingChosen, 'error');
      return;
    }
    const month = listed?.month ?? $<HTMLInputElement>('classify-month').value;
    const result = await busy(
      $<HTMLButtonElement>('classify-save'),
      'classify-status',
      t().classify.saving,
      () => call('saveClassification', { month, choices: chosen, ui: ui() }),
    );
    if (result) saved(result);
  });
}
