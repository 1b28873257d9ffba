// The sample clients with their goals and the tasks of a working day, and the sample invoices: fixed
// seeds that sample-data.ts turns into rows dated from today.

/** Due is the last day of the month `dueIn` months after the current one. */
type GoalSeed = readonly [
  goal: string,
  target: number,
  unit: string,
  baseline: number,
  current: number,
  dueIn: number,
  status?: 'achieved',
];

/**
 * A task as one line, read like a row of the Tasks tab:
 *   'goal number (its priority) or mark A/B | hours | task | result | benefit | extras'
 * Extras: `unbilled`, `deadline N`, `delivered N` (N days from the task's date).
 */
export type TaskSeed = string;

export interface ClientSeed {
  client: string;
  contact: string;
  /** How mail greets the contact; '' for a greeting without a name. */
  greetingName: string;
  email: string;
  language: string;
  currency: string;
  hourlyRate: number;
  paymentTerms: number;
  cadence: string;
  timeZone: string;
  status: 'active' | 'ended';
  notes: string;
  /** A planned rate, starting on the first of a month a few weeks ahead. */
  newRate?: number;
  goals: readonly GoalSeed[];
  /** The previous month's work, in the order it was done. */
  tasks: readonly TaskSeed[];
  /** Work so far this month. */
  recent: readonly TaskSeed[];
}

