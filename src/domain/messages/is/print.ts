// Icelandic: the printable tracking sheet, in the tone of a form the freelancer fills in.

import { msg } from '../core/msg';
import type { PrintWords } from '../shapes/print';

export const print: PrintWords = {
  title: (client, month) => msg`Skráningarblað: ${client}, ${month}`,
  goalsHeading: 'Markmið, það mikilvægasta fyrst',
  noGoals: 'Engin opin markmið: merktu hvert verk með A eða B.',
  standing: 'staða / markmið',
  columns: {
    date: 'Dags.',
    task: 'Verk',
    goal: 'Markmið nr.',
    mark: 'Merki',
    hours: 'Tímar',
    result: 'Árangur',
  },
  legendGoal: 'Markmið nr.: númer markmiðsins sem verkið þjónaði, úr listanum hér að ofan.',
  legendA:
    'A: þjónar engu markmiði, en getur haft alvarlegar afleiðingar ef það er ekki gert (t.d. önnur reikningshæf vinna).',
  legendB: 'B: þjónar engu markmiði og skiptir litlu (t.d. að biðja um umsögn).',
};
