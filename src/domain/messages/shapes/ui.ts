// What the sidebar bundle carries of one language: its own words, the problems it shows, and the
// common words money and counts are written with. Kept apart from the server-side `Words` so the
// sidebar does not carry the report, mail, invoice, health and print words.

import type { CommonWords } from './common';
import type { MonthEndUiWords } from './month-end';
import type { ProblemMessages } from './problems';
import type { SidebarMessages } from './sidebar';

export interface UiWords {
  /** Counted nouns, money, quantities and date ranges, shared with every client text. */
  common: CommonWords;
  /** Problems found in the sheet and refusals of an action, said in the sidebar and in Check. */
  problems: ProblemMessages;
  /** The sidebar's own labels, buttons and results. */
  sidebar: SidebarMessages;
  /** Close the month and the morning reminders. */
  monthEnd: MonthEndUiWords;
}
