// What the server itself says to the freelancer outside a problem: the menu, the busy notice and
// the self-test's toast, in the UI language. The words are in src/domain/messages/<language>/server.ts.
// (A refused action is a problem: shapes/problems.ts.)

import type { Msg } from '../core/msg';

export interface ServerWords {
  menu: { sidebar: string; setup: string; check: string; selfTest: string };
  busy: string;
  /** The menu's self-test toast: the counts, then where the results are or why they are not. */
  selfTestDone: (
    count: { passed: number; failed: number; skipped: number },
    tab: string | null,
    reason: string,
  ) => Msg;
}
