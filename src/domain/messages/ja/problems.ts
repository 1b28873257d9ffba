// 日本語の問題メッセージ：何が問題で、どう直せばよいかを短く。です・ます調、直し方は「〜してください」。
// タブ・列・設定の名前はシートのとおり英語のまま（「{tab} タブ」「「{column}」列」）。文はそれぞれ「。」で
// 終わるため、文と文の間には何も入れない。
import type { ProblemMessages } from '../shapes/problems';

export const problems: ProblemMessages = {
  join: '',
  listSeparator: '・',

  cellError: 'セルに {error} エラーが表示されています。数式を修正するか、値を直接入力してください。',
  cellNaN: 'セルの値が NaN（数値ではない値）になっています。',
  cellUnusableNumber: 'セルの値 {value} は数値として使用できません。',
  cellCommaNumber:
    '「{value}」はテキストとして入力されているため、カンマが小数点を表すのか桁区切りなのか判断できません。意図した値を、1500 や 1.5 のように数値として入力し直してください。',
  cellPointNumber:
    '「{value}」はテキストとして入力されているため、ピリオドが小数点なのか桁区切りなのか判断できません。意図した値を、1500 や 1.5 のように数値として入力し直してください。',
  formatAsNumber: 'セルの表示形式がテキストになっている場合は、先に表示形式を数値に変更してください。',
  cellTextNotNumber: '「{value}」は数値ではなくテキストです。',
  cellTickNotNumber: '「{value}」はチェックボックスの値で、数値ではありません。',
  cellDateNotNumber: 'セルに入っているのは数値ではなく日付です。',
  cellNotNumber: '「{value}」は数値ではありません。',
  cellInvalidDate: 'セルの日付が無効です。',
  cellDateOutOfRange: '「{value}」は西暦 1〜9999 年の範囲外です。',
  cellTextNotDate:
    '「{value}」は日付ではなくテキストです。カレンダーから日付を選ぶか、2026-10-31 の形式で入力してください。',
  cellNumberNotDate: '「{value}」は日付ではなく数値です。セルの表示形式を「日付」にしてください。',
  cellNotDate: '「{value}」は日付ではありません。',
  cellNotTick: '「{value}」はチェックボックスの値（TRUE または FALSE）ではありません。',
  cellNotOneOf: '「{value}」は {choices} のいずれでもありません。',
  typeDigits: '12.5 のように数字で入力してください。',
  typeWholeDays: '30 のように日数を整数で入力してください。',
  typePriority: '1 以上の整数を入力してください。',
  typeStage: '催促の段階（Reminder stage）は 0〜3 の整数です。',

  noTab:
    '{tab} タブがありません。「拡張機能 › Freelance Value Tracker › 管理シートを準備」を実行してください。',
  noHeaderRow:
    '{tab} タブの 1〜{rows} 行目に、{columns} などの列名が入った見出し行がありません。データの上に見出し行を 1 行作って列名を入力してから、もう一度お試しください。',
  tabClash:
    '{tab} タブと見なせるタブが複数あります（{names}）。1 つだけ残し、ほかは名前を変更するか削除してから、もう一度お試しください。',
  missingColumn:
    '{tab} タブに「{column}」列がないため、行を読み取れません。{row} 行目の見出しに「{column}」を追加するか、「管理シートを準備」を実行してください。',
  duplicateColumn:
    '「{column}」列が 2 つあります。最初の列（{first} 列）を使用します。{second} 列の名前を変更するか、削除してください。',

  settingName: '【{setting}】',
  usesEnglish: '代わりに英語を使用します。',
  notCurrency: '「{value}」は通貨コードではありません。',
  usesCurrency: '代わりに {currency} を使用します。',
  reminderDaysBad:
    '「{value}」を読み取れません。期日の何日後に催促するかを、「1, 7, 14」のように小さい順の整数で入力してください。それまでは 1, 7, 14 を使用します。',
  scoreWeightsBad:
    '「{value}」を読み取れません。「goal 1, A 1, B 0」（既定値）の形式で入力してください。それまでは既定値を使用します。',
  billingRhythmBad:
    '「{value}」は選択肢（{choices}）にありません。プルダウンから選んでください。それまでは、取引条件の確認メールに請求のタイミングを記載しません。',
  depositNotPercent: '{value} は 1〜100% の範囲外です。',
  depositBad:
    '「{value}」を読み取れません。作業開始前に受け取る前払金の割合を、25% のように入力してください。それまでは、取引条件の確認メールに前払金を記載しません。',
  workingHoursBad:
    '「{value}」を読み取れません。「Mon–Fri 09:00–17:00」（月〜金 9:00〜17:00）のように英語で入力してください。後ろに Europe/Oslo のようなタイムゾーンを付けることもできます。それまでは、取引条件の確認メールに稼働時間を記載しません。',
  responseTimeBad:
    '「{value}」を読み取れません。「1 working day」（1 営業日）や「4 working hours」（稼働時間で 4 時間）のように、整数を使って英語で入力してください。それまでは、取引条件の確認メールに返信の目安を記載しません。',

  clientNameError: 'クライアント名に {error} エラーが表示されています。',
  noClientName: 'この行にはクライアント名がありません。クライアント名を入力するか、行を空にしてください。',
  duplicateClient:
    '「{value}」は {row} 行目にすでにあります。クライアント名は重複できないため、名前を変更するか、この行を削除してください。',
  usesDefaultLanguage: '代わりに「Settings › Default language」の {language} を使用します。',
  costsLeftOut: '時間単価を修正するまで、レポートには費用を記載しません。',
  rateBelowZero: '時間単価がマイナスのため、レポートには費用を記載しません。',
  notWholeDays: '{value} は整数の日数ではありません。',
  usesDefaultTerms: { other: '代わりに {n} 日を使用します。' },
  noUpdatesPlanned: '進捗報告のリマインダーは表示しません。',
  treatedAsActive: 'このクライアントは active（稼働中）として扱います。',
  notTimeZone: '「{value}」は Europe/Oslo のようなタイムゾーン名ではありません。',
  belowZero: '{value} はマイナスの値です。',
  noDeposit: '前払金の請求書は作成できません。',
  depositRange: '{value} は範囲外です。0〜100 の数値を入力してください。',
  usesDefaultDeposit: 'それまでは前払金の割合を 10% とします。',

  notAClient: '「{client}」は Clients タブにありません。プルダウンからクライアントを選んでください。',
  goalNoClient: '目標にクライアントが指定されていません。プルダウンから選んでください。',
  goalEmpty:
    '目標が空欄です。「メルマガの新規登録者 500 人」のように、数字を入れてクライアントの言葉で書いてください。',
  duplicateGoal:
    '「{client}」の同じ目標が {row} 行目にすでにあります。タスクと目標は文言で紐づくため、同じクライアントの目標は重複しないようにしてください。',
  priorityEmpty: '優先度が空欄です。',
  notWholeFromOne: '{value} は 1 以上の整数ではありません。',
  listedAfterRanked: 'この目標は、優先度が入力された目標の後に表示します。',
  progressWithout: 'この値を使わずに進捗を表示します。',
  treatedAsOpen: 'この目標は open（進行中）として扱います。',

  taskNoClient: 'タスクにクライアントが指定されていません。プルダウンから選んでください。',
  taskNoDate: 'タスクに日付がありません。作業した日を入力してください。',
  taskNoHours: 'タスクに作業時間がありません。かかった時間を 1.5 のように入力してください。',
  hoursRange: '{value} は 0〜24 時間の範囲外です。',
  goalOfOther:
    '「{goal}」は「{client}」ではなく「{other}」の目標です。「{client}」の目標から選んでください。',
  notAGoal: '「{goal}」は Goals タブにありません。プルダウンから目標を選んでください。',
  useMark: 'A（やらないと重大な影響が出る作業）または B（やらなくても影響が小さい作業）を選んでください。',
  goalAndMark:
    'このタスクには目標と Mark の両方が入力されています。目標だけを残すか、目標を消して Mark だけを残してください。',
  noGoalNoMark:
    'このタスクには目標も Mark も入力されていません。目標を選ぶか、Mark に A（やらないと重大な影響が出る作業）または B（やらなくても影響が小さい作業）を入力してください。',

  paymentsBlocked: {
    other:
      'Invoices タブに、催促を記録する {columns} 列がありません。記録できないと次回も同じ催促を下書きしてしまうため、お支払いの催促は下書きしません。「管理シートを準備」を実行して列を追加してください。',
  },
  invoiceNoNumber: '請求書番号がありません。請求書に記載の番号を入力してください。',
  duplicateInvoice: '請求書「{invoice}」は {row} 行目にすでにあります。請求書番号は重複できません。',
  invoiceNoClient: '請求書にクライアントが指定されていません。プルダウンから選んでください。',
  noIssueDate: '請求書に発行日がありません。',
  noAmount: '請求書に金額がありません。',
  amountBelowZero: '金額がマイナスになっています。',
  stageOutOfRange: '{value} は 0〜3 の範囲外です。',
  notWholeNumber: '{value} は整数ではありません。',
  clearToStartOver: '催促を最初からやり直す場合は、セルを空にしてください。',
  dueTooLate: {
    other:
      '発行日（Issued）にお支払い条件の {n} 日を足すと、9999 年を超えてしまいます。Due 列に期日を入力してください。',
  },
  notDriveLink:
    '「{value}」は Google ドライブのファイルへのリンクではありません。リンクのスマートチップや HYPERLINK 関数では、アドオンには表示テキストしか読み取れません。催促メールに請求書を添付できるよう、ファイルのリンク（https://drive.google.com/file/d/…）をそのまま貼り付けてください。',
  stageFormula:
    '「Reminder stage」列または「Last reminder」列に数式が入っています。これらのセルにはアドオンが催促のたびに記録を書き込みますが、数式は上書きしないため、この請求書の催促は下書きしていません。両方のセルを空にしてから（数式は別の列に移してください）、もう一度お試しください。',

  noEmail: '「{client}」のメールアドレスがありません。',
  notOneEmail: '「{value}」は 1 つのメールアドレスとして読み取れません。',
  contactLineBreak: '担当者名に改行が含まれています。',
  greetingLineBreak: '宛名（Greeting name）に改行が含まれています。',
  clientLineBreak: 'クライアント名に改行が含まれています。',
  invoiceLineBreak: '請求書番号に改行が含まれています。',
  subjectLineBreak: 'メールの件名に改行が入ってしまいます。クライアント名と請求書番号を確認してください。',
  draftCurrency: '「{value}」は EUR のような通貨コードではありません。',
  notDrafted: {
    payment: 'お支払いの催促の下書きは作成していません。',
    report: 'レポート送付メールの下書きは作成していません。',
    update: '進捗報告の下書きは作成していません。',
    terms: '取引条件の確認メールの下書きは作成していません。',
    'check-in': 'プロジェクト後のご連絡の下書きは作成していません。',
    'rate-change': '新しい単価のお知らせの下書きは作成していません。',
  },
  addEmail: 'メールアドレスを入力してから、もう一度お試しください。',
  oneAddress: 'name@example.com のように、アドレスを 1 つだけ入力してください。',
  oneLine: '1 行にまとめてください。',

  noHourlyRate:
    '「{client}」の時間単価が入力されていません。Clients タブ {row} 行目の「Hourly rate」に単価を入力してから、請求書を作成してください。',
  noBillableHours:
    '「{client}」の{month}分に、請求できる作業時間が残っていません。Tasks タブで、請求するタスクの「Billable」にチェックを入れてください。ただし、すでに請求書に含まれているタスク（「Tasks › Invoice」に請求書番号があるもの）は対象外です。',
  noEstimate:
    '「{client}」の見積額が入力されていません。Clients タブ {row} 行目の「Estimate」に合意済みの見積額を入力してから、前払金の請求書を作成してください。',
  alreadyChased:
    '請求書「{invoice}」には、お支払いの催促をすでに下書きしています（Invoices タブ {row} 行目、Reminder stage {stage}）。クライアントに届いている可能性があるため、この請求書は差し替えません。請求書の作成後に記録した作業時間は、翌月の請求書に含まれます。',
  alreadyPaid:
    '請求書「{invoice}」は入金済みとして記録されているため（Invoices タブ {row} 行目、Paid on）、差し替えません。請求書の作成後に記録した作業時間は、翌月の請求書に含まれます。',
  clientRowProblem:
    'Clients タブの「{client}」の行に問題があります。「シートの問題」を確認して修正してから、もう一度お試しください。',
  noSuchClient: 'Clients タブに「{client}」というクライアントはありません。',
  pickClient: '先にクライアントを選んでください。',
  notMonth: '「{value}」は月として読めません。{example} のように選んでください。',
  reportFirst: '先に {client} の {month} のレポートを作成してから、メールを下書きしてください。',
  clientMoved:
    'Clients タブの {row} 行目は「{client}」ではなくなっています。サイドバーを読み込み直して、もう一度お試しください。',
  tabNotOurs:
    '{tab} タブはアドオンが作成したものではありません（セル A1 が「{marker}」ではありません）。何も変更していません。このタブの名前を変更してから、もう一度お試しください。',
  tabGone: '{tab} タブが見つかりません。削除されたか、名前が変更された可能性があります。',
  noLock:
    'スクリプトがこのスプレッドシートから実行されていないため、Apps Script のドキュメントロックを取得できませんでした。スプレッドシートを開いて、「拡張機能 › Freelance Value Tracker」から操作してください。',
  tabMissing: '{tab} タブがありません。「管理シートを準備」を実行してから、もう一度お試しください。',
  noIdReturned: '{service} から、作成したばかりの項目の ID が返されませんでした。もう一度お試しください。',
  serviceOff:
    'このアドオンでは {service} の拡張サービスが有効になっていないため、何も作成していません。アドオンを導入した方が有効にしてください（導入手順を参照）。',
  pdfNotMade:
    '{file} の PDF を作成できませんでした。Drive から PDF が返されませんでした。1 分ほどおいてからもう一度お試しください。繰り返し起きる場合はセルフテストを実行してください。',
  columnMissing:
    '{tab} タブに「{column}」列がありません。「管理シートを準備」を実行してから（列が追加され、入力済みのデータはそのまま残ります）、もう一度お試しください。',
  logColumnLost:
    '{tab} タブに「{column}」列がないため、記録済みの内容を照合できず、同じものがもう一度作成されてしまいます。列名を「{column}」に戻してから、もう一度お試しください。',
  roundingBad:
    '「{value}」を読み取れません。「15 minutes」「6 minutes」「1 hour」のように、1 時間を割り切れる分数を英語で入力してください。それまでは、タイマーは 15 分単位で丸めます。',
  timerHours:
    '{value} 時間は 1 行に記録できません。0 より大きく 24 以下の値を入力してください。何も記録しない場合は、タイマーを破棄してください。',
  timerUnreadable:
    'このスプレッドシートに保存されたタイマーを読み取れません。破棄してから、もう一度開始してください。',
  // 請求書・税の問題。設定は「Settings › …」、列は「…」と、シートの英語の名前で指す。{country} は
  // 売手の国の日本語名（Intl.DisplayNames）。
  taxMissingSetting:
    '「Settings › {setting}」が空欄です。{country}の事業者が発行する請求書には、この記載が必要です。',
  taxMissingClient:
    '「{client}」の「{column}」が空欄です。{country}の事業者が発行する請求書には、この記載が必要です。',
  taxNotFormat: '「{value}」は、{country}の番号として正しい書式ではありません。',
  taxChecksum: '「{value}」はチェックデジットが一致しないため、いずれかの桁が誤っています。',
  taxNotCountryCode: '「{value}」は、NO・GB・JP のような 2 文字の国コードではありません。',
  taxNoRules:
    '「{value}」は、このアドオンが請求書の要件に対応している国ではありません（対応している国：{countries}）。',
  taxVatMismatch:
    'VAT number の「{value}」が、Organisation number から導かれる番号（{expected}）と一致しません。',
  taxRateUnknown: '{value}% は{country}の税率ではありません。税率（%）は {rates} のいずれかです。',
  fixInSettings: '「Settings › {setting}」を入力または修正してから、請求書をもう一度作成してください。',
  fixInClients:
    'Clients タブ {row} 行目の「{column}」を入力または修正してから、請求書をもう一度作成してください。',
  exchangeRateMissing:
    'この請求書は {currency} 建てで税額を請求するため、{own} に換算した税額も記載する必要があります。「Settings › Exchange rates」に、1 {currency} あたりの {own} の額を「{currency} 11.5」のように入力してから、請求書をもう一度作成してください。',
  invoicePatternBad:
    '「Settings › Invoice number」の「{value}」には、連番 {placeholder} をちょうど 1 回入れてください。アドオンが値を入れないプレースホルダーは使えません（例：{example}）。',
  alreadySent:
    '請求書「{invoice}」は{date}に送付済みのため（Invoices タブ {row} 行目、Sent on）、作り直しません。訂正するには請求取消通知書を作成してください（その請求書の作業は未請求に戻り、改めて請求書を作成できます）。',
  import: {
    unclosedQuote:
      '{line} 行目で開いた引用符が閉じられていないため、その行以降を読み取れません。ファイルをもう一度エクスポートしてください。',
    notAnExport:
      'Toggl Track・Clockify・Harvest の時間データではありません（1 行目にこれらの列名がありません）。詳細な時間レポートを CSV でエクスポートし、そのファイルを選んでください。',
    noDateColumn:
      '{vendor} のエクスポートに日付の列がありません。開始日を含めてもう一度エクスポートしてください。',
    noHoursColumn:
      '{vendor} のエクスポートに正確な時間がありません（所要時間も、開始・終了時刻もありません）。所要時間か開始・終了時刻を含めてもう一度エクスポートしてください。',
    datesMixOrder:
      '日が先の日付（{first}）と月が先の日付（{second}）が混在しているため、どの日付も確実に読み取れません。日付の形式を 1 つにしてもう一度エクスポートしてください。',
    wrongFieldCount:
      'この行の値は {fields} 個ですが、見出し行は {expected} 個です。余分なカンマやセミコロンがないか確認してください。',
    badDate: '{column}：「{value}」は日付ではありません。',
    badTime: '{column}：「{value}」は時刻ではありません。',
    badDuration: '{column}：「{value}」は所要時間ではありません。',
    badYesNo: '{column}：「{value}」は Yes でも No でもありません。',
    noHours: 'この行には所要時間も、開始・終了時刻もありません。',
    endBeforeStart: '終了時刻が開始時刻より前です。',
    longerThanDay:
      'この記録は {hours} 時間で、1 日を超えています。Tasks の 1 行には 1 日分の作業しか入りません。タイムトラッカーで分割してから、もう一度インポートしてください。',
    isBreak: '休憩は顧客の作業ではないため、取り込みませんでした。',
  },
  creditNoSuchInvoice:
    'Invoices タブに請求書「{invoice}」がありません。Invoice 列に記載されているとおりの番号を指定してください。',
  creditNotSent:
    '請求書「{invoice}」はまだ送付されていないため（Invoices タブ {row} 行目の Sent on が空欄）、請求取消通知書は不要です。請求書をもう一度作成するか、送付済みであれば Sent on に送付日を入力してください。',
  creditAlready:
    '請求書「{invoice}」は請求取消通知書「{credit}」ですでに取り消されているため、重ねて作成しません。',
  creditOfCredit:
    '「{invoice}」は請求取消通知書です（Invoices タブ {row} 行目）。取り消せるのは請求書だけです。',
  // Withdraw invoice is 「無効にする」 as on the sidebar's button (docs/language/ja.md): 取り下げ/取り消す would
  // blur it with the credit note, which 取り消す a sent invoice. A paid or chased invoice counts as sent
  // even where Sent on is blank, so its refusal points straight to the credit note.
  withdrawCreditNote:
    '「{invoice}」は請求取消通知書です（Invoices タブ {row} 行目）。無効にできるのは、まだ送付していない請求書だけです。',
  withdrawSent:
    '請求書「{invoice}」は{date}に送付済みのため（Invoices タブ {row} 行目、Sent on）、無効にできません。取り消すには請求取消通知書を作成してください。',
  withdrawPaid:
    '請求書「{invoice}」は入金済みとして記録されているため（Invoices タブ {row} 行目、Paid on）、無効にできません。取り消すには請求取消通知書を作成してください。',
  withdrawChased:
    '請求書「{invoice}」には、お支払いの催促をすでに下書きしています（Invoices タブ {row} 行目、Reminder stage {stage}）。請求書がクライアントに届いている可能性があるため、無効にできません。取り消すには請求取消通知書を作成してください。',
  withdrawCredited:
    '請求書「{invoice}」（Invoices タブ {row} 行目）は請求取消通知書「{credit}」ですでに取り消されているため、無効にする必要はありません。',
  creditRebuiltDiffers:
    '請求書「{invoice}」の請求内容の記録がありません（以前のバージョンのアドオンで作成されたか、Invoices タブに手入力された請求書です）。この請求書のタスクを現在の内容で計算し直すと {rebuilt} となり、Invoices タブ {row} 行目の Amount（{amount}）と一致しません。請求書の作成後に、時間単価かタスクが変更されています。このまま請求取消通知書を作成すると請求書を正確に取り消せないため、作成しません。時間単価とタスクを請求書の発行時の状態に戻すか、請求取消通知書を手作業で作成してください。',
};
