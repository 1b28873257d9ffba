// The timer: one at a time, the row it writes (date of the start in the spreadsheet's zone, hours
// rounded as Settings says), and the question it asks when it ran longer than a day.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTracker } from '../../src/domain/read-tracker';
import { SETTING_ROWS } from '../../src/domain/tabs/settings';
import {
  CONFIRM_AFTER_MS,
  DEFAULT_ROUNDING_MINUTES,
  ROUNDING_STEPS,
  type TimerState,
  parseRounding,
  readTimerState,
  roundedHours,
  startTimer,
  stopTimer,
  timerStateText,
  timerTaskLine,
} from '../../src/domain/timer';

const CLIENTS = [{ name: 'Fjord Bakery' }, { name: 'Hekla Tours' }];
const MIN = 60_000;
const HOUR = 60 * MIN;
/** 2026-11-02 23:30 in Oslo (UTC+1 in November). */
const LATE_MONDAY = Date.UTC(2026, 10, 2, 22, 30);

describe('startTimer', () => {
  it('starts for a client of Clients, spelled as Clients spells it, text trimmed, billable unless said', () => {
    const out = startTimer(
      null,
      { client: ' fjord  BAKERY ', task: '  Menu copy ' },
      CLIENTS,
      LATE_MONDAY,
      'Europe/Oslo',
    );
    expect(out).toEqual({
      kind: 'started',
      state: {
        client: 'Fjord Bakery',
        task: 'Menu copy',
        billable: true,
        start: LATE_MONDAY,
        timeZone: 'Europe/Oslo',
      },
    });
    const unbilled = startTimer(null, { client: 'Hekla Tours', billable: false }, CLIENTS, 0, 'UTC');
    expect(unbilled.kind === 'started' && [unbilled.state.task, unbilled.state.billable]).toEqual([
      '',
      false,
    ]);
  });

  it('refuses a second timer, naming the running one, and an unknown or blank client', () => {
    const running: TimerState = {
      client: 'Hekla Tours',
      task: 'Tours page',
      billable: true,
      start: 5,
      timeZone: 'UTC',
    };
    expect(startTimer(running, { client: 'Fjord Bakery' }, CLIENTS, 10, 'UTC')).toEqual({
      kind: 'running',
      state: running,
    });
    expect(startTimer(null, { client: 'Nobody AS' }, CLIENTS, 10, 'UTC')).toEqual({
      kind: 'unknownClient',
      client: 'Nobody AS',
    });
    expect(startTimer(null, { client: '  ' }, CLIENTS, 10, 'UTC')).toEqual({
      kind: 'unknownClient',
      client: '',
    });
  });
});

describe('roundedHours', () => {
  it('rounds to the nearest step, half a step up, and never below one step', () => {
    const q = DEFAULT_ROUNDING_MINUTES;
    expect(q).toBe(15);
    expect(roundedHours(0, q)).toBe(0.25);
    expect(roundedHours(3 * MIN, q)).toBe(0.25);
    expect(roundedHours(22 * MIN + 29_999, q)).toBe(0.25);
    expect(roundedHours(22 * MIN + 30_000, q)).toBe(0.5);
    expect(roundedHours(HOUR + 52 * MIN, q)).toBe(1.75);
    expect(roundedHours(HOUR + 53 * MIN, q)).toBe(2);
    expect(roundedHours(7 * MIN, 6)).toBe(0.1);
    expect(roundedHours(10 * MIN, 10)).toBe(1 / 6);
    expect(roundedHours(89 * MIN, 60)).toBe(1);
    expect(roundedHours(90 * MIN, 60)).toBe(2);
    expect(roundedHours(61_000, 1)).toBe(1 / 60);
  });

  it('is within half a step of the real time and a whole number of steps (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 48 * HOUR }), fc.constantFrom(...ROUNDING_STEPS), (ms, step) => {
        const hours = roundedHours(ms, step);
        const steps = (hours * 60) / step;
        expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-9);
        expect(steps).toBeGreaterThanOrEqual(1 - 1e-9);
        if (ms >= (step * MIN) / 2)
          expect(Math.abs(hours * HOUR - ms)).toBeLessThanOrEqual((step * MIN) / 2 + 1e-3);
      }),
    );
  });
});

