// The morning trigger on the platform: this user's triggers in this spreadsheet can be listed, and a
// daily clock trigger of the add-on made, seen and deleted again; whether its run gets the spreadsheet
// can only be seen the next morning, by hand (docs/month-end.md, Unverified).
// https://developers.google.com/apps-script/reference/script/script-app ,
// https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions

import { MORNING_HANDLER, MORNING_HOUR } from '../domain/month-end/morning-trigger';
import type { CheckGroup } from './check';

export const TRIGGERS_GROUP: CheckGroup = {
  name: 'Triggers',
  checks: [
    {
      id: 'clock-trigger',
      title:
        'A daily clock trigger for this spreadsheet is made, listed and deleted again (script.scriptapp)',
    },
    {
      id: 'morning-run',
      title: 'The morning run opens this spreadsheet and drafts the reminders due',
      manual:
        'a clock trigger runs on its own, the next morning: turn on "Prepare reminders every morning", and the day after, open the sidebar; it must list what was prepared, not that the spreadsheet could not be opened',
    },
  ],
  run(t) {
    t.check('clock-trigger', () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const clocks = ScriptApp.getUserTriggers(ss).filter((x) => String(x.getEventType()) === 'CLOCK');
      // An add-on may hold one clock trigger per user and document: one that runs is left alone.
      if (clocks.length > 0)
        return `the morning trigger is on (${clocks.length} clock trigger listed); none was made beside it`;
      const made = ScriptApp.newTrigger(MORNING_HANDLER)
        .timeBased()
        .everyDays(1)
        .atHour(MORNING_HOUR)
        .inTimezone(ss.getSpreadsheetTimeZone())
        .create();
      const id = made.getUniqueId();
      t.cleanup('clock-trigger', () => {
        const left = ScriptApp.getProjectTriggers().find((x) => x.getUniqueId() === id);
        if (left) ScriptApp.deleteTrigger(left);
      });
      const listed = ScriptApp.getUserTriggers(ss).some((x) => x.getUniqueId() === id);
      if (!listed) throw new Error('the trigger made was not among getUserTriggers(this spreadsheet)');
      return `made a daily clock trigger at ${MORNING_HOUR}:00 (${ss.getSpreadsheetTimeZone()}), listed it for this spreadsheet, and deleted it`;
    });
    t.skip('morning-run', `manual: ${TRIGGERS_GROUP.checks[1]!.manual}`);
  },
};
