// Email texts in each client language, polite and plain, written as a native speaker would write
// to a client. Payment reminders grow firmer by stage and never rude. Placeholders are filled with
// values already formatted for the locale. Hebrew avoids first-person forms that carry gender.

import type { DraftKind, Language } from '../types';

export interface PaymentFacts {
  invoice: string;
  amount: string;
  issued: string;
  due: string;
  /** Days from the invoice date; 0 means on receipt. */
  terms: number;
}

export interface MailMessages {
  /** The salutation lines: a contact person when known, else the client's name. */
  greeting: (contact: string, client: string) => string[];
  /** A first line before the body, where the language expects one (Japanese business mail). */
  intro: (sender: string, business: string, kind: DraftKind) => string;
  closing: string;
  /** "payment is due within 14 days of the invoice date", as a clause of a sentence. */
  termsPhrase: (days: number) => string;
  paymentSubject: (stage: number, invoice: string) => string;
  paymentBody: (stage: number, f: PaymentFacts) => string[];
  attachedNote: string;
  linkNote: string;
  reportSubject: (month: string) => string;
  reportBody: (month: string) => string;
  reportGoals: string;
  reportOutro: string;
  updateSubject: (from: string, to: string) => string;
  updateIntro: (from: string, to: string) => string;
  /** The same, when all the work was on one day. */
  updateSubjectDay: (day: string) => string;
  updateIntroDay: (day: string) => string;
  updateGoalWork: string;
  updateOtherWork: string;
  taskLine: (task: string, result: string, goal: string) => string;
  updateOutro: string;
  termsSubject: string;
  termsIntro: string;
  terms: {
    rate: (rate: string) => string;
    payment: (days: number) => string;
    billing: (rhythm: string) => string;
    deposit: (deposit: string) => string;
    hours: (hours: string) => string;
    response: (time: string) => string;
    reach: (how: string) => string;
  };
  termsOutro: string;
  checkInSubject: string;
  checkInBody: string[];
  rateSubject: (rate: string, from: string) => string;
  rateBody: (oldRate: string, newRate: string, from: string) => string[];
}

const stage = <T>(n: number, options: [T, T, T]): T => options[Math.min(3, Math.max(1, n)) - 1]!;

const latinTaskLine = (task: string, result: string, goal: string) =>
  `${task}${result ? `: ${result}` : ''}${goal ? ` (${goal})` : ''}`;

