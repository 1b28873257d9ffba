// Every language's words for Close the month and the morning reminders.

import type { Language } from '../../types';
import { en } from './en';
import { he } from './he';
import { is } from './is';
import { ja } from './ja';
import { nb } from './nb';
import type { MonthEndCatalogue } from './shape';

export type { MonthEndCatalogue } from './shape';

export const MONTH_END_WORDS: Record<Language, MonthEndCatalogue> = { en, nb, is, he, ja };
