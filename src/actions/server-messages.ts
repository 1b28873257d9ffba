// What the server itself says to the freelancer (menu items, errors the sidebar shows), in the UI
// language. Written as each language's own software would say it, not word for word.

import type { Language } from '../domain/types';

export interface ServerMessages {
  menu: { sidebar: string; setup: string; check: string; selfTest: string };
  busy: string;
  pickClient: string;
  notMonth: (month: string) => string;
  noClient: (client: string) => string;
  reportFirst: (month: string, client: string) => string;
  clientMoved: (client: string, row: number) => string;
  noTermsColumn: string;
  /** The menu's self-test toast: the counts, then where the results are or why they are not. */
  selfTestDone: (
    count: { passed: number; failed: number; skipped: number },
    tab: string | null,
    reason: string,
  ) => string;
}

export const SERVER_MESSAGES: Record<Language, ServerMessages> = {
  en: {
    menu: {
      sidebar: 'Open sidebar',
      setup: 'Set up tracking sheet',
      check: 'Check sheet',
      selfTest: 'Run self-test',
    },
    busy: 'Something else is running in this spreadsheet. Wait a moment and try again.',
    pickClient: 'Pick a client first.',
    notMonth: (m) => `“${m}” is not a month. Pick one like 2026-10.`,
    noClient: (c) => `There is no client called “${c}” in the Clients tab.`,
    reportFirst: (m, c) => `Generate the ${m} report for ${c} first, then draft the email.`,
    clientMoved: (c, r) =>
      `Row ${r} of the Clients tab no longer holds “${c}”. Reload the sidebar and try again.`,
    noTermsColumn: 'The Clients tab has no “Terms confirmed” column. Run Set up tracking sheet to add it.',
    selfTestDone: (c, tab, reason) =>
      `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped. ${tab ? `The results are in the ${tab} tab: please send them to us.` : `The results could not be written to a tab: ${reason}`}`,
  },
  nb: {
    menu: {
      sidebar: 'Åpne sidepanelet',
      setup: 'Sett opp regnearket',
      check: 'Kontroller regnearket',
      selfTest: 'Kjør selvtest',
    },
    busy: 'Noe annet kjører i dette regnearket. Vent litt og prøv igjen.',
    pickClient: 'Velg en kunde først.',
    notMonth: (m) => `«${m}» er ikke en måned. Velg for eksempel 2026-10.`,
    noClient: (c) => `Det finnes ingen kunde som heter «${c}» i fanen Clients.`,
    reportFirst: (m, c) => `Lag rapporten for ${m} for ${c} først, og skriv e-posten etterpå.`,
    clientMoved: (c, r) =>
      `Rad ${r} i fanen Clients inneholder ikke lenger «${c}». Last inn sidepanelet på nytt og prøv igjen.`,
    noTermsColumn:
      'Fanen Clients mangler kolonnen «Terms confirmed». Kjør «Sett opp regnearket» for å legge den til.',
    selfTestDone: (c, tab, reason) =>
      `${c.passed} bestått, ${c.failed} feilet, ${c.skipped} hoppet over. ${tab ? `Resultatene står i fanen ${tab}: send dem gjerne til oss.` : `Resultatene kunne ikke skrives til en fane: ${reason}`}`,
  },
  is: {
    menu: {
      sidebar: 'Opna hliðarspjald',
      setup: 'Setja upp töflureikninn',
      check: 'Yfirfara töflureikninn',
      selfTest: 'Keyra sjálfsprófun',
    },
    busy: 'Annað er í gangi í þessum töflureikni. Bíddu aðeins og reyndu aftur.',
    pickClient: 'Veldu viðskiptavin fyrst.',
    notMonth: (m) => `„${m}“ er ekki mánuður. Veldu til dæmis 2026-10.`,
    noClient: (c) => `Enginn viðskiptavinur heitir „${c}“ í flipanum Clients.`,
    reportFirst: (m, c) => `Búðu fyrst til skýrsluna fyrir ${m} handa ${c} og skrifaðu svo tölvupóstinn.`,
    clientMoved: (c, r) =>
      `Lína ${r} í flipanum Clients geymir ekki lengur „${c}“. Hladdu hliðarspjaldinu aftur og reyndu á ný.`,
    noTermsColumn:
      'Flipann Clients vantar dálkinn „Terms confirmed“. Keyrðu „Setja upp töflureikninn“ til að bæta honum við.',
    selfTestDone: (c, tab, reason) =>
      `Stóðust: ${c.passed}. Mistókust: ${c.failed}. Sleppt: ${c.skipped}. ${tab ? `Niðurstöðurnar eru í flipanum ${tab}: vinsamlegast sendu okkur þær.` : `Ekki tókst að skrifa niðurstöðurnar í flipa: ${reason}`}`,
  },
  he: {
    menu: {
      sidebar: 'פתיחת החלונית',
      setup: 'הגדרת גיליון המעקב',
      check: 'בדיקת הגיליון',
      selfTest: 'הרצת בדיקה עצמית',
    },
    busy: 'פעולה אחרת רצה כרגע בגיליון הזה. כדאי להמתין רגע ולנסות שוב.',
    pickClient: 'יש לבחור לקוח קודם.',
    notMonth: (m) => `\u2068${m}\u2069 אינו חודש. יש לבחור חודש כמו \u20682026-10\u2069.`,
    noClient: (c) => `אין לקוח בשם \u2068${c}\u2069 בכרטיסייה Clients.`,
    reportFirst: (m, c) =>
      `יש להפיק קודם את הדוח לחודש \u2068${m}\u2069 עבור \u2068${c}\u2069, ואז לנסח את המייל.`,
    clientMoved: (c, r) =>
      `שורה ${r} בכרטיסייה Clients כבר לא מכילה את \u2068${c}\u2069. יש לטעון מחדש את החלונית ולנסות שוב.`,
    noTermsColumn:
      'בכרטיסייה Clients אין עמודה \u2068Terms confirmed\u2069. יש להפעיל את "הגדרת גיליון המעקב" כדי להוסיף אותה.',
    selfTestDone: (c, tab, reason) =>
      `עברו: ${c.passed}. נכשלו: ${c.failed}. דולגו: ${c.skipped}. ${tab ? `התוצאות נמצאות בכרטיסייה \u2068${tab}\u2069: נשמח אם תשלחו אותן אלינו.` : `לא ניתן היה לכתוב את התוצאות לכרטיסייה: \u2068${reason}\u2069`}`,
  },
  ja: {
    menu: {
      sidebar: 'サイドバーを開く',
      setup: '管理シートを準備',
      check: 'シートをチェック',
      selfTest: 'セルフテストを実行',
    },
    busy: 'このスプレッドシートでは別の処理が実行中です。少し待ってからもう一度お試しください。',
    pickClient: '先にクライアントを選んでください。',
    notMonth: (m) => `「${m}」は月として読めません。2026-10 のように選んでください。`,
    noClient: (c) => `Clients タブに「${c}」というクライアントはありません。`,
    reportFirst: (m, c) => `先に ${c} の ${m} のレポートを作成してから、メールを下書きしてください。`,
    clientMoved: (c, r) =>
      `Clients タブの ${r} 行目は「${c}」ではなくなっています。サイドバーを読み込み直して、もう一度お試しください。`,
    noTermsColumn:
      'Clients タブに「Terms confirmed」列がありません。「管理シートを準備」を実行して追加してください。',
    selfTestDone: (c, tab, reason) =>
      `成功 ${c.passed} 件、失敗 ${c.failed} 件、スキップ ${c.skipped} 件。${tab ? `結果は「${tab}」タブにあります。こちらまでお送りください。` : `結果をタブに書き込めませんでした：${reason}`}`,
  },
};