const en: MailMessages = {
  greeting: (contact, client) => [`Dear ${contact || client},`],
  intro: () => '',
  closing: 'Kind regards,',
  termsPhrase: (d) =>
    d === 0
      ? 'payment is due on receipt of the invoice'
      : `payment is due within ${d} ${d === 1 ? 'day' : 'days'} of the invoice date`,
  paymentSubject: (n, invoice) =>
    stage(n, [
      `Friendly reminder: invoice ${invoice}`,
      `Invoice ${invoice} is overdue`,
      `Final reminder: invoice ${invoice}`,
    ]),
  paymentBody: (n, f) =>
    stage(n, [
      [
        `I hope all is well. This is a friendly reminder that invoice ${f.invoice} for ${f.amount}, dated ${f.issued}, was due for payment on ${f.due}. Under our agreed terms, ${en.termsPhrase(f.terms)}.`,
        'It may simply have slipped through the net. Could you confirm that you received the invoice, and let me know when the payment has been made?',
      ],
      [
        `I am following up on invoice ${f.invoice} for ${f.amount}, dated ${f.issued}. It was due for payment on ${f.due}, and I have not yet received the payment. Under our agreed terms, ${en.termsPhrase(f.terms)}.`,
        'Please arrange payment as soon as possible. Could you confirm that you received the invoice, and let me know when it will be paid? If anything about the invoice is unclear, tell me and I will sort it out straight away.',
      ],
      [
        `This is my final reminder about invoice ${f.invoice} for ${f.amount}, dated ${f.issued}, which was due for payment on ${f.due}. Under our agreed terms, ${en.termsPhrase(f.terms)}, and the invoice is now well overdue.`,
        'Please pay the full amount within the next seven days and let me know when it is done. If you did not receive the invoice, or if there is a problem with it, please reply to this email so that we can resolve it.',
      ],
    ]),
  attachedNote: 'I have attached the invoice again for convenience.',
  linkNote: 'You can find the invoice here:',
  reportSubject: (month) => `Your monthly report for ${month}`,
  reportBody: (month) => `Here is my report on the work for ${month} and how it moved your goals forward:`,
  reportGoals: 'In short:',
  reportOutro: 'I am happy to go through it on a short call if you like.',
  updateSubject: (from, to) => `Progress update, ${from} – ${to}`,
  updateIntro: (from, to) => `Here is a short update on what I have done for you from ${from} to ${to}.`,
  updateSubjectDay: (day) => `Progress update, ${day}`,
  updateIntroDay: (day) => `Here is a short update on what I did for you on ${day}.`,
  updateGoalWork: 'Towards your goals:',
  updateOtherWork: 'Other work:',
  taskLine: latinTaskLine,
  updateOutro: 'Let me know if you would like me to change priorities.',
  termsSubject: 'Confirming our working terms',
  termsIntro: 'To make sure we are on the same page, here are the terms we agreed, in writing:',
  terms: {
    rate: (rate) => `Hourly rate: ${rate}`,
    payment: (d) =>
      d === 0 ? 'Payment terms: on receipt of the invoice' : `Payment terms: ${d} days from the invoice date`,
    billing: (rhythm) => `Invoicing: ${rhythm}`,
    deposit: (deposit) => `Deposit: ${deposit}`,
    hours: (hours) => `Working hours: ${hours}`,
    response: (time) => `Response time: ${time}`,
    reach: (how) => `How to reach me: ${how}`,
  },
  termsOutro: 'Please reply to confirm, or tell me what you would like to change.',
  checkInSubject: 'How are things going?',
  checkInBody: [
    'It has been a while since we finished our project, and I wanted to check in. Are you happy with how things turned out?',
    'If you have new plans coming up, I would be glad to help again.',
  ],
  rateSubject: (rate, from) => `New hourly rate from ${from}: ${rate}`,
  rateBody: (oldRate, newRate, from) => [
    `Thank you for the good collaboration. I am writing to let you know in good time that my hourly rate will change from ${oldRate} to ${newRate} from ${from}.`,
    'I would be glad to talk it through on a short call: just suggest a time that suits you.',
  ],
};

