// Client health in the freelancer's language: the Dashboard tab's headings and the plain-words
// reasons a client looks at risk. Counts take their plural form from Intl.PluralRules.

import { LOCALES, formatNumber, formatPercent } from '../format';
import { type PluralForms, pluralForm } from '../messages/core/plural';
import type { Language } from '../types';
import type { RiskReason } from './health';

type Plural = PluralForms;

export interface HealthMessages {
  title: string;
  columns: {
    client: string;
    daysSinceContact: string;
    avgDaysLate: string;
    overdue: string;
    missedDeadlines90: string;
    hoursThisMonth: string;
    hoursAverage3: string;
    rateChange: string;
    signal: string;
  };
  ok: string;
  never: string;
  business: string;
  largestShare: (client: string, share: string) => string;
  concentrated: string;
  leads: (count: number) => string;
  otherCurrencies: (count: number, currency: string) => string;
  days: Plural;
  invoices: Plural;
  deadlines: Plural;
  reason: (reason: RiskReason, language: Language) => string;
}

/** The plural form of a count in that language, with the number put in for {n}. */
export function plural(forms: Plural, n: number, language: Language): string {
  return pluralForm(LOCALES[language], forms, n).replace('{n}', formatNumber(n, language));
}

export const HEALTH_MESSAGES: Record<Language, HealthMessages> = {
  en: {
    title: 'Client health',
    columns: {
      client: 'Client',
      daysSinceContact: 'Days since contact',
      avgDaysLate: 'Average days paid late (12 months)',
      overdue: 'Overdue now',
      missedDeadlines90: 'Deadlines missed (90 days)',
      hoursThisMonth: 'Hours this month',
      hoursAverage3: 'Average hours (3 months)',
      rateChange: 'Rate change from',
      signal: 'Signal',
    },
    ok: 'Looks fine',
    never: 'never',
    business: 'Your business',
    largestShare: (client, share) => `Largest client, last 3 months: ${client}, ${share} of invoiced income`,
    concentrated: 'Much of your income rests on one client: look for more work elsewhere.',
    leads: (n) => plural({ one: '{n} lead in the pipeline', other: '{n} leads in the pipeline' }, n, 'en'),
    otherCurrencies: (n, currency) =>
      `${plural(HEALTH_MESSAGES.en.invoices, n, 'en')} in currencies other than ${currency} not included`,
    days: { one: '{n} day', other: '{n} days' },
    invoices: { one: '{n} invoice', other: '{n} invoices' },
    deadlines: { one: '{n} deadline', other: '{n} deadlines' },
    reason: (r) => {
      const days = (n: number) => plural(HEALTH_MESSAGES.en.days, n, 'en');
      switch (r.code) {
        case 'silent':
          return `No contact for ${days(r.days)}`;
        case 'pays-late':
          return `Pays ${days(r.days)} late on average`;
        case 'overdue':
          return `${plural(HEALTH_MESSAGES.en.invoices, r.invoices, 'en')} overdue, the oldest by ${days(r.days)}`;
        case 'missed-deadlines':
          return `${plural(HEALTH_MESSAGES.en.deadlines, r.count, 'en')} missed in 90 days`;
        case 'hours-falling':
          return `Hours this month are on course for ${formatPercent(r.share, 'en')} of the usual`;
      }
    },
  },
  nb: {
    title: 'Kundestatus',
    columns: {
      client: 'Kunde',
      daysSinceContact: 'Dager siden kontakt',
      avgDaysLate: 'Dager betalt for sent i snitt (12 mnd.)',
      overdue: 'Forfalt nå',
      missedDeadlines90: 'Oversittede frister (90 dager)',
      hoursThisMonth: 'Timer denne måneden',
      hoursAverage3: 'Timer i snitt (3 mnd.)',
      rateChange: 'Ny timepris fra',
      signal: 'Signal',
    },
    ok: 'Ser bra ut',
    never: 'aldri',
    business: 'Virksomheten din',
    largestShare: (client, share) =>
      `Største kunde siste 3 måneder: ${client}, ${share} av fakturert inntekt`,
    concentrated: 'Mye av inntekten din kommer fra én kunde: se etter flere oppdrag andre steder.',
    leads: (n) => plural({ one: '{n} mulig kunde i løypa', other: '{n} mulige kunder i løypa' }, n, 'nb'),
    otherCurrencies: (n, currency) =>
      `${plural(HEALTH_MESSAGES.nb.invoices, n, 'nb')} i andre valutaer enn ${currency} er ikke tatt med`,
    days: { one: '{n} dag', other: '{n} dager' },
    invoices: { one: '{n} faktura', other: '{n} fakturaer' },
    deadlines: { one: '{n} frist', other: '{n} frister' },
    reason: (r) => {
      const days = (n: number) => plural(HEALTH_MESSAGES.nb.days, n, 'nb');
      switch (r.code) {
        case 'silent':
          return `Ingen kontakt på ${days(r.days)}`;
        case 'pays-late':
          return `Betaler i snitt ${days(r.days)} for sent`;
        case 'overdue':
          return `${plural(HEALTH_MESSAGES.nb.invoices, r.invoices, 'nb')} forfalt, den eldste for ${days(r.days)} siden`;
        case 'missed-deadlines':
          return `${plural(HEALTH_MESSAGES.nb.deadlines, r.count, 'nb')} oversittet de siste 90 dagene`;
        case 'hours-falling':
          return `Timene denne måneden ligger an til ${formatPercent(r.share, 'nb')} av det vanlige`;
      }
    },
  },
  is: {
    title: 'Staða viðskiptavina',
    columns: {
      client: 'Viðskiptavinur',
      daysSinceContact: 'Dagar frá síðustu samskiptum',
      avgDaysLate: 'Meðalgreiðsludráttur í dögum (12 mán.)',
      overdue: 'Gjaldfallið núna',
      missedDeadlines90: 'Frestir sem ekki var staðið við (90 dagar)',
      hoursThisMonth: 'Tímar í þessum mánuði',
      hoursAverage3: 'Tímar að meðaltali (3 mán.)',
      rateChange: 'Nýtt tímagjald frá',
      signal: 'Staða',
    },
    ok: 'Lítur vel út',
    never: 'aldrei',
    business: 'Reksturinn',
    largestShare: (client, share) =>
      `Stærsti viðskiptavinur síðustu 3 mánuði: ${client}, ${share} af reikningsfærðum tekjum`,
    concentrated:
      'Stór hluti teknanna kemur frá einum viðskiptavini: leitaðu að fleiri verkefnum annars staðar.',
    // Icelandic: 21, 31, 101... take the singular (CLDR "one"), as Intl.PluralRules says.
    leads: (n) =>
      plural(
        { one: '{n} mögulegur viðskiptavinur í sigtinu', other: '{n} mögulegir viðskiptavinir í sigtinu' },
        n,
        'is',
      ),
    otherCurrencies: (n, currency) =>
      `Reikningar í öðrum gjaldmiðlum en ${currency} eru ekki taldir með: ${formatNumber(n, 'is')}`,
    days: { one: '{n} dagur', other: '{n} dagar' },
    invoices: { one: '{n} reikningur', other: '{n} reikningar' },
    deadlines: { one: '{n} frestur', other: '{n} frestir' },
    reason: (r) => {
      const days = (n: number) => plural(HEALTH_MESSAGES.is.days, n, 'is');
      switch (r.code) {
        case 'silent':
          return `Engin samskipti í ${plural({ one: '{n} dag', other: '{n} daga' }, r.days, 'is')}`;
        case 'pays-late':
          return `Greiðir að meðaltali ${plural({ one: '{n} degi', other: '{n} dögum' }, r.days, 'is')} of seint`;
        case 'overdue':
          return `Gjaldfallið: ${plural(HEALTH_MESSAGES.is.invoices, r.invoices, 'is')}; lengsti dráttur: ${days(r.days)}`;
        case 'missed-deadlines':
          return `Frestir sem ekki var staðið við síðustu 90 daga: ${formatNumber(r.count, 'is')}`;
        case 'hours-falling':
          return `Tímar í þessum mánuði stefna í ${formatPercent(r.share, 'is')} af því sem venjulegt er`;
      }
    },
  },
  he: {
    title: 'מצב הלקוחות',
    columns: {
      client: 'לקוח',
      daysSinceContact: 'ימים מאז הקשר האחרון',
      avgDaysLate: 'איחור ממוצע בתשלום בימים (12 חודשים)',
      overdue: 'באיחור כעת',
      missedDeadlines90: 'מועדים שהוחמצו (90 יום)',
      hoursThisMonth: 'שעות החודש',
      hoursAverage3: 'ממוצע שעות (3 חודשים)',
      rateChange: 'תחילת תעריף חדש',
      signal: 'מצב',
    },
    ok: 'נראה תקין',
    never: 'אף פעם',
    business: 'העסק שלך',
    largestShare: (client, share) =>
      `הלקוח הגדול ביותר ב־3 החודשים האחרונים: \u2068${client}\u2069, \u2068${share}\u2069 מההכנסות שחויבו`,
    concentrated: 'חלק גדול מההכנסות שלך תלוי בלקוח אחד; כדאי לגוון ולחפש לקוחות נוספים.',
    // Hebrew has a dual (יומיים, שעתיים); PluralRules gives "two" for 2.
    leads: (n) =>
      plural({ one: 'ליד פתוח אחד', two: 'שני לידים פתוחים', other: '{n} לידים פתוחים' }, n, 'he'),
    otherCurrencies: (n, currency) =>
      `לא נכללו בחישוב: ${plural(HEALTH_MESSAGES.he.invoices, n, 'he')} במטבע שאינו \u2068${currency}\u2069`,
    days: { one: 'יום אחד', two: 'יומיים', other: '{n} ימים' },
    invoices: { one: 'חשבונית אחת', two: 'שתי חשבוניות', other: '{n} חשבוניות' },
    deadlines: { one: 'מועד אחד', two: 'שני מועדים', other: '{n} מועדים' },
    reason: (r) => {
      const days = (n: number) => plural(HEALTH_MESSAGES.he.days, n, 'he');
      switch (r.code) {
        case 'silent':
          return `אין קשר כבר ${days(r.days)}`;
        case 'pays-late':
          return `משלם באיחור של ${days(r.days)} בממוצע`;
        case 'overdue':
          return `${plural(HEALTH_MESSAGES.he.invoices, r.invoices, 'he')} באיחור, הוותיקה שבהן באיחור של ${days(r.days)}`;
        case 'missed-deadlines':
          return `מועדים שהוחמצו ב־90 הימים האחרונים: ${formatNumber(r.count, 'he')}`;
        case 'hours-falling':
          return `השעות החודש צפויות להגיע ל־\u2068${formatPercent(r.share, 'he')}\u2069 מהרגיל`;
      }
    },
  },
  ja: {
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
    largestShare: (client, share) => `直近3か月の最大顧客：${client}（請求額の${share}）`,
    concentrated: '収入の多くが 1 社に集中しています。他のクライアントの開拓をご検討ください。',
    leads: (n) => `見込み顧客：${formatNumber(n, 'ja')}件`,
    otherCurrencies: (n, currency) =>
      `${currency}以外の通貨の請求書${formatNumber(n, 'ja')}件は含まれていません`,
    days: { other: '{n}日' },
    invoices: { other: '{n}件' },
    deadlines: { other: '{n}件' },
    reason: (r) => {
      const days = (n: number) => plural(HEALTH_MESSAGES.ja.days, n, 'ja');
      switch (r.code) {
        case 'silent':
          return `${days(r.days)}間連絡なし`;
        case 'pays-late':
          return `支払いが平均${days(r.days)}遅れ`;
        case 'overdue':
          return `支払遅延の請求書${plural(HEALTH_MESSAGES.ja.invoices, r.invoices, 'ja')}（最長${days(r.days)}）`;
        case 'missed-deadlines':
          return `90日間で納期遅れ${plural(HEALTH_MESSAGES.ja.deadlines, r.count, 'ja')}`;
        case 'hours-falling':
          return `今月の作業時間は通常の${formatPercent(r.share, 'ja')}の見込み`;
      }
    },
  },
};
