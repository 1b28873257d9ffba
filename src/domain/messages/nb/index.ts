// Every server-side word of this language, one file per shape (the same file names in every folder).

import type { Words } from '../shapes/words';
import { invoice } from './invoice';
import { mail } from './mail';
import { report } from './report';

export const nb: Words = { report, mail, invoice };
