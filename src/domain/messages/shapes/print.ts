// The printable tracking sheet (a Doc the freelancer prints and fills in by hand), in the
// freelancer's language. The words are in src/domain/messages/<language>/print.ts.

import type { Msg } from '../core/msg';

export interface PrintWords {
  title: (client: string, month: string) => Msg;
  goalsHeading: string;
  noGoals: string;
  /** Label of the "now / target" figures, which follow it with the unit named once. */
  standing: string;
  columns: { date: string; task: string; goal: string; mark: string; hours: string; result: string };
  legendGoal: string;
  legendA: string;
  legendB: string;
}
