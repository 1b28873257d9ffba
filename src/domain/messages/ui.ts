// The sidebar's words and the problems of every language, by language: the sidebar bundle and the
// problem renderer import this, never the server-side words (index.ts). A language in the list
// (languages.ts) without its ui.ts here fails the type check.

import { en } from './en/ui';
import { he } from './he/ui';
import { is } from './is/ui';
import type { Language } from './languages';
import { ja } from './ja/ui';
import { nb } from './nb/ui';
import type { UiWords } from './shapes/ui';

export const UI_WORDS: Record<Language, UiWords> = { en, nb, is, he, ja };
