// The report's fixed text in each client language, written as a native speaker would write it to a
// client. Counts go through Intl.PluralRules so "1 task" and "2 tasks" both read right.

import { LOCALES } from '../format';
import type { Language } from '../types';

export interface ReportMessages {
  title: (client: string, month: string) => string;
  preparedBy: (who: string) => string;
  summary: (hours: string, tasks: string, goalShare: string) => string;
  tasks: Record<Intl.LDMLPluralRule, string>;
  goalsHeading: string;
  target: string;
  progress: (current: string, target: string, share: string) => string;
  progressNoTarget: (current: string) => string;
  due: (date: string) => string;
  noWorkThisMonth: string;
  date: string;
  work: string;
  result: string;
  benefit: string;
  otherHeading: string;
  otherIntro: string;
  noImportantWork: string;
  routine: (tasks: string, hours: string) => string;
  timeHeading: string;
  category: string;
  hours: string;
  cost: string;
  goalRow: (goal: string) => string;
  aRow: string;
  bRow: string;
  total: string;
  nonBillable: (hours: string) => string;
  rate: (rate: string) => string;
  docName: (client: string, month: string) => string;
  achieved: string;
}

export const REPORT_MESSAGES: Record<Language, ReportMessages> = {
  en: {
    title: (client, month) => `${client}: value report for ${month}`,
    preparedBy: (who) => `Prepared by ${who}`,
    summary: (hours, tasks, share) =>
      `This month I spent ${hours} hours on ${tasks} for you, ${share} of them directly on your goals.`,
    tasks: {
      zero: '0 tasks',
      one: '1 task',
      two: '# tasks',
      few: '# tasks',
      many: '# tasks',
      other: '# tasks',
    },
    goalsHeading: 'Progress on your goals',
    target: 'Target',
    progress: (current, target, share) => `${current} of ${target} (${share})`,
    progressNoTarget: (current) => `Now at ${current}`,
    due: (date) => `due ${date}`,
    noWorkThisMonth: 'No work logged on this goal this month.',
    date: 'Date',
    work: 'Work',
    result: 'Result',
    benefit: 'What it means for you',
    otherHeading: 'Other important work',
    otherIntro: 'Work that served no single goal, but that would have cost you if left undone:',
    noImportantWork: 'No other important work this month.',
    routine: (tasks, hours) => `Smaller routine work: ${tasks}, ${hours} hours in all.`,
    timeHeading: 'Time and cost',
    category: 'Work on',
    hours: 'Hours',
    cost: 'Cost',
    goalRow: (goal) => goal,
    aRow: 'Other important work',
    bRow: 'Routine work',
    total: 'Total',
    nonBillable: (hours) => `${hours} of these hours were not billed.`,
    rate: (rate) => `Hourly rate: ${rate}`,
    docName: (client, month) => `${client} – value report ${month}`,
    achieved: 'achieved',
  },
  nb: {
    title: (client, month) => `${client}: verdirapport for ${month}`,
    preparedBy: (who) => `Utarbeidet av ${who}`,
    summary: (hours, tasks, share) =>
      `Denne måneden brukte jeg ${hours} timer på ${tasks} for dere, og ${share} av tiden gikk direkte til målene deres.`,
    tasks: {
      zero: '0 oppgaver',
      one: '1 oppgave',
      two: '# oppgaver',
      few: '# oppgaver',
      many: '# oppgaver',
      other: '# oppgaver',
    },
    goalsHeading: 'Fremdrift på målene deres',
    target: 'Mål',
    progress: (current, target, share) => `${current} av ${target} (${share})`,
    progressNoTarget: (current) => `Nå: ${current}`,
    due: (date) => `frist ${date}`,
    noWorkThisMonth: 'Ingen arbeid på dette målet denne måneden.',
    date: 'Dato',
    work: 'Arbeid',
    result: 'Resultat',
    benefit: 'Hva det betyr for dere',
    otherHeading: 'Annet viktig arbeid',
    otherIntro:
      'Arbeid som ikke hørte til ett bestemt mål, men som ville kostet dere dyrt om det ble liggende:',
    noImportantWork: 'Ikke noe annet viktig arbeid denne måneden.',
    routine: (tasks, hours) => `Mindre rutinearbeid: ${tasks}, til sammen ${hours} timer.`,
    timeHeading: 'Tid og kostnad',
    category: 'Arbeid med',
    hours: 'Timer',
    cost: 'Kostnad',
    goalRow: (goal) => goal,
    aRow: 'Annet viktig arbeid',
    bRow: 'Rutinearbeid',
    total: 'Totalt',
    nonBillable: (hours) => `${hours} av timene ble ikke fakturert.`,
    rate: (rate) => `Timepris: ${rate}`,
    docName: (client, month) => `${client} – verdirapport ${month}`,
    achieved: 'nådd',
  },
  is: {
    title: (client, month) => `${client}: virðisskýrsla fyrir ${month}`,
    preparedBy: (who) => `Unnið af ${who}`,
    summary: (hours, tasks, share) =>
      `Í þessum mánuði varði ég ${hours} klukkustundum í ${tasks} fyrir ykkur og ${share} tímans fór beint í markmiðin ykkar.`,
    tasks: {
      zero: '0 verkefni',
      one: '1 verkefni',
      two: '# verkefni',
      few: '# verkefni',
      many: '# verkefni',
      other: '# verkefni',
    },
    goalsHeading: 'Árangur í átt að markmiðunum ykkar',
    target: 'Markmið',
    progress: (current, target, share) => `${current} af ${target} (${share})`,
    progressNoTarget: (current) => `Staðan núna: ${current}`,
    due: (date) => `fyrir ${date}`,
    noWorkThisMonth: 'Ekkert unnið að þessu markmiði í mánuðinum.',
    date: 'Dagsetning',
    work: 'Verk',
    result: 'Niðurstaða',
    benefit: 'Hvað það þýðir fyrir ykkur',
    otherHeading: 'Önnur mikilvæg verk',
    otherIntro:
      'Verk sem tilheyrðu ekki einu markmiði en hefðu kostað ykkur sitt ef þau hefðu setið á hakanum:',
    noImportantWork: 'Engin önnur mikilvæg verk í þessum mánuði.',
    routine: (tasks, hours) => `Smærri dagleg verk: ${tasks}, alls ${hours} klukkustundir.`,
    timeHeading: 'Tími og kostnaður',
    category: 'Unnið að',
    hours: 'Klukkustundir',
    cost: 'Kostnaður',
    goalRow: (goal) => goal,
    aRow: 'Önnur mikilvæg verk',
    bRow: 'Dagleg verk',
    total: 'Samtals',
    nonBillable: (hours) => `${hours} af þessum klukkustundum voru ekki rukkaðar.`,
    rate: (rate) => `Tímagjald: ${rate}`,
    docName: (client, month) => `${client} – virðisskýrsla ${month}`,
    achieved: 'náð',
  },
  he: {
    title: (client, month) => `${client}: דוח ערך לחודש ${month}`,
    preparedBy: (who) => `הוכן על ידי ${who}`,
    summary: (hours, tasks, share) =>
      `החודש עבדתי עבורכם ${hours} שעות על ${tasks}, ו־${share} מהזמן הוקדש ישירות ליעדים שלכם.`,
    tasks: {
      zero: '0 משימות',
      one: 'משימה אחת',
      two: 'שתי משימות',
      few: '# משימות',
      many: '# משימות',
      other: '# משימות',
    },
    goalsHeading: 'התקדמות ביעדים שלכם',
    target: 'יעד',
    progress: (current, target, share) => `${current} מתוך ${target} (${share})`,
    progressNoTarget: (current) => `כעת: ${current}`,
    due: (date) => `עד ${date}`,
    noWorkThisMonth: 'לא בוצעה עבודה על יעד זה החודש.',
    date: 'תאריך',
    work: 'עבודה',
    result: 'תוצאה',
    benefit: 'מה זה נותן לכם',
    otherHeading: 'עבודה חשובה נוספת',
    otherIntro: 'עבודה שלא שייכת ליעד מסוים, אבל הזנחתה הייתה עולה לכם ביוקר:',
    noImportantWork: 'לא הייתה החודש עבודה חשובה נוספת.',
    routine: (tasks, hours) => `עבודה שוטפת קטנה: ${tasks}, ${hours} שעות בסך הכול.`,
    timeHeading: 'זמן ועלות',
    category: 'עבודה על',
    hours: 'שעות',
    cost: 'עלות',
    goalRow: (goal) => goal,
    aRow: 'עבודה חשובה נוספת',
    bRow: 'עבודה שוטפת',
    total: 'סה״כ',
    nonBillable: (hours) => `${hours} מהשעות האלה לא חויבו.`,
    rate: (rate) => `תעריף לשעה: ${rate}`,
    docName: (client, month) => `${client} – דוח ערך ${month}`,
    achieved: 'הושג',
  },
  ja: {
    title: (client, month) => `${client} 様 ${month} 成果報告書`,
    preparedBy: (who) => `作成：${who}`,
    summary: (hours, tasks, share) =>
      `今月は${tasks}に合計${hours}時間を費やしました。そのうち${share}は御社の目標に直接つながる作業です。`,
    tasks: {
      zero: '0件の作業',
      one: '#件の作業',
      two: '#件の作業',
      few: '#件の作業',
      many: '#件の作業',
      other: '#件の作業',
    },
    goalsHeading: '目標の進捗',
    target: '目標値',
    progress: (current, target, share) => `${target}のうち${current}（${share}）`,
    progressNoTarget: (current) => `現在：${current}`,
    due: (date) => `期限：${date}`,
    noWorkThisMonth: '今月はこの目標に関する作業はありませんでした。',
    date: '日付',
    work: '作業内容',
    result: '成果',
    benefit: '御社にとっての効果',
    otherHeading: 'その他の重要な作業',
    otherIntro: '特定の目標には属さないものの、対応しなければ御社に損失が生じていた作業です。',
    noImportantWork: '今月はその他の重要な作業はありませんでした。',
    routine: (tasks, hours) => `小規模な定常作業：${tasks}、合計${hours}時間。`,
    timeHeading: '作業時間と費用',
    category: '作業区分',
    hours: '時間',
    cost: '費用',
    goalRow: (goal) => goal,
    aRow: 'その他の重要な作業',
    bRow: '定常作業',
    total: '合計',
    nonBillable: (hours) => `このうち${hours}時間は請求対象外です。`,
    rate: (rate) => `時間単価：${rate}`,
    docName: (client, month) => `${client} 様 成果報告書 ${month}`,
    achieved: '達成',
  },
};

export function countTasks(count: number, language: Language): string {
  const form = new Intl.PluralRules(LOCALES[language]).select(count);
  const text = REPORT_MESSAGES[language].tasks[form] ?? REPORT_MESSAGES[language].tasks.other;
  return text.replace('#', new Intl.NumberFormat(LOCALES[language]).format(count));
}