const nb: MailMessages = {
  greeting: (contact, client) => [`Hei ${contact || client},`],
  intro: () => '',
  closing: 'Vennlig hilsen',
  termsPhrase: (d) =>
    d === 0
      ? 'skal fakturaen betales ved mottak'
      : `skal fakturaen betales innen ${d} ${d === 1 ? 'dag' : 'dager'} fra fakturadato`,
  paymentSubject: (n, invoice) =>
    stage(n, [
      `Vennlig påminnelse: faktura ${invoice}`,
      `Faktura ${invoice} er forfalt`,
      `Siste påminnelse: faktura ${invoice}`,
    ]),
  paymentBody: (n, f) =>
    stage(n, [
      [
        `Håper alt står bra til. Dette er en vennlig påminnelse om faktura ${f.invoice} på ${f.amount}, datert ${f.issued}, som forfalt til betaling ${f.due}. Etter avtalte betingelser ${nb.termsPhrase(f.terms)}.`,
        'Den kan ha blitt liggende i en innboks. Kan du bekrefte at dere har mottatt fakturaen, og gi meg beskjed når den er betalt?',
      ],
      [
        `Jeg følger opp faktura ${f.invoice} på ${f.amount}, datert ${f.issued}. Den forfalt til betaling ${f.due}, og jeg har ennå ikke mottatt betalingen. Etter avtalte betingelser ${nb.termsPhrase(f.terms)}.`,
        'Jeg ber om at fakturaen betales så snart som mulig. Kan du bekrefte at dere har mottatt den, og gi beskjed om når den blir betalt? Er noe uklart med fakturaen, si fra, så ordner jeg det med en gang.',
      ],
      [
        `Dette er siste påminnelse om faktura ${f.invoice} på ${f.amount}, datert ${f.issued}, som forfalt til betaling ${f.due}. Etter avtalte betingelser ${nb.termsPhrase(f.terms)}, og fakturaen er nå godt over forfall.`,
        'Jeg ber om at hele beløpet betales innen sju dager, og at du gir beskjed når det er gjort. Har dere ikke mottatt fakturaen, eller er det noe i veien med den, svar på denne e-posten, så finner vi en løsning.',
      ],
    ]),
  attachedNote: 'Fakturaen ligger vedlagt på nytt.',
  linkNote: 'Du finner fakturaen her:',
  reportSubject: (month) => `Månedsrapport for ${month}`,
  reportBody: (month) =>
    `Her er rapporten min for arbeidet i ${month} og hvordan det har tatt målene deres videre:`,
  reportGoals: 'Kort oppsummert:',
  reportOutro: 'Vi kan gjerne gå gjennom den i en kort samtale om du vil.',
  updateSubject: (from, to) => `Statusoppdatering ${from}–${to}`,
  updateIntro: (from, to) =>
    `Her er en kort oppdatering på hva jeg har gjort for dere fra ${from} til ${to}.`,
  updateSubjectDay: (day) => `Statusoppdatering ${day}`,
  updateIntroDay: (day) => `Her er en kort oppdatering på hva jeg gjorde for dere ${day}.`,
  updateGoalWork: 'Arbeid mot målene deres:',
  updateOtherWork: 'Annet arbeid:',
  taskLine: latinTaskLine,
  updateOutro: 'Gi beskjed hvis du vil at jeg skal prioritere annerledes.',
  termsSubject: 'Bekreftelse av våre avtalevilkår',
  termsIntro: 'For ordens skyld bekrefter jeg her skriftlig vilkårene vi ble enige om:',
  terms: {
    rate: (rate) => `Timepris: ${rate}`,
    payment: (d) =>
      d === 0 ? 'Betalingsfrist: ved mottak av faktura' : `Betalingsfrist: ${d} dager fra fakturadato`,
    billing: (rhythm) => `Fakturering: ${rhythm}`,
    deposit: (deposit) => `Forskudd: ${deposit}`,
    hours: (hours) => `Arbeidstid: ${hours}`,
    response: (time) => `Svartid: ${time}`,
    reach: (how) => `Slik når du meg: ${how}`,
  },
  termsOutro: 'Svar gjerne for å bekrefte, eller si fra om noe bør endres.',
  checkInSubject: 'Hvordan går det?',
  checkInBody: [
    'Det er en stund siden vi avsluttet prosjektet, og jeg ville høre hvordan det går. Er dere fornøyde med resultatet?',
    'Har dere nye planer på gang, hjelper jeg gjerne til igjen.',
  ],
  rateSubject: (rate, from) => `Ny timepris fra ${from}: ${rate}`,
  rateBody: (oldRate, newRate, from) => [
    `Takk for et godt samarbeid. Jeg vil gi beskjed i god tid om at timeprisen min endres fra ${oldRate} til ${newRate} fra ${from}.`,
    'Jeg tar gjerne en kort prat om dette: foreslå et tidspunkt som passer deg.',
  ],
};

