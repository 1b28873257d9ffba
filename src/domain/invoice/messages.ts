// An invoice's words in each client language, written as a native writer of business documents would.
// Hebrew isolates every inserted value (U+2068 … U+2069); day counts go through Intl.PluralRules.

import { LOCALES } from '../format';
import { pluralCategory } from '../messages/core/plural';
import type { Language } from '../types';

export interface InvoiceMessages {
  title: string;
  depositTitle: string;
  number: string;
  issued: string;
  due: string;
  from: string;
  billTo: string;
  period: (month: string) => string;
  description: string;
  hours: string;
  rate: string;
  amount: string;
  aWork: string;
  bWork: string;
  subtotal: string;
  depositDeducted: (invoice: string) => string;
  total: string;
  /** The payment terms: within `days` days of the invoice date, by `due`. */
  terms: (days: number, due: string) => string;
  depositLine: (percent: string, estimate: string) => string;
  depositNote: string;
  paymentDetails: string;
  /** After a label ("Due date:"): ':' in most languages, full-width '：' in Japanese. */
  colon: string;
  /**
   * The lines under "Bill to". `person`: the client is a person, their own contact. Japanese writes a
   * company alone with 御中, or the company and then the contact with 様, never both.
   */
  billToLines: (client: string, contact: string, person: boolean) => string[];
  /** A sentence before the table where the language's invoices open with one, else ''. */
  opening: string;
  docName: (invoice: string, client: string, person: boolean) => string;
}

/** Client and contact as given: what every language but Japanese writes under "Bill to". */
const plainBillTo = (client: string, contact: string, person: boolean) =>
  [client, person ? '' : contact].filter(Boolean);

/** A person's name with 様 once: a 様, さん or 殿 the user already wrote is not doubled. */
const sama = (name: string) => `${name.replace(/\s*(様|さん|殿)$/, '')} 様`;
/** A person, or a name the user already ended with a personal honorific: never 御中. */
const addressedAsPerson = (name: string, person: boolean) => person || /(様|さん|殿)$/.test(name);
/** A company with 御中, unless the user already wrote it. */
const onchu = (name: string) => (/御中$/.test(name) ? name : `${name} 御中`);

const iso = (value: string) => `\u2068${value}\u2069`;
const plural = (language: Language, n: number) => pluralCategory(LOCALES[language], n);

