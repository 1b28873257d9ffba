// The one list of languages the add-on writes in. A language is one line here plus one folder beside
// this file (src/domain/messages/<code>/) holding its words; the type checker then names every
// record still missing it (docs/language/README.md gives the steps).

/** Each language: the BCP 47 locale Intl formats with, its direction, and its name in itself. */
export const LANGUAGE_LIST = {
  en: { locale: 'en-GB', rtl: false, name: 'English' },
  nb: { locale: 'nb-NO', rtl: false, name: 'Norsk bokmål' },
  is: { locale: 'is-IS', rtl: false, name: 'Íslenska' },
  he: { locale: 'he-IL', rtl: true, name: 'עברית' },
  ja: { locale: 'ja-JP', rtl: false, name: '日本語' },
} as const;

export type Language = keyof typeof LANGUAGE_LIST;

/** The languages in the list's order (the Settings dropdown and the sidebar's picker keep it). */
export const LANGUAGES = Object.keys(LANGUAGE_LIST) as readonly Language[];

export const LOCALES: Record<Language, string> = Object.fromEntries(
  LANGUAGES.map((l) => [l, LANGUAGE_LIST[l].locale]),
) as Record<Language, string>;

export function isRtl(language: Language): boolean {
  return LANGUAGE_LIST[language].rtl;
}
