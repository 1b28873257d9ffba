// Close the month and the morning reminders, in Japanese.

import { msg } from '../core/msg';
import type { CoverWords, MonthEndUiWords } from '../shapes/month-end';

export const cover: CoverWords = {
  subject: (month) => msg`${month}分 月次報告書および請求書のご送付`,
  body: (month) =>
    msg`${month}の作業内容と各目標に対する成果をまとめた月次報告書、ならびに同月分の請求書を、PDFにて添付いたしました。`,
  invoice: (invoice, amount, due) =>
    msg`請求書番号 ${invoice}、ご請求金額 ${amount}、お支払期限 ${due} となっております。`,
};

export const monthEnd: MonthEndUiWords = {
  close: {
    title: '月締め',
    help: '当月に作業のあった各クライアントについて、月次報告書と請求書、その両方を PDF で添付したメール 1 通を作成し、メールは Gmail に下書きとして保存します。',
    month: '対象月',
    show: '各クライアントの内容を確認',
    loading: '{month}を確認しています…',
    empty: '{month}にタスクのあるクライアントはありません。',
    allDone: '{month}の月締めはすべて完了しています。',
    steps: { report: '報告書', invoice: '請求書', draft: '送付メール' },
    states: {
      make: '作成します',
      done: '作成済み',
      redo: '作成後に変更あり',
      blocked: 'まだ作成できません',
      none: '作成するものはありません',
    },
    reasons: {
      'tasks-added': { other: '作成後にタスクが {n} 件追加されました' },
      'tasks-removed': { other: '作成後にタスクが {n} 件削除されました' },
      'tasks-edited': '作成後にタスクが編集されました',
      'goals-edited': '作成後に目標・時間単価・言語のいずれかが変更されました',
      'month-not-over': '{month}は{lastDay}まで続きます',
      'no-hourly-rate': '時間単価が未入力です（Clients、{row} 行目）',
      'unclassified-tasks': { other: '目標も Mark もないタスクが {n} 件あります（Tasks、{rows} 行目）' },
      'rows-left-out': { other: 'エラーのため除外されたタスクが {n} 件あります（Tasks、{rows} 行目）' },
      'no-email': 'メールアドレスが未入力です（Clients、{row} 行目）',
      'no-billable-hours': '当月の請求対象時間はありません',
      'hours-unbilled': { other: '未請求の時間が {hours} 時間あります' },
      'hours-next-invoice': { other: '追加の {hours} 時間は翌月の請求書に含まれます' },
      'invoice-paid': '請求書 {invoice} は{paidOn}に入金済みです',
      'invoice-chased': '請求書 {invoice} はすでに{stage}を送っています',
      'invoice-sent': '請求書 {invoice} は{sentOn}に送付済みです',
      'report-first': '報告書の作成待ちです',
      'invoice-first': '請求書の作成待ちです',
      'mailed-without-invoice': '報告書は別のメールで送付済みです。このメールには両方を添付します',
      'attachments-changed': '新しい PDF を添付し直します',
    },
    stages: ['1 回目の催促', '2 回目の催促', '最終催促'],
    redo: '変更のあったものを作り直す',
    start: { other: '{n} 件のクライアントの月締めを実行' },
    nothingTicked: '先にクライアントを 1 件以上選択してください。',
    progress: { other: '{client} を処理しています…（この後 残り {n} 件）' },
    progressLast: '{client} を処理しています…（最後の 1 件）',
    clientDone: '{client}：完了',
    stopped:
      '{client}：中断しました（{reason}）。もう一度押すと続きから処理します。完了した分はそのまま残ります。',
    resultTitle: 'Gmail の下書き（内容を確認のうえ送信してください。送信はしていません）',
    openDraft: '下書きを開く',
    openReport: '報告書',
    openInvoice: '請求書 {invoice}',
    notAttached: '{client}：{reason}。送信前にファイルを添付してください。',
  },
  mornings: {
    title: '毎朝のリマインダー',
    help: '毎朝、期日を過ぎたお支払いの催促を、「リマインダー」で下書きを作成する場合と同じ内容で下書きし、シートに記録します。送信は一切しません。',
    permission:
      'オンにすると、Google から権限の追加（スケジュールに沿ってアドオンを実行する権限）を求められます。',
    turnOn: '毎朝リマインダーを準備する',
    turnOff: '毎朝の準備を停止',
    turningOn: 'オンにしています…',
    turningOff: 'オフにしています…',
    on: 'オン：毎朝 {from}〜{to}（{zone}）に実行します。',
    off: 'オフ',
    stops: 'アドオンを削除した場合や、このスプレッドシートを削除した場合も、自動的に停止します。',
    since: { other: '前回の確認以降、{n} 件の催促を下書きしました。' },
    line: '{client}：請求書 {invoice}、{stage}',
    waited: { other: '{date} から期日超過（{n} 日遅れ）' },
    more: { other: 'ほか {n} 件' },
    failed: '{date} の朝の実行は中断しました：{reason}。シートは変更していません。明日もう一度実行します。',
    missed: { other: '{n} 日分の朝の実行が行われませんでした。次の実行で取り戻しています。' },
    nothingSince: '前回の確認以降、期日を迎えた催促はありません。',
  },
};