export const CLIENTS: readonly ClientSeed[] = [
  {
    client: 'Harbour & Thread Ltd',
    contact: 'Olivia Bennett',
    greetingName: 'Olivia',
    email: 'olivia@harbourthread.example.com',
    language: 'en',
    currency: 'GBP',
    hourlyRate: 65,
    paymentTerms: 14,
    cadence: 'weekly',
    timeZone: 'Europe/London',
    status: 'active',
    notes: 'Prefers a call on Monday mornings; PO number on every invoice.',
    goals: [
      ['500 new email subscribers', 500, 'subscribers', 0, 320, 3],
      ['Raise online sales by 20%', 20, '% growth', 0, 12, 5],
      ['Cut checkout abandonment to 55%', 55, '% abandonment', 71, 63, 2],
    ],
    tasks: [
      '1 | 2.5 | Designed and launched the new sign-up pop-up | 84 sign-ups in the first week | Grows the list you can sell to every month',
      'A | 1.5 | Fixed the PayPal button failing on iPhones | Payments work again on every device; no failed orders since | No lost orders during the sale weekend | deadline 0, delivered 0',
      '3 | 2 | Audited the checkout for friction | Found 6 problems; the worst was forced account creation | Shows exactly where buyers give up',
      '1 | 3 | Wrote the three-part welcome email series | Open rate 52%, 9 first orders from new subscribers | New subscribers buy sooner',
      '3 | 4 | Added guest checkout | Abandonment down from 71% to 66% in the first week | Fewer sales lost at the last step',
      'A | 1 | Applied WooCommerce and plugin security updates | 14 plugins updated, including 2 critical patches | Keeps customer data and payments safe',
      'B | 0.5 | Asked recent buyers for product reviews | 12 new reviews, average 4.7 | More social proof on product pages',
      '2 | 5 | Built the gift guide landing page | Live two days early; 1,240 visits and 38 orders so far | More sales from the same traffic | deadline 2, delivered 0',
      '3 | 2.5 | Set up abandoned-basket emails | 31 baskets recovered, £1,870 in sales | Wins back buyers who left at the checkout',
      '2 | 3 | Compressed product photos for faster pages | Product pages load in 1.8 s instead of 3.4 s | Faster pages keep shoppers browsing',
      'B | 0.5 | Updated the Facebook cover for the new collection | New cover live with the new knitwear | ',
      'A | 1.25 | Fixed VAT showing twice on orders to Ireland | Correct totals on all orders since; 4 customers refunded | Avoids overcharging customers and trouble with HMRC',
      '2 | 3.5 | Set up the Google Shopping feed | 212 products approved, 27 orders from Shopping ads | Puts your products in front of people searching for them',
      '1 | 1 | Added a sign-up form to the footer with a 10% welcome code | 46 sign-ups through the footer form | Turns casual visitors into subscribers',
      'A | 0.5 | Renewed the SSL certificate | Renewed 9 days before it expired; no browser warnings | Customers keep trusting the shop | deadline 9, delivered 0',
      '3 | 6 | Shortened the checkout to one page | Abandonment down from 66% to 63% | Fewer sales lost at the last step',
      'B | 0.75 | Tidied the media library | Removed 380 unused images |  | unbilled',
      'A | 0.75 | Monthly report and invoicing | Report and invoice sent on the last working day | Clear records for your bookkeeping | unbilled',
    ],
    recent: [
      '2 | 2 | Planned the emails for the next sale | Plan for 4 emails shared with Olivia | A sale ready to go, with no last-minute rush',
      '1 | 0.5 | Checked sign-ups since the pop-up redesign | 27 sign-ups in 3 days | ',
    ],
  },
  {
    client: 'Bakeriet Solsikke AS',
    contact: 'Silje Haugland',
    greetingName: 'Silje',
    email: 'silje@solsikke.example.no',
    language: 'nb',
    currency: 'NOK',
    hourlyRate: 850,
    paymentTerms: 14,
    cadence: 'fortnightly',
    timeZone: 'Europe/Oslo',
    status: 'active',
    notes: 'Five shops in Oslo and Bærum; busiest weeks are before Christmas and 17 May.',
    goals: [
      ['Øke nettbestillingene med 20 %', 20, '% vekst', 0, 14, 4],
      ['300 nye medlemmer i kundeklubben', 300, 'medlemmer', 0, 150, 6],
      ['Snittkarakter 4,7 på Google', 4.7, 'stjerner', 4.3, 4.5, 8],
    ],
    tasks: [
      '1 | 4 | Satte opp forhåndsbestilling av bursdagskaker i nettbutikken | 126 bestillinger første uke | Jevnere produksjon og kortere kø i butikkene | deadline 0, delivered 0',
      'A | 1.5 | Rettet feil i Vipps-betalingen | Betalingen virker igjen; ingen mislykkede kjøp siden | Ingen tapte bestillinger i helgen | deadline 0, delivered 1',
      '2 | 2 | Lagde plakater med QR-kode for kundeklubben til alle fem butikkene | 64 nye medlemmer på to uker | Flere faste kunder som kommer tilbake',
      '1 | 3 | Forbedret produktsidene for bløtkaker | Konverteringen økte fra 2,1 % til 2,9 % | Mer salg uten mer annonsering',
      '2 | 1.5 | Sendte nyhetsbrev om surdeigskurs | Åpningsrate 48 %, 22 påmeldte | Fulle kurs og nye klubbmedlemmer',
      '3 | 1.25 | Ba fornøyde kunder om en anmeldelse via kvitteringen | 23 nye anmeldelser, snitt 4,8 | Høyere karakter gir flere besøk i butikkene',
      'A | 1 | Installerte sikkerhetsoppdateringer på nettsiden | 11 utvidelser oppdatert | Beskytter kundedata og nettbutikken',
      'B | 0.5 | Oppdaterte åpningstidene på Google og Facebook | Riktige åpningstider for alle fem butikkene | ',
      '1 | 3.5 | La inn valg av butikk og hentetid i nettbutikken | 40 % av bestillingene bruker det | Færre telefoner til butikkene om henting',
      '3 | 1 | Svarte på anmeldelser på Google | Svarte på 17 anmeldelser | Viser nye kunder at dere bryr dere',
      'B | 0.25 | Byttet forsidebilde på Facebook | Nytt bilde av kanelbollene |  | unbilled',
      '2 | 1 | Klubbtilbud: gratis kanelbolle ved innmelding | 58 nye medlemmer | Flere kunder dere kan nå direkte',
      'A | 2 | Testet nettbutikken på mobil før helgekampanjen | Fant og rettet 3 feil i handlekurven | Hindrer tapte bestillinger når det er travlest',
      'A | 0.75 | Månedlig rapport og fakturering | Rapport og faktura sendt i tide | Ryddig grunnlag for regnskapet deres | unbilled',
    ],
    recent: [
      '2 | 1.5 | Planla neste kampanje for kundeklubben | Utkast sendt til Silje | Klubben fortsetter å vokse',
    ],
  },
  {
    client: 'Norðurljós ferðir ehf.',
    contact: 'Guðrún Jónsdóttir',
    greetingName: 'Guðrún',
    email: 'gudrun@nordurljos.example.is',
    language: 'is',
    currency: 'ISK',
    hourlyRate: 14500,
    paymentTerms: 30,
    cadence: 'monthly',
    timeZone: 'Atlantic/Reykjavik',
    status: 'active',
    notes: 'Northern lights season runs September to March; Guðrún answers email in the evening.',
    goals: [
      ['400 nýjar bókanir á norðurljósaferðir', 400, 'bókanir', 0, 236, 3],
      ['Hækka meðaleinkunn á TripAdvisor í 4,8', 4.8, 'stjörnur', 4.4, 4.6, 6],
      ['Þriðjungur bókana beint af vefnum', 33, '% bókana', 12, 21, 5],
    ],
    tasks: [
      '3 | 5 | Setti upp bókunarvél á ensku og þýsku | 92 bókanir á tveimur vikum | Fleiri erlendir ferðamenn bóka beint | deadline 0, delivered 0',
      '1 | 3 | Skrifaði Google-auglýsingar fyrir norðurljósaferðir | 1.150 smellir og 64 bókanir | Fleiri bókanir á rólegum kvöldum',
      '2 | 1.5 | Sendi gestum tölvupóst eftir ferð og bað um umsögn | 31 ný umsögn, meðaleinkunn 4,9 | Betra orðspor og fleiri bókanir',
      'A | 2 | Lagaði villu í greiðslusíðunni | Greiðslur berast aftur; engin bókun tapaðist | Tekjurnar skila sér | deadline 0, delivered 0',
      '1 | 2.5 | Bætti norðurljósaspá við forsíðuna | 4.300 heimsóknir; mest skoðaða síðan á vefnum | Ferðamenn sjá strax hvenær best er að bóka',
      'B | 0.5 | Uppfærði myndir á Instagram | 9 nýjar myndir úr ferðum mánaðarins | ',
      'A | 3 | Setti upp sjálfvirkan póst þegar ferð fellur niður vegna veðurs | Gestir fá boð um nýja dagsetningu innan 10 mínútna | Færri endurgreiðslur og færri símtöl',
      '3 | 1.5 | Tengdi bókunarvélina við Google Maps | 27 bókanir beint af Google Maps | Bókanir án þóknunar til endursöluaðila',
      '2 | 1 | Svaraði umsögnum á TripAdvisor | Svaraði 24 umsögnum | Verðandi gestir sjá að þið hlustið',
      'A | 0.75 | Setti inn öryggisuppfærslur á vefnum | 8 viðbætur uppfærðar | Vefurinn og greiðslurnar eru örugg',
      '1 | 2 | Gerði tilboð fyrir hópa og fyrirtæki | 6 hópbókanir, samtals 58 gestir | Fyllir rútur á virkum dögum',
      'A | 0.75 | Mánaðarleg skýrsla og reikningagerð | Skýrsla og reikningur send á réttum tíma | Skýr gögn fyrir bókhaldið ykkar | unbilled',
    ],
    recent: [
      '1 | 1.5 | Undirbjó fréttabréf með tilboði á ferðum | Drög send Guðrúnu til yfirlestrar | Fleiri bókanir frá fyrri gestum',
    ],
  },
  {
    client: 'מרפאת שיניים אור',
    contact: 'נועה כהן',
    greetingName: 'נועה',
    email: 'noa@or-dental.example.co.il',
    language: 'he',
    currency: 'ILS',
    hourlyRate: 320,
    paymentTerms: 30,
    cadence: 'fortnightly',
    timeZone: 'Asia/Jerusalem',
    status: 'active',
    notes: 'Closed Fridays and Saturdays; Noa handles marketing and approves all copy.',
    goals: [
      ['200 מטופלים חדשים', 200, 'מטופלים', 0, 118, 4],
      ['קביעת 60% מהתורים דרך האתר', 60, '% מהתורים', 15, 41, 6],
      ['דירוג 4.9 בגוגל', 4.9, 'כוכבים', 4.5, 4.7, 7],
    ],
    tasks: [
      '2 | 5 | הקמת מערכת לזימון תורים באתר | 146 תורים נקבעו דרך האתר החודש | פחות שיחות טלפון לצוות הקבלה | deadline 0, delivered 0',
      '1 | 3 | קמפיין בגוגל להלבנת שיניים | 38 מטופלים חדשים | יותר טיפולים אסתטיים רווחיים',
      'A | 1.5 | עדכון מדיניות הפרטיות באתר בהתאם לחוק | האתר עומד בדרישות החוק | המרפאה מוגנת מקנסות ומתלונות | deadline -1, delivered 0',
      'A | 2 | הגדרת תזכורות SMS יום לפני התור | אי־הגעה לתורים ירדה מ־12% ל־7% | פחות שעות ריקות ביומן של הרופאים',
      '3 | 1 | בקשת ביקורות בגוגל ממטופלים מרוצים | 19 ביקורות חדשות, ממוצע 4.9 | דירוג גבוה מביא מטופלים חדשים',
      'B | 0.75 | החלפת תמונות הצוות באתר | תמונות חדשות של 6 אנשי צוות | ',
      '1 | 4 | דף נחיתה ליישור שיניים שקוף | 412 כניסות ו־21 פניות | פניות חדשות לטיפולים ארוכים ורווחיים',
      '2 | 1.5 | כפתור וואטסאפ לקביעת תור | 63 פניות בוואטסאפ בשבועיים | מטופלים קובעים תור גם אחרי שעות הפעילות',
      '3 | 0.75 | מענה לביקורות בגוגל | מענה ל־14 ביקורות | מטופלים חדשים רואים שאכפת לכם',
      'A | 1 | עדכוני אבטחה לאתר | 9 תוספים עודכנו | שמירה על המידע של המטופלים',
      'B | 0.5 | עדכון שעות הפעילות בגוגל ובפייסבוק | השעות נכונות בכל הערוצים |  | unbilled',
      'A | 0.75 | הפקת דוח חודשי וחשבונית | הדוח והחשבונית נשלחו בזמן | רישום מסודר להנהלת החשבונות שלכם | unbilled',
    ],
    recent: [
      '1 | 1.5 | הכנת קמפיין לבדיקות תקופתיות | טיוטת המודעות נשלחה לנועה | מחזיר מטופלים ותיקים למרפאה',
    ],
  },
  {
    client: '陶房やまぐち',
    contact: '山口 由美',
    greetingName: '山口',
    email: 'yumi@toubou-yamaguchi.example.jp',
    language: 'ja',
    currency: 'JPY',
    hourlyRate: 7500,
    paymentTerms: 30,
    cadence: 'monthly',
    timeZone: 'Asia/Tokyo',
    status: 'active',
    notes: 'Shop runs on Shopify; kiln sale every spring. Write in Japanese.',
    newRate: 8000,
    goals: [
      ['オンライン売上 月100万円', 1_000_000, '円', 420_000, 760_000, 5],
      ['メルマガ登録者 1,000人', 1000, '人', 310, 655, 4],
      ['海外からの注文 月30件', 30, '件', 4, 13, 8],
    ],
    tasks: [
      '1 | 4 | 新作湯呑みの商品ページ制作 | 初週に52個販売 | 新作の売上が早く立ち上がります | deadline 0, delivered 0',
      '2 | 1.5 | メルマガ登録特典（送料無料クーポン）の設定 | 2週間で新規登録118人 | 購入前のお客様ともつながりを持てます',
      'A | 2 | 決済エラーの修正 | クレジットカード決済が復旧し、以降の失敗はゼロ | 注文の取りこぼしを防ぎました | deadline 0, delivered 0',
      '3 | 5 | 英語版商品ページの作成（20点） | 海外からの注文が月4件から9件に増加 | 海外のお客様に直接販売できます',
      '1 | 2 | 新作入荷のお知らせメルマガ配信 | 開封率48%、注文83件 | 登録者の方からの売上が増えます',
      '3 | 2 | 海外発送の送料設定 | 32か国への送料を自動計算 | お問い合わせ対応の手間が減ります',
      '1 | 3 | 商品写真の撮り直し（器10点） | 対象商品の購入率が1.8%から2.6%に上昇 | 器の質感が伝わり、購入につながります',
      'B | 0.5 | Instagramのプロフィール更新 | 営業日カレンダーを掲載 | ',
      'A | 1 | セキュリティアップデートの適用 | プラグイン7件を更新 | お客様の情報を守ります',
      '2 | 1.5 | Instagramからメルマガ登録への導線づくり | 登録者が1か月で62人増加 | ファンの方に新作を直接お知らせできます',
      'B | 1 | 窯出し市の告知バナー作成 | バナー3種類を作成 |  | unbilled',
      'A | 0.75 | 月次報告書と請求書の作成 | 報告書と請求書を期日どおりに送付 | 経理処理がスムーズになります | unbilled',
    ],
    recent: ['1 | 2 | 季節の器特集ページの準備 | 構成案を山口様に共有 | 季節ごとの売上につながります'],
  },
  {
    client: 'Fernleaf Studio',
    contact: 'Sam Patel',
    greetingName: 'Sam',
    email: 'sam@fernleaf.example.com',
    language: 'en',
    currency: 'EUR',
    hourlyRate: 70,
    paymentTerms: 14,
    cadence: 'none',
    timeZone: 'Europe/Dublin',
    status: 'ended',
    notes: 'Portfolio site finished and handed over; happy to work together again.',
    goals: [['Launch the new portfolio site', 1, 'site', 0, 1, -4, 'achieved']],
    tasks: [],
    recent: [],
  },
];

