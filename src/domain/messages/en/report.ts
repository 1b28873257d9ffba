// English words of the monthly report (the language's tone: common.ts and docs/language/en.md).

import { joinMsgs, msg, type Msg, words } from '../core/msg';
import { formatCount } from '../core/plural';
import type { Progress, ReportWords } from '../shapes/report';
import { LOCALE, n } from './common';

function progress(p: Progress): Msg {
  const from =
    p.start === null
      ? null
      : p.change === 'same'
        ? msg`unchanged from ${p.start} at the start`
        : p.change === 'down'
          ? msg`down from ${p.start} at the start`
          : msg`up from ${p.start} at the start`;
  if (p.reached) return from ? msg`Target reached: ${p.nowQty}, ${from}` : msg`Target reached: ${p.nowQty}`;
  const head = p.lowerIsBetter ? msg`${p.nowQty}, aiming for ${p.target}` : msg`${p.now} of ${p.targetQty}`;
  const tail = [from, p.share === null ? null : msg`${p.share} of the way there`].filter(
    (x): x is Msg => x !== null,
  );
  return tail.length ? msg`${head} — ${joinMsgs(tail, ', ')}` : head;
}

// "2 of 2" reads like a score: one, two and all deadlines are said as English says them.
function deadlinesKept(onTime: number, due: number): Msg {
  if (due === 1)
    return onTime === 1
      ? words('This month there was one deadline, and I met it.')
      : words('This month there was one deadline, and I missed it.');
  if (due === 2 && onTime !== 1)
    return onTime === 2
      ? words('This month I met both deadlines.')
      : words('This month I missed both deadlines.');
  if (onTime === due) return msg`This month I met all ${n('deadline', due)}.`;
  if (onTime === 0) return msg`This month I missed all ${n('deadline', due)}.`;
  return msg`This month I met ${formatCount(LOCALE, onTime)} of ${n('deadline', due)}.`;
}

export const report: ReportWords = {
  addressee: () => null,
  title: (client, month) => msg`Monthly report for ${client}: ${month}`,
  docName: (client, month) => msg`${client} – monthly report, ${month}`,
  preparedBy: (person, business) =>
    person && business ? msg`Prepared by ${person}, ${business}` : msg`Prepared by ${person || business}`,
  summary: (p) =>
    msg`In ${p.month} I spent ${n('hour', p.hours)} on ${n('task', p.tasks)} for you; ${p.goalShare} of those hours went directly towards your goals.`,
  summaryNoWork: (month) => msg`No work for you was logged in ${month}.`,
  goalsHeading: words('Progress on your goals'),
  progress,
  targetOnly: (target) => msg`Target: ${target}`,
  currentOnly: (now) => msg`Currently ${now}`,
  due: (date) => msg`Due by ${date}`,
  achieved: words('Achieved'),
  noWorkOnGoal: (month) => msg`No work on this goal in ${month}.`,
  columnDate: words('Date'),
  columnWork: words('Work done'),
  columnResult: words('Result'),
  columnBenefit: words('What it means for you'),
  otherHeading: words('Other important work'),
  otherIntro: words('Work that served no single goal, but that would have cost you had it been left undone:'),
  noImportantWork: (month) => msg`No other important work came up in ${month}.`,
  routine: (tasks, hours) => msg`Smaller routine work: ${n('task', tasks)}, ${n('hour', hours)} in all.`,
  timeHeading: words('Time and cost'),
  columnCategory: words('Area of work'),
  columnHours: words('Hours'),
  columnCost: words('Cost'),
  aRow: words('Other important work'),
  bRow: words('Routine work'),
  total: words('Total'),
  nonBillable: (hours) => msg`Included above but not billed: ${n('hour', hours)}.`,
  rate: (rate) => msg`Hourly rate: ${rate}`,
  deadlinesKept,
  splitGoals: words('Your goals'),
};
