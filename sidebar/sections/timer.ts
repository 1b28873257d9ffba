// The timer: Start for a client (task text optional), the running timer with its elapsed time
// (shown again when the sidebar is reopened, here or on another computer: the server keeps it), Stop.
// A timer that ran longer than a day asks how many hours to write, or may be discarded.

import type { TimerStatus, TimerStopResult, TimerView } from '../../src/server-api';
import { LOCALES } from '../../src/domain/format';
import { UI_WORDS } from '../../src/domain/messages/ui';
import { call } from '../bridge';
import { $, bdi, busy, day, element, fill, num, status, t, ui } from '../ui';

let running: TimerView | null = null;
/** The server's clock less the browser's: elapsed time counts on the server's, which started it. */
let offset = 0;
let ticker: ReturnType<typeof setInterval> | undefined;
/** The stored timer could not be read: only Discard is offered. */
let unreadable = false;

export function renderTimer(): void {
  const m = t().timer;
  $('timer-title').textContent = m.title;
  $('timer-client-label').textContent = m.client;
  $('timer-task-label').textContent = m.task;
  $('timer-billable-label').textContent = m.billable;
  $('timer-start').textContent = m.start;
  $('timer-stop').textContent = m.stop;
  $('timer-hours-label').textContent = m.hoursLabel;
  $('timer-write').textContent = m.write;
  $('timer-discard').textContent = m.discard;
  show();
}

export function showTimerClients(clients: readonly { name: string }[]): void {
  const select = $<HTMLSelectElement>('timer-client');
  const kept = select.value;
  select.replaceChildren(
    ...clients.map((c) => {
      const o = element('option', [c.name]);
      o.value = c.name;
      o.dir = 'auto';
      return o;
    }),
  );
  if (clients.some((c) => c.name === kept)) select.value = kept;
}

/** When it started, in the spreadsheet's zone (the row gets that day): "Mon 2 Nov, 23:30". */
function since(timer: TimerView): string {
  return new Intl.DateTimeFormat(LOCALES[ui()], {
    timeZone: timer.timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(timer.start);
}

function elapsed(): Node[] {
  if (!running) return [];
  const minutes = Math.max(0, Math.floor((Date.now() + offset - running.start) / 60_000));
  return fill(t().timer.elapsed, {
    h: num(Math.floor(minutes / 60)),
    m: String(minutes % 60).padStart(2, '0'),
  });
}

function show(): void {
  const m = t().timer;
  if (unreadable) {
    $('timer-confirm').hidden = false;
    $('timer-confirm-text').textContent = UI_WORDS[ui()].problems.timerUnreadable;
  }
  $('timer-confirm-hours').hidden = unreadable;
  $('timer-write').hidden = unreadable;
  $('timer-idle').hidden = running !== null || unreadable;
  $('timer-running').hidden = running === null;
  if (ticker !== undefined) clearInterval(ticker);
  ticker = undefined;
  if (!running) return;
  $('timer-running-text').replaceChildren(
    ...fill(running.task ? m.runningTask : m.running, {
      client: bdi(running.client, 'client'),
      task: bdi(running.task, 'task'),
    }),
  );
  $('timer-since').replaceChildren(...fill(m.since, { when: since(running) }));
  const clock = $('timer-elapsed');
  clock.replaceChildren(...elapsed());
  ticker = setInterval(() => clock.replaceChildren(...elapsed()), 15_000);
}

/** The timer as the server has it (on load, and after each call). */
export function showTimer(state: TimerStatus): void {
  running = state.running;
  unreadable = state.unreadable === true;
  offset = state.now - Date.now();
  $('timer-confirm').hidden = true;
  show();
}

function stopped(result: TimerStopResult): void {
  const m = t().timer;
  if (result.kind === 'confirm') {
    $('timer-confirm').hidden = false;
    $('timer-confirm-text').replaceChildren(...fill(m.confirm, { when: since(result.timer) }));
    $<HTMLInputElement>('timer-hours').value = String(result.hours);
    return;
  }
  running = null;
  unreadable = false;
  $('timer-confirm').hidden = true;
  show();
  if (result.kind === 'written')
    status(
      'timer-status',
      fill(m.written, {
        hours: num(result.hours),
        client: bdi(result.client, 'client'),
        date: day(result.date),
        row: String(result.row),
      }),
    );
  else status('timer-status', result.kind === 'discarded' ? m.discarded : m.none);
}

export function wireTimer(): void {
  $('timer-start').addEventListener('click', async () => {
    const request = {
      client: $<HTMLSelectElement>('timer-client').value,
      task: $<HTMLInputElement>('timer-task').value,
      billable: $<HTMLInputElement>('timer-billable').checked,
      ui: ui(),
    };
    const result = await busy($<HTMLButtonElement>('timer-start'), 'timer-status', t().timer.starting, () =>
      call('startTimer', request),
    );
    if (!result) return;
    showTimer({ running: result.timer, now: result.now });
    if (result.kind === 'running')
      status(
        'timer-status',
        fill(t().timer.alreadyRunning, { client: bdi(result.timer.client, 'client') }),
        'error',
      );
    else $<HTMLInputElement>('timer-task').value = '';
  });
  $('timer-stop').addEventListener('click', async () => {
    const result = await busy($<HTMLButtonElement>('timer-stop'), 'timer-status', t().timer.stopping, () =>
      call('stopTimer', { ui: ui() }),
    );
    if (result) stopped(result);
  });
  $('timer-write').addEventListener('click', async () => {
    const hours = Number($<HTMLInputElement>('timer-hours').value);
    const result = await busy($<HTMLButtonElement>('timer-write'), 'timer-status', t().timer.stopping, () =>
      call('stopTimer', { hours, ui: ui() }),
    );
    if (result) stopped(result);
  });
  $('timer-discard').addEventListener('click', async () => {
    const result = await busy($<HTMLButtonElement>('timer-discard'), 'timer-status', t().timer.stopping, () =>
      call('stopTimer', { discard: true, ui: ui() }),
    );
    if (result) stopped(result);
  });
}
