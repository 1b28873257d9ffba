// The timer on the bundle: one at a time, kept in the user's properties across executions (the
// sidebar closed, the spreadsheet reloaded, another computer), stopped into exactly one Tasks row,
// a question before writing one that ran longer than a day, and its service calls.

import { describe, expect, it } from 'vitest';
import type { SidebarState, TimerStartResult, TimerStatus, TimerStopResult } from '../../src/server-api';
import { sampleRuntime } from '../support/runtime';

const CLIENT = 'Bakeriet Solsikke AS';
const MIN = 60_000;

function tasksTab(runtime: Awaited<ReturnType<typeof sampleRuntime>>): unknown[][] {
  return runtime.spreadsheet.getSheetByName('Tasks')!.getDataRange().getValues();
}

describe('timer', () => {
  it('runs across executions and stops into one row: the start’s day, rounded hours, the text', async () => {
    const runtime = await sampleRuntime();
    const start = new Date('2026-11-22T22:50:00Z'); // 23:50 in Oslo
    runtime.setNow(start);
    const before = tasksTab(runtime).length;
    const started = runtime.run<TimerStartResult>('startTimer', {
      client: 'bakeriet  SOLSIKKE as',
      task: '=Menu copy',
    });
    expect(started).toMatchObject({
      kind: 'started',
      timer: { client: CLIENT, task: '=Menu copy', start: start.getTime() },
    });
    expect([...runtime.properties.user.values.keys()]).toContain('timer:local-spreadsheet');

    // Reopened later: a new execution reads it back; a second Start names the running one.
    runtime.setNow(new Date(start.getTime() + 100 * MIN));
    const status = runtime.run<TimerStatus>('timerStatus');
    expect(status.running).toMatchObject({ client: CLIENT, start: start.getTime() });
    expect(status.now - status.running!.start).toBe(100 * MIN);
    const second = runtime.run<TimerStartResult>('startTimer', { client: 'Fernleaf Studio' });
    expect(second).toMatchObject({ kind: 'running', timer: { client: CLIENT } });

    runtime.calls.reset();
    const stopped = runtime.run<TimerStopResult>('stopTimer', {});
    expect(stopped).toMatchObject({ kind: 'written', date: '2026-11-22', client: CLIENT, hours: 1.75 });
    const calls = runtime.calls.summary();
    // Reads: Settings, Clients, Tasks; the property read and delete; one row written; lock and flush.
    expect(calls.total).toBeLessThanOrEqual(14);

    const after = tasksTab(runtime);
    expect(after).toHaveLength(before + 1);
    const header = after[0]!;
    const row = after[after.length - 1]!;
    const cell = (name: string) => row[header.indexOf(name)];
    expect((cell('Date') as Date).toISOString()).toBe('2026-11-21T23:00:00.000Z'); // midnight in Oslo
    expect([
      cell('Client'),
      cell('Task'),
      cell('Hours'),
      cell('Goal'),
      cell('Mark'),
      cell('Billable'),
    ]).toEqual([CLIENT, '=Menu copy', 1.75, '', '', true]);
    expect(runtime.run<TimerStatus>('timerStatus').running).toBeNull();
    // Stop pressed again (another tab of the sidebar): nothing more is written.
    expect(runtime.run<TimerStopResult>('stopTimer', {})).toEqual({ kind: 'none' });
    expect(tasksTab(runtime)).toHaveLength(before + 1);
  });

  it('asks before writing a timer that ran longer than a day, writes the hours given, or discards it', async () => {
    const runtime = await sampleRuntime();
    const start = new Date('2026-11-20T08:00:00Z');
    runtime.setNow(start);
    runtime.run('startTimer', { client: CLIENT });
    runtime.setNow(new Date(start.getTime() + 49 * 60 * MIN));
    const before = tasksTab(runtime).length;
    const asked = runtime.run<TimerStopResult>('stopTimer', {});
    expect(asked).toMatchObject({ kind: 'confirm', hours: 24, elapsedMs: 49 * 60 * MIN });
    expect(tasksTab(runtime)).toHaveLength(before);
    expect(() => runtime.run('stopTimer', { hours: 25, ui: 'nb' })).toThrow(/25/);
    expect(runtime.run<TimerStopResult>('stopTimer', { hours: 6.5 })).toMatchObject({
      kind: 'written',
      date: '2026-11-20',
      hours: 6.5,
    });
    expect(tasksTab(runtime)).toHaveLength(before + 1);

    runtime.run('startTimer', { client: CLIENT });
    expect(runtime.run<TimerStopResult>('stopTimer', { discard: true })).toEqual({ kind: 'discarded' });
    expect(runtime.run<TimerStatus>('timerStatus').running).toBeNull();
    expect(tasksTab(runtime)).toHaveLength(before + 1);
  });

  it('refuses a client not in Clients, in the sidebar’s language', async () => {
    const runtime = await sampleRuntime();
    expect(() => runtime.run('startTimer', { client: 'Nobody Ltd', ui: 'nb' })).toThrow(
      'Det finnes ingen kunde som heter «Nobody Ltd» i fanen Clients.',
    );
    expect(() => runtime.run('startTimer', { client: ' ', ui: 'nb' })).toThrow('Velg en kunde først.');
    expect(runtime.run<TimerStatus>('timerStatus').running).toBeNull();
  });

  it('rounds as Settings › Timer rounding says', async () => {
    const runtime = await sampleRuntime();
    const settings = runtime.spreadsheet.getSheetByName('Settings')!;
    const names = settings
      .getDataRange()
      .getValues()
      .map((line) => line[0]);
    settings.getRange(names.indexOf('Timer rounding') + 1, 2).setValue('6 minutes');
    const start = new Date('2026-11-22T09:00:00Z');
    runtime.setNow(start);
    runtime.run('startTimer', { client: CLIENT });
    runtime.setNow(new Date(start.getTime() + 52 * MIN));
    expect(runtime.run<TimerStopResult>('stopTimer', {})).toMatchObject({ kind: 'written', hours: 0.9 });
  });

  it('a stored timer it cannot read keeps the sidebar working and can be discarded', async () => {
    const runtime = await sampleRuntime();
    runtime.properties.user.values.set('timer:local-spreadsheet', '{"v":9}');
    expect(runtime.run<TimerStatus>('timerStatus')).toMatchObject({ running: null, unreadable: true });
    expect(runtime.run<SidebarState>('loadSidebar').timer.unreadable).toBe(true);
    expect(() => runtime.run('stopTimer', {})).toThrow(/cannot be read/);
    expect(() => runtime.run('startTimer', { client: CLIENT })).toThrow(/cannot be read/);
    expect(runtime.run<TimerStopResult>('stopTimer', { discard: true })).toEqual({ kind: 'discarded' });
    expect(runtime.run<TimerStatus>('timerStatus')).toMatchObject({ running: null });
    expect(runtime.run<TimerStartResult>('startTimer', { client: CLIENT }).kind).toBe('started');
  });
});
