// Japanese words of the invoice.

import { msg } from '../core/msg';
import { count } from '../core/plural';
import type { VatCategory } from '../../tax/treatment';
import type { InvoiceWords } from '../shapes/invoice';
import { LOCALE } from './common';

/** A person's name with 様 once: a 様, さん or 殿 the user already wrote is not doubled. */
const sama = (name: string) => `${name.replace(/\s*(様|さん|殿)$/, '')} 様`;
/** A person, or a name the user already ended with a personal honorific: never 御中. */
const addressedAsPerson = (name: string, person: boolean) => person || /(様|さん|殿)$/.test(name);
/** A company with 御中, unless the user already wrote it. */
const onchu = (name: string) => (/御中$/.test(name) ? name : `${name} 御中`);

/** The base of a row that charges no tax, by its category: why, in the word a Japanese invoice uses. */
const ZERO_BASE: Partial<Record<VatCategory, string>> = {
  Z: '免税対象',
  O: '課税対象外',
  AE: 'リバースチャージ対象',
  E: '非課税対象',
};

export const invoice: InvoiceWords = {
  title: '請求書',
  depositTitle: '着手金請求書',
  number: '請求書番号',
  // 発行日, not 請求日: the same label stands on the credit note, which bills nothing.
  issued: '発行日',
  due: 'お支払い期限',
  from: '発行者',
  billTo: 'ご請求先',
  period: (month) => msg`件名：${month}分 業務委託料`,
  description: '内容',
  hours: '時間',
  rate: '単価',
  amount: '金額',
  // The report's row labels (report.ts aRow, bRow): the invoice bills the work the report describes.
  aWork: 'その他の重要な作業',
  bWork: '定常作業',
  subtotal: '小計',
  depositDeducted: (invoice) => msg`着手金差引（請求書番号 ${invoice}）`,
  // 合計金額, not ご請求金額: the same label totals the credit note, whose amounts are below zero.
  total: '合計金額',
  terms: (days, due) =>
    days === 0
      ? msg`本請求書受領後、${due}までにお支払いくださいますようお願いいたします。`
      : msg`発行日から${count(LOCALE, { other: '#日' }, days)}以内（${due}まで）にお支払いくださいますようお願いいたします。`,
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
  // The law asks for no title: what makes a 適格請求書 is its 登録番号 and the tax per rate (消費税法
  // 第57条の4第1項). Japanese invoices, and the 国税庁's own 記載例, are titled 請求書.
  qualifiedTitle: '請求書',
  // 請求書 is not a tax invoice in Japanese (適格請求書 is), so it is the right word for Israel's
  // חשבון עסקה; 支払依頼書 reads as an internal form asking one's own accounts department to pay.
  demandTitle: '請求書',
  notTaxInvoice: '本書は、イスラエルの付加価値税法上のタックスインボイス（税務請求書）ではありません。',
  // A credit note cancels a sent invoice in full (its work is billed again on a new invoice). For a
  // registered issuer that is the 修正した適格請求書 of 消費税法 第57条の4第4項 in the form 国税庁's
  // インボイスQ&A 問33 describes: a document that names the original and shows what changes. It also carries
  // what a 適格返還請求書 (第57条の4第3項) needs, but that statutory name is not a title: to a client
  // 「返還請求書」 reads as a demand to pay money back. One plain title for every seller.
  creditTitle: '請求取消通知書',
  qualifiedCreditTitle: '請求取消通知書',
  creditNumber: '通知書番号',
  creditIssued: '発行日',
  creditTotal: '合計金額',
  creditCites: (invoice, date) =>
    msg`${date}付 請求書（請求書番号 ${invoice}）を、下記のとおり全額取り消します。`,
  goalLine: (goal) => msg`目標に向けた作業：${goal}`,
  net: '小計（税抜）',
  // "10%対象 93,750円 消費税 9,375円", as 国税庁's 記載例 writes the tax per rate. 消費税 is Japan's
  // tax only: another country's VAT is 付加価値税. A row that charges none says why, in a word.
  vatLine: (rate, base, category, seller) => {
    const tax = seller === 'JP' ? '消費税' : '付加価値税';
    const zero = ZERO_BASE[category];
    return zero ? msg([`${zero} `, ` ${tax}`], base) : msg(['', '対象 ', ` ${tax}`], rate, base);
  },
  localVat: (currency, exchangeRate, amount) =>
    currency === 'JPY'
      ? msg`消費税額の円換算額（換算レート ${exchangeRate}）：${amount}`
      : msg`付加価値税額の${currency}換算額（換算レート ${exchangeRate}）：${amount}`,
  // 免税 (zero-rated, input tax kept) and 非課税 (exempt) are different things to a Japanese accountant:
  // the exports below are 免税, like Japan's own 輸出免税.
  reasons: {
    'no-export-6-22':
      'ノルウェー付加価値税法第6-22条に基づく役務の輸出免税（税率0%）のため、ノルウェーの付加価値税はかかりません。',
    'is-export-12':
      'アイスランド付加価値税法（1988年法律第50号）第12条に基づく役務の輸出免税（税率0%）のため、アイスランドの付加価値税はかかりません。',
    'il-export-30a5':
      'イスラエル付加価値税法第30条(a)(5)に基づく役務の輸出免税（税率0%）のため、イスラエルの付加価値税はかかりません。',
    'jp-export-7': '輸出免税取引（消費税法第7条）のため、消費税はかかりません。',
    'outside-scope': '役務の提供地がお客様の所在国となるため、発行者の国の付加価値税は課税対象外です。',
    // The EU's mandatory mention is "Reverse charge" (VAT Directive art. 226(11a)): kept in English. No
    // article is cited: a UK seller uses this wording too, and the EU directive is not its law.
    'reverse-charge':
      'リバースチャージ（Reverse charge）：本取引の付加価値税は、役務の提供を受けるお客様に納税義務があります。',
    exempt: '非課税取引のため、税額はありません。',
  },
  buyerVat: (vatNumber) => msg`お客様のVAT番号：${vatNumber}`,
  identifiers: {
    'no-org': '組織番号',
    'is-kennitala': '識別番号（kennitala）',
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
