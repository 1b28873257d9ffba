// What belongs to the user rather than the document: their properties (the picked UI language) and
// their Google locale.
// https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties()
// https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale()

export function userProperty(key: string): string | null {
  return PropertiesService.getUserProperties().getProperty(key);
}

export function setUserProperty(key: string, value: string): void {
  PropertiesService.getUserProperties().setProperty(key, value);
}

export function deleteUserProperty(key: string): void {
  PropertiesService.getUserProperties().deleteProperty(key);
}

export function userLocale(): string {
  return Session.getActiveUserLocale();
}
