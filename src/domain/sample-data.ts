// Sample data that "Set up tracking sheet" offers on an empty spreadsheet: six clients in five
// languages, ranked quantified goals, a month of tasks, invoices at every stage of lateness.
// Dates are relative to today, so the previous month always holds a full month of work.

import { addDays, daysInMonth, monthRange, previousMonth } from './dates';
import type { LocalDate, Settings } from './types';

export type SampleCell = string | number | boolean | { date: LocalDate } | '';
export type SampleRow = Record<string, SampleCell>;
export type SampleData = Record<'Clients' | 'Goals' | 'Tasks' | 'Invoices', SampleRow[]> & {
  settings: Partial<Record<keyof Settings, string>>;
};

const d = (date: LocalDate) => ({ date });

interface ClientSeed {
  name: string;
  contact: string;
  email: string;
  language: string;
  currency: string;
  hourlyRate: number;
  paymentTerms: number;
  cadence: string;
  timeZone: string;
  status: string;
  goals: { goal: string; target: number; unit: string; baseline: number; current: number; status?: string }[];
  goalWork: [task: string, result: string, benefit: string][];
  aWork: [task: string, result: string, benefit: string][];
  bWork: string[];
  admin: [task: string, result: string, benefit: string];
}

const CLIENTS: ClientSeed[] = [
  {
    name: 'Harbour & Thread Ltd',
    contact: 'Olivia Bennett',
    email: 'olivia@harbourthread.example.com',
    language: 'en',
    currency: 'GBP',
    hourlyRate: 65,
    paymentTerms: 14,
    cadence: 'weekly',
    timeZone: 'Europe/London',
    status: 'active',
    goals: [
      { goal: '500 new email subscribers', target: 500, unit: 'subscribers', baseline: 0, current: 320 },
      { goal: 'Raise online sales by 20 %', target: 20, unit: '% growth', baseline: 0, current: 12 },
      {
        goal: 'Cut checkout abandonment to 55 %',
        target: 55,
        unit: '% abandonment',
        baseline: 71,
        current: 63,
      },
    ],
    goalWork: [
      [
        'Set up the autumn sign-up pop-up',
        '84 new subscribers in the first week',
        'Grows the list you sell to every month',
      ],
      [
        'Wrote the welcome email series (3 emails)',
        'Open rate 52 %, 9 first orders',
        'New subscribers buy sooner',
      ],
      [
        'Built the gift guide landing page',
        '1,240 visits, 38 orders',
        'More Christmas sales from the same traffic',
      ],
      [
        'Shortened the checkout to one page',
        'Abandonment down from 68 % to 63 %',
        'Fewer lost sales at the last step',
      ],
    ],
    aWork: [
      [
        'Fixed the broken PayPal button',
        'Payments work again on all devices',
        'No lost orders during the sale weekend',
      ],
      [
        'Renewed the SSL certificate',
        'Site stays secure, no browser warnings',
        'Customers keep trusting the shop',
      ],
    ],
    bWork: [
      'Asked three customers for reviews',
      'Updated the Facebook cover photo',
      'Tidied the image library',
    ],
    admin: ['Monthly invoicing and admin', 'Invoice sent on time', 'Clear records for your bookkeeping'],
  },
  {
    name: 'Bakeriet Solsikke AS',
    contact: 'Kari Nordmann',
    email: 'kari@solsikke.example.no',
    language: 'nb',
    currency: 'NOK',
    hourlyRate: 850,
    paymentTerms: 14,
    cadence: 'fortnightly',
    timeZone: 'Europe/Oslo',
    status: 'active',
    goals: [
      { goal: 'Øke nettbestillingene med 20 %', target: 20, unit: '% vekst', baseline: 0, current: 14 },
      {
        goal: '300 nye medlemmer i kundeklubben',
        target: 300,
        unit: 'medlemmer',
        baseline: 40,
        current: 190,
      },
    ],
    goalWork: [
      [
        'Satte opp forhåndsbestilling av julekaker',
        '126 bestillinger første uke',
        'Jevnere produksjon og færre køer i butikk',
      ],
      [
        'Lagde kampanje for kundeklubben i butikkene',
        '64 nye medlemmer',
        'Flere faste kunder som kommer igjen',
      ],
      [
        'Forbedret produktsidene for bløtkaker',
        'Konvertering opp fra 2,1 % til 2,9 %',
        'Mer salg uten mer annonsering',
      ],
    ],
    aWork: [
      [
        'Rettet feil i betalingsløsningen (Vipps)',
        'Betaling virker igjen',
        'Ingen tapte bestillinger i helgen',
      ],
    ],
    bWork: ['Oppdaterte åpningstider på Google', 'Svarte på anmeldelser'],
    admin: [
      'Månedlig fakturering og administrasjon',
      'Faktura sendt i tide',
      'Ryddig grunnlag for regnskapet deres',
    ],
  },
  {
    name: 'Norðurljós ferðir ehf.',
    contact: 'Guðrún Jónsdóttir',
    email: 'gudrun@nordurljos.example.is',
    language: 'is',
    currency: 'ISK',
    hourlyRate: 14500,
    paymentTerms: 30,
    cadence: 'monthly',
    timeZone: 'Atlantic/Reykjavik',
    status: 'active',
    goals: [
      {
        goal: '400 nýjar bókanir á norðurljósaferðir',
        target: 400,
        unit: 'bókanir',
        baseline: 0,
        current: 236,
      },
      {
        goal: 'Hækka meðaleinkunn á TripAdvisor í 4,8',
        target: 4.8,
        unit: 'stjörnur',
        baseline: 4.4,
        current: 4.6,
      },
    ],
    goalWork: [
      [
        'Setti upp bókunarkerfi á ensku og þýsku',
        '92 bókanir á tveimur vikum',
        'Fleiri erlendir ferðamenn bóka beint',
      ],
      [
        'Skrifaði leiðbeiningar fyrir gesti eftir ferð',
        '31 ný umsögn, meðaltal 4,9',
        'Betra orðspor og fleiri bókanir',
      ],
    ],
    aWork: [['Lagaði villu í greiðslusíðu', 'Greiðslur berast aftur', 'Engar bókanir töpuðust']],
    bWork: ['Uppfærði myndir á Instagram'],
    admin: [
      'Mánaðarleg reikningagerð og umsýsla',
      'Reikningur sendur á réttum tíma',
      'Skýr gögn fyrir bókhaldið ykkar',
    ],
  },
  {
    name: 'מרפאת שיניים אור',
    contact: 'נועה כהן',
    email: 'noa@or-dental.example.co.il',
    language: 'he',
    currency: 'ILS',
    hourlyRate: 320,
    paymentTerms: 30,
    cadence: 'fortnightly',
    timeZone: 'Asia/Jerusalem',
    status: 'active',
    goals: [
      { goal: '200 מטופלים חדשים', target: 200, unit: 'מטופלים', baseline: 0, current: 118 },
      { goal: 'קביעת 60 % מהתורים באתר', target: 60, unit: '% מהתורים', baseline: 15, current: 41 },
    ],
    goalWork: [
      ['הקמת מערכת זימון תורים באתר', '146 תורים נקבעו באתר החודש', 'פחות שיחות טלפון לצוות הקבלה'],
      ['קמפיין גוגל להלבנת שיניים', '38 מטופלים חדשים', 'יותר טיפולים אסתטיים רווחיים'],
    ],
    aWork: [['עדכון מדיניות הפרטיות לפי החוק', 'האתר עומד בדרישות', 'המרפאה מוגנת מקנסות']],
    bWork: ['החלפת תמונות הצוות באתר', 'בקשת ביקורות ממטופלים'],
    admin: ['הפקת חשבונית חודשית וניהול', 'החשבונית נשלחה בזמן', 'רישום מסודר להנהלת החשבונות שלכם'],
  },
  {
    name: '陶房やまぐち',
    contact: '山口 由美',
    email: 'yumi@toubou-yamaguchi.example.jp',
    language: 'ja',
    currency: 'JPY',
    hourlyRate: 7500,
    paymentTerms: 30,
    cadence: 'monthly',
    timeZone: 'Asia/Tokyo',
    status: 'active',
    goals: [
      { goal: 'オンライン売上 月100万円', target: 1000000, unit: '円', baseline: 420000, current: 760000 },
      { goal: 'メールマガジン登録者 1,000人', target: 1000, unit: '人', baseline: 310, current: 655 },
    ],
    goalWork: [
      ['新作の湯呑みの商品ページを制作', '初週に52個販売', '新作の売上が早く立ち上がります'],
      ['年末セールのメールマガジンを配信', '開封率48 %、注文83件', '登録者の方からの売上が増えます'],
    ],
    aWork: [['決済エラーの修正', 'クレジットカード決済が復旧', '注文の取りこぼしを防ぎました']],
    bWork: ['Instagramのプロフィールを更新'],
    admin: ['月次請求と事務処理', '請求書を期日どおりに送付', '経理処理がスムーズになります'],
  },
  {
    name: 'Fernleaf Studio',
    contact: 'Sam Patel',
    email: 'sam@fernleaf.example.com',
    language: 'en',
    currency: 'EUR',
    hourlyRate: 70,
    paymentTerms: 14,
    cadence: 'none',
    timeZone: 'Europe/Dublin',
    status: 'ended',
    goals: [
      {
        goal: 'Launch the new portfolio site',
        target: 1,
        unit: 'site',
        baseline: 0,
        current: 1,
        status: 'achieved',
      },
    ],
    goalWork: [],
    aWork: [],
    bWork: [],
    admin: ['Monthly invoicing and admin', 'Invoice sent on time', 'Clear records for your bookkeeping'],
  },
];

