// Japanese words of the client emails (the language's tone: common.ts and docs/language/ja.md).

import { joinMsgs, msg, type Msg, words } from '../core/msg';
import type { BillingRhythm, Weekday } from '../../types';
import type { MailWords, PaymentFacts, WorkingHoursText } from '../shapes/mail';
import { honorific, n } from './common';

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

export const mail: MailWords = {
  greeting: ({ name, contact, client }) => {
    const who = name || contact;
    if (!who) return [msg`${client}`, words('ご担当者様')];
    if (contact === client || who === client) return [msg`${honorific(who)}`];
    return [msg`${client}`, msg`${honorific(who)}`];
  },
  intro: (sender, business, kind) => {
    // 松の内 (to 7 January): the year's first letter opens with the New Year greeting and thanks for
    // the past year in place of お世話になっております. Not 「新年あけましておめでとうございます」: many
    // style guides count 新年 + 明けまして as a doubled expression (重言).
    if (kind === 'new-year') {
      if (!sender)
        return words(
          'あけましておめでとうございます。旧年中は大変お世話になりました。本年もどうぞよろしくお願い申し上げます。',
        );
      return business
        ? msg`あけましておめでとうございます。${business}の${sender}です。旧年中は大変お世話になりました。本年もどうぞよろしくお願い申し上げます。`
        : msg`あけましておめでとうございます。${sender}です。旧年中は大変お世話になりました。本年もどうぞよろしくお願い申し上げます。`;
    }
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
};
