// English: what the server says outside a problem (menu, busy notice, self-test toast).

import { msg } from '../core/msg';
import type { ServerWords } from '../shapes/server';

export const server: ServerWords = {
  menu: {
    sidebar: 'Open sidebar',
    setup: 'Set up tracking sheet',
    check: 'Check sheet',
    selfTest: 'Run self-test',
  },
  busy: 'Something else is running in this spreadsheet. Wait a moment and try again.',
  selfTestDone: (c, tab, reason) =>
    msg`${String(c.passed)} passed, ${String(c.failed)} failed, ${String(c.skipped)} skipped. ${tab ? msg`The results are in the ${tab} tab: please send them to us.` : msg`The results could not be written to a tab: ${reason}`}`,
};
