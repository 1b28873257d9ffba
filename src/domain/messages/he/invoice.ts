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
  qualifiedTitle: 'חשבונית',
  demandTitle: 'חשבון עסקה',
  notTaxInvoice: 'מסמך זה אינו חשבונית מס.',
  // Not חשבונית זיכוי: like a tax invoice, an Israeli credit invoice must come from registered
  // software (src/domain/tax/countries.ts); the add-on cancels its חשבון עסקה with a notice of credit.
  creditTitle: 'הודעת זיכוי',
  qualifiedCreditTitle: 'הודעת זיכוי',
  creditNumber: 'מספר הודעת זיכוי',
  creditIssued: 'תאריך החשבונית',
  creditTotal: 'סה״כ לתשלום',
  creditCites: (invoice, date) => msg`הודעת זיכוי זו מבטלת במלואה את חשבונית ${invoice} מיום ${date}.`,
  goalLine: (goal) => msg`עבודה לקראת היעד: ${goal}`,
  net: 'סה״כ לפני מע״מ',
  vatLine: (rate, base) => msg`מע״מ ${rate} על ${base}`,
  localVat: (currency, exchangeRate, amount) =>
    msg`מע״מ במטבע ${currency} לפי שער ${exchangeRate}: ${amount}`,
  reasons: {
    'no-export-6-22': 'ללא מע״מ נורווגי: ייצוא שירותים, פטור לפי סעיף 6-22 לחוק מע״מ הנורווגי.',
    'is-export-12': 'ללא מע״מ איסלנדי: ייצוא שירותים בשיעור אפס לפי סעיף 12 לחוק מע״מ האיסלנדי (50/1988).',
    'il-export-30a5': 'מע״מ בשיעור אפס לפי סעיף 30(א)(5) לחוק מס ערך מוסף (ייצוא שירותים).',
    'jp-export-7': 'ללא מס צריכה יפני: עסקת ייצוא פטורה לפי סעיף 7 לחוק מס הצריכה היפני.',
    'outside-scope': 'לא חויב מע״מ: השירות נחשב כמסופק במדינת הלקוח.',
    'reverse-charge': 'חיוב הפוך: הלקוח מדווח על המע״מ ומשלם אותו (סעיף 196 להנחיית המועצה 2006/112/EC).',
    exempt: 'פטור ממע״מ.',
  },
  buyerVat: (vatNumber) => msg`מספר מע״מ של הלקוח: ${vatNumber}`,
  identifiers: {
    'no-org': 'מס׳ ארגון',
    'is-kennitala': 'מס׳ זיהוי (kennitala)',
    'is-vat': 'מס׳ מע״מ',
    'il-company': 'ח.פ.',
    'il-dealer': 'עוסק מורשה',
    'jp-corporate': 'מס׳ תאגיד',
    'jp-registration': 'מס׳ רישום',
    'gb-company': 'מס׳ חברה',
    'gb-vat': 'מס׳ מע״מ',
    'se-org': 'מס׳ ארגון',
    'se-vat': 'מס׳ מע״מ',
    org: 'מס׳ רישום',
    vat: 'מס׳ מע״מ',
  },
  mva: 'MVA',
  foretaksregisteret: 'Foretaksregisteret',
  accountNumber: 'מספר חשבון',
};
