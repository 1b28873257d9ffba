// ScriptApp: the installable triggers an editor add-on makes for the user in the file it is used in.
// https://developers.google.com/apps-script/reference/script/script-app
// https://developers.google.com/apps-script/reference/script/trigger-builder
// https://developers.google.com/apps-script/reference/script/clock-trigger-builder
// https://developers.google.com/apps-script/reference/script/trigger
// https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers
// https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
// Add-on rules kept here: one trigger of each event type per user per document, only for the file in
// use, time-driven at most hourly. Where the references are silent the fake is strict and throws:
// only the clock the add-on uses (every n days at an hour, in a time zone) can be built; a handler
// that is not a top-level function of the bundle is refused at create() (on Google it would fail
// each time it fires); deleting a trigger that is not there throws.

import { SERVICE, unwrap } from '../calls';
import type { RuntimeContext } from './context';

type Handlers = () => readonly string[];

/** Event types by their names, as ScriptApp.EventType's values print (String(type) is the name). */
export const EVENT_TYPES = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
} as const;

export interface TriggerRecord {
  id: string;
  handler: string;
  /** The document the add-on was used in when it made the trigger. */
  documentId: string;
  everyDays: number;
  atHour: number;
  timeZone: string;
}

export class FakeTrigger
  implements
    Pick<
      GoogleAppsScript.Script.Trigger,
      'getUniqueId' | 'getHandlerFunction' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId'
    >
{
  readonly [SERVICE] = 'Trigger';
  constructor(readonly record: TriggerRecord) {}

  getUniqueId(): string {
    return this.record.id;
  }
  getHandlerFunction(): string {
    return this.record.handler;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return EVENT_TYPES.CLOCK as unknown as GoogleAppsScript.Script.EventType;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return 'CLOCK' as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  /** What a clock trigger's source id is, the reference does not say: strict. */
  getTriggerSourceId(): string {
    throw new Error(
      'The fake does not know the source id of a clock trigger; the add-on does not ask for it.',
    );
  }
}

export class FakeClockTriggerBuilder
  implements
    Pick<GoogleAppsScript.Script.ClockTriggerBuilder, 'everyDays' | 'atHour' | 'inTimezone' | 'create'>
{
  readonly [SERVICE] = 'ClockTriggerBuilder';
  private days: number | null = null;
  private hour: number | null = null;
  private zone: string | null = null;

  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {}

  /** https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyDays(Integer) */
  everyDays(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1) throw new Error(`Invalid argument: n (${n})`);
    this.days = n;
    return this as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
  }

  /** https://developers.google.com/apps-script/reference/script/clock-trigger-builder#atHour(Integer) */
  atHour(hour: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error(`Invalid argument: hour (${hour})`);
    this.hour = hour;
    return this as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
  }

  /** https://developers.google.com/apps-script/reference/script/clock-trigger-builder#inTimezone(String) */
  inTimezone(timezone: string): GoogleAppsScript.Script.ClockTriggerBuilder {
    try {
      new Intl.DateTimeFormat('en', { timeZone: timezone });
    } catch {
      throw new Error(`Invalid argument: timezone (${timezone})`);
    }
    this.zone = timezone;
    return this as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
  }

  /** https://developers.google.com/apps-script/reference/script/clock-trigger-builder#create() */
  create(): GoogleAppsScript.Script.Trigger {
    // A clock with no interval is not a schedule; an hour without a day interval is not documented.
    if (this.days === null)
      throw new Error('The fake builds only clocks of every n days (everyDays), the one the add-on uses.');
    return this.app.install({
      handler: this.handler,
      everyDays: this.days,
      atHour: this.hour ?? 0,
      timeZone: this.zone ?? 'Etc/UTC',
    }) as unknown as GoogleAppsScript.Script.Trigger;
  }
}

export class FakeTriggerBuilder implements Pick<GoogleAppsScript.Script.TriggerBuilder, 'timeBased'> {
  readonly [SERVICE] = 'TriggerBuilder';
  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {}

  /** https://developers.google.com/apps-script/reference/script/trigger-builder#timeBased() */
  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return new FakeClockTriggerBuilder(
      this.app,
      this.handler,
    ) as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
  }
}

