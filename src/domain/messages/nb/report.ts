// Norwegian Bokmål words of the monthly report (the language's tone: common.ts and docs/language/nb.md).

import { joinMsgs, msg, type Msg, words } from '../core/msg';
import { formatCount, pluralForm } from '../core/plural';
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

// Small counts are words in running text («én av to frister»), as Norwegian prose writes up to twelve;
// one, both and all are said as such («begge fristene», «alle tre fristene»), never «2 av 2».
const NUMBER_WORDS = [
  'null',
  'én',
  'to',
  'tre',
  'fire',
  'fem',
  'seks',
  'sju',
  'åtte',
  'ni',
  'ti',
  'elleve',
  'tolv',
];
const spelled = (x: number) => NUMBER_WORDS[x] ?? formatCount(LOCALE, x);

function deadlinesKept(onTime: number, due: number): Msg {
  const start = 'I løpet av måneden';
  if (due === 1)
    return onTime === 1
      ? words(`${start} hadde jeg én frist, og den holdt jeg.`)
      : words(`${start} hadde jeg én frist, men den holdt jeg ikke.`);
  if (due === 2 && onTime !== 1)
    return onTime === 2
      ? words(`${start} holdt jeg begge fristene.`)
      : words(`${start} holdt jeg ingen av de to fristene.`);
  const all = spelled(due);
  if (onTime === due) return msg`I løpet av måneden holdt jeg alle ${all} fristene.`;
  if (onTime === 0) return msg`I løpet av måneden holdt jeg ingen av de ${all} fristene.`;
  const deadlines = pluralForm(LOCALE, { one: 'frist', other: 'frister' }, due);
  return msg`I løpet av måneden holdt jeg ${spelled(onTime)} av ${all} ${deadlines}.`;
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
  deadlinesKept,
  splitGoals: words('Målene deres'),
};
