// Which of our languages a Google or browser locale means. Pure: the sidebar uses it too.

import { LANGUAGES, type Language } from './types';

/** "nb-NO", "no", "nn" → nb; "iw" (Java's old code for Hebrew) → he; anything else we lack → en. */
export function languageOfLocale(locale: string): Language {
  const base = String(locale || '')
    .toLowerCase()
    .split(/[-_]/)[0];
  if (base === 'no' || base === 'nn' || base === 'nb') return 'nb';
  if (base === 'iw' || base === 'he') return 'he';
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : 'en';
}
