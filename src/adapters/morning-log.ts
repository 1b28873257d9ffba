// The log of morning runs, one per trigger, in the user's own properties: the trigger's run writes
// it, the sidebar reads it when it opens. A property, not a tab: a run that failed must be able to
// say why without touching the sheet, and the log is the user's, not the spreadsheet's collaborators'.
// https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties()

import { type MorningLog, parseMorningLog, serializeMorningLog } from '../domain/month-end/mornings';

const PREFIX = 'fvtMornings:';

export function readMorningLog(triggerId: string): MorningLog {
  return parseMorningLog(PropertiesService.getUserProperties().getProperty(PREFIX + triggerId));
}

export function writeMorningLog(triggerId: string, log: MorningLog): void {
  PropertiesService.getUserProperties().setProperty(PREFIX + triggerId, serializeMorningLog(log));
}

export function deleteMorningLog(triggerId: string): void {
  PropertiesService.getUserProperties().deleteProperty(PREFIX + triggerId);
}
