// Every server-side word of this language, one file per shape (the same file names in every folder).

import type { Words } from '../shapes/words';
import { common } from './common';
import { invoice } from './invoice';
import { mail } from './mail';
import { report } from './report';

export const nb: Words = { common, report, mail, invoice };
