// The catalogue of every UI language, and the one in use.

import type { Language } from '../../src/domain/types';
import { en } from './en';
import { he } from './he';
import { is } from './is';
import { ja } from './ja';
import type { SidebarMessages } from './messages';
import { nb } from './nb';

export const CATALOGUE: Record<Language, SidebarMessages> = { en, nb, is, he, ja };

/** Each language named in itself, for the picker. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  nb: 'Norsk bokmål',
  is: 'Íslenska',
  he: 'עברית',
  ja: '日本語',
};
