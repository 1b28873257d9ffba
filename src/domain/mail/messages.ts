// Email texts in each client language, polite and plain, written as a native speaker would write
// to a client. Payment reminders grow firmer by stage and never rude. Placeholders are filled with
// values already formatted for the locale.

import type { Language } from '../types';

export interface PaymentFacts {
  invoice: string;
  amount: string;
  issued: string;
  due: string;
  terms: number;
  link: string;
}

export interface MailMessages {
  greeting: (name: string) => string;
  closing: string;
  paymentSubject: (stage: number, invoice: string) => string;
  paymentBody: (stage: number, f: PaymentFacts) => string[];
  attachedNote: string;
  linkNote: (link: string) => string;
  reportSubject: (month: string) => string;
  reportBody: (month: string, link: string) => string[];
  updateSubject: (from: string, to: string) => string;
  updateIntro: (from: string, to: string) => string;
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

export const MAIL_MESSAGES: Record<Language, MailMessages> = {
  en: {
    greeting: (name) => `Dear ${name},`,
    closing: 'Kind regards,',
    paymentSubject: (stage, invoice) =>
      [
        `Friendly reminder: invoice ${invoice}`,
        `Invoice ${invoice} is overdue`,
        `Final reminder: invoice ${invoice}`,
      ][stage - 1]!,
    paymentBody: (stage, f) =>
      [
        [
          `I hope all is well. This is a friendly reminder that invoice ${f.invoice} for ${f.amount}, dated ${f.issued}, was due on ${f.due}. Under our terms, payment is due within ${f.terms} days of the invoice date.`,
          'It may simply have slipped through: could you confirm that you received the invoice, and let me know when the payment has been made?',
        ],
        [
          `Invoice ${f.invoice} for ${f.amount}, dated ${f.issued}, was due on ${f.due} and is still unpaid. Our terms are payment within ${f.terms} days of the invoice date.`,
          'Please arrange payment as soon as possible, and let me know when it has been made. If anything about the invoice is unclear, tell me and I will sort it out straight away.',
        ],
        [
          `This is my final reminder about invoice ${f.invoice} for ${f.amount}, dated ${f.issued} and due on ${f.due}. Payment was due within ${f.terms} days of the invoice date.`,
          'Please pay the invoice within the next seven days and confirm when it is done. If there is a problem with it, reply to this email so that we can agree on a solution.',
        ],
      ][stage - 1]!,
    attachedNote: 'I have attached the invoice again for convenience.',
    linkNote: (link) => `You can find the invoice here: ${link}`,
    reportSubject: (month) => `Your monthly report for ${month}`,
    reportBody: (month, link) => [
      `Here is my report on the work for ${month} and how it moved your goals forward:`,
      link,
      'I am happy to go through it on a short call if you like.',
    ],
    updateSubject: (from, to) => `Progress update, ${from} – ${to}`,
    updateIntro: (from, to) => `Here is a short update on what I have done for you from ${from} to ${to}:`,
    updateOutro: 'Let me know if you would like me to change priorities.',
    termsSubject: 'Confirming our working terms',
    termsIntro: 'To make sure we agree, here are the terms we discussed, in writing:',
    terms: {
      rate: (rate) => `Hourly rate: ${rate}`,
      payment: (days) => `Payment terms: ${days} days from the invoice date`,
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
  },
  nb: {
    greeting: (name) => `Hei ${name},`,
    closing: 'Vennlig hilsen',
    paymentSubject: (stage, invoice) =>
      [
        `Vennlig påminnelse: faktura ${invoice}`,
        `Faktura ${invoice} er forfalt`,
        `Siste påminnelse: faktura ${invoice}`,
      ][stage - 1]!,
    paymentBody: (stage, f) =>
      [
        [
          `Håper alt står bra til. Dette er en vennlig påminnelse om at faktura ${f.invoice} på ${f.amount}, datert ${f.issued}, forfalt ${f.due}. Etter våre betingelser skal betaling skje innen ${f.terms} dager fra fakturadato.`,
          'Den kan lett ha blitt liggende: kan du bekrefte at dere har mottatt fakturaen, og gi beskjed når den er betalt?',
        ],
        [
          `Faktura ${f.invoice} på ${f.amount}, datert ${f.issued}, forfalt ${f.due} og er fortsatt ikke betalt. Betalingsbetingelsene er ${f.terms} dager fra fakturadato.`,
          'Jeg ber om at fakturaen betales så snart som mulig, og at du gir beskjed når det er gjort. Er det noe som er uklart med fakturaen, si fra, så ordner jeg det med en gang.',
        ],
        [
          `Dette er siste påminnelse om faktura ${f.invoice} på ${f.amount}, datert ${f.issued} med forfall ${f.due}. Betaling skulle skje innen ${f.terms} dager fra fakturadato.`,
          'Vennligst betal fakturaen innen sju dager og bekreft når det er gjort. Hvis det er noe i veien, svar på denne e-posten, så finner vi en løsning.',
        ],
      ][stage - 1]!,
    attachedNote: 'Fakturaen ligger vedlagt på nytt.',
    linkNote: (link) => `Du finner fakturaen her: ${link}`,
    reportSubject: (month) => `Månedsrapport for ${month}`,
    reportBody: (month, link) => [
      `Her er rapporten min for arbeidet i ${month} og hvordan det har tatt målene deres videre:`,
      link,
      'Vi kan gjerne gå gjennom den i en kort samtale om du vil.',
    ],
    updateSubject: (from, to) => `Statusoppdatering ${from}–${to}`,
    updateIntro: (from, to) =>
      `Her er en kort oppdatering på hva jeg har gjort for dere fra ${from} til ${to}:`,
    updateOutro: 'Gi beskjed hvis du vil at jeg skal prioritere annerledes.',
    termsSubject: 'Bekreftelse av våre avtalevilkår',
    termsIntro: 'For ordens skyld vil jeg bekrefte skriftlig vilkårene vi ble enige om:',
    terms: {
      rate: (rate) => `Timepris: ${rate}`,
      payment: (days) => `Betalingsfrist: ${days} dager fra fakturadato`,
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
      `Takk for et godt samarbeid. Jeg vil i god tid gi beskjed om at timeprisen min endres fra ${oldRate} til ${newRate} fra ${from}.`,
      'Jeg tar gjerne en kort prat om dette: foreslå et tidspunkt som passer deg.',
    ],
  },
  is: {
    greeting: (name) => `Sæl/l ${name},`,
    closing: 'Bestu kveðjur,',
    paymentSubject: (stage, invoice) =>
      [
        `Vinsamleg áminning: reikningur ${invoice}`,
        `Reikningur ${invoice} er fallinn á gjalddaga`,
        `Lokaáminning: reikningur ${invoice}`,
      ][stage - 1]!,
    paymentBody: (stage, f) =>
      [
        [
          `Ég vona að allt gangi vel. Þetta er vinsamleg áminning um að reikningur ${f.invoice} að upphæð ${f.amount}, dagsettur ${f.issued}, var á gjalddaga ${f.due}. Samkvæmt skilmálum okkar skal greiða innan ${f.terms} daga frá dagsetningu reiknings.`,
          'Hann hefur ef til vill farið fram hjá ykkur: gætir þú staðfest að reikningurinn hafi borist og látið mig vita þegar hann hefur verið greiddur?',
        ],
        [
          `Reikningur ${f.invoice} að upphæð ${f.amount}, dagsettur ${f.issued}, var á gjalddaga ${f.due} og er enn ógreiddur. Greiðsluskilmálar eru ${f.terms} dagar frá dagsetningu reiknings.`,
          'Ég bið ykkur að greiða reikninginn sem fyrst og láta mig vita þegar það er gert. Ef eitthvað er óljóst varðandi reikninginn skaltu láta mig vita og ég geng í málið strax.',
        ],
        [
          `Þetta er lokaáminning vegna reiknings ${f.invoice} að upphæð ${f.amount}, dagsettur ${f.issued} með gjalddaga ${f.due}. Greiða átti innan ${f.terms} daga frá dagsetningu reiknings.`,
          'Vinsamlegast greiðið reikninginn innan sjö daga og staðfestið greiðsluna. Ef eitthvað stendur í vegi skaltu svara þessum pósti svo við getum fundið lausn.',
        ],
      ][stage - 1]!,
    attachedNote: 'Reikningurinn fylgir aftur í viðhengi.',
    linkNote: (link) => `Reikninginn má finna hér: ${link}`,
    reportSubject: (month) => `Mánaðarskýrsla fyrir ${month}`,
    reportBody: (month, link) => [
      `Hér er skýrslan mín um vinnuna í ${month} og hvernig hún færði markmiðin ykkar áfram:`,
      link,
      'Ég fer gjarnan yfir hana með þér í stuttu símtali.',
    ],
    updateSubject: (from, to) => `Stöðuuppfærsla ${from}–${to}`,
    updateIntro: (from, to) =>
      `Hér er stutt yfirlit yfir það sem ég hef unnið fyrir ykkur frá ${from} til ${to}:`,
    updateOutro: 'Láttu mig vita ef þú vilt breyta forgangsröðuninni.',
    termsSubject: 'Staðfesting á samstarfsskilmálum',
    termsIntro: 'Til að allt sé á hreinu staðfesti ég hér skriflega þá skilmála sem við ræddum:',
    terms: {
      rate: (rate) => `Tímagjald: ${rate}`,
      payment: (days) => `Greiðslufrestur: ${days} dagar frá dagsetningu reiknings`,
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
      `Takk fyrir gott samstarf. Ég vil láta vita með góðum fyrirvara að tímagjaldið mitt breytist úr ${oldRate} í ${newRate} frá ${from}.`,
      'Ég ræði þetta gjarnan í stuttu símtali: stingdu upp á tíma sem hentar þér.',
    ],
  },
  he: {
    greeting: (name) => `שלום ${name},`,
    closing: 'בברכה,',
    paymentSubject: (stage, invoice) =>
      [
        `תזכורת ידידותית: חשבונית ${invoice}`,
        `חשבונית ${invoice} עברה את מועד התשלום`,
        `תזכורת אחרונה: חשבונית ${invoice}`,
      ][stage - 1]!,
    paymentBody: (stage, f) =>
      [
        [
          `מקווה שהכול טוב אצלכם. זו תזכורת ידידותית שחשבונית ${f.invoice} על סך ${f.amount}, מתאריך ${f.issued}, הייתה לתשלום עד ${f.due}. לפי התנאים שלנו, התשלום הוא בתוך ${f.terms} ימים ממועד החשבונית.`,
          'ייתכן שהיא פשוט התפספסה: אפשר לאשר שהחשבונית התקבלה ולעדכן אותי כשהתשלום יבוצע?',
        ],
        [
          `חשבונית ${f.invoice} על סך ${f.amount}, מתאריך ${f.issued}, הייתה לתשלום עד ${f.due} וטרם שולמה. תנאי התשלום הם ${f.terms} ימים ממועד החשבונית.`,
          'אבקש להסדיר את התשלום בהקדם האפשרי ולעדכן אותי כשהוא בוצע. אם משהו בחשבונית אינו ברור, אשמח לטפל בזה מיד.',
        ],
        [
          `זו תזכורת אחרונה בנוגע לחשבונית ${f.invoice} על סך ${f.amount}, מתאריך ${f.issued}, שמועד התשלום שלה היה ${f.due}. התשלום היה אמור להתבצע בתוך ${f.terms} ימים ממועד החשבונית.`,
          'אבקש לשלם את החשבונית בתוך שבעה ימים ולאשר את התשלום. אם יש בעיה, אנא השיבו למייל זה ונמצא פתרון יחד.',
        ],
      ][stage - 1]!,
    attachedNote: 'מצורפת שוב החשבונית לנוחותכם.',
    linkNote: (link) => `אפשר למצוא את החשבונית כאן: ${link}`,
    reportSubject: (month) => `הדוח החודשי שלכם לחודש ${month}`,
    reportBody: (month, link) => [
      `מצורף הדוח שלי על העבודה בחודש ${month} ועל ההתקדמות ביעדים שלכם:`,
      link,
      'אשמח לעבור עליו יחד בשיחה קצרה.',
    ],
    updateSubject: (from, to) => `עדכון התקדמות, ${from} – ${to}`,
    updateIntro: (from, to) => `הנה עדכון קצר על מה שעשיתי עבורכם בין ${from} ל־${to}:`,
    updateOutro: 'עדכנו אותי אם תרצו לשנות סדרי עדיפויות.',
    termsSubject: 'אישור תנאי העבודה שלנו',
    termsIntro: 'כדי שנהיה מתואמים, הנה בכתב התנאים שסיכמנו:',
    terms: {
      rate: (rate) => `תעריף לשעה: ${rate}`,
      payment: (days) => `תנאי תשלום: ${days} ימים ממועד החשבונית`,
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
  },
  ja: {
    greeting: (name) => `${name} 様`,
    closing: 'よろしくお願いいたします。',
    paymentSubject: (stage, invoice) =>
      [
        `【ご確認のお願い】請求書 ${invoice}`,
        `【お支払いのお願い】請求書 ${invoice}`,
        `【最終のご案内】請求書 ${invoice}`,
      ][stage - 1]!,
    paymentBody: (stage, f) =>
      [
        [
          `いつもお世話になっております。${f.issued}付けの請求書 ${f.invoice}（${f.amount}）のお支払い期日が${f.due}となっておりましたので、ご確認のためご連絡いたしました。お支払い条件は請求書発行日から${f.terms}日以内となっております。`,
          '行き違いでしたら申し訳ございません。請求書がお手元に届いているかご確認のうえ、お支払いが済みましたらお知らせいただけますと幸いです。',
        ],
        [
          `${f.issued}付けの請求書 ${f.invoice}（${f.amount}）につきまして、お支払い期日の${f.due}を過ぎておりますが、まだ入金が確認できておりません。お支払い条件は請求書発行日から${f.terms}日以内です。`,
          'お手数ですが、早急にお支払いの手続きをお願いいたします。お支払い後にご一報いただけますと幸いです。請求内容にご不明な点がございましたら、すぐに対応いたします。',
        ],
        [
          `${f.issued}付けの請求書 ${f.invoice}（${f.amount}、お支払い期日${f.due}）について、最終のご案内です。お支払いは請求書発行日から${f.terms}日以内のお約束となっておりました。`,
          '恐れ入りますが、7日以内にお支払いいただき、完了のご連絡をお願いいたします。何か問題がございましたら、本メールにご返信ください。解決策をご相談させていただきます。',
        ],
      ][stage - 1]!,
    attachedNote: '念のため、請求書を再度添付いたします。',
    linkNote: (link) => `請求書はこちらからご確認いただけます：${link}`,
    reportSubject: (month) => `${month}の月次報告書`,
    reportBody: (month, link) => [
      `${month}の作業内容と、御社の目標に対する成果をまとめた報告書をお送りいたします。`,
      link,
      'ご希望でしたら、短いお打ち合わせでご説明いたします。',
    ],
    updateSubject: (from, to) => `進捗のご報告（${from}〜${to}）`,
    updateIntro: (from, to) => `${from}から${to}までの作業内容を簡単にご報告いたします。`,
    updateOutro: '優先順位の変更などがございましたら、お気軽にお知らせください。',
    termsSubject: '業務条件のご確認',
    termsIntro: '認識に相違がないよう、お打ち合わせした条件を書面にてお送りいたします。',
    terms: {
      rate: (rate) => `時間単価：${rate}`,
      payment: (days) => `お支払い条件：請求書発行日から${days}日以内`,
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
      `いつも大変お世話になっております。${from}より、時間単価を${oldRate}から${newRate}に改定させていただきたく、早めにご連絡いたしました。`,
      '一度お電話でご相談できれば幸いです。ご都合のよい日時をお知らせください。',
    ],
  },
};
