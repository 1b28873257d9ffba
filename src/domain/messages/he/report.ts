// Hebrew words of the monthly report (the language's tone: common.ts and docs/language/he.md).

import { joinMsgs, msg, type Msg, words } from '../core/msg';
import { formatCount, pluralCategory } from '../core/plural';
import type { Progress, ReportWords } from '../shapes/report';
import { hourCount, LOCALE, n } from './common';

function progress(p: Progress): Msg {
  const from =
    p.start === null
      ? null
      : p.change === 'same'
        ? msg`ללא שינוי לעומת ${p.start} בתחילת הדרך`
        : p.change === 'down'
          ? msg`ירידה מ־${p.start} בתחילת הדרך`
          : msg`עלייה מ־${p.start} בתחילת הדרך`;
  if (p.reached) return from ? msg`היעד הושג: ${p.nowQty}, ${from}` : msg`היעד הושג: ${p.nowQty}`;
  // "Now …, target …" either way: "41% מתוך 60%" or "4.7 מתוך 4.9 כוכבים" would read as a share or a
  // rating out of a maximum, not as progress towards a target.
  const head = msg`כעת ${p.nowQty}, והיעד ${p.target}`;
  const tail = [from, p.share === null ? null : msg`${p.share} מהדרך ליעד`].filter(
    (x): x is Msg => x !== null,
  );
  return tail.length ? msg`${head} – ${joinMsgs(tail, ', ')}` : head;
}

// One, both and all are said as Hebrew says them («במועד המסירה היחיד», «בשני מועדי המסירה», «בכל 5
// מועדי המסירה»), and one of them as «באחד משני…», never «ב־1 מתוך שני…». The dual comes from Intl's
// "two" category.
function deadlinesKept(onTime: number, due: number): Msg {
  const start = 'בחודש זה';
  if (due === 1)
    return onTime === 1
      ? words(`${start} עמדתי במועד המסירה היחיד.`)
      : words(`${start} לא עמדתי במועד המסירה היחיד.`);
  const all = formatCount(LOCALE, due);
  if (pluralCategory(LOCALE, due) === 'two') {
    if (onTime === 2) return words(`${start} עמדתי בשני מועדי המסירה.`);
    if (onTime === 1) return words(`${start} עמדתי באחד משני מועדי המסירה.`);
    return words(`${start} לא עמדתי באף אחד משני מועדי המסירה.`);
  }
  if (onTime === due) return msg`בחודש זה עמדתי בכל ${all} מועדי המסירה.`;
  if (onTime === 0) return msg`בחודש זה לא עמדתי באף אחד מתוך ${all} מועדי המסירה.`;
  if (onTime === 1) return msg`בחודש זה עמדתי באחד מתוך ${all} מועדי המסירה.`;
  return msg`בחודש זה עמדתי ב־${formatCount(LOCALE, onTime)} מתוך ${all} מועדי המסירה.`;
}

export const report: ReportWords = {
  addressee: () => null,
  title: (client, month) => msg`${client} – דוח חודשי, ${month}`,
  docName: (client, month) => msg`${client} – דוח חודשי ${month}`,
  preparedBy: (person, business) =>
    person && business ? msg`הוכן על ידי ${person}, ${business}` : msg`הוכן על ידי ${person || business}`,
  summary: (p) =>
    msg`בחודש ${p.month} עבדתי עבורכם ${hourCount(p.hours)} על ${n('task', p.tasks)}, ו־${p.goalShare} מהשעות הוקדשו ישירות ליעדים שלכם.`,
  summaryNoWork: (month) => msg`בחודש ${month} לא נרשמה עבודה עבורכם.`,
  goalsHeading: words('התקדמות לקראת היעדים שלכם'),
  progress,
  targetOnly: (target) => msg`יעד: ${target}`,
  currentOnly: (now) => msg`כעת: ${now}`,
  due: (date) => msg`תאריך יעד: ${date}`,
  achieved: words('הושג'),
  noWorkOnGoal: (month) => msg`בחודש ${month} לא טופל יעד זה.`,
  columnDate: words('תאריך'),
  columnWork: words('מה נעשה'),
  columnResult: words('תוצאה'),
  columnBenefit: words('התועלת עבורכם'),
  otherHeading: words('עבודה חשובה נוספת'),
  otherIntro: words('עבודה שאינה שייכת ליעד מסוים, אבל אילו נדחתה, הייתה עלולה לעלות לכם ביוקר:'),
  noImportantWork: (month) => msg`בחודש ${month} לא נדרשה עבודה חשובה נוספת.`,
  routine: (tasks, hours) => msg`משימות שוטפות קטנות: ${n('task', tasks)}, ${hourCount(hours)} בסך הכול.`,
  timeHeading: words('שעות ועלות'),
  columnCategory: words('תחום'),
  columnHours: words('שעות'),
  columnCost: words('עלות'),
  aRow: words('עבודה חשובה נוספת'),
  bRow: words('עבודה שוטפת'),
  total: words('סה״כ'),
  nonBillable: (hours) => msg`מתוך השעות שבטבלה, לא חויבו: ${hourCount(hours)}.`,
  rate: (rate) => msg`תעריף שעתי: ${rate}`,
  deadlinesKept,
  splitGoals: words('היעדים שלכם'),
};
