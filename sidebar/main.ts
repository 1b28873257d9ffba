// The sidebar: report, private view, reminders, problems. Text from the sheet is only ever set with
// textContent, so a client called <img src=x onerror=...> shows as text and runs nothing.

import type { Diagnostic } from '../src/domain/types';
import type { DraftsResult, ReportResult, SidebarState } from '../src/server-api';
import { call } from './bridge';
import { mountSelfTest } from './self-test';
import './invoice-section';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function setStatus(text: string, error = false): void {
  const status = $('status');
  status.textContent = text;
  status.className = error ? 'status error' : 'status gray';
}

function item(text: string, onClick?: () => void): HTMLLIElement {
  const li = document.createElement('li');
  li.textContent = text;
  if (onClick) li.addEventListener('click', onClick);
  return li;
}

function problemText(d: Diagnostic): string {
  return `${d.sheet} row ${d.row}${d.column ? `, ${d.column}` : ''}: ${d.message}`;
}

function listProblems(list: HTMLElement, problems: Diagnostic[]): void {
  list.replaceChildren(
    ...problems.map((d) =>
      item(problemText(d), () => {
        call('selectCell', { sheet: d.sheet, row: d.row, column: d.column }).catch((e: Error) =>
          setStatus(e.message, true),
        );
      }),
    ),
  );
}

/** Disables the button while the server works; re-enables it whether the call succeeds or fails. */
async function busy<T>(
  button: HTMLButtonElement,
  progress: string,
  work: () => Promise<T>,
): Promise<T | undefined> {
  button.disabled = true;
  setStatus(progress);
  try {
    const result = await work();
    setStatus('');
    return result;
  } catch (error) {
    setStatus((error as Error).message || String(error), true);
    return undefined;
  } finally {
    button.disabled = false;
  }
}

function showState(state: SidebarState): void {
  document.documentElement.dir = state.direction;
  $('setup').hidden = !state.setupNeeded;
  for (const id of ['report', 'reminders', 'problems']) $(id).hidden = state.setupNeeded;
  if (state.setupNeeded) return;
  const select = $<HTMLSelectElement>('client');
  select.replaceChildren(
    ...state.clients.map((c) => {
      const option = document.createElement('option');
      option.value = c.name;
      option.textContent = c.name;
      return option;
    }),
  );
  $<HTMLInputElement>('month').value = state.defaultMonth;
  $('reminder-list').replaceChildren(
    ...(state.reminders.length ? state.reminders.map((r) => item(r.label)) : [item('Nothing is due today.')]),
  );
  $<HTMLButtonElement>('create-drafts').disabled = state.reminders.length === 0;
  listProblems($('problem-list'), state.problems);
  if (state.problems.length === 0) $('problem-list').replaceChildren(item('No problems found.'));
}

function showReport(result: ReportResult): void {
  $('report-result').hidden = false;
  const link = $<HTMLAnchorElement>('report-link');
  link.href = result.link;
  link.textContent = `Open the report: ${result.docName}`;
  $<HTMLAnchorElement>('report-pdf').href = result.pdfLink;
  $('report-replaced').hidden = !result.replaced;
  const t = result.totals;
  $('report-totals').textContent = `${t.tasks} tasks, ${t.hours} hours, ${t.cost} ${t.currency}`;
  listProblems($('report-excluded'), result.excluded);
  const view = result.privateView;
  $('score').textContent =
    `Value score: ${view.score} / 100 (weights goal ${view.weights.goal}, A ${view.weights.a}, B ${view.weights.b})`;
  $('hours-split').textContent =
    `Hours on goals ${view.goalHours}, A work ${view.aHours}, B work ${view.bHours}`;
  $('delegate').replaceChildren(
    ...(view.delegate.length
      ? view.delegate.map((d) => item(`${d.date}: ${d.task} (${d.hours} h)`))
      : [item('No B work this month.')]),
  );
}

function showDrafts(result: DraftsResult): void {
  $('draft-links').replaceChildren(
    ...result.drafts.map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.link;
      a.target = '_blank';
      a.rel = 'noopener';
      a.textContent = `${d.subject} → ${d.to}`;
      li.append(a);
      return li;
    }),
  );
  const notes = $('draft-notes');
  listProblems(notes, result.skipped);
  notes.append(
    ...result.notAttached.map((n) =>
      item(`${n.invoice ? `Invoice ${n.invoice}` : 'Report PDF'} not attached: ${n.reason}`),
    ),
    ...result.failed.map((f) =>
      item(
        `Not drafted (${f.kind}, ${f.client}${f.invoice ? `, ${f.invoice}` : ''}): ${f.reason}. Run again to finish.`,
      ),
    ),
  );
  setStatus(`${result.drafts.length} draft(s) created in Gmail. Nothing was sent.`);
}

async function load(): Promise<void> {
  setStatus('Loading…');
  try {
    showState(await call('loadSidebar'));
    setStatus('');
  } catch (error) {
    setStatus((error as Error).message, true);
  }
}

$('run-setup').addEventListener('click', async () => {
  const done = await busy($<HTMLButtonElement>('run-setup'), 'Setting up…', () =>
    call('setupTrackingSheet', { sample: $<HTMLInputElement>('sample').checked }),
  );
  if (done) await load();
});

$('generate-report').addEventListener('click', async () => {
  const request = { client: $<HTMLSelectElement>('client').value, month: $<HTMLInputElement>('month').value };
  const result = await busy($<HTMLButtonElement>('generate-report'), 'Writing the report…', () =>
    call('generateReport', request),
  );
  if (result) showReport(result);
});

$('draft-report').addEventListener('click', async () => {
  const report = { client: $<HTMLSelectElement>('client').value, month: $<HTMLInputElement>('month').value };
  const result = await busy($<HTMLButtonElement>('draft-report'), 'Drafting the email…', () =>
    call('createDrafts', { kinds: ['report'], report }),
  );
  if (result) showDrafts(result);
});

$('create-drafts').addEventListener('click', async () => {
  const result = await busy($<HTMLButtonElement>('create-drafts'), 'Creating drafts…', () =>
    call('createDrafts', {}),
  );
  if (result) showDrafts(result);
});

$('check-sheet').addEventListener('click', async () => {
  const result = await busy($<HTMLButtonElement>('check-sheet'), 'Checking…', () => call('checkSheet'));
  if (!result) return;
  listProblems($('problem-list'), result.problems);
  if (result.problems.length === 0) $('problem-list').replaceChildren(item('No problems found.'));
});

mountSelfTest(document.querySelector<HTMLElement>('main.sidebar')!, setStatus);
void load();
