// Japanese: the printable tracking sheet, in the tone of a form the freelancer fills in.

import { msg } from '../core/msg';
import type { PrintWords } from '../shapes/print';

export const print: PrintWords = {
  title: (client, month) => msg`作業記録シート：${client}（${month}）`,
  goalsHeading: '目標（優先順）',
  noGoals: '進行中の目標はありません。各作業に A または B を付けてください。',
  standing: '現在 / 目標',
  columns: { date: '日付', task: '作業', goal: '目標番号', mark: '区分', hours: '時間', result: '成果' },
  legendGoal: '目標番号：その作業が貢献した目標の番号（上の一覧から）。',
  legendA: 'A：目標には直結しないが、やらないと重大な影響がある作業（例：他の請求対象の作業）。',
  legendB: 'B：目標に直結せず、影響の小さい作業（例：レビューの依頼）。',
};
