// Hebrew words of the invoice.

import { msg } from '../core/msg';
import { count } from '../core/plural';
import { type InvoiceWords, plainBillTo } from '../shapes/invoice';
import { LOCALE } from './common';

export const invoice: InvoiceWords = {
  title: 'חשבונית',
  depositTitle: 'חשבונית מקדמה',
  number: 'מספר חשבונית',
  issued: 'תאריך החשבונית',
  due: 'מועד התשלום',
  from: 'מאת',
  billTo: 'לכבוד',
  period: (month) => msg`עבודה בחודש ${month}`,
  description: 'תיאור',
  hours: 'שעות',
  rate: 'תעריף',
  amount: 'סכום',
  aWork: 'עבודה חשובה נוספת',
  bWork: 'עבודה שוטפת',
  subtotal: 'סיכום ביניים',
  depositDeducted: (invoice) => msg`בניכוי מקדמה (חשבונית ${invoice})`,
  total: 'סה״כ לתשלום',
  // The dual for two days (יומיים), and one day written out.
  terms: (days, due) =>
    days === 0
      ? msg`לתשלום מיד עם קבלת החשבונית (${due}).`
      : msg`לתשלום תוך ${count(LOCALE, { one: 'יום אחד', two: 'יומיים', other: '# ימים' }, days)} מתאריך החשבונית, עד ${due}.`,
  depositLine: (percent, estimate) => msg`מקדמה: ${percent} מהצעת המחיר המוסכמת בסך ${estimate}`,
  depositNote: 'נגבית לפני תחילת העבודה ותקוזז מהחשבונית על העבודה עצמה.',
  paymentDetails: 'פרטי תשלום',
  colon: ':',
  billToLines: plainBillTo,
  opening: '',
  docName: (invoice, client) => msg`חשבונית ${invoice} – ${client}`,
};
