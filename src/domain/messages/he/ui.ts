// This language's words the sidebar bundle carries: common, problems, sidebar (index.ts: the rest).

import type { UiWords } from '../shapes/ui';
import { common } from './common';
import { monthEnd } from './month-end';
import { problems } from './problems';
import { sidebar } from './sidebar';

export const he: UiWords = { common, problems, sidebar, monthEnd };
