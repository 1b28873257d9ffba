// Norwegian Bokmål: what the server says outside a problem (menu, busy notice, self-test toast).

import { msg } from '../core/msg';
import type { ServerWords } from '../shapes/server';

export const server: ServerWords = {
  menu: {
    sidebar: 'Åpne sidepanelet',
    setup: 'Sett opp regnearket',
    check: 'Kontroller regnearket',
    selfTest: 'Kjør selvtest',
  },
  busy: 'Noe annet kjører i dette regnearket. Vent litt og prøv igjen.',
  selfTestDone: (c, tab, reason) =>
    msg`${String(c.passed)} bestått, ${String(c.failed)} feilet, ${String(c.skipped)} hoppet over. ${tab ? msg`Resultatene står i fanen ${tab}: send dem gjerne til oss.` : msg`Resultatene kunne ikke skrives til en fane: ${reason}`}`,
};
