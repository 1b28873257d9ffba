// Japanese: what the server says outside a problem (menu, busy notice, self-test toast).

import { msg } from '../core/msg';
import type { ServerWords } from '../shapes/server';

export const server: ServerWords = {
  menu: {
    sidebar: 'サイドバーを開く',
    setup: '管理シートを準備',
    check: 'シートをチェック',
    selfTest: 'セルフテストを実行',
  },
  busy: 'このスプレッドシートでは別の処理が実行中です。少し待ってからもう一度お試しください。',
  selfTestDone: (c, tab, reason) =>
    msg`成功 ${String(c.passed)} 件、失敗 ${String(c.failed)} 件、スキップ ${String(c.skipped)} 件。${tab ? msg`結果は「${tab}」タブにあります。こちらまでお送りください。` : msg`結果をタブに書き込めませんでした：${reason}`}`,
};