export const INVOICE_MESSAGES: Record<Language, InvoiceMessages> = {
  en: {
    title: 'Invoice',
    depositTitle: 'Deposit invoice',
    number: 'Invoice number',
    issued: 'Invoice date',
    due: 'Due date',
    from: 'From',
    billTo: 'Bill to',
    period: (month) => `Work in ${month}`,
    description: 'Description',
    hours: 'Hours',
    rate: 'Rate',
    amount: 'Amount',
    aWork: 'Other essential work',
    bWork: 'Routine work',
    subtotal: 'Subtotal',
    depositDeducted: (invoice) => `Less deposit (invoice ${invoice})`,
    total: 'Amount due',
    terms: (days, due) =>
      days === 0
        ? `Payment is due on receipt of this invoice (${due}).`
        : `Payment is due within ${days} ${plural('en', days) === 'one' ? 'day' : 'days'} of the invoice date, by ${due}.`,
    depositLine: (percent, estimate) => `Deposit: ${percent} of the agreed estimate of ${estimate}`,
    depositNote: 'Billed before work starts and deducted from the invoice for the work.',
    paymentDetails: 'Payment details',
    colon: ':',
    billToLines: plainBillTo,
    opening: '',
    docName: (invoice, client) => `Invoice ${invoice} – ${client}`,
  },
  nb: {
    title: 'Faktura',
    depositTitle: 'Forskuddsfaktura',
    number: 'Fakturanummer',
    issued: 'Fakturadato',
    due: 'Forfallsdato',
    from: 'Fra',
    billTo: 'Kunde',
    period: (month) => `Arbeid utført i ${month}`,
    description: 'Beskrivelse',
    hours: 'Timer',
    rate: 'Timepris',
    amount: 'Beløp',
    aWork: 'Annet viktig arbeid',
    bWork: 'Rutinearbeid',
    subtotal: 'Sum',
    depositDeducted: (invoice) => `Fratrekk for forskudd (faktura ${invoice})`,
    total: 'Å betale',
    terms: (days, due) =>
      days === 0
        ? `Forfaller ved mottak av fakturaen (${due}).`
        : `Betalingsfrist: ${days} ${plural('nb', days) === 'one' ? 'dag' : 'dager'} fra fakturadato, senest ${due}.`,
    depositLine: (percent, estimate) => `Forskudd: ${percent} av avtalt overslag på ${estimate}`,
    depositNote: 'Faktureres før arbeidet starter og trekkes fra på fakturaen for arbeidet.',
    paymentDetails: 'Betalingsinformasjon',
    colon: ':',
    billToLines: plainBillTo,
    opening: '',
    docName: (invoice, client) => `Faktura ${invoice} – ${client}`,
  },
  is: {
    title: 'Reikningur',
    depositTitle: 'Reikningur vegna fyrirframgreiðslu',
    number: 'Reikningsnúmer',
    issued: 'Reikningsdagur',
    due: 'Gjalddagi',
    from: 'Frá',
    billTo: 'Greiðandi',
    period: (month) => `Vinna í ${month}`,
    description: 'Lýsing',
    hours: 'Klst.',
    rate: 'Tímagjald',
    amount: 'Upphæð',
    aWork: 'Önnur mikilvæg vinna',
    bWork: 'Venjubundin vinna',
    subtotal: 'Samtals',
    depositDeducted: (invoice) => `Fyrirframgreiðsla dregin frá (reikningur ${invoice})`,
    total: 'Til greiðslu',
    terms: (days, due) =>
      days === 0
        ? `Greiðist við móttöku reiknings (${due}).`
        : `Greiðist innan ${days} ${plural('is', days) === 'one' ? 'dags' : 'daga'} frá reikningsdegi, í síðasta lagi ${due}.`,
    depositLine: (percent, estimate) =>
      `Fyrirframgreiðsla: ${percent} af umsaminni kostnaðaráætlun, ${estimate}`,
    depositNote: 'Innheimt áður en vinna hefst og dregin frá reikningi fyrir verkið.',
    paymentDetails: 'Greiðsluupplýsingar',
    colon: ':',
    billToLines: plainBillTo,
    opening: '',
    docName: (invoice, client) => `Reikningur ${invoice} – ${client}`,
  },
  he: {
    title: 'חשבונית',
    depositTitle: 'חשבונית מקדמה',
    number: 'מספר חשבונית',
    issued: 'תאריך החשבונית',
    due: 'מועד התשלום',
    from: 'מאת',
    billTo: 'לכבוד',
    period: (month) => `עבודה בחודש ${iso(month)}`,
    description: 'תיאור',
    hours: 'שעות',
    rate: 'תעריף',
    amount: 'סכום',
    aWork: 'עבודה חשובה נוספת',
    bWork: 'עבודה שוטפת',
    subtotal: 'סיכום ביניים',
    depositDeducted: (invoice) => `בניכוי מקדמה (חשבונית ${iso(invoice)})`,
    total: 'סה״כ לתשלום',
    terms: (days, due) => {
      if (days === 0) return `לתשלום מיד עם קבלת החשבונית (${iso(due)}).`;
      const category = plural('he', days);
      const span =
        category === 'one' ? 'יום אחד' : category === 'two' ? 'יומיים' : `${iso(String(days))} ימים`;
      return `לתשלום תוך ${span} מתאריך החשבונית, עד ${iso(due)}.`;
    },
    depositLine: (percent, estimate) => `מקדמה: ${iso(percent)} מהצעת המחיר המוסכמת בסך ${iso(estimate)}`,
    depositNote: 'נגבית לפני תחילת העבודה ותקוזז מהחשבונית על העבודה עצמה.',
    paymentDetails: 'פרטי תשלום',
    colon: ':',
    billToLines: plainBillTo,
    opening: '',
    docName: (invoice, client) => `חשבונית ${iso(invoice)} – ${iso(client)}`,
  },
  ja: {
    title: '請求書',
    depositTitle: '着手金請求書',
    number: '請求書番号',
    issued: '請求日',
    due: 'お支払い期限',
    from: '発行者',
    billTo: 'ご請求先',
    period: (month) => `件名：${month}分 業務委託料`,
    description: '内容',
    hours: '時間',
    rate: '単価',
    amount: '金額',
    aWork: 'その他の重要業務',
    bWork: '定常業務',
    subtotal: '小計',
    depositDeducted: (invoice) => `着手金差引（請求書番号 ${invoice}）`,
    total: 'ご請求金額',
    terms: (days, due) =>
      days === 0
        ? `本請求書受領後、${due}までにお支払いくださいますようお願いいたします。`
        : `請求日から${days}日以内（${due}まで）にお支払いくださいますようお願いいたします。`,
    depositLine: (percent, estimate) => `着手金：お見積額${estimate}の${percent}`,
    depositNote: '業務開始前にご請求し、業務完了分のご請求時に差し引きいたします。',
    paymentDetails: 'お振込先',
    colon: '：',
    // A contact that is a department ("経理部 御中") keeps its 御中 and takes no 様.
    billToLines: (client, contact, person) =>
      addressedAsPerson(client, person)
        ? [sama(client)]
        : contact
          ? [client.replace(/\s*御中$/, ''), /御中$/.test(contact) ? contact : sama(contact)]
          : [onchu(client)],
    opening: '下記のとおりご請求申し上げます。',
    // The addressee as on the document's first line: a name already ending in 様 never gets 御中 too.
    docName: (invoice, client, person) =>
      `請求書 ${invoice} ${addressedAsPerson(client, person) ? sama(client) : onchu(client)}`,
  },
};
