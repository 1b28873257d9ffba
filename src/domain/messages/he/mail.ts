// Hebrew words of the client emails (the language's tone: common.ts and docs/language/he.md).

import { joinMsgs, msg, type Msg, words } from '../core/msg';
import type { BillingRhythm, Weekday } from '../../types';
import type { MailWords, PaymentFacts, WorkingHoursText } from '../shapes/mail';
import { n } from './common';

const WEEKDAYS = ['', 'שני', 'שלישי', 'רביעי', 'חמישי', 'שישי', 'שבת', 'ראשון'];

// The Israeli week starts on Sunday: "ראשון–חמישי" is one range, and Sunday comes first in a list.
const fromSunday = (d: Weekday) => d % 7;

const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

function days(given: readonly Weekday[]): string {
  const list = [...given].sort((a, b) => fromSunday(a) - fromSunday(b));
  const consecutive = list.every((d, i) => i === 0 || fromSunday(d) === fromSunday(list[i - 1]!) + 1);
  if (list.length > 2 && consecutive) return `ימים ${WEEKDAYS[list[0]!]}–${WEEKDAYS[list[list.length - 1]!]}`;
  const names = list.map((d) => WEEKDAYS[d]!);
  return names.length > 1
    ? `ימים ${names.slice(0, -1).join(', ')} ו${names[names.length - 1]}`
    : `יום ${names[0] ?? ''}`;
}

const BILLING: Record<BillingRhythm, string> = {
  'month-end': 'אחת לחודש, בסוף החודש',
  'month-start': 'אחת לחודש, מראש בתחילת החודש',
  fortnightly: 'אחת לשבועיים',
  weekly: 'אחת לשבוע',
  'project-end': 'עם מסירת הפרויקט',
  milestones: 'בכל אבן דרך מוסכמת',
};

function paymentBody(stage: 1 | 2 | 3, f: PaymentFacts): Msg[] {
  const terms =
    f.terms === 0
      ? words('התשלום הוא עם קבלת החשבונית')
      : msg`התשלום הוא תוך ${n('day', f.terms)} ממועד הוצאת החשבונית`;
  if (stage === 1)
    return [
      msg`מקווה שהכול טוב אצלכם. זו תזכורת ידידותית לגבי חשבונית ${f.invoice} על סך ${f.amount}, מתאריך ${f.issued}, שמועד התשלום שלה היה ${f.due}. לפי התנאים שסיכמנו, ${terms}.`,
      words(
        'ייתכן שהחשבונית פשוט התפספסה. אשמח אם תוכלו לאשר שהיא התקבלה אצלכם ולעדכן אותי מתי צפוי התשלום.',
      ),
    ];
  if (stage === 2)
    return [
      msg`אני פונה שוב בעניין חשבונית ${f.invoice} על סך ${f.amount}, מתאריך ${f.issued}. מועד התשלום שלה היה ${f.due}, והתשלום טרם התקבל. לפי התנאים שסיכמנו, ${terms}.`,
      words(
        'אבקש להסדיר את התשלום בהקדם האפשרי ולעדכן אותי מתי הוא יבוצע. אם משהו בחשבונית אינו ברור, אשמח לטפל בכך מיד.',
      ),
    ];
  const ask = f.payBy
    ? msg`אבקש להעביר את מלוא הסכום עד ${f.payBy} ולעדכן אותי לאחר ביצוע התשלום.`
    : words('אבקש להעביר את מלוא הסכום תוך שבעה ימים ולעדכן אותי לאחר ביצוע התשלום.');
  return [
    msg`זו תזכורת אחרונה בנוגע לחשבונית ${f.invoice} על סך ${f.amount}, מתאריך ${f.issued}, שמועד התשלום שלה היה ${f.due}. לפי התנאים שסיכמנו, ${terms}. נכון להיום, התשלום טרם התקבל.`,
    msg`${ask} אם החשבונית לא הגיעה אליכם או שיש בה בעיה, אנא השיבו למייל זה ונמצא פתרון יחד.`,
  ];
}

