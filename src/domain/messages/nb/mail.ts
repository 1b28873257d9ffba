// Norwegian Bokmål words of the client emails (the language's tone: common.ts and docs/language/nb.md).

import { joinMsgs, msg, type Msg, words } from '../core/msg';
import type { BillingRhythm, Weekday } from '../../types';
import type { MailWords, PaymentFacts, WorkingHoursText } from '../shapes/mail';
import { n } from './common';

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

// An Israeli seller's document is a demand for payment, titled Betalingsanmodning
// (src/domain/messages/nb/invoice.ts): the letter names it so. One pays an amount a request asks for,
// not the request, so where the invoice's words say "fakturaen betales", these say "beløpet betales".
function demandPaymentBody(stage: 1 | 2 | 3, f: PaymentFacts): Msg[] {
  const terms =
    f.terms === 0
      ? words('skal beløpet betales ved mottak av betalingsanmodningen')
      : msg`skal beløpet betales innen ${n('day', f.terms)} fra datoen på betalingsanmodningen`;
  if (stage === 1)
    return [
      msg`Håper alt står bra til. Dette er en vennlig påminnelse om betalingsanmodning ${f.invoice} på ${f.amount}, datert ${f.issued}, som forfalt til betaling ${f.due}. Etter avtalte betingelser ${terms}.`,
      words(
        'Den kan ha blitt liggende i innboksen. Kan du bekrefte at dere har mottatt betalingsanmodningen, og gi meg beskjed når beløpet er betalt?',
      ),
    ];
  if (stage === 2)
    return [
      msg`Jeg følger opp betalingsanmodning ${f.invoice} på ${f.amount}, datert ${f.issued}. Den forfalt til betaling ${f.due}, og jeg har ennå ikke mottatt betalingen. Etter avtalte betingelser ${terms}.`,
      words(
        'Jeg ber om at beløpet betales så snart som mulig. Kan du bekrefte at dere har mottatt betalingsanmodningen, og gi beskjed om når det blir betalt? Er noe uklart med den, si fra, så ordner jeg det med en gang.',
      ),
    ];
  const ask = f.payBy
    ? msg`Jeg ber om at hele beløpet betales innen ${f.payBy}, og at du gir beskjed når det er gjort.`
    : words('Jeg ber om at hele beløpet betales innen sju dager, og at du gir beskjed når det er gjort.');
  return [
    msg`Dette er siste påminnelse om betalingsanmodning ${f.invoice} på ${f.amount}, datert ${f.issued}, som forfalt til betaling ${f.due}. Etter avtalte betingelser ${terms}. Per i dag har jeg ikke mottatt betalingen.`,
    msg`${ask} Har dere ikke mottatt betalingsanmodningen, eller er det noe i veien med den, svar på denne e-posten, så finner vi en løsning.`,
  ];
}

function workingHours(h: WorkingHoursText): Msg {
  return msg`${days(h.days)} kl. ${clock(h.start)}–${clock(h.end)} (${h.zoneName})`;
}

export const mail: MailWords = {
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
  demand: {
    paymentSubject: (stage, invoice) =>
      stage === 1
        ? msg`Vennlig påminnelse: betalingsanmodning ${invoice}`
        : stage === 2
          ? msg`Ny påminnelse: forfalt betalingsanmodning ${invoice}`
          : msg`Purring – siste påminnelse: betalingsanmodning ${invoice}`,
    paymentBody: demandPaymentBody,
    attachedNote: words('Betalingsanmodningen ligger vedlagt på nytt.'),
    linkNote: words('Du finner betalingsanmodningen her:'),
    terms: {
      payment: (d) =>
        d === 0
          ? words('Betalingsfrist: ved mottak av betalingsanmodningen')
          : msg`Betalingsfrist: ${n('day', d)} fra datoen på betalingsanmodningen`,
      billing: (rhythm) => msg`Betalingsanmodninger sendes: ${BILLING[rhythm]}`,
    },
  },
};