describe('parseRounding', () => {
  it('reads minutes or an hour that divide an hour evenly', () => {
    expect(parseRounding('15 minutes')).toBe(15);
    expect(parseRounding('15')).toBe(15);
    expect(parseRounding(' 6 min ')).toBe(6);
    expect(parseRounding('1 minute')).toBe(1);
    expect(parseRounding('1 hour')).toBe(60);
    expect(parseRounding('60 Minutes')).toBe(60);
    expect(parseRounding('３０ min')).toBe(30);
  });

  it('refuses what is not such a step', () => {
    for (const text of ['', '0', '7 minutes', '45', '2 hours', 'quarter', '0.25', '-15', '15 seconds', '90'])
      expect(parseRounding(text), text).toBeNull();
  });
});

describe('stopTimer', () => {
  const state = (start: number, extra: Partial<TimerState> = {}): TimerState => ({
    client: 'Fjord Bakery',
    task: 'Menu copy',
    billable: true,
    start,
    timeZone: 'Europe/Oslo',
    ...extra,
  });

  it('writes the start’s day in the spreadsheet’s zone, even past midnight, with rounded hours', () => {
    const out = stopTimer(state(LATE_MONDAY), LATE_MONDAY + HOUR + 40 * MIN, 15, CLIENTS);
    // 23:30 Monday in Oslo is Monday there, though it is later in UTC; the work ended on Tuesday.
    expect(out).toEqual({
      kind: 'write',
      row: { date: '2026-11-02', client: 'Fjord Bakery', task: 'Menu copy', hours: 1.75, billable: true },
    });
    const tokyo = stopTimer(state(LATE_MONDAY, { timeZone: 'Asia/Tokyo' }), LATE_MONDAY + MIN, 15, CLIENTS);
    expect(tokyo.kind === 'write' && [tokyo.row.date, tokyo.row.hours]).toEqual(['2026-11-03', 0.25]);
  });

  it('writes the client as Clients spells it now, or as started when it is no longer there', () => {
    const renamed = stopTimer(state(0, { client: 'FJORD bakery' }), HOUR, 15, CLIENTS);
    expect(renamed.kind === 'write' && renamed.row.client).toBe('Fjord Bakery');
    const gone = stopTimer(state(0, { client: 'Old Client' }), HOUR, 15, CLIENTS);
    expect(gone.kind === 'write' && gone.row.client).toBe('Old Client');
  });

  it('writes a full day without asking, and asks once it ran longer than a day', () => {
    const day = stopTimer(state(0), CONFIRM_AFTER_MS, 15, CLIENTS);
    expect(day.kind === 'write' && day.row.hours).toBe(24);
    const s = state(0);
    expect(stopTimer(s, CONFIRM_AFTER_MS + 1, 15, CLIENTS)).toEqual({
      kind: 'confirm',
      state: s,
      elapsedMs: CONFIRM_AFTER_MS + 1,
      hours: 24,
    });
    const weekend = stopTimer(s, 62 * HOUR, 15, CLIENTS);
    expect(weekend.kind === 'confirm' && weekend.hours).toBe(24);
  });

  it('after asking, writes the hours the freelancer gives, and refuses hours a row cannot hold', () => {
    const s = state(LATE_MONDAY);
    const later = LATE_MONDAY + 30 * HOUR;
    const out = stopTimer(s, later, 15, CLIENTS, { hours: 2.5 });
    expect(out).toEqual({
      kind: 'write',
      row: { date: '2026-11-02', client: 'Fjord Bakery', task: 'Menu copy', hours: 2.5, billable: true },
    });
    for (const hours of [0, -1, 24.25, Number.NaN, Number.POSITIVE_INFINITY])
      expect(stopTimer(s, later, 15, CLIENTS, { hours }).kind, String(hours)).toBe('badHours');
    // An answer given to a timer that needs no question changes nothing: the measured time counts.
    const short = stopTimer(s, LATE_MONDAY + HOUR, 15, CLIENTS, { hours: 9 });
    expect(short.kind === 'write' && short.row.hours).toBe(1);
  });

  it('a clock that went backwards still writes one step, not a negative time', () => {
    const out = stopTimer(state(HOUR), 0, 15, CLIENTS);
    expect(out.kind === 'write' && out.row.hours).toBe(0.25);
  });
});