/** client (index in CLIENTS), issued (days before today), amount, and Due/Paid on as days from today. */
type InvoiceSeed = readonly [
  client: number,
  issuedDaysAgo: number,
  amount: number,
  extra?: { due?: number; paidDaysAgo?: number; notes?: string; chased?: [stage: number, daysAgo: number] },
];

// Numbered INV-1001 upwards in this order (other tests name them). Amounts are whole hours at the
// client's rate. Overdue today: INV-1005 by 2 days (friendly), INV-1006 by 9 (firm: friendly sent 8
// days ago), INV-1007 by 20 and INV-1008 by 14 (final: firm sent 9 and 7 days ago) under the default
// reminder days 1, 7, 14; stages never skip, so each has had the ones before. No other invoice falls
// due in the week after today, so the stages a few days later are known too.
export const INVOICES: readonly InvoiceSeed[] = [
  [5, 130, 1680, { paidDaysAgo: 118, notes: 'Final invoice for the portfolio site' }],
  [0, 100, 2340, { paidDaysAgo: 88 }],
  [1, 75, 25500, { paidDaysAgo: 60 }],
  [4, 70, 187500, { paidDaysAgo: 45 }],
  [0, 16, 1950, { notes: 'PO 4471' }], // Due blank: Issued + 14 days
  [1, 23, 30600, { due: -9, chased: [1, 8] }],
  [3, 50, 9280, { chased: [2, 9] }], // Due blank: Issued + 30 days
  [2, 44, 652500, { due: -14, chased: [2, 7], notes: 'Guðrún says their bookkeeper pays on the 15th' }],
  [4, 5, 225000],
  [0, 2, 2730, { notes: 'PO 4502' }],
  [3, 1, 6400, { due: 29 }],
  [2, 10, 290000, { paidDaysAgo: 3 }],
];
