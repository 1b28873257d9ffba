// The freelancer's UI language: the one they picked in the sidebar (user properties, per user), else
// their Google locale. Menu, sidebar and server messages all follow it.
// https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties()
// https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale()

import { deleteUserProperty, setUserProperty, userLocale, userProperty } from '../adapters/user';
import { languageOfLocale } from '../domain/ui-language';
import { LANGUAGES, type Language } from '../domain/types';

export { languageOfLocale };

const KEY = 'uiLanguage';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The picked language, or null when the user never picked one (the locale decides). */
export function pickedLanguage(): Language | null {
  const value = userProperty(KEY);
  return isLanguage(value) ? value : null;
}

export function uiLanguage(): { language: Language; picked: boolean } {
  const picked = pickedLanguage();
  return picked ? { language: picked, picked: true } : { language: localeLanguage(), picked: false };
}

export function localeLanguage(): Language {
  return languageOfLocale(userLocale());
}

/** Remembers the pick for this user; '' forgets it, so the Google locale decides again. */
export function setUiLanguage(language: Language | ''): void {
  if (language === '') deleteUserProperty(KEY);
  else if (isLanguage(language)) setUserProperty(KEY, language);
  else throw new Error(`Unknown language: ${String(language)}`);
}

/** A language sent by the sidebar with a request, or English when missing or unknown. */
export function requestLanguage(value: unknown): Language {
  return isLanguage(value) ? value : 'en';
}