// Israel: an Israeli seller's document is a חשבון עסקה, not a חשבונית (a tax invoice it may issue only
// from registered software: src/domain/tax/countries.ts), so the letter names it so. חשבון is masculine
// where חשבונית is feminine: "שלו", "התפספס", "הוא התקבל", "מצורף". Definite: חשבון העסקה.
function demandPaymentBody(stage: 1 | 2 | 3, f: PaymentFacts): Msg[] {
  const terms =
    f.terms === 0
      ? words('התשלום הוא עם קבלת חשבון העסקה')
      : msg`התשלום הוא תוך ${n('day', f.terms)} ממועד הוצאת חשבון העסקה`;
  if (stage === 1)
    return [
      msg`מקווה שהכול טוב אצלכם. זו תזכורת ידידותית לגבי חשבון עסקה ${f.invoice} על סך ${f.amount}, מתאריך ${f.issued}, שמועד התשלום שלו היה ${f.due}. לפי התנאים שסיכמנו, ${terms}.`,
      words(
        'ייתכן שחשבון העסקה פשוט התפספס. אשמח אם תוכלו לאשר שהוא התקבל אצלכם ולעדכן אותי מתי צפוי התשלום.',
      ),
    ];
  if (stage === 2)
    return [
      msg`אני פונה שוב בעניין חשבון עסקה ${f.invoice} על סך ${f.amount}, מתאריך ${f.issued}. מועד התשלום שלו היה ${f.due}, והתשלום טרם התקבל. לפי התנאים שסיכמנו, ${terms}.`,
      words(
        'אבקש להסדיר את התשלום בהקדם האפשרי ולעדכן אותי מתי הוא יבוצע. אם משהו בחשבון העסקה אינו ברור, אשמח לטפל בכך מיד.',
      ),
    ];
  const ask = f.payBy
    ? msg`אבקש להעביר את מלוא הסכום עד ${f.payBy} ולעדכן אותי לאחר ביצוע התשלום.`
    : words('אבקש להעביר את מלוא הסכום תוך שבעה ימים ולעדכן אותי לאחר ביצוע התשלום.');
  return [
    msg`זו תזכורת אחרונה בנוגע לחשבון עסקה ${f.invoice} על סך ${f.amount}, מתאריך ${f.issued}, שמועד התשלום שלו היה ${f.due}. לפי התנאים שסיכמנו, ${terms}. נכון להיום, התשלום טרם התקבל.`,
    msg`${ask} אם חשבון העסקה לא הגיע אליכם או שיש בו בעיה, אנא השיבו למייל זה ונמצא פתרון יחד.`,
  ];
}

function workingHours(h: WorkingHoursText): Msg {
  // The hours as one isolated value, so the range reads 9:00–17:00 whatever the paragraph's direction.
  return msg`${days(h.days)}, ${`${clock(h.start)}–${clock(h.end)}`} (${h.zoneName})`;
}

