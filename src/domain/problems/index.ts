// Every UI language's problem messages, and the way to say a problem.
import type { Language } from '../types';
import { en } from './en';
import type { ProblemMessages } from './messages';

export type { ProblemMessages, Say, SayValue, ProblemKey } from './messages';

export const PROBLEMS: Record<Language, ProblemMessages> = { en, nb: en, is: en, he: en, ja: en };


/** One sentence of a problem. */
export const say = (key: import('./messages').ProblemKey, values?: import('./messages').Say['values']) =>
  values ? { key, values } : { key };
