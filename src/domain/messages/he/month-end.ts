// Close the month and the morning reminders, in Hebrew.

import { msg } from '../core/msg';
import type { CoverWords, MonthEndUiWords } from '../shapes/month-end';

export const cover: CoverWords = {
  subject: (month) => msg`דוח וחשבונית לחודש ${month}`,
  body: (month) =>
    msg`מצורפים (כקובצי PDF) הדוח החודשי לחודש ${month}, עם העבודה שנעשתה וההתקדמות לקראת היעדים שלכם, והחשבונית לחודש זה.`,
  invoice: (invoice, amount, due) => msg`סכום חשבונית ${invoice} הוא ${amount}, ומועד התשלום הוא ${due}.`,
  // An Israeli seller's document is a חשבון עסקה (masculine), not a חשבונית: src/domain/mail/mail-words.ts.
  demand: {
    subject: (month) => msg`דוח וחשבון עסקה לחודש ${month}`,
    body: (month) =>
      msg`מצורפים (כקובצי PDF) הדוח החודשי לחודש ${month}, עם העבודה שנעשתה וההתקדמות לקראת היעדים שלכם, וחשבון העסקה לחודש זה.`,
    invoice: (invoice, amount, due) =>
      msg`חשבון עסקה ${invoice} הוא על סך ${amount}, ומועד התשלום שלו הוא ${due}.`,
  },
};