const is: MailMessages = {
  greeting: (contact, client) => [`Góðan dag ${contact || client},`],
  intro: () => '',
  closing: 'Bestu kveðjur,',
  termsPhrase: (d) =>
    d === 0
      ? 'skal greiða reikninginn við móttöku'
      : `skal greiða reikninginn innan ${d} ${d === 1 ? 'dags' : 'daga'} frá útgáfudegi hans`,
  paymentSubject: (n, invoice) =>
    stage(n, [
      `Vinsamleg áminning: reikningur ${invoice}`,
      `Reikningur ${invoice} er kominn fram yfir gjalddaga`,
      `Lokaáminning: reikningur ${invoice}`,
    ]),
  paymentBody: (n, f) =>
    stage(n, [
      [
        `Ég vona að allt gangi vel. Þetta er vinsamleg áminning um reikning ${f.invoice} að upphæð ${f.amount}, dagsettan ${f.issued}, sem var á gjalddaga ${f.due}. Samkvæmt umsömdum skilmálum ${is.termsPhrase(f.terms)}.`,
        'Hann gæti hafa farið fram hjá ykkur. Gætirðu staðfest að reikningurinn hafi borist og látið mig vita þegar hann hefur verið greiddur?',
      ],
      [
        `Ég fylgi hér eftir reikningi ${f.invoice} að upphæð ${f.amount}, dagsettum ${f.issued}. Gjalddagi hans var ${f.due} og greiðsla hefur ekki enn borist. Samkvæmt umsömdum skilmálum ${is.termsPhrase(f.terms)}.`,
        'Ég bið ykkur að greiða reikninginn sem fyrst. Gætirðu staðfest að hann hafi borist og látið mig vita hvenær hann verður greiddur? Ef eitthvað er óljóst varðandi reikninginn skaltu láta mig vita og ég geng í málið strax.',
      ],
      [
        `Þetta er lokaáminning vegna reiknings ${f.invoice} að upphæð ${f.amount}, dagsetts ${f.issued}, sem var á gjalddaga ${f.due}. Samkvæmt umsömdum skilmálum ${is.termsPhrase(f.terms)} og reikningurinn er nú kominn langt fram yfir gjalddaga.`,
        'Ég bið ykkur að greiða alla upphæðina innan sjö daga og láta mig vita þegar það er gert. Ef reikningurinn hefur ekki borist eða eitthvað er athugavert við hann, vinsamlegast svaraðu þessum pósti svo að við getum leyst málið.',
      ],
    ]),
  attachedNote: 'Reikningurinn fylgir aftur í viðhengi.',
  linkNote: 'Reikninginn má finna hér:',
  reportSubject: (month) => `Mánaðarskýrsla fyrir ${month}`,
  reportBody: (month) =>
    `Hér er skýrslan mín um vinnuna í ${month} og hvernig hún færði markmiðin ykkar áfram:`,
  reportGoals: 'Í stuttu máli:',
  reportOutro: 'Ég fer gjarnan yfir hana með þér í stuttu símtali.',
  updateSubject: (from, to) => `Stöðuuppfærsla ${from}–${to}`,
  updateIntro: (from, to) =>
    `Hér er stutt yfirlit yfir það sem ég hef unnið fyrir ykkur frá ${from} til ${to}.`,
  updateSubjectDay: (day) => `Stöðuuppfærsla ${day}`,
  updateIntroDay: (day) => `Hér er stutt yfirlit yfir það sem ég vann fyrir ykkur ${day}.`,
  updateGoalWork: 'Vinna að markmiðum ykkar:',
  updateOtherWork: 'Önnur verkefni:',
  taskLine: latinTaskLine,
  updateOutro: 'Láttu mig vita ef þú vilt breyta forgangsröðuninni.',
  termsSubject: 'Staðfesting á samstarfsskilmálum',
  termsIntro: 'Til að allt sé á hreinu staðfesti ég hér skriflega þá skilmála sem við sömdum um:',
  terms: {
    rate: (rate) => `Tímagjald: ${rate}`,
    payment: (d) =>
      d === 0
        ? 'Greiðslufrestur: greitt við móttöku reiknings'
        : `Greiðslufrestur: ${d} dagar frá útgáfudegi reiknings`,
    billing: (rhythm) => `Reikningsgerð: ${rhythm}`,
    deposit: (deposit) => `Fyrirframgreiðsla: ${deposit}`,
    hours: (hours) => `Vinnutími: ${hours}`,
    response: (time) => `Svartími: ${time}`,
    reach: (how) => `Hvernig má ná í mig: ${how}`,
  },
  termsOutro: 'Vinsamlegast svaraðu til staðfestingar eða láttu mig vita ef einhverju þarf að breyta.',
  checkInSubject: 'Hvernig gengur?',
  checkInBody: [
    'Það er nokkuð síðan við lukum verkefninu og mig langaði að heyra hvernig gengur. Eruð þið ánægð með útkomuna?',
    'Ef ný verkefni eru á döfinni aðstoða ég ykkur gjarnan aftur.',
  ],
  rateSubject: (rate, from) => `Nýtt tímagjald frá ${from}: ${rate}`,
  rateBody: (oldRate, newRate, from) => [
    `Takk fyrir gott samstarf. Ég vil láta vita með góðum fyrirvara að tímagjaldið mitt breytist úr ${oldRate} í ${newRate} frá og með ${from}.`,
    'Ég ræði þetta gjarnan í stuttu símtali: stingdu upp á tíma sem hentar þér.',
  ],
};

