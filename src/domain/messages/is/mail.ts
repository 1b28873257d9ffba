// Icelandic words of the client emails (the language's tone: common.ts and docs/language/is.md).

import { isMsg, joinMsgs, msg, type Msg, words } from '../core/msg';
import type { BillingRhythm, Weekday } from '../../types';
import type { MailWords, PaymentFacts, WorkingHoursText } from '../shapes/mail';
import { LOCALE, n } from './common';

/** Accusative plural, as in "mánudaga til föstudaga" (on Mondays to Fridays). */
const WEEKDAYS = [
  '',
  'mánudaga',
  'þriðjudaga',
  'miðvikudaga',
  'fimmtudaga',
  'föstudaga',
  'laugardaga',
  'sunnudaga',
];

/** kl. 9, kl. 9.30. */
const clock = (minutes: number) =>
  minutes % 60 === 0
    ? String(minutes / 60)
    : `${Math.floor(minutes / 60)}.${String(minutes % 60).padStart(2, '0')}`;

function days(list: readonly Weekday[]): string {
  if (list.join() === '1,2,3,4,5') return 'virka daga';
  const consecutive = list.every((d, i) => i === 0 || d === list[i - 1]! + 1);
  if (list.length > 2 && consecutive) return `${WEEKDAYS[list[0]!]} til ${WEEKDAYS[list[list.length - 1]!]}`;
  const names = list.map((d) => WEEKDAYS[d]!);
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`
    : (names[0] ?? '');
}

const BILLING: Record<BillingRhythm, string> = {
  'month-end': 'mánaðarlega, í lok hvers mánaðar',
  'month-start': 'mánaðarlega, fyrir fram í byrjun hvers mánaðar',
  fortnightly: 'á tveggja vikna fresti',
  weekly: 'vikulega',
  'project-end': 'þegar verkefninu er skilað',
  milestones: 'við hvern umsaminn áfanga',
};

function paymentBody(stage: 1 | 2 | 3, f: PaymentFacts): Msg[] {
  const terms =
    f.terms === 0
      ? words('skal greiða reikninginn við móttöku')
      : msg`skal greiða reikninginn innan ${n('dayGenitive', f.terms)} frá útgáfudegi hans`;
  if (stage === 1)
    return [
      msg`Vonandi hafið þið það gott. Þetta er vinsamleg áminning um reikning ${f.invoice} að upphæð ${f.amount}, dagsettan ${f.issued}, sem var á gjalddaga ${f.due}. Samkvæmt umsömdum skilmálum ${terms}.`,
      words(
        'Hugsanlega hefur hann farið fram hjá ykkur. Gætuð þið staðfest að reikningurinn hafi borist og látið mig vita þegar hann hefur verið greiddur?',
      ),
    ];
  if (stage === 2)
    return [
      msg`Ég hef samband aftur vegna reiknings ${f.invoice} að upphæð ${f.amount}, dagsetts ${f.issued}. Gjalddagi hans var ${f.due} og greiðsla hefur ekki enn borist. Samkvæmt umsömdum skilmálum ${terms}.`,
      words(
        'Ég bið ykkur að greiða reikninginn sem fyrst. Gætuð þið staðfest að hann hafi borist og látið mig vita hvenær hann verður greiddur? Ef eitthvað er óljóst varðandi reikninginn, látið mig þá vita og ég geng í málið strax.',
      ),
    ];
  const ask = f.payBy
    ? msg`Ég bið ykkur að greiða alla upphæðina eigi síðar en ${f.payBy} og láta mig vita þegar það er gert.`
    : words('Ég bið ykkur að greiða alla upphæðina innan sjö daga og láta mig vita þegar það er gert.');
  return [
    msg`Þetta er lokaáminning vegna reiknings ${f.invoice} að upphæð ${f.amount}, dagsetts ${f.issued}, sem var á gjalddaga ${f.due}. Samkvæmt umsömdum skilmálum ${terms}. Greiðsla hefur enn ekki borist.`,
    msg`${ask} Ef reikningurinn hefur ekki borist eða eitthvað er athugavert við hann, vinsamlegast svarið þessum pósti svo að við getum leyst málið.`,
  ];
}

/** "Staðan núna: …" continued after a dash in a list line: "400 nýjar bókanir – staðan núna: …". */
function lowerFirst(m: Msg): Msg {
  const [first = '', ...rest] = m.parts;
  const [head, ...tail] = m.values;
  // A joined line starts with a nested message: lower the first letter inside it.
  if (first === '' && head !== undefined && isMsg(head))
    return { parts: m.parts, values: [lowerFirst(head), ...tail] };
  return { parts: [first.charAt(0).toLocaleLowerCase(LOCALE) + first.slice(1), ...rest], values: m.values };
}

// An Israeli seller's document is a demand for payment, titled Greiðslubeiðni
// (src/domain/messages/is/invoice.ts): the letter names it so. Greiðslubeiðni is feminine where
// reikningur is masculine (hún, hana, hennar; dagsetta, dagsettrar; komin), and one pays the amount it
// asks for ("greiða upphæðina"), not the request.
function demandPaymentBody(stage: 1 | 2 | 3, f: PaymentFacts): Msg[] {
  const terms =
    f.terms === 0
      ? words('skal greiða upphæðina við móttöku greiðslubeiðninnar')
      : msg`skal greiða upphæðina innan ${n('dayGenitive', f.terms)} frá útgáfudegi greiðslubeiðninnar`;
  if (stage === 1)
    return [
      msg`Vonandi hafið þið það gott. Þetta er vinsamleg áminning um greiðslubeiðni ${f.invoice} að upphæð ${f.amount}, dagsetta ${f.issued}, sem var á gjalddaga ${f.due}. Samkvæmt umsömdum skilmálum ${terms}.`,
      words(
        'Hugsanlega hefur hún farið fram hjá ykkur. Gætuð þið staðfest að greiðslubeiðnin hafi borist og látið mig vita þegar upphæðin hefur verið greidd?',
      ),
    ];
  if (stage === 2)
    return [
      msg`Ég hef samband aftur vegna greiðslubeiðni ${f.invoice} að upphæð ${f.amount}, dagsettrar ${f.issued}. Gjalddagi hennar var ${f.due} og greiðsla hefur ekki enn borist. Samkvæmt umsömdum skilmálum ${terms}.`,
      words(
        'Ég bið ykkur að greiða upphæðina sem fyrst. Gætuð þið staðfest að greiðslubeiðnin hafi borist og látið mig vita hvenær upphæðin verður greidd? Ef eitthvað er óljóst varðandi greiðslubeiðnina, látið mig þá vita og ég geng í málið strax.',
      ),
    ];
  const ask = f.payBy
    ? msg`Ég bið ykkur að greiða alla upphæðina eigi síðar en ${f.payBy} og láta mig vita þegar það er gert.`
    : words('Ég bið ykkur að greiða alla upphæðina innan sjö daga og láta mig vita þegar það er gert.');
  return [
    msg`Þetta er lokaáminning vegna greiðslubeiðni ${f.invoice} að upphæð ${f.amount}, dagsettrar ${f.issued}, sem var á gjalddaga ${f.due}. Samkvæmt umsömdum skilmálum ${terms}. Greiðsla hefur enn ekki borist.`,
    msg`${ask} Ef greiðslubeiðnin hefur ekki borist eða eitthvað er athugavert við hana, vinsamlegast svarið þessum pósti svo að við getum leyst málið.`,
  ];
}

function workingHours(h: WorkingHoursText): Msg {
  return msg`${days(h.days)} kl. ${clock(h.start)}–${clock(h.end)} (${h.zoneName})`;
}

export const mail: MailWords = {
  greeting: ({ name }) => [name ? msg`Góðan dag, ${name},` : words('Góðan dag,')],
  intro: () => null,
  closing: words('Bestu kveðjur,'),
  paymentSubject: (stage, invoice) =>
    stage === 1
      ? msg`Vinsamleg áminning: reikningur ${invoice}`
      : stage === 2
        ? msg`Reikningur ${invoice} er kominn fram yfir gjalddaga`
        : msg`Lokaáminning: reikningur ${invoice}`,
  paymentBody,
  attachedNote: words('Reikningurinn fylgir aftur í viðhengi.'),
  linkNote: words('Reikninginn má finna hér:'),
  reportSubject: (month) => msg`Mánaðarskýrsla: ${month}`,
  reportBody: (month) =>
    msg`Í viðhenginu (PDF) er skýrslan mín um vinnuna í ${month} og hvernig hún hefur fært ykkur nær markmiðunum.`,
  reportGoals: words('Í stuttu máli:'),
  reportGoalLine: (goal, line) => msg`${goal} – ${lowerFirst(line)}`,
  reportOutro: words('Ég fer gjarnan yfir hana með ykkur í stuttu símtali.'),
  updateSubject: (period) => msg`Yfirlit yfir unnin verk: ${period}`,
  updateIntro: (period, oneDay) =>
    oneDay
      ? msg`Hér er stutt yfirlit yfir það sem ég vann fyrir ykkur ${period}.`
      : msg`Hér er stutt yfirlit yfir það sem ég hef unnið fyrir ykkur á tímabilinu ${period}.`,
  updateGoalWork: words('Vinna að markmiðunum ykkar:'),
  updateOtherWork: words('Önnur verk:'),
  taskLine: ({ task, result, goal }) => {
    const done = result ? msg`${task}: ${result}` : msg`${task}`;
    return goal ? msg`${done} – markmið: „${goal}“` : done;
  },
  updateOutro: words('Látið mig endilega vita ef þið viljið breyta forgangsröðuninni.'),
  termsSubject: words('Staðfesting á samstarfsskilmálum'),
  termsIntro: words('Til að allt sé á hreinu staðfesti ég hér skriflega þá skilmála sem við sömdum um:'),
  terms: {
    rate: (rate) => msg`Tímagjald: ${rate}`,
    payment: (d) =>
      d === 0
        ? words('Greiðsluskilmálar: greiðist við móttöku reiknings')
        : msg`Greiðslufrestur: ${n('day', d)} frá útgáfudegi reiknings`,
    billing: (rhythm) => msg`Reikningsgerð: ${BILLING[rhythm]}`,
    deposit: (percent) => msg`Fyrirframgreiðsla: ${percent}, greidd áður en vinna hefst`,
    hours: (h) => msg`Vinnutími: ${workingHours(h)}`,
    response: (amount, unit) =>
      msg`Svartími: að hámarki ${n(unit === 'hours' ? 'workingHour' : 'workingDay', amount)}`,
    reach: (ways) =>
      msg`Tengiliðaupplýsingar: ${joinMsgs(
        ways.map((w) => msg`${w}`),
        ', ',
      )}`,
  },
  termsOutro: words('Vinsamlegast staðfestið með svari eða látið mig vita ef einhverju þarf að breyta.'),
  checkInSubject: words('Hvernig gengur?'),
  checkInBody: [
    words(
      'Það er nokkuð síðan við lukum verkefninu og mig langaði að heyra hvernig gengur. Eruð þið ánægð með útkomuna?',
    ),
    words('Ef ný verkefni eru á döfinni aðstoða ég ykkur gjarnan aftur.'),
  ],
  // Worded as in earlier versions, so a rate change already proposed is recognised in the Drafts tab.
  rateSubject: (rate, from) => msg`Nýtt tímagjald frá ${from}: ${rate}`,
  rateBody: (oldRate, newRate, from) => [
    words('Takk fyrir gott samstarf.'),
    msg`Mig langar að láta ykkur vita með góðum fyrirvara að frá og með ${from} breytist tímagjaldið mitt úr ${oldRate} í ${newRate}. Breytingin endurspeglar aukinn kostnað og gerir mér kleift að sinna verkefnum ykkar áfram af sömu natni.`,
    words(
      'Fyrir verk sem þegar hefur verið samið um gildir núverandi gjald. Ég ræði þetta gjarnan í stuttu símtali; stingið endilega upp á tíma sem hentar ykkur.',
    ),
  ],
  demand: {
    paymentSubject: (stage, invoice) =>
      stage === 1
        ? msg`Vinsamleg áminning: greiðslubeiðni ${invoice}`
        : stage === 2
          ? msg`Greiðslubeiðni ${invoice} er komin fram yfir gjalddaga`
          : msg`Lokaáminning: greiðslubeiðni ${invoice}`,
    paymentBody: demandPaymentBody,
    attachedNote: words('Greiðslubeiðnin fylgir aftur í viðhengi.'),
    linkNote: words('Greiðslubeiðnina má finna hér:'),
    terms: {
      payment: (d) =>
        d === 0
          ? words('Greiðsluskilmálar: greiðist við móttöku greiðslubeiðni')
          : msg`Greiðslufrestur: ${n('day', d)} frá útgáfudegi greiðslubeiðni`,
      billing: (rhythm) => msg`Greiðslubeiðnir sendar: ${BILLING[rhythm]}`,
    },
  },
};
