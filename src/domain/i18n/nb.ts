// Norwegian Bokmål: friendly and direct business Norwegian, "dere" to the client's business, "du" to
// the person who answers. Style note: docs/language/nb.md.

import type { BillingRhythm, Weekday } from '../types';
import type { Catalogue, PaymentFacts, Progress, WorkingHoursText } from './catalogue';
import { type Msg, joinMsgs, msg, words } from '../messages/core/msg';
import { count, formatCount } from '../messages/core/plural';

const LOCALE = 'nb-NO';

const nouns = {
  task: { one: '# oppgave', other: '# oppgaver' },
  hour: { one: '# time', other: '# timer' },
  day: { one: '# dag', other: '# dager' },
  // Prose writes one as a word: «innen én virkedag».
  workingDay: { one: 'én virkedag', other: '# virkedager' },
  workingHour: { one: 'én arbeidstime', other: '# arbeidstimer' },
  deadline: { one: '# frist', other: '# frister' },
};
const n = (forms: keyof typeof nouns, value: number) => count(LOCALE, nouns[forms], value);

const WEEKDAYS = ['', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];

/** Norwegian writes clock times with a full stop: kl. 09.00. */
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`;

function days(list: readonly Weekday[]): string {
  const consecutive = list.every((d, i) => i === 0 || d === list[i - 1]! + 1);
  if (list.length > 2 && consecutive) return `${WEEKDAYS[list[0]!]}–${WEEKDAYS[list[list.length - 1]!]}`;
  const names = list.map((d) => WEEKDAYS[d]!);
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`
    : (names[0] ?? '');
}

const BILLING: Record<BillingRhythm, string> = {
  'month-end': 'månedlig, etterskuddsvis ved utgangen av hver måned',
  'month-start': 'månedlig, forskuddsvis ved starten av hver måned',
  fortnightly: 'hver fjortende dag',
  weekly: 'ukentlig',
  'project-end': 'når prosjektet er levert',
  milestones: 'ved hver avtalt milepæl',
};

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

function paymentBody(stage: 1 | 2 | 3, f: PaymentFacts): Msg[] {
  const terms =
    f.terms === 0
      ? words('skal fakturaen betales ved mottak')
      : msg`skal fakturaen betales innen ${n('day', f.terms)} fra fakturadato`;
  if (stage === 1)
    return [
      msg`Håper alt står bra til. Dette er en vennlig påminnelse om faktura ${f.invoice} på ${f.amount}, datert ${f.issued}, som forfalt til betaling ${f.due}. Etter avtalte betingelser ${terms}.`,
      words(
        'Den kan ha blitt liggende i innboksen. Kan du bekrefte at dere har mottatt fakturaen, og gi meg beskjed når den er betalt?',
      ),
    ];
  if (stage === 2)
    return [
      msg`Jeg følger opp faktura ${f.invoice} på ${f.amount}, datert ${f.issued}. Den forfalt til betaling ${f.due}, og jeg har ennå ikke mottatt betalingen. Etter avtalte betingelser ${terms}.`,
      words(
        'Jeg ber om at fakturaen betales så snart som mulig. Kan du bekrefte at dere har mottatt den, og gi beskjed om når den blir betalt? Er noe uklart med fakturaen, si fra, så ordner jeg det med en gang.',
      ),
    ];
  const ask = f.payBy
    ? msg`Jeg ber om at hele beløpet betales innen ${f.payBy}, og at du gir beskjed når det er gjort.`
    : words('Jeg ber om at hele beløpet betales innen sju dager, og at du gir beskjed når det er gjort.');
  return [
    msg`Dette er siste påminnelse om faktura ${f.invoice} på ${f.amount}, datert ${f.issued}, som forfalt til betaling ${f.due}. Etter avtalte betingelser ${terms}. Per i dag har jeg ikke mottatt betalingen.`,
    msg`${ask} Har dere ikke mottatt fakturaen, eller er det noe i veien med den, svar på denne e-posten, så finner vi en løsning.`,
  ];
}

function workingHours(h: WorkingHoursText): Msg {
  return msg`${days(h.days)} kl. ${clock(h.start)}–${clock(h.end)} (${h.zoneName})`;
}

