// Norwegian Bokmål: the printable tracking sheet, in the tone of a form the freelancer fills in.

import { msg } from '../core/msg';
import type { PrintWords } from '../shapes/print';

export const print: PrintWords = {
  title: (client, month) => msg`Føringsark: ${client}, ${month}`,
  goalsHeading: 'Mål, det viktigste først',
  noGoals: 'Ingen åpne mål: merk hver oppgave med A eller B.',
  standing: 'nå / mål',
  columns: {
    date: 'Dato',
    task: 'Oppgave',
    goal: 'Mål nr.',
    mark: 'Merke',
    hours: 'Timer',
    result: 'Resultat',
  },
  legendGoal: 'Mål nr.: nummeret på målet oppgaven gjaldt, fra listen ovenfor.',
  legendA:
    'A: hører ikke til noe mål, men får alvorlige følger om den ikke blir gjort (f.eks. annet fakturerbart arbeid).',
  legendB: 'B: hører ikke til noe mål og betyr lite (f.eks. å be om en anmeldelse).',
};
