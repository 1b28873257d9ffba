// The timer: Start for a client, Stop into one Tasks row. The state lives in the freelancer's user
// properties (src/adapters/timer-store.ts), so the sidebar may close and reopen anywhere meanwhile.
// Both run under the document lock, so two quick clicks start one timer and write one row. Stop
// reads Settings, Clients and Tasks once and writes one row.

import { openTabs } from '../adapters/spreadsheet';
import { writeTaskRow } from '../adapters/tasks-writes';
import { timerStore } from '../adapters/timer-store';
import { say } from '../domain/problems';
import { ProblemError, refuse } from '../domain/problems/render';
import { readTracker } from '../domain/read-tracker';
import {
  DEFAULT_ROUNDING_MINUTES,
  readTimerState,
  startTimer as start,
  stopTimer as stop,
  timerStateText,
  timerTaskLine,
} from '../domain/timer';
import type {
  TimerStartRequest,
  TimerStartResult,
  TimerStatus,
  TimerStopRequest,
  TimerStopResult,
} from '../server-api';
import { actionContext, withDocumentLock } from './context';

/** The running timer of this spreadsheet, if any, and the server's clock to count from. */
export function timerStatusOf(spreadsheetId: string): TimerStatus {
  const now = Date.now();
  try {
    return { running: readTimerState(timerStore(spreadsheetId).read()), now };
  } catch (error) {
    // One the add-on cannot read must not keep the sidebar from opening: it is offered for discarding.
    if (error instanceof ProblemError) return { running: null, now, unreadable: true };
    throw error;
  }
}

// The spreadsheet's id names its timer in the user's store (docs/platform.md#propertiesservice):
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getId()
export function timerStatus(): TimerStatus {
  return timerStatusOf(actionContext().ss.getId());
}

export function startTimer(request: TimerStartRequest): TimerStartResult {
  const client = typeof request?.client === 'string' ? request.client.trim() : '';
  if (!client) refuse(say('pickClient'));
  const { ss, timeZone } = actionContext();
  return withDocumentLock('timer', () => {
    const store = timerStore(ss.getId());
    const running = readTimerState(store.read());
    const now = Date.now();
    if (running) return { kind: 'running', timer: running, now };
    const tracker = readTracker(openTabs(ss, ['Settings', 'Clients']).raw, timeZone);
    const task = typeof request?.task === 'string' ? request.task : '';
    const out = start(
      null,
      { client, task, billable: request?.billable !== false },
      tracker.clients,
      now,
      timeZone,
    );
    if (out.kind === 'unknownClient') refuse(say('noSuchClient', { client }));
    store.write(timerStateText(out.state));
    return { kind: 'started', timer: out.state, now };
  });
}

export function stopTimer(request: TimerStopRequest): TimerStopResult {
  const { ss, timeZone } = actionContext();
  return withDocumentLock('timer', () => {
    const store = timerStore(ss.getId());
    const text = store.read();
    // Discarding does not read the stored timer, so even one that cannot be read goes.
    if (request?.discard) {
      if (text !== null) store.forget();
      return { kind: 'discarded' };
    }
    const state = readTimerState(text);
    if (!state) return { kind: 'none' };
    const { raw, sheets } = openTabs(ss, ['Settings', 'Clients', 'Tasks']);
    const tracker = readTracker({ Settings: raw.Settings, Clients: raw.Clients }, timeZone);
    const now = Date.now();
    const answer = request?.hours === undefined ? undefined : { hours: Number(request.hours) };
    const out = stop(
      state,
      now,
      tracker.settings.timerRounding ?? DEFAULT_ROUNDING_MINUTES,
      tracker.clients,
      answer,
    );
    if (out.kind === 'confirm')
      return { kind: 'confirm', timer: state, elapsedMs: out.elapsedMs, hours: out.hours, now };
    if (out.kind === 'badHours') refuse(say('timerHours', { value: out.value }));
    const { row, line } = timerTaskLine(raw.Tasks, out.row, timeZone);
    // Forgotten first, written second, put back if the write fails: a Stop that failed half way
    // can be pressed again, and a row is never written twice.
    store.forget();
    try {
      writeTaskRow(sheets.get('Tasks')!, row, line);
    } catch (error) {
      store.write(text!);
      throw error;
    }
    return { kind: 'written', row, ...out.row };
  });
}
