// Japanese: client health, on the Dashboard tab and in the sidebar (the freelancer's language).

import { formatPercent } from '../../format';
import { msg } from '../core/msg';
import { count } from '../core/plural';
import type { HealthWords } from '../shapes/health';
import { LOCALE } from './common';

// Japanese has one plural category ("other"); counters attach to the number.
const nouns = {
  day: { other: '#日' },
  invoice: { other: '#件' },
  deadline: { other: '#件' },
  lead: { other: '見込み顧客：#件' },
};
const n = (noun: keyof typeof nouns, value: number) => count(LOCALE, nouns[noun], value);

export const health: HealthWords = {
  title: '顧客の状況',
  columns: {
    client: '顧客',
    daysSinceContact: '最終連絡からの日数',
    avgDaysLate: '平均支払遅延日数（直近12か月）',
    overdue: '現在の支払遅延',
    missedDeadlines90: '納期遅れ（直近90日）',
    hoursThisMonth: '今月の作業時間',
    hoursAverage3: '作業時間の月平均（直近3か月）',
    rateChange: '新単価の適用日',
    signal: '状況',
  },
  ok: '問題なし',
  never: 'なし',
  business: '事業全体',
  concentrated: '収入の多くが 1 社に集中しています。他のクライアントの開拓をご検討ください。',
  largestShare: (client, share) => msg`直近3か月の最大顧客：${client}（請求額の${share}）`,
  leads: (count) => n('lead', count),
  otherCurrencies: (count, currency) =>
    msg`${currency}以外の通貨の請求書${n('invoice', count)}は含まれていません`,
  nouns,
  reason: (r) => {
    switch (r.code) {
      case 'silent':
        return msg`${n('day', r.days)}間連絡なし`;
      case 'pays-late':
        return msg`支払いが平均${n('day', r.days)}遅れ`;
      case 'overdue':
        return msg`支払遅延の請求書${n('invoice', r.invoices)}（最長${n('day', r.days)}）`;
      case 'missed-deadlines':
        return msg`90日間で納期遅れ${n('deadline', r.count)}`;
      case 'hours-falling':
        return msg`今月の作業時間は通常の${formatPercent(r.share, 'ja')}の見込み`;
    }
  },
};
