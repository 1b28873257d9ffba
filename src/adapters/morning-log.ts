// The morning runs' log, in the user's own properties: one log per spreadsheet (the trigger's run
// writes it, the sidebar reads it when it opens), and which spreadsheet each trigger serves. Properties,
// not a tab: a run that could not open the spreadsheet must still be able to say so, and the log is
// the user's, not the spreadsheet's collaborators'.
// https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties()

import { type MorningLog, parseMorningLog, serializeMorningLog } from '../domain/month-end/mornings';

const LOG = 'fvtMornings:';
const TRIGGER = 'fvtMorningTrigger:';

export function readMorningLog(spreadsheetId: string): MorningLog {
  return parseMorningLog(PropertiesService.getUserProperties().getProperty(LOG + spreadsheetId));
}

export function writeMorningLog(spreadsheetId: string, log: MorningLog): void {
  PropertiesService.getUserProperties().setProperty(LOG + spreadsheetId, serializeMorningLog(log));
}

export function deleteMorningLog(spreadsheetId: string): void {
  PropertiesService.getUserProperties().deleteProperty(LOG + spreadsheetId);
}

/** The spreadsheet a trigger was made in, remembered when it was made; null for a trigger not ours. */
export function triggerSpreadsheet(triggerId: string): string | null {
  return PropertiesService.getUserProperties().getProperty(TRIGGER + triggerId);
}

export function rememberTrigger(triggerId: string, spreadsheetId: string): void {
  PropertiesService.getUserProperties().setProperty(TRIGGER + triggerId, spreadsheetId);
}

export function forgetTrigger(triggerId: string): void {
  PropertiesService.getUserProperties().deleteProperty(TRIGGER + triggerId);
}
