// Japanese words of the monthly report (the language's tone: common.ts and docs/language/ja.md).

import { joinMsgs, msg, type Msg, words } from '../core/msg';
import type { Progress, ReportWords } from '../shapes/report';
import { honorific, n } from './common';

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

// 「2件のうち2件」は点数のように読めるため、全件なら「いずれも」「すべて」、1件だけなら件数をそのまま書く。
function deadlinesKept(onTime: number, due: number): Msg {
  const work = msg`この月の納期のある作業${n('deadline', due)}`;
  if (due === 1)
    return onTime === 1
      ? msg`${work}は、期限内に納品いたしました。`
      : msg`${work}は、期限内に納品できませんでした。`;
  if (onTime === due)
    return due === 2
      ? msg`${work}は、いずれも期限内に納品いたしました。`
      : msg`${work}は、すべて期限内に納品いたしました。`;
  if (onTime === 0) return msg`${work}は、いずれも期限内に納品できませんでした。`;
  return msg`${work}のうち、${n('deadline', onTime)}を期限内に納品いたしました。`;
}

export const report: ReportWords = {
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
  deadlinesKept,
  splitGoals: words('目標に向けた作業'),
};
