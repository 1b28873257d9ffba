// The words of every language, by language. A language in the list (languages.ts) without a folder
// here, or a folder missing a message, fails the type check.

import { en } from './en';
import { he } from './he';
import { is } from './is';
import type { Language } from './languages';
import { ja } from './ja';
import { nb } from './nb';
import type { Words } from './shapes/words';

export const WORDS: Record<Language, Words> = { en, nb, is, he, ja };