export const mail: MailWords = {
  greeting: ({ name }) => [name ? msg`שלום ${name},` : words('שלום רב,')],
  intro: () => null,
  closing: words('בברכה,'),
  paymentSubject: (stage, invoice) =>
    stage === 1
      ? msg`תזכורת ידידותית: חשבונית ${invoice}`
      : stage === 2
        ? msg`חשבונית ${invoice} טרם שולמה`
        : msg`תזכורת אחרונה: חשבונית ${invoice}`,
  paymentBody,
  attachedNote: words('מצורפת שוב החשבונית לנוחיותכם.'),
  linkNote: words('אפשר למצוא את החשבונית כאן:'),
  reportSubject: (month) => msg`הדוח החודשי לחודש ${month}`,
  reportBody: (month) =>
    msg`מצורף (כקובץ PDF) הדוח החודשי לחודש ${month}, עם העבודה שנעשתה וההתקדמות לקראת היעדים שלכם.`,
  reportGoals: words('בקצרה:'),
  reportGoalLine: (goal, line) => msg`${goal}: ${line}`,
  reportOutro: words('אם תרצו, אשמח לעבור עליו יחד בשיחה קצרה.'),
  updateSubject: (period) => msg`עדכון התקדמות: ${period}`,
  updateIntro: (period, oneDay) =>
    oneDay
      ? msg`הנה עדכון קצר על מה שעשיתי עבורכם ב־${period}.`
      : msg`הנה עדכון קצר על מה שעשיתי עבורכם בתקופה ${period}.`,
  updateGoalWork: words('עבודה לקראת היעדים שלכם:'),
  updateOtherWork: words('עבודה נוספת:'),
  taskLine: ({ task, result, goal }) => {
    const done = result ? msg`${task}: ${result}` : msg`${task}`;
    return goal ? msg`${done} – במסגרת היעד: ${goal}` : done;
  },
  updateOutro: words('אם תרצו לשנות את סדרי העדיפויות, אשמח לשמוע.'),
  termsSubject: words('אישור תנאי העבודה שלנו'),
  termsIntro: words('כדי שנהיה מתואמים, ריכזתי כאן בכתב את התנאים שסיכמנו:'),
  terms: {
    rate: (rate) => msg`תעריף שעתי: ${rate}`,
    payment: (d) =>
      d === 0 ? words('תנאי תשלום: עם קבלת החשבונית') : msg`תנאי תשלום: ${n('day', d)} ממועד הוצאת החשבונית`,
    billing: (rhythm) => msg`חשבוניות: ${BILLING[rhythm]}`,
    deposit: (percent) => msg`מקדמה: ${percent}, לתשלום לפני תחילת העבודה`,
    hours: (h) => msg`שעות עבודה: ${workingHours(h)}`,
    response: (amount, unit) =>
      msg`זמן מענה: עד ${n(unit === 'hours' ? 'workingHour' : 'workingDay', amount)}`,
    reach: (ways) =>
      msg`דרכי התקשרות: ${joinMsgs(
        ways.map((w) => msg`${w}`),
        ', ',
      )}`,
  },
  termsOutro: words('אשמח לאישור בתשובה למייל זה, או לשמוע אם תרצו לשנות משהו.'),
  checkInSubject: words('מה שלומכם?'),
  checkInBody: [
    words('עבר זמן מאז שסיימנו את הפרויקט, ורציתי לשמוע מה שלומכם. אתם מרוצים מהתוצאה?'),
    words('אם יש לכם תוכניות חדשות, אשמח לעזור שוב.'),
  ],
  rateSubject: (rate, from) => msg`תעריף שעתי חדש החל מ־${from}: ${rate}`,
  rateBody: (oldRate, newRate, from) => [
    words('תודה על שיתוף הפעולה הטוב.'),
    msg`רציתי להודיע מבעוד מועד שהחל מ־${from} התעריף השעתי שלי יעודכן מ־${oldRate} ל־${newRate}. השינוי משקף את עליית העלויות, ומאפשר לי להמשיך להקדיש לעבודה שלכם את הזמן ואת תשומת הלב הראויים.`,
    words(
      'עבודה שכבר סוכמה תחויב לפי התעריף הנוכחי. אם תרצו, אשמח לדבר על כך בשיחה קצרה – הציעו מועד שנוח לכם.',
    ),
  ],
  demand: {
    paymentSubject: (stage, invoice) =>
      stage === 1
        ? msg`תזכורת ידידותית: חשבון עסקה ${invoice}`
        : stage === 2
          ? msg`חשבון עסקה ${invoice} טרם שולם`
          : msg`תזכורת אחרונה: חשבון עסקה ${invoice}`,
    paymentBody: demandPaymentBody,
    attachedNote: words('מצורף שוב חשבון העסקה לנוחיותכם.'),
    linkNote: words('אפשר למצוא את חשבון העסקה כאן:'),
    terms: {
      payment: (d) =>
        d === 0
          ? words('תנאי תשלום: עם קבלת חשבון העסקה')
          : msg`תנאי תשלום: ${n('day', d)} ממועד הוצאת חשבון העסקה`,
      billing: (rhythm) => msg`חשבונות עסקה: ${BILLING[rhythm]}`,
    },
  },
};
