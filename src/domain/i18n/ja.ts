// Japanese: business Japanese (丁寧語 and 謙譲語), 貴社 for the client's company in writing, the company
// on the first line and the person with 様 on the next. Yen as 7,500円. Style note: docs/language/ja.md.

import type { BillingRhythm, Weekday } from '../types';
import type { Catalogue, PaymentFacts, Progress, WorkingHoursText } from './catalogue';
import { type Msg, joinMsgs, msg, words } from './msg';
import { count } from './plural';

const LOCALE = 'ja-JP';

// Japanese has one plural category ("other"); counters attach to the number.
const nouns = {
  task: { other: '#件' },
  hour: { other: '#時間' },
  day: { other: '#日' },
  workingDay: { other: '#営業日' },
  workingHour: { other: '#時間' },
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

const BILLING: Record<BillingRhythm, string> = {
  'month-end': '月末締めにて毎月ご請求',
  'month-start': '毎月初めに当月分を前払いにてご請求',
  fortnightly: '2週間ごとにご請求',
  weekly: '毎週ご請求',
  'project-end': 'プロジェクト納品時にご請求',
  milestones: '合意したマイルストーンごとにご請求',
};

/** A person is addressed with 様 once; a 様 or さん the user already wrote is not doubled. */
const honorific = (name: string) => `${name.replace(/\s*(様|さん|殿)$/, '')}様`;

// Japanese counters belong to the number (1,000,000円, 310人), so each number keeps its unit.
function progress(p: Progress): Msg {
  const start = p.startQty === null ? null : msg`開始時${p.startQty}`;
  if (p.reached) return start ? msg`目標達成：${p.nowQty}（${start}）` : msg`目標達成：${p.nowQty}`;
  const detail = joinMsgs([msg`目標${p.targetQty}`, ...(start ? [start] : [])], '、');
  const head = msg`現在${p.nowQty}（${detail}）`;
  return p.share === null ? head : msg`${head}・進捗率${p.share}`;
}

function paymentBody(stage: 1 | 2 | 3, f: PaymentFacts): Msg[] {
  const terms =
    f.terms === 0
      ? words('お支払い条件は、請求書受領時のお支払いとなっております。')
      : msg`お支払い条件は、請求書発行日から${n('day', f.terms)}以内となっております。`;
  if (stage === 1)
    return [
      msg`${f.issued}付けでお送りした請求書 ${f.invoice}（${f.amount}）につきまして、お支払い期日の${f.due}を過ぎておりましたので、念のためご連絡いたしました。${terms}`,
      words(
        '行き違いでしたら何卒ご容赦ください。お手数ですが、請求書がお手元に届いているかご確認のうえ、お支払いが完了しましたらお知らせいただけますと幸いです。',
      ),
    ];
  if (stage === 2)
    return [
      msg`${f.issued}付けの請求書 ${f.invoice}（${f.amount}）につきまして、お支払い期日の${f.due}を過ぎておりますが、現時点でご入金を確認できておりません。${terms}`,
      words(
        'お手数をおかけいたしますが、早急にお支払いの手続きをお願いいたします。請求書がお手元に届いているかご確認のうえ、お支払い予定日をお知らせいただけますでしょうか。請求内容にご不明な点がございましたら、すぐに対応いたします。',
      ),
    ];
  const ask = f.payBy
    ? msg`誠に恐れ入りますが、${f.payBy}までに全額をお支払いいただけますよう、お願い申し上げます。`
    : words('誠に恐れ入りますが、7日以内に全額をお支払いいただけますよう、お願い申し上げます。');
  return [
    msg`${f.issued}付けの請求書 ${f.invoice}（${f.amount}、お支払い期日${f.due}）につきまして、本日時点でご入金を確認できておりません。${terms}`,
    msg`${ask}すでにお支払いいただいている場合は、行き違いのご連絡となりましたことをお詫び申し上げます。請求書がお手元に届いていない場合や、ご不明な点がございましたら、本メールにご返信ください。`,
  ];
}

function workingHours(h: WorkingHoursText): Msg {
  return msg`${days(h.days)} ${clock(h.start)}〜${clock(h.end)}（${h.zoneName}）`;
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
    docName: (client, month) => msg`月次報告書（${month}）${client}`,
    preparedBy: (person, business) =>
      person && business ? msg`作成：${business} ${person}` : msg`作成：${person || business}`,
    summary: (p) =>
      msg`${p.month}は、${n('task', p.tasks)}の作業に合計${n('hour', p.hours)}を費やしました。そのうち${p.goalShare}は、貴社の目標に直接つながる作業に充てた時間です。`,
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
    columnBenefit: words('貴社にとっての効果'),
    otherHeading: words('その他の重要な作業'),
    otherIntro: words(
      '特定の目標には属さないものの、対応しなければ貴社に損失が生じるおそれのあった作業です。',
    ),
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
  },
  mail: {
    greeting: ({ name, contact, client }) => {
      const who = name || contact;
      if (!who) return [msg`${client}`, words('ご担当者様')];
      if (contact === client || who === client) return [msg`${honorific(who)}`];
      return [msg`${client}`, msg`${honorific(who)}`];
    },
    intro: (sender, business, kind) => {
      const opening = kind === 'returning' ? 'ご無沙汰しております。' : 'いつもお世話になっております。';
      if (!sender) return words(opening);
      return business ? msg`${opening}${business}の${sender}です。` : msg`${opening}${sender}です。`;
    },
    closing: words('何卒よろしくお願いいたします。'),
    paymentSubject: (stage, invoice) =>
      stage === 1
        ? msg`【ご確認のお願い】請求書 ${invoice}`
        : stage === 2
          ? msg`【お支払いのお願い】請求書 ${invoice}`
          : msg`【最終のご案内】請求書 ${invoice} のお支払いについて`,
    paymentBody,
    attachedNote: words('念のため、請求書を再度添付いたします。'),
    linkNote: words('請求書は以下のリンクからご確認いただけます。'),
    reportSubject: (month) => msg`月次報告書（${month}）のご送付`,
    reportBody: (month) =>
      msg`${month}の作業内容と、貴社の目標に対する成果を月次報告書にまとめ、PDFにて添付いたしました。`,
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
    termsIntro: words('認識に相違がないよう、お打ち合わせした条件を書面にてお送りいたします。'),
    terms: {
      rate: (rate) => msg`時間単価：${rate}`,
      payment: (d) =>
        d === 0 ? words('お支払い条件：請求書受領時') : msg`お支払い条件：請求書発行日から${n('day', d)}以内`,
      billing: (rhythm) => msg`ご請求のタイミング：${BILLING[rhythm]}`,
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
    // No price in the subject: the reason and the cushioning come first, in the body.
    rateSubject: (_rate, from) => msg`料金改定のお知らせ（${from}より）`,
    rateBody: (oldRate, newRate, from) => [
      msg`さて、誠に恐縮ではございますが、諸経費の上昇に伴い、${from}より時間単価を${oldRate}から${newRate}に改定させていただきたく、ご連絡申し上げました。`,
      words(
        'これまでと変わらぬ品質でお役に立てるよう努めてまいりますので、何卒ご理解を賜りますようお願い申し上げます。なお、すでにお受けしている作業につきましては、現行の単価にて承ります。',
      ),
      words('ご不明な点やご相談がございましたら、お気軽にお申し付けください。'),
    ],
  },
};
