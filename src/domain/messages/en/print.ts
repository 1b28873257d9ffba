// English: the printable tracking sheet, in the tone of a form the freelancer fills in.

import { msg } from '../core/msg';
import type { PrintWords } from '../shapes/print';

export const print: PrintWords = {
  title: (client, month) => msg`Tracking sheet: ${client}, ${month}`,
  goalsHeading: 'Goals, most important first',
  noGoals: 'No open goals: mark each task A or B.',
  standing: 'now / target',
  columns: { date: 'Date', task: 'Task', goal: 'Goal no.', mark: 'Mark', hours: 'Hours', result: 'Result' },
  legendGoal: 'Goal no.: the number of the goal the task served, from the list above.',
  legendA: 'A: serves no goal, but leaving it undone has serious consequences (e.g. other billable work).',
  legendB: 'B: serves no goal and matters little (e.g. asking for a review).',
};
