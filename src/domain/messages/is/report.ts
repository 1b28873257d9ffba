// Icelandic words of the monthly report (the language's tone: common.ts and docs/language/is.md).

import { joinMsgs, msg, type Msg, words } from '../core/msg';
import { formatCount } from '../core/plural';
import type { Progress, ReportWords } from '../shapes/report';
import { LOCALE, n } from './common';

// Labels with a colon keep the unit in the nominative whatever the number ("af 400 bókanir" is
// avoided by never putting the unit after a preposition).
function progress(p: Progress): Msg {
  const start = p.start === null ? null : msg`í upphafi: ${p.start}`;
  if (p.reached) return start ? msg`Markmiði náð: ${p.nowQty} (${start})` : msg`Markmiði náð: ${p.nowQty}`;
  const items = [
    msg`Staðan núna: ${p.nowQty}`,
    msg`markmið: ${p.target}`,
    start,
    p.share === null ? null : msg`framvinda: ${p.share}`,
  ].filter((x): x is Msg => x !== null);
  return joinMsgs(items, ' · ');
}

// One, both and all are said as such («báða skilafrestina»), never «2 af 2». "Alla" with a number would
// have to agree with it (21 takes the singular), so the number stands apart: «alla skilafrestina, 21
// talsins». After «af» the dative, by Intl's plural: «af 21 skilafresti», «af 3 skilafrestum».
function deadlinesKept(onTime: number, due: number): Msg {
  const start = 'Í mánuðinum';
  if (due === 1)
    return onTime === 1
      ? words(`${start} stóð ég við eina skilafrestinn.`)
      : words(`${start} stóð ég ekki við eina skilafrestinn.`);
  if (due === 2 && onTime !== 1)
    return onTime === 2
      ? words(`${start} stóð ég við báða skilafrestina.`)
      : words(`${start} stóð ég við hvorugan skilafrestinn.`);
  const all = formatCount(LOCALE, due);
  if (onTime === due) return msg`Í mánuðinum stóð ég við alla skilafrestina, ${all} talsins.`;
  if (onTime === 0) return msg`Í mánuðinum stóð ég ekki við neinn af ${n('deadlineDative', due)}.`;
  return msg`Í mánuðinum stóð ég við ${formatCount(LOCALE, onTime)} af ${n('deadlineDative', due)}.`;
}

export const report: ReportWords = {
  addressee: () => null,
  title: (client, month) => msg`${client} – mánaðarskýrsla, ${month}`,
  docName: (client, month) => msg`${client} – mánaðarskýrsla ${month}`,
  preparedBy: (person, business) =>
    person && business ? msg`Frá: ${person}, ${business}` : msg`Frá: ${person || business}`,
  summary: (p) =>
    msg`Í ${p.month} vann ég ${n('task', p.tasks)} fyrir ykkur, alls ${n('hour', p.hours)}, og ${p.goalShare} tímans fór beint í vinnu að markmiðunum ykkar.`,
  summaryNoWork: (month) => msg`Engin vinna var skráð fyrir ykkur í ${month}.`,
  goalsHeading: words('Staðan á markmiðunum ykkar'),
  progress,
  targetOnly: (target) => msg`Markmið: ${target}`,
  currentOnly: (now) => msg`Staðan núna: ${now}`,
  due: (date) => msg`Lokadagur: ${date}`,
  achieved: words('Markmiði náð'),
  noWorkOnGoal: (month) => msg`Ekki var unnið að þessu markmiði í ${month}.`,
  columnDate: words('Dagsetning'),
  columnWork: words('Verk'),
  columnResult: words('Niðurstaða'),
  columnBenefit: words('Ávinningur fyrir ykkur'),
  otherHeading: words('Önnur mikilvæg verk'),
  otherIntro: words(
    'Verk sem heyrðu ekki undir neitt eitt markmið en hefðu getað kostað ykkur sitt ef þau hefðu setið á hakanum:',
  ),
  noImportantWork: (month) => msg`Engin önnur mikilvæg verk komu upp í ${month}.`,
  routine: (tasks, hours) => msg`Smærri venjubundin verk: ${n('task', tasks)}, alls ${n('hour', hours)}.`,
  timeHeading: words('Tími og kostnaður'),
  columnCategory: words('Verkþáttur'),
  columnHours: words('Klukkustundir'),
  columnCost: words('Kostnaður'),
  aRow: words('Önnur mikilvæg verk'),
  bRow: words('Venjubundin verk'),
  total: words('Samtals'),
  nonBillable: (hours) => msg`Þar af án endurgjalds: ${n('hour', hours)}.`,
  rate: (rate) => msg`Tímagjald: ${rate}`,
  deadlinesKept,
  splitGoals: words('Markmiðin ykkar'),
};
