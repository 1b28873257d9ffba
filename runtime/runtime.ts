// The local Apps Script runtime: loads dist/Code.js (the very file clasp pushes) into a node:vm
// context whose globals are the counted fakes, with a settable clock. Each run() is one execution.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { fromWallClock } from '../src/domain/dates';
import { CallLog, counted } from './calls';
import { acrossTheWire } from './wire';
import { type AuthModeName, RuntimeContext } from './fakes/context';
import { FakeDrive } from './fakes/drive';
import { FakeGmail } from './fakes/gmail';
import { FakeHtmlService } from './fakes/html';
import { FakeLockService } from './fakes/lock';
import { FakePropertiesService } from './fakes/properties';
import { FakeScriptApp } from './fakes/script-app';
import { FakeSession } from './fakes/session';
import { FakeSpreadsheet, FakeSpreadsheetApp } from './fakes/spreadsheet';
import { EngineCellFormulas } from './formula/cell-formulas';
import { FakeUtilities } from './fakes/utilities';
import { loadState, saveState, statePath } from './state';
import { loadWorkbook, saveWorkbook } from './xlsx';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface RuntimeOptions {
  /** An .xlsx to start from; an empty spreadsheet otherwise. Its state folder (F.state/, runtime/state.ts)
   * is read with it when present: Drive files, Gmail drafts and user properties from earlier runs. */
  workbook?: string;
  /** The spreadsheet's time zone (xlsx files carry none). */
  timeZone?: string;
  /** Today in the spreadsheet's time zone, YYYY-MM-DD; the real date otherwise. */
  today?: string;
  /** The user's UI locale, e.g. 'he' for a right-to-left sidebar. */
  locale?: string;
  /** The bundle to load; dist/Code.js by default. */
  bundle?: string;
}

export const DEFAULT_TIME_ZONE = 'Europe/Oslo';

