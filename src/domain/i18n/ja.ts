// Japanese: business Japanese (丁寧語 and 謙譲語), 貴社 for the client's company in writing, the company
// on the first line and the person with 様 on the next. Yen as 7,500円. Style note: docs/language/ja.md.

import type { BillingRhythm, Weekday } from '../types';
import type { Catalogue, PaymentFacts, Progress, WorkingHoursText } from './catalogue';
import { type Msg, joinMsgs, msg, words } from '../messages/core/msg';
import { count, formatCount } from '../messages/core/plural';

const LOCALE = 'ja-JP';

// Japanese has one plural category ("other"); counters attach to the number.
const nouns = {
  task: { other: '#件' },
  hour: { other: '#時間' },
  day: { other: '#日' },
  workingDay: { other: '#営業日' },
  workingHour: { other: '#時間' },
  deadline: { other: '#件' },
};
const n = (forms: keyof typeof nouns, value: number) => count(LOCALE, nouns[forms], value);

const WEEKDAYS = ['', '月', '火', '水', '木', '金', '土', '日'];

const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

function days(list: readonly Weekday[]): string {
  if (list.join() === '1,2,3,4,5') return '平日（月〜金）';
  const consecutive = list.every((d, i) => i === 0 || d === list[i - 1]! + 1);
  if (list.length > 2 && consecutive)
    return `${WEEKDAYS[list[0]!]}曜日〜${WEEKDAYS[list[list.length - 1]!]}曜日`;
  return `${list.map((d) => WEEKDAYS[d]!).join('・')}曜日`;
}

// After the label ご請求：, so the rhythm alone, without repeating ご請求.
const BILLING: Record<BillingRhythm, string> = {
  'month-end': '毎月末締め',
  'month-start': '毎月初めに当月分を前払い',
  fortnightly: '2週間ごと',
  weekly: '毎週',
  'project-end': 'プロジェクトの納品時',
  milestones: '合意したマイルストーンごと',
};

/**
 * A person is addressed with 様 once; a 様, さん or 殿 the user already wrote is not doubled. A name
 * the user ended with 御中 is a company addressed as such: it takes no 様 on top.
 */
const honorific = (name: string) => (/御中$/.test(name) ? name : `${name.replace(/\s*(様|さん|殿)$/, '')}様`);

/**
 * A Japanese counter belongs to its number (760,000円, 13件, 655人), so every number keeps it: "目標30"
 * alone reads as unfinished. A longer unit is a noun ("% 離脱率", "ユーザー") and is named once.
 */
function isCounter(p: Progress): boolean {
  const unit = p.nowQty.startsWith(p.now) ? p.nowQty.slice(p.now.length) : '';
  return unit.length > 0 && unit.length <= 3 && !/[\sA-Za-z]/.test(unit);
}

// A goal that goes down says so with 以下 on the target.
function progress(p: Progress): Msg {
  const counter = isCounter(p);
  const startValue = counter ? p.startQty : p.start;
  const start = startValue === null ? null : msg`開始時${startValue}`;
  if (p.reached) return start ? msg`目標達成：${p.nowQty}（${start}）` : msg`目標達成：${p.nowQty}`;
  const targetValue = counter ? p.targetQty : p.target;
  const target = p.lowerIsBetter ? msg`目標${targetValue}以下` : msg`目標${targetValue}`;
  const detail = joinMsgs([target, ...(start ? [start] : [])], '、');
  const head = msg`現在${p.nowQty}（${detail}）`;
  return p.share === null ? head : msg`${head}・進捗率${p.share}`;
}

function paymentBody(stage: 1 | 2 | 3, f: PaymentFacts): Msg[] {
  const terms =
    f.terms === 0
      ? words('お支払い条件は、請求書受領時のお支払いとなっております。')
      : msg`お支払い条件は、請求書発行日から${n('day', f.terms)}以内となっております。`;
  // 督促 escalates by stage: a gentle check, then 再度のご案内 stating that no payment has been seen,
  // then a plain final notice with a pay-by date. Each allows for a payment crossing the mail. None
  // claims an earlier reminder: a long-overdue invoice gets its current stage as the first mail.
  const crossed = 'なお、本メールと行き違いでお支払いいただいている場合は、ご容赦ください。';
  if (stage === 1)
    return [
      msg`${f.issued}付けでお送りした請求書 ${f.invoice}（${f.amount}）につきまして、お支払い期日の${f.due}を過ぎておりますので、念のためご連絡いたしました。${terms}`,
      words(
        `お手数ですが、請求書がお手元に届いているかご確認のうえ、お支払いの状況をお知らせいただけますと幸いです。${crossed}`,
      ),
    ];
  if (stage === 2)
    return [
      msg`${f.issued}付けの請求書 ${f.invoice}（${f.amount}）につきまして、お支払い期日の${f.due}を過ぎた現在も、ご入金を確認できておりません。${terms}`,
      words(
        `お手数をおかけいたしますが、早急にお支払いの手続きをお願いいたします。請求書がお手元に届いているかご確認のうえ、お支払い予定日をお知らせいただけますでしょうか。請求内容にご不明な点がございましたら、お知らせいただければすぐに対応いたします。${crossed}`,
      ),
    ];
  const ask = f.payBy
    ? msg`つきましては、${f.payBy}までに全額をお支払いくださいますよう、お願い申し上げます。`
    : words('つきましては、本日から7日以内に全額をお支払いくださいますよう、お願い申し上げます。');
  return [
    msg`${f.issued}付けの請求書 ${f.invoice}（${f.amount}、お支払い期日${f.due}）につきまして、本日時点でご入金を確認できておりません。${terms}`,
    msg`${ask}すでにお支払いいただいている場合は、行き違いのご連絡となりましたことをお詫び申し上げます。請求書がお手元に届いていない場合や、請求内容にご不明な点がある場合は、本メールにご返信ください。`,
  ];
}

