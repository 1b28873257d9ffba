// The rules for the morning trigger, apart from ScriptApp so they can be tested: opt-in, at most one
// per spreadsheet and user, once a day. Facts they follow:
// - An editor add-on may have one trigger of each type per user per document, only for the file it
//   is used in, and its time-driven triggers may not run more often than once an hour. Its triggers
//   stop when the user uninstalls the add-on or disables it in the document, and when the developer
//   unpublishes it. https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
// - A daily clock trigger at hour H runs at a time Apps Script picks between H and H+1 and keeps
//   from day to day. https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers
// - ScriptApp (creating, listing and deleting triggers) needs the script.scriptapp scope.
//   https://developers.google.com/apps-script/reference/script/script-app
// Pure.

/** The entry point the trigger calls (a top-level function of the bundle). */
export const MORNING_HANDLER = 'prepareMorningReminders';

/** Between 7 and 8 in the spreadsheet's time zone: the drafts are there before the working day. */
export const MORNING_HOUR = 7;

/** Event types as ScriptApp.EventType names them. */
export type TriggerEvent =
  | 'CLOCK'
  | 'ON_OPEN'
  | 'ON_EDIT'
  | 'ON_FORM_SUBMIT'
  | 'ON_CHANGE'
  | 'ON_EVENT_UPDATED';

/** One of this add-on's triggers for this user in this spreadsheet, as ScriptApp.getUserTriggers lists it. */
export interface TriggerFact {
  id: string;
  handler: string;
  event: TriggerEvent;
}

export interface ClockSpec {
  handler: string;
  everyDays: number;
  atHour: number;
  timeZone: string;
}

export function morningSpec(timeZone: string): ClockSpec {
  return { handler: MORNING_HANDLER, everyDays: 1, atHour: MORNING_HOUR, timeZone };
}

/** Refuses a clock a published add-on may not have: more often than hourly, or an hour that is not one. */
export function checkClockSpec(spec: ClockSpec): void {
  if (!Number.isInteger(spec.everyDays) || spec.everyDays < 1)
    throw new Error(`A morning trigger runs every whole number of days, not every ${spec.everyDays}.`);
  if (!Number.isInteger(spec.atHour) || spec.atHour < 0 || spec.atHour > 23)
    throw new Error(`A trigger's hour is 0 to 23, not ${spec.atHour}.`);
  if (!spec.timeZone) throw new Error('A morning trigger needs the spreadsheet’s time zone.');
}

export interface TriggerChange {
  /** Make a new trigger (none of ours is there to keep). */
  create: boolean;
  /** Ids of triggers to delete: duplicates, and clock triggers of an older handler that would block ours. */
  remove: string[];
  /** The trigger that stays, when one already runs. */
  keep: string | null;
}

const isMorning = (t: TriggerFact) => t.event === 'CLOCK' && t.handler === MORNING_HANDLER;

/**
 * What to do to have the morning trigger on (or off). On: keep the first of ours, delete any other
 * clock trigger (the add-on may hold only one per user and spreadsheet, and any other is an older
 * version's), create one if none is left. Off: delete ours; other kinds of trigger are left alone.
 * Running either twice changes nothing the second time.
 */
export function planMorningTrigger(existing: readonly TriggerFact[], on: boolean): TriggerChange {
  const clocks = existing.filter((t) => t.event === 'CLOCK');
  if (!on) return { create: false, remove: clocks.filter(isMorning).map((t) => t.id), keep: null };
  const keep = clocks.find(isMorning) ?? null;
  return {
    create: keep === null,
    remove: clocks.filter((t) => t !== keep).map((t) => t.id),
    keep: keep?.id ?? null,
  };
}

export function morningTriggerOn(existing: readonly TriggerFact[]): boolean {
  return existing.some(isMorning);
}
