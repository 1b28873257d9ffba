// Hebrew: the printable tracking sheet, in the tone of a form the freelancer fills in.

import { msg } from '../core/msg';
import type { PrintWords } from '../shapes/print';

export const print: PrintWords = {
  title: (client, month) => msg`דף מעקב: ${client}, ${month}`,
  goalsHeading: 'יעדים, לפי סדר חשיבות',
  noGoals: 'אין יעדים פתוחים: סמנו כל משימה ב-A או ב-B.',
  standing: 'כעת / יעד',
  columns: { date: 'תאריך', task: 'משימה', goal: 'מס׳ יעד', mark: 'סימון', hours: 'שעות', result: 'תוצאה' },
  legendGoal: 'מס׳ יעד: מספר היעד שהמשימה שירתה, מתוך הרשימה שלמעלה.',
  legendA: 'A: לא משרתת יעד, אך אם לא תבוצע יהיו לכך השלכות חמורות (למשל עבודה אחרת לחיוב).',
  legendB: 'B: לא משרתת יעד וחשיבותה קטנה (למשל בקשה לחוות דעת).',
};
