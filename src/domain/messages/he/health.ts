// Hebrew: client health, on the Dashboard tab and in the sidebar (the freelancer's language).

import { formatNumber, formatPercent } from '../../format';
import { msg } from '../core/msg';
import { count } from '../core/plural';
import type { HealthWords } from '../shapes/health';
import { LOCALE } from './common';

// Hebrew has a dual (יומיים, שתי חשבוניות); PluralRules gives "two" for 2.
const nouns = {
  day: { one: 'יום אחד', two: 'יומיים', other: '# ימים' },
  invoice: { one: 'חשבונית אחת', two: 'שתי חשבוניות', other: '# חשבוניות' },
  deadline: { one: 'מועד אחד', two: 'שני מועדים', other: '# מועדים' },
  lead: { one: 'ליד פתוח אחד', two: 'שני לידים פתוחים', other: '# לידים פתוחים' },
};
const n = (noun: keyof typeof nouns, value: number) => count(LOCALE, nouns[noun], value);

export const health: HealthWords = {
  title: 'מצב הלקוחות',
  columns: {
    client: 'לקוח',
    daysSinceContact: 'ימים מאז הקשר האחרון',
    avgDaysLate: 'איחור ממוצע בתשלום בימים (12 חודשים)',
    overdue: 'באיחור כעת',
    missedDeadlines90: 'מועדים שהוחמצו (90 יום)',
    hoursThisMonth: 'שעות החודש',
    hoursAverage3: 'ממוצע שעות (3 חודשים)',
    rateChange: 'תחילת תעריף חדש',
    signal: 'מצב',
  },
  ok: 'נראה תקין',
  never: 'אף פעם',
  business: 'העסק שלך',
  concentrated: 'חלק גדול מההכנסות שלך תלוי בלקוח אחד; כדאי לגוון ולחפש לקוחות נוספים.',
  largestShare: (client, share) =>
    msg`הלקוח הגדול ביותר ב־3 החודשים האחרונים: ${client}, ${share} מההכנסות שחויבו`,
  leads: (count) => n('lead', count),
  otherCurrencies: (count, currency) => msg`לא נכללו בחישוב: ${n('invoice', count)} במטבע שאינו ${currency}`,
  nouns,
  reason: (r) => {
    switch (r.code) {
      case 'silent':
        return msg`אין קשר כבר ${n('day', r.days)}`;
      case 'pays-late':
        return msg`משלם באיחור של ${n('day', r.days)} בממוצע`;
      case 'overdue':
        return msg`${n('invoice', r.invoices)} באיחור, הוותיקה שבהן באיחור של ${n('day', r.days)}`;
      case 'missed-deadlines':
        return msg`מועדים שהוחמצו ב־90 הימים האחרונים: ${formatNumber(r.count, 'he')}`;
      case 'hours-falling':
        return msg`השעות החודש צפויות להגיע ל־${formatPercent(r.share, 'he')} מהרגיל`;
    }
  },
};
