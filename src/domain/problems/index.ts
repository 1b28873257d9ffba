// Every UI language's problem messages, and the way to say a problem.
import { LANGUAGES, type Language } from '../messages/languages';
import type { ProblemKey, ProblemMessages, Say } from '../messages/shapes/problems';
import { UI_WORDS } from '../messages/ui';

export type { ProblemMessages, Say, SayValue, ProblemKey } from '../messages/shapes/problems';

/** Each language's problem words (src/domain/messages/<language>/problems.ts). */
export const PROBLEMS = Object.fromEntries(LANGUAGES.map((l) => [l, UI_WORDS[l].problems])) as Record<
  Language,
  ProblemMessages
>;

/** One sentence of a problem. */
export const say = (key: ProblemKey, values?: Say['values']): Say => (values ? { key, values } : { key });
