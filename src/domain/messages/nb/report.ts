// Norwegian Bokmål words of the monthly report (the language's tone: common.ts and docs/language/nb.md).

import { joinMsgs, msg, type Msg, words } from '../core/msg';
import { formatCount } from '../core/plural';
import type { Progress, ReportWords } from '../shapes/report';
import { LOCALE, n } from './common';

function progress(p: Progress): Msg {
  const from =
    p.start === null
      ? null
      : p.change === 'same'
        ? msg`uendret fra ${p.start} ved oppstart`
        : p.change === 'down'
          ? msg`ned fra ${p.start} ved oppstart`
          : msg`opp fra ${p.start} ved oppstart`;
  if (p.reached) return from ? msg`Målet er nådd: ${p.nowQty}, ${from}` : msg`Målet er nådd: ${p.nowQty}`;
  // «150 av 300 medlemmer» reads well only for whole counts; «14 % av 20 % vekst» and «4,5 av 4,7
  // stjerner» read as a fraction of the target (or a rating out of 4,7), so those name the target apart.
  // Past the target, «600 av 500» reads as a slip, so that too names the target apart.
  const whole = (v: string) => /^[\d\s\u00a0]+$/.test(v);
  const value = (v: string) => Number(v.replace(/[\s\u00a0]/g, ''));
  const head =
    p.lowerIsBetter || !whole(p.now) || !whole(p.target) || value(p.now) > value(p.target)
      ? msg`${p.nowQty}, målet er ${p.target}`
      : msg`${p.now} av ${p.targetQty}`;
  const tail = [from, p.share === null ? null : msg`${p.share} av veien mot målet`].filter(
    (x): x is Msg => x !== null,
  );
  return tail.length ? msg`${head} – ${joinMsgs(tail, ', ')}` : head;
}

export const report: ReportWords = {
  addressee: () => null,
  title: (client, month) => msg`Månedsrapport for ${client}: ${month}`,
  docName: (client, month) => msg`${client} – månedsrapport ${month}`,
  preparedBy: (person, business) =>
    person && business ? msg`Utarbeidet av ${person}, ${business}` : msg`Utarbeidet av ${person || business}`,
  summary: (p) =>
    msg`I ${p.month} brukte jeg ${n('hour', p.hours)} på ${n('task', p.tasks)} for dere, og ${p.goalShare} av timene gikk direkte til målene deres.`,
  summaryNoWork: (month) => msg`Det er ikke ført noe arbeid for dere i ${month}.`,
  goalsHeading: words('Fremdrift mot målene deres'),
  progress,
  targetOnly: (target) => msg`Mål: ${target}`,
  currentOnly: (now) => msg`Nå: ${now}`,
  due: (date) => msg`Frist: ${date}`,
  achieved: words('Nådd'),
  noWorkOnGoal: (month) => msg`Det ble ikke arbeidet med dette målet i ${month}.`,
  columnDate: words('Dato'),
  columnWork: words('Utført arbeid'),
  columnResult: words('Resultat'),
  columnBenefit: words('Hva det betyr for dere'),
  otherHeading: words('Annet viktig arbeid'),
  otherIntro: words(
    'Arbeid som ikke hørte inn under ett bestemt mål, men som kunne ha kostet dere dyrt om det ikke ble gjort:',
  ),
  noImportantWork: (month) => msg`Det var ikke noe annet viktig arbeid i ${month}.`,
  routine: (tasks, hours) => msg`Mindre rutinearbeid: ${n('task', tasks)}, til sammen ${n('hour', hours)}.`,
  timeHeading: words('Tid og kostnad'),
  columnCategory: words('Arbeidsområde'),
  columnHours: words('Timer'),
  columnCost: words('Kostnad'),
  aRow: words('Annet viktig arbeid'),
  bRow: words('Rutinearbeid'),
  total: words('Totalt'),
  nonBillable: (hours) => msg`Med i timene ovenfor, men ikke fakturert: ${n('hour', hours)}.`,
  rate: (rate) => msg`Timepris: ${rate}`,
  deadlinesKept: (onTime, due) =>
    msg`I løpet av måneden holdt jeg ${formatCount(LOCALE, onTime)} av ${n('deadline', due)}.`,
  splitGoals: words('Målene deres'),
};
