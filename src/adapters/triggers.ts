// The morning trigger through ScriptApp (scope script.scriptapp): list this user's triggers of the
// add-on in this spreadsheet, make the daily one, delete by id. The rules of what to do are the
// domain's (month-end/morning-trigger.ts); this only speaks to the service.
// https://developers.google.com/apps-script/reference/script/script-app

import {
  type ClockSpec,
  type TriggerChange,
  type TriggerEvent,
  type TriggerFact,
  checkClockSpec,
} from '../domain/month-end/morning-trigger';

/** One call: this user's triggers of the add-on in this spreadsheet. */
export function listTriggers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): TriggerFact[] {
  return ScriptApp.getUserTriggers(ss).map((t) => ({
    id: t.getUniqueId(),
    handler: t.getHandlerFunction(),
    // An enum value prints as its name (ScriptApp.EventType.CLOCK prints "CLOCK").
    event: String(t.getEventType()) as TriggerEvent,
  }));
}

/**
 * Applies a change: deletions first (an add-on may hold one clock trigger per user and document, so
 * an old one must go before a new one is made), then the new trigger. Returns the id that runs now.
 */
export function applyTriggerChange(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  change: TriggerChange,
  spec: ClockSpec,
): string | null {
  if (change.remove.length > 0) {
    const doomed = new Set(change.remove);
    for (const trigger of ScriptApp.getUserTriggers(ss))
      if (doomed.has(trigger.getUniqueId())) ScriptApp.deleteTrigger(trigger);
  }
  if (!change.create) return change.keep;
  checkClockSpec(spec);
  const made = ScriptApp.newTrigger(spec.handler)
    .timeBased()
    .everyDays(spec.everyDays)
    .atHour(spec.atHour)
    .inTimezone(spec.timeZone)
    .create();
  return made.getUniqueId();
}

/** Deletes a trigger of this user by id, wherever it is (a run whose spreadsheet is gone stops itself). */
export function deleteTriggerById(id: string): boolean {
  const trigger = ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === id);
  if (!trigger) return false;
  ScriptApp.deleteTrigger(trigger);
  return true;
}
