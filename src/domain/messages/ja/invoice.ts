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
  qualifiedTitle: '適格請求書',
  demandTitle: '支払依頼書',
  notTaxInvoice: '本書はイスラエルの税務上の請求書ではありません。',
  // Without a registration number the add-on makes no 適格 document: 請求取消通知書, as a plain
  // invoice is cancelled. A registered issuer who refunds must give a 適格返還請求書 (返還インボイス),
  // 消費税法 第57条の4第3項 (https://www.nta.go.jp/taxes/shiraberu/zeimokubetsu/shohi/keigenzeiritsu/invoice_about.htm).
  creditTitle: '請求取消通知書',
  qualifiedCreditTitle: '適格返還請求書',
  creditNumber: '取消通知番号',
  creditIssued: '請求日',
  creditTotal: 'ご請求金額',
  creditCites: (invoice, date) => msg`${date}付 請求書（番号 ${invoice}）の全額を取り消します。`,
  goalLine: (goal) => msg`目標に向けた作業：${goal}`,
  net: '小計（税抜）',
  vatLine: (rate, base) => msg`${rate}対象 ${base} 消費税`,
  localVat: (currency, exchangeRate, amount) =>
    msg`消費税額（${currency}換算、換算レート ${exchangeRate}）：${amount}`,
  reasons: {
    'no-export-6-22':
      'ノルウェー付加価値税法第6-22条に基づき、役務の輸出として付加価値税は免除されています。',
    'is-export-12': 'アイスランド付加価値税法（1988年第50号）第12条に基づき、役務の輸出として税率0%です。',
    'il-export-30a5': 'イスラエル付加価値税法第30条(a)(5)に基づく役務の輸出のため、税率0%です。',
    'jp-export-7': '輸出免税取引（消費税法第7条）のため、消費税はかかりません。',
    'outside-scope': '役務の提供地がお客様の所在国であるため、付加価値税はかかりません。',
    'reverse-charge':
      'リバースチャージ：付加価値税はお客様が申告・納付します（EU理事会指令2006/112/EC第196条）。',
    exempt: '非課税取引です。',
  },
  buyerVat: (vatNumber) => msg`お客様のVAT番号：${vatNumber}`,
  identifiers: {
    'no-org': '組織番号',
    'is-kennitala': '事業者番号',
    'is-vat': 'VAT番号',
    'il-company': '会社番号',
    'il-dealer': 'VAT番号',
    'jp-corporate': '法人番号',
    'jp-registration': '登録番号',
    'gb-company': '会社番号',
    'gb-vat': 'VAT番号',
    'se-org': '組織番号',
    'se-vat': 'VAT番号',
    org: '事業者番号',
    vat: 'VAT番号',
  },
  mva: 'MVA',
  foretaksregisteret: 'Foretaksregisteret',
  accountNumber: '口座番号',
};
