// Where the running timer is kept: the freelancer's own user properties, one entry per spreadsheet.
// User properties belong to the Google account and this add-on, wherever it runs, so the timer
// survives closing the sidebar, reloading the spreadsheet and opening it on another computer, and
// another editor of a shared spreadsheet has a timer of their own. One store serves every spreadsheet
// the add-on is used in, hence the spreadsheet's id in the key.
// https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties()
// https://developers.google.com/apps-script/guides/properties (user properties: "the current user of a
// script, add-on, or web app", not one document); docs/platform.md#propertiesservice

export interface TimerStore {
  /** The stored text (src/domain/timer.ts), or null when no timer runs for this spreadsheet. */
  read(): string | null;
  write(text: string): void;
  forget(): void;
}

export function timerStore(spreadsheetId: string): TimerStore {
  const properties = PropertiesService.getUserProperties();
  const key = `timer:${spreadsheetId}`;
  return {
    read: () => properties.getProperty(key),
    write: (text) => {
      properties.setProperty(key, text);
    },
    forget: () => {
      properties.deleteProperty(key);
    },
  };
}