const he: MailMessages = {
  greeting: (contact, client) => [`שלום ${contact || client},`],
  intro: () => '',
  closing: 'בברכה,',
  termsPhrase: (d) =>
    d === 0
      ? 'התשלום הוא עם קבלת החשבונית'
      : `התשלום הוא בתוך ${d === 1 ? 'יום אחד' : `${d} ימים`} ממועד הוצאת החשבונית`,
  paymentSubject: (n, invoice) =>
    stage(n, [
      `תזכורת ידידותית: חשבונית ${invoice}`,
      `חשבונית ${invoice} עברה את מועד התשלום`,
      `תזכורת אחרונה: חשבונית ${invoice}`,
    ]),
  paymentBody: (n, f) =>
    stage(n, [
      [
        `מקווה שהכול טוב אצלכם. זו תזכורת ידידותית לגבי חשבונית ${f.invoice} על סך ${f.amount}, מתאריך ${f.issued}, שמועד התשלום שלה היה ${f.due}. לפי התנאים שסיכמנו, ${he.termsPhrase(f.terms)}.`,
        'ייתכן שהיא פשוט התפספסה. אפשר לאשר שהחשבונית התקבלה אצלכם ולעדכן אותי כשהתשלום יבוצע?',
      ],
      [
        `בהמשך לחשבונית ${f.invoice} על סך ${f.amount}, מתאריך ${f.issued}: מועד התשלום שלה היה ${f.due}, והתשלום טרם התקבל. לפי התנאים שסיכמנו, ${he.termsPhrase(f.terms)}.`,
        'אבקש להסדיר את התשלום בהקדם האפשרי. אפשר לאשר שהחשבונית התקבלה ולעדכן אותי מתי היא תשולם? אם משהו בחשבונית אינו ברור, אשמח לטפל בזה מיד.',
      ],
      [
        `זו תזכורת אחרונה בנוגע לחשבונית ${f.invoice} על סך ${f.amount}, מתאריך ${f.issued}, שמועד התשלום שלה היה ${f.due}. לפי התנאים שסיכמנו, ${he.termsPhrase(f.terms)}, והחשבונית כבר באיחור ניכר.`,
        'אבקש לשלם את מלוא הסכום בתוך שבעה ימים ולעדכן אותי כשהתשלום בוצע. אם החשבונית לא התקבלה, או שיש בה בעיה, אנא השיבו למייל זה ונמצא פתרון יחד.',
      ],
    ]),
  attachedNote: 'מצורפת שוב החשבונית לנוחותכם.',
  linkNote: 'אפשר למצוא את החשבונית כאן:',
  reportSubject: (month) => `הדוח החודשי שלכם לחודש ${month}`,
  reportBody: (month) => `הנה הדוח שלי על העבודה בחודש ${month} ועל ההתקדמות ביעדים שלכם:`,
  reportGoals: 'בקצרה:',
  reportOutro: 'אשמח לעבור עליו יחד בשיחה קצרה.',
  updateSubject: (from, to) => `עדכון התקדמות, ${from} – ${to}`,
  updateIntro: (from, to) => `הנה עדכון קצר על מה שעשיתי עבורכם בין ${from} ל־${to}.`,
  updateSubjectDay: (day) => `עדכון התקדמות, ${day}`,
  updateIntroDay: (day) => `הנה עדכון קצר על מה שעשיתי עבורכם ב־${day}.`,
  updateGoalWork: 'עבודה לקראת היעדים שלכם:',
  updateOtherWork: 'עבודה נוספת:',
  taskLine: latinTaskLine,
  updateOutro: 'עדכנו אותי אם תרצו לשנות סדרי עדיפויות.',
  termsSubject: 'אישור תנאי העבודה שלנו',
  termsIntro: 'כדי שנהיה מתואמים, הנה בכתב התנאים שסיכמנו:',
  terms: {
    rate: (rate) => `תעריף לשעה: ${rate}`,
    payment: (d) => (d === 0 ? 'תנאי תשלום: עם קבלת החשבונית' : `תנאי תשלום: ${d} ימים ממועד הוצאת החשבונית`),
    billing: (rhythm) => `חיוב: ${rhythm}`,
    deposit: (deposit) => `מקדמה: ${deposit}`,
    hours: (hours) => `שעות עבודה: ${hours}`,
    response: (time) => `זמן מענה: ${time}`,
    reach: (how) => `איך להשיג אותי: ${how}`,
  },
  termsOutro: 'אשמח לאישור בתשובה, או לשמוע אם תרצו לשנות משהו.',
  checkInSubject: 'מה שלומכם?',
  checkInBody: [
    'עבר זמן מאז שסיימנו את הפרויקט, ורציתי לשמוע מה שלומכם. אתם מרוצים מהתוצאה?',
    'אם יש לכם תוכניות חדשות, אשמח לעזור שוב.',
  ],
  rateSubject: (rate, from) => `תעריף שעתי חדש החל מ־${from}: ${rate}`,
  rateBody: (oldRate, newRate, from) => [
    `תודה על שיתוף הפעולה הטוב. רציתי לעדכן מבעוד מועד שהתעריף השעתי שלי ישתנה מ־${oldRate} ל־${newRate} החל מ־${from}.`,
    'אשמח לשוחח על כך בשיחה קצרה: הציעו מועד שנוח לכם.',
  ],
};

