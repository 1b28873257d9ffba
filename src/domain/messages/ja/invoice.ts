// Japanese words of the invoice.

import { msg } from '../core/msg';
import { count } from '../core/plural';
import type { InvoiceWords } from '../shapes/invoice';
import { LOCALE } from './common';

/** A person's name with 様 once: a 様, さん or 殿 the user already wrote is not doubled. */
const sama = (name: string) => `${name.replace(/\s*(様|さん|殿)$/, '')} 様`;
/** A person, or a name the user already ended with a personal honorific: never 御中. */
const addressedAsPerson = (name: string, person: boolean) => person || /(様|さん|殿)$/.test(name);
/** A company with 御中, unless the user already wrote it. */
const onchu = (name: string) => (/御中$/.test(name) ? name : `${name} 御中`);

export const invoice: InvoiceWords = {
  title: '請求書',
  depositTitle: '着手金請求書',
  number: '請求書番号',
  issued: '請求日',
  due: 'お支払い期限',
  from: '発行者',
  billTo: 'ご請求先',
  period: (month) => msg`件名：${month}分 業務委託料`,
  description: '内容',
  hours: '時間',
  rate: '単価',
  amount: '金額',
  aWork: 'その他の重要業務',
  bWork: '定常業務',
  subtotal: '小計',
  depositDeducted: (invoice) => msg`着手金差引（請求書番号 ${invoice}）`,
  total: 'ご請求金額',
  terms: (days, due) =>
    days === 0
      ? msg`本請求書受領後、${due}までにお支払いくださいますようお願いいたします。`
      : msg`請求日から${count(LOCALE, { other: '#日' }, days)}以内（${due}まで）にお支払いくださいますようお願いいたします。`,
  depositLine: (percent, estimate) => msg`着手金：お見積額${estimate}の${percent}`,
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
    msg`請求書 ${invoice} ${addressedAsPerson(client, person) ? sama(client) : onchu(client)}`,
};