export const nb: Catalogue = {
  language: 'nb',
  locale: LOCALE,
  rtl: false,
  nouns,
  // Norwegian puts a space before the percent sign: 12 % vekst.
  quantity: (value, unit) =>
    !unit ? value : unit.startsWith('%') ? `${value}\u00a0${unit}` : `${value} ${unit}`,
  dateRange: (a, b) =>
    a.yearNumber !== b.yearNumber
      ? `${a.full} – ${b.full}`
      : a.monthNumber !== b.monthNumber
        ? `${a.day}. ${a.month} – ${b.day}. ${b.month} ${b.year}`
        : `${a.day}.–${b.day}. ${b.month} ${b.year}`,
  money: (_amount, _currency, intl) => intl,
  report: {
    addressee: () => null,
    title: (client, month) => msg`Månedsrapport for ${client}: ${month}`,
    docName: (client, month) => msg`${client} – månedsrapport ${month}`,
    preparedBy: (person, business) =>
      person && business
        ? msg`Utarbeidet av ${person}, ${business}`
        : msg`Utarbeidet av ${person || business}`,
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
  },
  mail: {
    greeting: ({ name }) => [name ? msg`Hei ${name},` : words('Hei,')],
    intro: () => null,
    closing: words('Vennlig hilsen'),
    paymentSubject: (stage, invoice) =>
      stage === 1
        ? msg`Vennlig påminnelse: faktura ${invoice}`
        : stage === 2
          ? msg`Ny påminnelse: forfalt faktura ${invoice}`
          : msg`Purring – siste påminnelse: faktura ${invoice}`,
    paymentBody,
    attachedNote: words('Fakturaen ligger vedlagt på nytt.'),
    linkNote: words('Du finner fakturaen her:'),
    reportSubject: (month) => msg`Månedsrapport for ${month}`,
    reportBody: (month) =>
      msg`Vedlagt finner du månedsrapporten for ${month} som PDF. Den viser hva jeg har gjort for dere og hvor langt dere har kommet mot målene.`,
    reportGoals: words('Kort oppsummert:'),
    reportGoalLine: (goal, line) => msg`${goal}: ${line}`,
    reportOutro: words('Jeg går gjerne gjennom rapporten med dere i en kort samtale.'),
    updateSubject: (period) => msg`Statusoppdatering ${period}`,
    updateIntro: (period, oneDay) =>
      oneDay
        ? msg`Her er en kort oppdatering om arbeidet jeg gjorde for dere den ${period}.`
        : msg`Her er en kort oppdatering om arbeidet jeg har gjort for dere i perioden ${period}.`,
    updateGoalWork: words('Arbeid mot målene deres:'),
    updateOtherWork: words('Annet arbeid:'),
    taskLine: ({ task, result, goal }) => {
      const done = result ? msg`${task}: ${result}` : msg`${task}`;
      return goal ? msg`${done} – for målet «${goal}»` : done;
    },
    updateOutro: words('Gi beskjed hvis du vil at jeg skal prioritere annerledes.'),
    termsSubject: words('Bekreftelse av avtalte vilkår'),
    termsIntro: words('For ordens skyld bekrefter jeg her skriftlig vilkårene vi ble enige om:'),
    terms: {
      rate: (rate) => msg`Timepris: ${rate}`,
      payment: (d) =>
        d === 0
          ? words('Betalingsfrist: ved mottak av faktura')
          : msg`Betalingsfrist: ${n('day', d)} fra fakturadato`,
      billing: (rhythm) => msg`Fakturering: ${BILLING[rhythm]}`,
      deposit: (percent) => msg`Forskudd: ${percent}, som betales før arbeidet starter`,
      hours: (h) => msg`Arbeidstid: ${workingHours(h)}`,
      response: (amount, unit) =>
        msg`Svartid: innen ${n(unit === 'hours' ? 'workingHour' : 'workingDay', amount)}`,
      reach: (ways) =>
        msg`Slik når du meg: ${joinMsgs(
          ways.map((w) => msg`${w}`),
          ', ',
        )}`,
    },
    termsOutro: words('Svar gjerne for å bekrefte, eller si fra om noe bør endres.'),
    checkInSubject: words('Hvordan går det?'),
    checkInBody: [
      words(
        'Det er en stund siden vi avsluttet prosjektet, og jeg ville høre hvordan det går. Er dere fornøyde med resultatet?',
      ),
      words('Har dere nye planer på gang, hjelper jeg gjerne til igjen.'),
    ],
    rateSubject: (rate, from) => msg`Ny timepris fra ${from}: ${rate}`,
    rateBody: (oldRate, newRate, from) => [
      words('Takk for et godt samarbeid.'),
      msg`Jeg vil gi beskjed i god tid om at timeprisen min endres fra ${oldRate} til ${newRate} fra og med ${from}. Endringen skyldes økte kostnader og gjør at jeg fortsatt kan gi oppdragene deres den tiden og oppfølgingen de fortjener.`,
      words(
        'Arbeid som allerede er avtalt, faktureres til dagens pris. Jeg tar gjerne en kort prat om dette – foreslå et tidspunkt som passer.',
      ),
    ],
  },
};