/** Deterministic spread of work over the month: same sample for the same today. */
function dayIn(month: string, index: number, count: number): LocalDate {
  const last = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  const day = 1 + Math.floor(((index + 0.5) * last) / count);
  return `${month}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

export function sampleData(today: LocalDate): SampleData {
  const month = previousMonth(today);
  const { first } = monthRange(month);
  const clients: SampleRow[] = CLIENTS.map((c, i) => ({
    client: c.name,
    contact: c.contact,
    email: c.email,
    language: c.language,
    currency: c.currency,
    hourlyRate: c.hourlyRate,
    paymentTerms: c.paymentTerms,
    cadence: c.cadence,
    timeZone: c.timeZone,
    status: c.status,
    notes: i === 0 ? 'Prefers a call on Mondays' : '',
    ...(i === 4 ? { newRate: 8000, newRateFrom: d(addDays(today, 40)) } : {}),
  }));
  const goals: SampleRow[] = CLIENTS.flatMap((c) =>
    c.goals.map((g, p) => ({
      client: c.name,
      goal: g.goal,
      priority: p + 1,
      target: g.target,
      unit: g.unit,
      baseline: g.baseline,
      current: g.current,
      due: d(addDays(first, 150 + p * 30)),
      status: g.status ?? 'open',
    })),
  );
  const tasks: SampleRow[] = [];
  for (const c of CLIENTS) {
    const work: SampleRow[] = [];
    // Each piece of goal work is done in a few sessions across the month, like real logs.
    for (const [g, [task, result, benefit]] of c.goalWork.entries()) {
      const goal = c.goals[g % c.goals.length]!.goal;
      for (let s = 0; s < 3; s++)
        work.push({
          client: c.name,
          task: s === 0 ? task : `${task} (${s + 1}/3)`,
          goal,
          hours: [2.5, 1.75, 3][s]!,
          result: s === 2 ? result : '',
          benefit: s === 2 ? benefit : '',
          billable: true,
        });
    }
    for (const [task, result, benefit] of c.aWork)
      work.push({ client: c.name, task, mark: 'A', hours: 1.5, result, benefit, billable: true });
    for (const [b, task] of c.bWork.entries())
      work.push({ client: c.name, task, mark: 'B', hours: 0.5 + b * 0.25, billable: b % 2 === 0 });
    if (work.length > 0)
      work.push({
        client: c.name,
        task: c.admin[0],
        mark: 'A',
        hours: 0.75,
        result: c.admin[1],
        benefit: c.admin[2],
        billable: false,
      });
    work.forEach((row, i) => {
      tasks.push({ date: d(dayIn(month, i, work.length)), ...row });
    });
    if (work.length > 0)
      tasks.push({
        date: d(today),
        client: c.name,
        task: work[0]!.task as string,
        goal: (work[0]!.goal as string) ?? '',
        ...(work[0]!.goal ? {} : { mark: 'A' }),
        hours: 1,
        billable: true,
      });
  }
  tasks.sort((a, b) => ((a.date as { date: string }).date < (b.date as { date: string }).date ? -1 : 1));

  const invoices: SampleRow[] = [];
  let number = 1001;
  const invoice = (
    c: ClientSeed,
    issued: LocalDate,
    amount: number,
    options: { paid?: LocalDate; due?: LocalDate } = {},
  ) => {
    const id = `INV-${number++}`;
    invoices.push({
      invoice: id,
      client: c.name,
      issued: d(issued),
      amount,
      currency: c.currency,
      due: options.due ? d(options.due) : '',
      paidOn: options.paid ? d(options.paid) : '',
      file: `https://drive.google.com/file/d/sample-invoice-${id}/view`,
      notes: '',
    });
  };
  const [en, nb, is, he, ja, ended] = CLIENTS as [
    ClientSeed,
    ClientSeed,
    ClientSeed,
    ClientSeed,
    ClientSeed,
    ClientSeed,
  ];
  // Paid history.
  invoice(en, addDays(today, -80), 2340, { paid: addDays(today, -70) });
  invoice(nb, addDays(today, -75), 25500, { paid: addDays(today, -60) });
  invoice(ended, addDays(today, -120), 1680, { paid: addDays(today, -100) });
  invoice(ja, addDays(today, -70), 187500, { paid: addDays(today, -45) });
  // Overdue at each stage of the default 1, 7, 14 schedule: 2, 9 and 20 days late.
  invoice(en, addDays(today, -16), 1950); // due = issued + 14 (blank Due): 2 days late
  invoice(nb, addDays(today, -23), 30600, { due: addDays(today, -9) });
  invoice(he, addDays(today, -50), 9280); // due = issued + 30: 20 days late
  invoice(is, addDays(today, -44), 652500, { due: addDays(today, -14) }); // final stage begins today
  // Not yet due.
  invoice(ja, addDays(today, -5), 225000);
  invoice(en, addDays(today, -2), 2730);
  invoice(he, addDays(today, -1), 6400, { due: addDays(today, 29) });
  invoice(is, addDays(today, -10), 290000, { paid: addDays(today, -3) });

  return {
    Clients: clients,
    Goals: goals,
    Tasks: tasks,
    Invoices: invoices,
    settings: {
      yourName: 'Ingrid Solberg',
      businessName: 'Solberg Digital',
      yourEmail: 'ingrid@solbergdigital.example.no',
      phone: '+47 912 34 567',
      emailSignature: 'Ingrid Solberg\nSolberg Digital · +47 912 34 567',
      defaultLanguage: 'en',
      defaultCurrency: 'EUR',
      deposit: '25 % before work starts',
    },
  };
}
