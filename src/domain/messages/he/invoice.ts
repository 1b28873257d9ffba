// Hebrew words of the invoice.

import { msg } from '../core/msg';
import { count } from '../core/plural';
import { type InvoiceWords, plainBillTo } from '../shapes/invoice';
import { LOCALE } from './common';

// The dual for two days (יומיים), and one day written out.
const inDays = (days: number) => count(LOCALE, { one: 'יום אחד', two: 'יומיים', other: '# ימים' }, days);

export const invoice: InvoiceWords = {
  title: 'חשבונית',
  depositTitle: 'חשבונית מקדמה',
  number: 'מספר חשבונית',
  // One label for every document (invoice, credit note, demand for payment), as Israeli documents print it.
  issued: 'תאריך',
  due: 'מועד התשלום',
  from: 'מאת',
  billTo: 'לכבוד',
  period: (month) => msg`עבודה בחודש ${month}`,
  description: 'תיאור',
  hours: 'שעות',
  rate: 'תעריף לשעה',
  amount: 'סכום',
  aWork: 'עבודה חשובה נוספת',
  bWork: 'עבודה שוטפת',
  subtotal: 'סיכום ביניים',
  depositDeducted: (invoice) => msg`בניכוי מקדמה (חשבונית ${invoice})`,
  total: 'סה״כ לתשלום',
  terms: (days, due) =>
    days === 0
      ? msg`לתשלום מיד עם קבלת החשבונית (${due}).`
      : msg`לתשלום תוך ${inDays(days)} מתאריך החשבונית, עד ${due}.`,
  depositLine: (percent, estimate) => msg`מקדמה: ${percent} מהצעת המחיר המוסכמת בסך ${estimate}`,
  depositNote: 'המקדמה נגבית לפני תחילת העבודה ותקוזז מהחשבונית על העבודה עצמה.',
  paymentDetails: 'פרטי תשלום',
  colon: ':',
  billToLines: plainBillTo,
  opening: '',
  docName: (invoice, client) => msg`חשבונית ${invoice} – ${client}`,
  qualifiedTitle: 'חשבונית',
  demandTitle: 'חשבון עסקה',
  notTaxInvoice: 'מסמך זה אינו חשבונית מס.',
  // A foreign seller's credit note (kreditnota, credit note) is in Hebrew a חשבונית זיכוי. An Israeli
  // seller's חשבון עסקה is not a tax document, so it is cancelled, not credited: see `demand` below.
  creditTitle: 'חשבונית זיכוי',
  qualifiedCreditTitle: 'חשבונית זיכוי',
  creditNumber: 'מספר חשבונית זיכוי',
  creditCites: (invoice, date) => msg`חשבונית זיכוי זו מבטלת במלואה את חשבונית ${invoice} מיום ${date}.`,
  creditIssued: 'תאריך',
  creditTotal: 'סה״כ לזיכוי',
  // Israel: the document is a חשבון עסקה, so no word on it calls it a חשבונית (invoice, a tax document).
  // Israeli invoicing software cancels a חשבון עסקה rather than credit it (invoice4u.co.il, "ביטול חשבון
  // עסקה"; icount.co.il, same title), since the tax authority does not see it as a bookkeeping document.
  demand: {
    number: 'מספר חשבון עסקה',
    terms: (days, due) =>
      days === 0
        ? msg`לתשלום מיד עם קבלת חשבון העסקה (${due}).`
        : msg`לתשלום תוך ${inDays(days)} מתאריך חשבון העסקה, עד ${due}.`,
    docName: (invoice, client) => msg`חשבון עסקה ${invoice} – ${client}`,
    depositDeducted: (invoice) => msg`בניכוי מקדמה (חשבון עסקה ${invoice})`,
    depositNote: 'המקדמה נגבית לפני תחילת העבודה ותקוזז מחשבון העסקה על העבודה עצמה.',
    creditTitle: 'ביטול חשבון עסקה',
    creditNumber: 'מספר מסמך',
    creditCites: (invoice, date) => msg`מסמך זה מבטל במלואו את חשבון העסקה ${invoice} מיום ${date}.`,
    creditTotal: 'סה״כ מבוטל',
  },
  goalLine: (goal) => msg`עבודה לקראת היעד: ${goal}`,
  net: 'סה״כ לפני מע״מ',
  vatLine: (rate, base) => msg`מע״מ ${rate} על ${base}`,
  localVat: (currency, exchangeRate, amount) =>
    msg`סכום המע״מ ב־${currency}, לפי שער חליפין של ${exchangeRate}: ${amount}`,
  // "פטור" is Israeli VAT law's exempt supply without input tax (סעיף 31); a zero-rated export is
  // "בשיעור אפס" (סעיף 30). Norway's fritak (§ 6-22) and Iceland's 12. gr. are zero rates, so they say so.
  reasons: {
    'no-export-6-22': 'ללא מע״מ נורווגי: ייצוא שירותים בשיעור אפס לפי סעיף 6-22 לחוק המע״מ הנורווגי.',
    'is-export-12':
      'ללא מע״מ איסלנדי: ייצוא שירותים בשיעור אפס לפי סעיף 12 לחוק המע״מ האיסלנדי (מס׳ 50/1988).',
    'il-export-30a5':
      'מע״מ בשיעור אפס לפי סעיף 30(א)(5) לחוק מס ערך מוסף, התשל״ו–1975 (מתן שירות לתושב חוץ).',
    'jp-export-7': 'ללא מס צריכה יפני: עסקת ייצוא הפטורה ממס לפי סעיף 7 לחוק מס הצריכה היפני.',
    'outside-scope': 'לא חויב מע״מ: מקום מתן השירות הוא במדינת הלקוח.',
    // The mention the EU asks for (art. 226(11a)) in its usual English words, and no EU article: a UK
    // seller's client abroad gets the same wording (src/domain/tax/treatment.ts).
    'reverse-charge': 'חיוב הפוך (Reverse charge): הלקוח מדווח על המע״מ ומשלם אותו במדינתו.',
    exempt: 'עסקה פטורה ממע״מ.',
  },
  buyerVat: (vatNumber) => msg`מספר המע״מ של הלקוח: ${vatNumber}`,
  identifiers: {
    // A business register's number is a מס׳ רישום; Israel's own are ח.פ. and עוסק מורשה.
    'no-org': 'מס׳ רישום',
    'is-kennitala': 'מס׳ זיהוי (kennitala)',
    'is-vat': 'מס׳ מע״מ',
    'il-company': 'ח.פ.',
    'il-dealer': 'עוסק מורשה',
    'jp-corporate': 'מס׳ תאגיד',
    'jp-registration': 'מס׳ רישום למס צריכה',
    'gb-company': 'מס׳ חברה',
    'gb-vat': 'מס׳ מע״מ',
    'se-org': 'מס׳ רישום',
    'se-vat': 'מס׳ מע״מ',
    org: 'מס׳ רישום',
    vat: 'מס׳ מע״מ',
  },
  mva: 'MVA',
  foretaksregisteret: 'Foretaksregisteret',
  accountNumber: 'מספר חשבון',
};