export class Runtime {
  readonly calls = new CallLog();
  readonly ctx: RuntimeContext;
  readonly lock: FakeLockService;
  readonly drive: FakeDrive;
  readonly gmail: FakeGmail;
  readonly session: FakeSession;
  readonly properties: FakePropertiesService;
  readonly app: FakeSpreadsheetApp;
  readonly scriptApp: FakeScriptApp;
  private readonly context: vm.Context;

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    readonly timeZone: string,
    bundle: string,
    options: RuntimeOptions,
  ) {
    this.ctx = new RuntimeContext(options.today ? noonOf(options.today, timeZone) : new Date());
    this.ctx.files.set('Sidebar', readFileSync(join(dirname(bundle), 'Sidebar.html'), 'utf8'));
    this.app = new FakeSpreadsheetApp(this.ctx, spreadsheet);
    // Cell formulas a script writes are computed by the test-only formula engine, as Sheets would.
    spreadsheet.formulas = new EngineCellFormulas(spreadsheet, () => this.ctx.now);
    this.lock = new FakeLockService(this.ctx, () => this.calls.unflushedWrites());
    this.drive = new FakeDrive(this.ctx);
    this.gmail = new FakeGmail(this.ctx);
    this.session = new FakeSession(options.locale ?? 'en', 'Etc/UTC', this.ctx);
    this.properties = new FakePropertiesService(this.ctx);
    this.scriptApp = new FakeScriptApp(
      this.ctx,
      () => spreadsheet.getId(),
      () => this.entryPoints(),
    );
    const log = this.calls;
    const ctx = this.ctx;
    // The bundle's clock: Date() and Date.now() read the runtime's "now".
    const RealDate = Date;
    class ClockDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(ctx.now.getTime());
        else super(...(args as [number]));
      }
      static override now(): number {
        return ctx.now.getTime();
      }
    }
    this.context = vm.createContext({
      SpreadsheetApp: counted(this.app, log),
      HtmlService: counted(new FakeHtmlService(this.ctx), log),
      LockService: counted(this.lock, log),
      Session: counted(this.session, log),
      PropertiesService: counted(this.properties, log),
      ScriptApp: counted(this.scriptApp, log),
      Utilities: counted(new FakeUtilities(), log),
      Drive: counted(this.drive, log),
      Gmail: counted(this.gmail, log),
      Date: ClockDate,
      console,
    });
    vm.runInContext(readFileSync(bundle, 'utf8'), this.context, { filename: 'Code.js' });
  }

  /** Sets today (YYYY-MM-DD, noon in the spreadsheet's zone) or an exact instant. */
  setNow(when: string | Date): void {
    this.ctx.now = typeof when === 'string' ? noonOf(when, this.timeZone) : when;
  }

  /** Names of the top-level functions the bundle declares. */
  entryPoints(): string[] {
    return Object.keys(this.context).filter((k) => typeof this.context[k] === 'function' && /^[a-z]/.test(k));
  }

  /**
   * One execution of a top-level function, as google.script.run would make it: arguments and result
   * are copied as plain data, and a Date, function or class instance fails the call (runtime/wire.ts);
   * locks are released at the end, and a thrown error comes back as an Error with the server's message.
   */
  run<T = unknown>(name: string, ...args: unknown[]): T {
    const fn = this.context[name];
    if (typeof fn !== 'function') throw new Error(`dist/Code.js has no top-level function ${name}`);
    // As on Google, an argument that cannot cross fails the call before the server runs anything.
    const plainArgs = args.map((a, i) => acrossTheWire(a, 'argument', `argument ${i + 1}`));
    let failed = false;
    try {
      const result = (fn as (...a: unknown[]) => unknown)(...plainArgs);
      return acrossTheWire(result, 'result') as T;
    } catch (error) {
      failed = true;
      throw new Error(
        error instanceof Error || (error && typeof error === 'object' && 'message' in error)
          ? String((error as Error).message)
          : String(error),
      );
    } finally {
      // A lock released over unflushed writes fails the run (strict: the Lock reference asks for a
      // flush first); when the action failed anyway, its own error is the one worth reading.
      const unflushed = this.lock.endExecution();
      this.ctx.authMode = 'FULL';
      // biome-ignore lint/correctness/noUnsafeFinally: the complaint replaces a successful result on purpose.
      if (unflushed && !failed) throw new Error(unflushed);
    }
  }

  /**
   * Fires this spreadsheet's clock trigger on a morning as Apps Script would, at half past its hour
   * in its time zone (a time within the hour, kept from day to day); null when no trigger is on.
   * https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers
   */
  fireMorning<T = unknown>(day: string): T | null {
    const trigger = this.scriptApp.triggers.find((t) => t.documentId === this.spreadsheet.getId());
    if (!trigger) return null;
    const [year, month, dayOfMonth] = day.split('-').map(Number);
    const at = fromWallClock(
      { year: year!, month: month!, day: dayOfMonth!, hour: trigger.atHour, minute: 30, second: 0 },
      trigger.timeZone,
    );
    this.ctx.now = at;
    return this.run<T>(trigger.handler, this.scriptApp.eventFor(trigger, at));
  }

  /** Runs a simple trigger such as onOpen in a given authorization mode. */
  trigger(name: string, authMode: AuthModeName): void {
    this.ctx.authMode = authMode;
    this.run(name, { authMode });
  }

  async save(path: string): Promise<void> {
    await saveWorkbook(this.spreadsheet, path);
  }

  /** Writes Drive, Gmail drafts and user properties to a state folder (runtime/state.ts). */
  saveState(dir: string): void {
    saveState(dir, this.stateParts());
  }

  loadState(dir: string): void {
    loadState(dir, this.stateParts());
  }

  private stateParts() {
    return {
      drive: this.drive,
      gmail: this.gmail,
      userProperties: this.properties.user,
      documentProperties: this.properties.document,
      scriptApp: this.scriptApp,
    };
  }
}

function noonOf(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) throw new Error(`--today must be YYYY-MM-DD, not ${date}`);
  return fromWallClock({ year: y, month: m, day: d, hour: 12, minute: 0, second: 0 }, timeZone);
}

export async function loadRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const spreadsheet = options.workbook
    ? await loadWorkbook(options.workbook, { timeZone, name: 'Tracking sheet' })
    : new FakeSpreadsheet({ name: 'Tracking sheet', timeZone });
  const runtime = new Runtime(spreadsheet, timeZone, options.bundle ?? join(root, 'dist/Code.js'), options);
  if (options.workbook && existsSync(statePath(options.workbook)))
    runtime.loadState(statePath(options.workbook));
  return runtime;
}