export class FakeScriptApp
  implements
    Pick<
      GoogleAppsScript.Script.ScriptApp,
      'newTrigger' | 'getUserTriggers' | 'getProjectTriggers' | 'deleteTrigger'
    >
{
  readonly [SERVICE] = 'ScriptApp';
  readonly EventType = EVENT_TYPES as unknown as typeof GoogleAppsScript.Script.EventType;
  /** This user's triggers of this add-on, in every document (persisted by the runner's state folder). */
  readonly triggers: TriggerRecord[] = [];
  private nextId = 1;

  constructor(
    private readonly ctx: RuntimeContext,
    /** The id of the document the add-on runs in now. */
    private readonly documentId: () => string,
    /** The bundle's top-level functions (a handler must be one). */
    private readonly handlers: Handlers,
  ) {}

  /** https://developers.google.com/apps-script/reference/script/script-app#newTrigger(String) */
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    this.ctx.requireAuthorization('ScriptApp.newTrigger');
    if (typeof functionName !== 'string' || functionName === '')
      throw new Error('Invalid argument: functionName');
    return new FakeTriggerBuilder(this, functionName) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }

  /** Called by create(): the add-on restrictions are checked here. */
  install(spec: Omit<TriggerRecord, 'id' | 'documentId'>): FakeTrigger {
    this.ctx.requireAuthorization('ClockTriggerBuilder.create');
    if (!this.handlers().includes(spec.handler))
      throw new Error(`The bundle has no top-level function ${spec.handler}: the trigger could never run.`);
    const documentId = this.documentId();
    // One trigger of each type per user per document; the wording is Apps Script's for add-ons.
    if (this.triggers.some((t) => t.documentId === documentId))
      throw new Error(
        'This add-on has created too many time-based triggers in this document for this Google user account.',
      );
    const record: TriggerRecord = { id: String(this.nextId++).padStart(19, '7'), documentId, ...spec };
    this.triggers.push(record);
    return new FakeTrigger(record);
  }

  /**
   * The user's triggers of this add-on in the given spreadsheet; only the one the add-on runs in
   * (an add-on may only work with the file it is used in).
   * https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)
   */
  getUserTriggers(document: unknown): GoogleAppsScript.Script.Trigger[] {
    this.ctx.requireAuthorization('ScriptApp.getUserTriggers');
    const doc = unwrap(document) as { getId?: () => string } | null;
    if (!doc || typeof doc.getId !== 'function') throw new Error('Invalid argument: spreadsheet');
    const id = doc.getId();
    if (id !== this.documentId())
      throw new Error('An add-on may only read the triggers of the file it is used in.');
    return this.triggers
      .filter((t) => t.documentId === id)
      .map((t) => new FakeTrigger(t) as unknown as GoogleAppsScript.Script.Trigger);
  }

  /** https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers() */
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    this.ctx.requireAuthorization('ScriptApp.getProjectTriggers');
    return this.triggers.map((t) => new FakeTrigger(t) as unknown as GoogleAppsScript.Script.Trigger);
  }

  /** https://developers.google.com/apps-script/reference/script/script-app#deleteTrigger(Trigger) */
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.ctx.requireAuthorization('ScriptApp.deleteTrigger');
    const id = (unwrap(trigger) as FakeTrigger | null)?.getUniqueId?.();
    const index = this.triggers.findIndex((t) => t.id === id);
    if (index < 0) throw new Error('That trigger does not exist (already deleted?).');
    this.triggers.splice(index, 1);
  }

  /**
   * The event a clock trigger's function receives, for the instant it fires.
   * https://developers.google.com/apps-script/guides/triggers/events#time-driven-events
   */
  eventFor(trigger: TriggerRecord, at: Date): Record<string, unknown> {
    return {
      authMode: 'FULL',
      triggerUid: trigger.id,
      year: at.getUTCFullYear(),
      month: at.getUTCMonth() + 1,
      'day-of-month': at.getUTCDate(),
      'day-of-week': at.getUTCDay() === 0 ? 7 : at.getUTCDay(),
      hour: at.getUTCHours(),
      minute: at.getUTCMinutes(),
      second: at.getUTCSeconds(),
      timezone: 'UTC',
    };
  }

  /** The triggers as the runner's state folder keeps them between commands. */
  snapshot(): { triggers: TriggerRecord[]; nextId: number } {
    return { triggers: this.triggers.map((t) => ({ ...t })), nextId: this.nextId };
  }

  restore(state: { triggers: TriggerRecord[]; nextId: number }): void {
    this.triggers.splice(0, this.triggers.length, ...state.triggers.map((t) => ({ ...t })));
    this.nextId = state.nextId;
  }
}
