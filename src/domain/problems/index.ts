// Every UI language's problem messages, and the way to say a problem.
import type { Language } from '../types';
import { en } from './en';
import { he } from './he';
import { is } from './is';
import { ja } from './ja';
import { nb } from './nb';
import type { ProblemKey, ProblemMessages, Say } from './messages';

export type { ProblemMessages, Say, SayValue, ProblemKey } from './messages';

export const PROBLEMS: Record<Language, ProblemMessages> = { en, nb, is, he, ja };

/** One sentence of a problem. */
export const say = (key: ProblemKey, values?: Say['values']): Say => (values ? { key, values } : { key });