export const monthEnd: MonthEndUiWords = {
  close: {
    title: 'סגירת חודש',
    help: 'לכל לקוח שהייתה עבורו עבודה בחודש: הדוח, החשבונית ומייל אחד ששניהם מצורפים אליו כקובצי PDF, שנשמר כטיוטה ב-Gmail.',
    month: 'חודש',
    show: 'הצגת מה שכל לקוח יקבל',
    loading: 'בדיקת החודש {month}…',
    empty: 'אין לאף לקוח משימות בחודש {month}.',
    allDone: 'כל מה שנדרש לחודש {month} כבר הושלם.',
    steps: { report: 'דוח', invoice: 'חשבונית', draft: 'מייל עם שניהם' },
    states: {
      make: 'ייווצר',
      done: 'הושלם',
      redo: 'השתנה מאז',
      blocked: 'אי אפשר ליצור עדיין',
      none: 'אין מה ליצור',
    },
    reasons: {
      'tasks-added': {
        one: 'נוספה משימה אחת מאז',
        two: 'נוספו שתי משימות מאז',
        other: 'נוספו {n} משימות מאז',
      },
      'tasks-removed': {
        one: 'הוסרה משימה אחת מאז',
        two: 'הוסרו שתי משימות מאז',
        other: 'הוסרו {n} משימות מאז',
      },
      'tasks-edited': 'משימות נערכו מאז',
      'goals-edited': 'יעדים, תעריף או שפה השתנו מאז',
      'month-not-over': 'החודש {month} נמשך עד {lastDay}',
      'no-hourly-rate': 'אין תעריף שעתי (Clients, שורה {row})',
      'unclassified-tasks': {
        one: 'למשימה אחת אין יעד וגם לא סימון (Tasks, שורה {rows})',
        two: 'לשתי משימות אין יעד וגם לא סימון (Tasks, שורות {rows})',
        other: 'ל־{n} משימות אין יעד וגם לא סימון (Tasks, שורות {rows})',
      },
      'rows-left-out': {
        one: 'משימה אחת לא נכללה בגלל בעיה (Tasks, שורה {rows})',
        two: 'שתי משימות לא נכללו בגלל בעיה (Tasks, שורות {rows})',
        other: '{n} משימות לא נכללו בגלל בעיה (Tasks, שורות {rows})',
      },
      'no-email': 'אין כתובת מייל (Clients, שורה {row})',
      'no-billable-hours': 'אין החודש שעות לחיוב',
      'hours-unbilled': {
        one: 'שעה אחת שעדיין לא חויבה',
        two: 'שעתיים שעדיין לא חויבו',
        other: '{hours} שעות שעדיין לא חויבו',
      },
      'hours-next-invoice': {
        one: 'השעה החדשה תיכלל בחשבונית של החודש הבא',
        two: 'השעתיים החדשות ייכללו בחשבונית של החודש הבא',
        other: '{hours} השעות החדשות ייכללו בחשבונית של החודש הבא',
      },
      'invoice-paid': 'חשבונית {invoice} שולמה ב־{paidOn}',
      'invoice-chased': 'על חשבונית {invoice} כבר נשלחה {stage}',
      'invoice-sent': 'חשבונית {invoice} נשלחה ב־{sentOn}',
      'report-first': 'ממתין לדוח',
      'invoice-first': 'ממתין לחשבונית',
      'mailed-without-invoice': 'הדוח נשלח במייל נפרד; המייל הזה כולל את שניהם',
      'attachments-changed': 'יצורפו אליו קובצי ה־PDF החדשים',
    },
    stages: ['תזכורת ידידותית', 'תזכורת שנייה', 'תזכורת אחרונה'],
    redo: 'ליצור מחדש את מה שהשתנה',
    start: {
      one: 'סגירת החודש ללקוח אחד',
      two: 'סגירת החודש לשני לקוחות',
      other: 'סגירת החודש ל־{n} לקוחות',
    },
    nothingTicked: 'קודם יש לסמן לפחות לקוח אחד.',
    progress: {
      one: 'סגירת {client}… אחריו נשאר עוד לקוח אחד',
      two: 'סגירת {client}… אחריו נשארו עוד שני לקוחות',
      other: 'סגירת {client}… אחריו נשארו עוד {n} לקוחות',
    },
    progressLast: 'סגירת {client}, האחרון…',
    clientDone: '{client}: הושלם',
    stopped: '{client}: נעצר ({reason}). יש ללחוץ שוב כדי להשלים; מה שכבר נעשה נשאר.',
    resultTitle: 'טיוטות ב-Gmail, מוכנות לבדיקה ולשליחה. שום דבר לא נשלח.',
    openDraft: 'פתיחת הטיוטה',
    openReport: 'דוח',
    openInvoice: 'חשבונית {invoice}',
    notAttached: '{client}: {reason}. יש לצרף את הקובץ לפני שליחת המייל.',
  },
  mornings: {
    title: 'תזכורות בכל בוקר',
    help: 'בכל בוקר התוסף מכין טיוטות של תזכורות התשלום שהגיע מועדן, בדיוק כמו בחלק "תזכורות", ורושם אותן בגיליון. הוא אף פעם לא שולח דבר.',
    permission: 'ההפעלה תבקש מ-Google הרשאה אחת נוספת: להריץ את התוסף לפי לוח זמנים.',
    turnOn: 'הכנת תזכורות בכל בוקר',
    turnOff: 'הפסקת הכנת התזכורות',
    turningOn: 'ההפעלה מתבצעת…',
    turningOff: 'הכיבוי מתבצע…',
    on: 'פועל: בכל בוקר בין {from} ל־{to} ({zone}).',
    off: 'כבוי.',
    stops: 'ההכנה תיפסק מעצמה גם אם תסירו את התוסף או תמחקו את הגיליון הזה.',
    since: {
      one: 'מאז הפעם האחרונה שבדקתם הוכנה תזכורת אחת:',
      two: 'מאז הפעם האחרונה שבדקתם הוכנו שתי תזכורות:',
      other: 'מאז הפעם האחרונה שבדקתם הוכנו {n} תזכורות:',
    },
    line: '{client}: חשבונית {invoice}, {stage}',
    waited: {
      one: 'מועדה הגיע ב־{date} (באיחור של יום אחד)',
      two: 'מועדה הגיע ב־{date} (באיחור של יומיים)',
      other: 'מועדה הגיע ב־{date} (באיחור של {n} ימים)',
    },
    more: { one: 'ועוד אחת', two: 'ועוד שתיים', other: 'ועוד {n}' },
    failed: 'ההרצה של בוקר {date} נעצרה: {reason}. הגיליון נשאר כפי שהיה; ניסיון נוסף יתבצע מחר.',
    missed: {
      one: 'בוקר אחד עבר בלי הרצה; ההרצה הבאה השלימה את החסר.',
      two: 'שני בקרים עברו בלי הרצה; ההרצה הבאה השלימה את החסר.',
      other: '{n} בקרים עברו בלי הרצה; ההרצה הבאה השלימה את החסר.',
    },
    nothingSince: 'מאז הפעם האחרונה שבדקתם לא הגיע מועדה של אף תזכורת.',
  },
};