const ja: MailMessages = {
  // Company on the first line, then the person with 様; ご担当者様 when no person is named; one line
  // when the client is the person.
  greeting: (contact, client) =>
    !contact ? [client, 'ご担当者様'] : contact === client ? [`${contact} 様`] : [client, `${contact} 様`],
  // A client not heard from in a while is greeted with ご無沙汰しております instead.
  intro: (sender, business, kind) =>
    `${kind === 'check-in' ? 'ご無沙汰しております。' : 'いつもお世話になっております。'}${sender ? `${business ? `${business}の` : ''}${sender}です。` : ''}`,
  closing: '何卒よろしくお願いいたします。',
  termsPhrase: (d) =>
    d === 0
      ? 'お支払い条件は、請求書受領時のお支払いとなっております。'
      : `お支払い条件は、請求書発行日から${d}日以内となっております。`,
  paymentSubject: (n, invoice) =>
    stage(n, [
      `【ご確認のお願い】請求書 ${invoice}`,
      `【お支払いのお願い】請求書 ${invoice}`,
      `【最終のご案内】請求書 ${invoice}`,
    ]),
  paymentBody: (n, f) =>
    stage(n, [
      [
        `${f.issued}付けでお送りした請求書 ${f.invoice}（${f.amount}）につきまして、お支払い期日の${f.due}を過ぎておりましたので、念のためご連絡いたしました。${ja.termsPhrase(f.terms)}`,
        '行き違いでしたら何卒ご容赦ください。お手数ですが、請求書がお手元に届いているかご確認のうえ、お支払いが完了しましたらお知らせいただけますと幸いです。',
      ],
      [
        `${f.issued}付けの請求書 ${f.invoice}（${f.amount}）につきまして、お支払い期日の${f.due}を過ぎておりますが、現時点でご入金を確認できておりません。${ja.termsPhrase(f.terms)}`,
        'お手数をおかけいたしますが、早急にお支払いの手続きをお願いいたします。請求書がお手元に届いているかご確認のうえ、お支払い予定日をお知らせいただけますでしょうか。請求内容にご不明な点がございましたら、すぐに対応いたします。',
      ],
      [
        `${f.issued}付けの請求書 ${f.invoice}（${f.amount}、お支払い期日${f.due}）につきまして、最終のご案内をお送りいたします。${ja.termsPhrase(f.terms)}`,
        '誠に恐れ入りますが、7日以内に全額をお支払いいただき、完了のご連絡をお願いいたします。請求書がお手元に届いていない場合や、何か問題がございましたら、本メールにご返信ください。解決に向けてご相談させていただきます。',
      ],
    ]),
  attachedNote: '念のため、請求書を再度添付いたします。',
  linkNote: '請求書はこちらからご確認いただけます：',
  reportSubject: (month) => `${month}の月次報告書`,
  reportBody: (month) => `${month}の作業内容と、御社の目標に対する成果をまとめた報告書をお送りいたします。`,
  reportGoals: '概要は以下のとおりです。',
  reportOutro: 'ご希望でしたら、短いお打ち合わせでご説明いたします。',
  updateSubject: (from, to) => `進捗のご報告（${from}〜${to}）`,
  updateIntro: (from, to) => `${from}から${to}までの作業内容を簡単にご報告いたします。`,
  updateSubjectDay: (day) => `進捗のご報告（${day}）`,
  updateIntroDay: (day) => `${day}の作業内容を簡単にご報告いたします。`,
  updateGoalWork: '目標に向けた作業：',
  updateOtherWork: 'その他の作業：',
  taskLine: (task, result, goal) => `${task}${result ? `：${result}` : ''}${goal ? `（${goal}）` : ''}`,
  updateOutro: '優先順位の変更などがございましたら、お気軽にお知らせください。',
  termsSubject: '業務条件のご確認',
  termsIntro: '認識に相違がないよう、お打ち合わせした条件を書面にてお送りいたします。',
  terms: {
    rate: (rate) => `時間単価：${rate}`,
    payment: (d) => (d === 0 ? 'お支払い条件：請求書受領時' : `お支払い条件：請求書発行日から${d}日以内`),
    billing: (rhythm) => `請求のタイミング：${rhythm}`,
    deposit: (deposit) => `前金：${deposit}`,
    hours: (hours) => `稼働時間：${hours}`,
    response: (time) => `返信の目安：${time}`,
    reach: (how) => `連絡先：${how}`,
  },
  termsOutro:
    '内容をご確認のうえ、ご返信いただけますと幸いです。変更のご希望がございましたらお知らせください。',
  checkInSubject: 'その後いかがでしょうか',
  checkInBody: [
    'プロジェクトの完了から少し時間が経ちましたので、ご様子を伺いたくご連絡いたしました。仕上がりにはご満足いただけておりますでしょうか。',
    '新しいご計画がございましたら、ぜひまたお手伝いさせてください。',
  ],
  rateSubject: (rate, from) => `${from}からの時間単価改定のお知らせ（${rate}）`,
  rateBody: (oldRate, newRate, from) => [
    `${from}より、時間単価を${oldRate}から${newRate}に改定させていただきたく、早めにご連絡いたしました。`,
    '一度お電話でご相談できれば幸いです。ご都合のよい日時をお知らせください。',
  ],
};

export const MAIL_MESSAGES: Record<Language, MailMessages> = { en, nb, is, he, ja };
