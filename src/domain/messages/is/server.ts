// Icelandic: what the server says outside a problem (menu, busy notice, self-test toast).

import { msg } from '../core/msg';
import type { ServerWords } from '../shapes/server';

export const server: ServerWords = {
  menu: {
    sidebar: 'Opna hliðarspjald',
    setup: 'Setja upp töflureikninn',
    check: 'Yfirfara töflureikninn',
    selfTest: 'Keyra sjálfsprófun',
  },
  busy: 'Annað er í gangi í þessum töflureikni. Bíddu aðeins og reyndu aftur.',
  selfTestDone: (c, tab, reason) =>
    msg`Stóðust: ${String(c.passed)}. Mistókust: ${String(c.failed)}. Sleppt: ${String(c.skipped)}. ${tab ? msg`Niðurstöðurnar eru í flipanum ${tab}: vinsamlegast sendu okkur þær.` : msg`Ekki tókst að skrifa niðurstöðurnar í flipa: ${reason}`}`,
};