function workingHours(h: WorkingHoursText): Msg {
  const d = days(h.days);
  // "平日（月〜金）9:00": a closing full-width parenthesis already separates; a space only after 曜日.
  return msg`${d}${d.endsWith('）') ? '' : ' '}${clock(h.start)}〜${clock(h.end)}（${h.zoneName}）`;
}

export const ja: Catalogue = {
  language: 'ja',
  locale: LOCALE,
  rtl: false,
  nouns,
  quantity: (value, unit) =>
    !unit ? value : /^[A-Za-z]/.test(unit) ? `${value} ${unit}` : `${value}${unit}`,
  dateRange: (a, b) =>
    a.yearNumber !== b.yearNumber
      ? `${a.full}〜${b.full}`
      : a.monthNumber !== b.monthNumber
        ? `${a.year}年${a.monthNumber}月${a.day}日〜${b.monthNumber}月${b.day}日`
        : `${a.year}年${a.monthNumber}月${a.day}日〜${b.day}日`,
  money: (amount, currency, intl) =>
    currency === 'JPY'
      ? `${new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 }).format(amount)}円`
      : intl,
  report: {
    addressee: (client, person) => (person ? msg`${honorific(client)}` : msg`${client} 御中`),
    title: (_client, month) => msg`月次報告書（${month}）`,
    // The file name the client sees: a company with 御中, a person with 様, as on the document.
    docName: (client, month, person) =>
      person ? msg`月次報告書（${month}）${honorific(client)}` : msg`月次報告書（${month}）${client} 御中`,
    // Business first, then the person, apart by a full-width space as on Japanese documents.
    preparedBy: (person, business) =>
      person && business ? msg`作成：${business}　${person}` : msg`作成：${person || business}`,
    // No 貴社 where the client may be a person (or a shop): the sentence needs no pronoun.
    summary: (p) =>
      msg`${p.month}は、${n('task', p.tasks)}の作業を行い、作業時間は合計${n('hour', p.hours)}でした。そのうち${p.goalShare}は、目標の達成に直接つながる作業の時間です。`,
    summaryNoWork: (month) => msg`${month}は、記録された作業はありませんでした。`,
    goalsHeading: words('目標の進捗'),
    progress,
    targetOnly: (target) => msg`目標：${target}`,
    currentOnly: (now) => msg`現在：${now}`,
    due: (date) => msg`期限：${date}`,
    achieved: words('達成'),
    noWorkOnGoal: (month) => msg`${month}は、この目標に関する作業はありませんでした。`,
    columnDate: words('日付'),
    columnWork: words('作業内容'),
    columnResult: words('成果'),
    columnBenefit: words('効果'),
    otherHeading: words('その他の重要な作業'),
    otherIntro: words('特定の目標には属さないものの、対応しなければ損失につながるおそれのあった作業です。'),
    noImportantWork: (month) => msg`${month}は、その他の重要な作業はありませんでした。`,
    routine: (tasks, hours) => msg`小規模な定常作業：${n('task', tasks)}、合計${n('hour', hours)}`,
    timeHeading: words('作業時間と費用'),
    columnCategory: words('区分'),
    columnHours: words('時間'),
    columnCost: words('費用'),
    aRow: words('その他の重要な作業'),
    bRow: words('定常作業'),
    total: words('合計'),
    nonBillable: (hours) => msg`上記のうち請求対象外：${n('hour', hours)}`,
    rate: (rate) => msg`時間単価：${rate}`,
    deadlinesKept: (onTime, due) =>
      msg`この月は、納期のある作業${n('deadline', due)}のうち${formatCount(LOCALE, onTime)}件を期限内に納品いたしました。`,
    splitGoals: words('目標に向けた作業'),
  },
  mail: {
    greeting: ({ name, contact, client }) => {
      const who = name || contact;
      if (!who) return [msg`${client}`, words('ご担当者様')];
      if (contact === client || who === client) return [msg`${honorific(who)}`];
      return [msg`${client}`, msg`${honorific(who)}`];
    },
    intro: (sender, business, kind) => {
      // お世話になっております without いつも: right for a new client (terms) as for a regular one.
      const opening = kind === 'returning' ? 'ご無沙汰しております。' : 'お世話になっております。';
      if (!sender) return words(opening);
      return business ? msg`${opening}${business}の${sender}です。` : msg`${opening}${sender}です。`;
    },
    closing: words('何卒よろしくお願いいたします。'),
    paymentSubject: (stage, invoice) =>
      stage === 1
        ? msg`【ご確認のお願い】請求書 ${invoice} のお支払いについて`
        : stage === 2
          ? msg`【再度のご案内】請求書 ${invoice} のお支払いについて`
          : msg`【最終のご案内】請求書 ${invoice} のお支払いについて`,
    paymentBody,
    attachedNote: words('念のため、請求書を再度添付いたします。'),
    linkNote: words('請求書は以下のリンクからご確認いただけます。'),
    reportSubject: (month) => msg`月次報告書（${month}）のご送付`,
    reportBody: (month) =>
      msg`${month}の作業内容と、各目標に対する成果を月次報告書にまとめ、PDFにて添付いたしました。`,
    reportGoals: words('概要は以下のとおりです。'),
    reportGoalLine: (goal, line) => msg`${goal}：${line}`,
    reportOutro: words(
      'ご不明な点がございましたら、お気軽にお問い合わせください。ご希望でしたら、お打ち合わせにてご説明いたします。',
    ),
    updateSubject: (period) => msg`作業進捗のご報告（${period}）`,
    updateIntro: (period) => msg`${period}の作業内容を簡単にご報告いたします。`,
    updateGoalWork: words('目標に向けた作業：'),
    updateOtherWork: words('その他の作業：'),
    taskLine: ({ task, result, goal }) => {
      const done = result ? msg`${task}：${result}` : msg`${task}`;
      return goal ? msg`${done}（対象の目標：${goal}）` : done;
    },
    updateOutro: words('優先順位の変更などがございましたら、お気軽にお知らせください。'),
    termsSubject: words('業務条件のご確認'),
    termsIntro: words('認識に相違がないよう、合意いたしました業務条件を以下にまとめました。'),
    terms: {
      rate: (rate) => msg`時間単価：${rate}`,
      payment: (d) =>
        d === 0 ? words('お支払い条件：請求書受領時') : msg`お支払い条件：請求書発行日から${n('day', d)}以内`,
      billing: (rhythm) => msg`ご請求：${BILLING[rhythm]}`,
      deposit: (percent) => msg`着手金：${percent}（作業開始前にお支払い）`,
      hours: (h) => msg`稼働時間：${workingHours(h)}`,
      response: (amount, unit) =>
        unit === 'hours'
          ? msg`返信の目安：営業時間内で${n('workingHour', amount)}以内`
          : msg`返信の目安：${n('workingDay', amount)}以内`,
      reach: (ways) =>
        msg`連絡先：${joinMsgs(
          ways.map((w) => msg`${w}`),
          '、',
        )}`,
    },
    termsOutro: words(
      '内容をご確認のうえ、ご返信いただけますと幸いです。変更のご希望がございましたら、お知らせください。',
    ),
    checkInSubject: words('その後いかがでしょうか'),
    checkInBody: [
      words(
        'プロジェクトの完了から少し時間が経ちましたので、ご様子を伺いたくご連絡いたしました。仕上がりにはご満足いただけておりますでしょうか。',
      ),
      words('新しいご計画がございましたら、ぜひまたお手伝いさせてください。'),
    ],
    // The new rate is in the subject: it is how an earlier proposal of this very change is recognised
    // (rateChangeSubjects); the reason and the cushioning still come first, in the body.
    rateSubject: (rate, from) => msg`時間単価改定のお知らせ（${from}より、新単価${rate}）`,
    // Reason, then the cushioned request, then what stays at the old rate, then the plea for understanding.
    rateBody: (oldRate, newRate, from) => [
      msg`このたび、諸経費の上昇に伴い、誠に恐縮ではございますが、${from}より時間単価を${oldRate}から${newRate}に改定させていただきたく、ご連絡いたしました。`,
      words(
        'なお、すでにご依頼いただいている作業につきましては、現行の単価にて承ります。今後もこれまでと変わらぬ品質でお役に立てるよう努めてまいりますので、ご理解を賜りますようお願い申し上げます。',
      ),
      words('ご不明な点やご相談がございましたら、お気軽にお知らせください。'),
    ],
  },
};
