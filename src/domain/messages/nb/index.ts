// Every server-side word of this language, one file per shape (the same file names in every folder).

import type { Words } from '../shapes/words';
import { health } from './health';
import { invoice } from './invoice';
import { mail } from './mail';
import { cover } from './month-end';
import { print } from './print';
import { report } from './report';
import { server } from './server';

export const nb: Words = { report, mail, invoice, server, health, print, cover };