describe('the stored state', () => {
  it('reads back what it stored, and nothing when nothing is stored', () => {
    const s: TimerState = {
      client: 'Hekla Tours',
      task: 'Ævintýri "ferð"',
      billable: false,
      start: LATE_MONDAY,
      timeZone: 'Atlantic/Reykjavik',
    };
    expect(readTimerState(timerStateText(s))).toEqual(s);
    expect(readTimerState(null)).toBeNull();
    expect(readTimerState('')).toBeNull();
  });

  it('refuses what this add-on did not write, rather than guess', () => {
    expect(() => readTimerState('{')).toThrow(/cannot be read/);
    const good = JSON.parse(
      timerStateText({ client: 'A', task: '', billable: true, start: 1, timeZone: 'UTC' }),
    );
    for (const bad of [
      { ...good, v: 2 },
      { ...good, client: '' },
      { ...good, start: '1' },
      { ...good, start: 1.5 },
      { ...good, timeZone: 5 },
      null,
      [1],
    ])
      expect(() => readTimerState(JSON.stringify(bad)), JSON.stringify(bad)).toThrow(/cannot be read/);
  });
});

describe('timerTaskLine', () => {
  const header = ['Date', 'Client', 'Task', 'Goal', 'Mark', 'Hours', 'Result', 'Client benefit', 'Billable'];
  const row = { date: '2026-11-02', client: 'Fjord Bakery', task: '=SUM(A1)', hours: 1.75, billable: true };

  it('goes below the last row holding anything, cells at their columns, text as text, goal and mark blank', () => {
    const values = [
      header,
      ['x', 'Fjord Bakery', 'Menu', '', 'A', 1, '', '', true],
      ['', '', '', '', '', '', '', '', ''],
    ];
    const { row: at, line } = timerTaskLine(values, row, 'Europe/Oslo');
    expect(at).toBe(3);
    expect(line).toEqual([
      new Date('2026-11-02T00:00:00+01:00'),
      'Fjord Bakery',
      "'=SUM(A1)",
      '',
      '',
      1.75,
      '',
      '',
      true,
    ]);
  });

  it('finds the columns wherever they stand, leaves out a Billable the tab lacks, refuses a missing Task', () => {
    const moved = [['Time log'], ['Hours', 'Task', 'Client', 'Date'], [2, 'Old', 'Hekla Tours', 'x']];
    expect(timerTaskLine(moved, row, 'UTC')).toEqual({
      row: 4,
      line: [1.75, "'=SUM(A1)", 'Fjord Bakery', new Date('2026-11-02T00:00:00Z')],
    });
    expect(timerTaskLine([header], row, 'UTC').row).toBe(2);
    expect(() => timerTaskLine([['Date', 'Client', 'Hours']], row, 'UTC')).toThrow(/Task/);
    expect(() => timerTaskLine(null, row, 'UTC')).toThrow(/Tasks tab is missing/);
  });
});

describe('Settings › Timer rounding', () => {
  const settings = (value: string | null) =>
    readTracker(
      {
        Settings: [
          ['Setting', 'Value'],
          ...SETTING_ROWS.filter((s) => s.key !== 'timerRounding' || value !== null).map((s) => [
            s.name,
            s.key === 'timerRounding' ? value : s.defaultValue,
          ]),
        ],
      },
      'UTC',
    );

  it('is the quarter hour by default, in a sheet set up before the setting existed too', () => {
    expect(SETTING_ROWS.find((s) => s.key === 'timerRounding')?.defaultValue).toBe('15 minutes');
    expect(settings('15 minutes').settings.timerRounding).toBe(15);
    expect(settings(null).settings.timerRounding).toBe(15);
    expect(settings('').settings.timerRounding).toBe(15);
  });

  it('reads the freelancer’s step, and warns about one it cannot use, naming the cell', () => {
    expect(settings('6 minutes').settings.timerRounding).toBe(6);
    const bad = settings('7 minutes');
    expect(bad.settings.timerRounding).toBe(15);
    expect(bad.diagnostics.map((d) => [d.sheet, d.column, d.severity, d.message])).toEqual([
      [
        'Settings',
        'Value',
        'warning',
        'Timer rounding: “7 minutes” should be a number of minutes that divides an hour evenly, such as “15 minutes”, “6 minutes” or “1 hour”. Until then the timer rounds to the quarter hour.',
      ],
    ]);
  });
});
