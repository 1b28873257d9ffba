// The language layer: every counted message in every language takes the plural form Intl.PluralRules
// chooses; no English in nb, is, he or ja output (Settings values included); every value inserted
// into Hebrew is isolated; date ranges, greetings, progress lines; and golden drafts per language.

import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startOfLocalDate } from '../../src/domain/dates';
import {
  type Catalogue,
  CATALOGUES,
  formatPeriod,
  renderIn,
  zoneName,
} from '../../src/domain/messages/client';
import { FSI, type Msg, PDI, insertedValues, render } from '../../src/domain/messages/core/msg';
import { formatCount, pluralCategory } from '../../src/domain/messages/core/plural';
import { composeDraft } from '../../src/domain/mail/compose';
import { type DueItem, dueReminders, reportDraftItem } from '../../src/domain/mail/reminders';
import { readTracker } from '../../src/domain/read-tracker';
import { buildReport } from '../../src/domain/report/build-report';
import { goalProgress, goalProgressLine } from '../../src/domain/report/goal-progress';
import { renderReportHtml } from '../../src/domain/report/report-html';
import { sampleData } from '../../src/domain/sample-data';
import { TABS } from '../../src/domain/tabs';
import { BILLING_RHYTHMS, type Goal, LANGUAGES, type Language, type Tracker } from '../../src/domain/types';

const COUNTS = [0, 1, 2, 3, 5, 11, 21, 101];
const FOREIGN = LANGUAGES.filter((l) => l !== 'en');

const text = (language: Language, m: Msg) => renderIn(language, m, 'text');

/** The phrase a noun gives for n, and the phrases of the other categories (which must not appear). */
function phrases(c: Catalogue, n: number) {
  const category = pluralCategory(c.locale, n);
  const number = formatCount(c.locale, n);
  const right: string[] = [];
  const wrong: string[] = [];
  for (const forms of Object.values(c.nouns)) {
    const chosen = (forms[category] ?? forms.other).replace('#', number);
    right.push(chosen);
    for (const [cat, form] of Object.entries(forms)) {
      const other = form.replace('#', number);
      if (cat !== category && other !== chosen && !chosen.includes(other)) wrong.push(other);
    }
  }
  return { category, right, wrong };
}

/** Every message that counts something, with the count put in. */
function countedMessages(c: Catalogue, n: number): [string, Msg][] {
  const facts = { invoice: 'INV-1', amount: '100', issued: 'a', due: 'b', terms: n, payBy: null };
  return [
    ['report.summary', c.report.summary({ month: 'M', hours: n, tasks: n, goalShare: '50%' })],
    ['report.routine', c.report.routine(n, n)],
    ['report.nonBillable', c.report.nonBillable(n)],
    ['mail.terms.payment', c.mail.terms.payment(n)],
    ['mail.paymentBody 1', c.mail.paymentBody(1, facts)[0]!],
    ['mail.paymentBody 3', c.mail.paymentBody(3, facts)[0]!],
    ['mail.terms.response days', c.mail.terms.response(n, 'days')],
    ['mail.terms.response hours', c.mail.terms.response(n, 'hours')],
  ];
}

describe.each(LANGUAGES.map((l) => [l, CATALOGUES[l]] as const))('plurals in %s', (language, c) => {
  it('gives every counted noun a form for each plural category the language has', () => {
    const categories = new Intl.PluralRules(c.locale).resolvedOptions().pluralCategories;
    for (const [noun, forms] of Object.entries(c.nouns))
      for (const category of categories) expect([noun, category, forms[category]]).not.toContain(undefined);
  });

  it.each(COUNTS)('every counted message with %s uses the form Intl.PluralRules selects', (n) => {
    const { right, wrong } = phrases(c, n);
    for (const [name, m] of countedMessages(c, n)) {
      if (n === 0 && name.startsWith('mail.') && name.includes('pay')) continue; // 0 days reads "on receipt"
      const out = text(language, m).replace(/[\u2068\u2069]/g, '');
      expect([name, right.some((r) => out.includes(r))]).toEqual([name, true]);
      for (const w of wrong) expect([name, out]).not.toEqual([name, expect.stringContaining(w)]);
    }
  });

  it.each([0.5, 1.25])('hours %s take the form of their category', (n) => {
    const { right, wrong } = phrases(c, n);
    for (const m of [c.report.nonBillable(n), c.report.routine(n, n)]) {
      const out = text(language, m).replace(/[\u2068\u2069]/g, '');
      expect(right.some((r) => out.includes(r))).toBe(true);
      for (const w of wrong) expect(out).not.toContain(w);
    }
  });
});

describe('plural categories the catalogues rely on', () => {
  it('Icelandic 21 and 101 are singular, Hebrew 2 is dual, Japanese has only "other"', () => {
    expect(text('is', CATALOGUES.is.report.routine(21, 21))).toBe(
      'Smærri venjubundin verk: 21 verkefni, alls 21 klukkustund.',
    );
    expect(text('is', CATALOGUES.is.report.nonBillable(101))).toContain('101 klukkustund.');
    expect(text('he', CATALOGUES.he.mail.terms.payment(2))).toBe('תנאי תשלום: יומיים ממועד הוצאת החשבונית');
    expect(text('he', CATALOGUES.he.report.routine(2, 2))).toBe(
      'משימות שוטפות קטנות: שתי משימות, שעתיים בסך הכול.',
    );
    expect(text('he', CATALOGUES.he.report.routine(1, 1))).toBe(
      'משימות שוטפות קטנות: משימה אחת, שעה אחת בסך הכול.',
    );
    expect(text('en', CATALOGUES.en.report.nonBillable(1))).toBe('Included above but not billed: 1 hour.');
    expect(text('nb', CATALOGUES.nb.mail.terms.payment(1))).toBe('Betalingsfrist: 1 dag fra fakturadato');
    expect(text('ja', CATALOGUES.ja.mail.terms.payment(1))).toBe('お支払い条件：請求書発行日から1日以内');
  });
});

// ---- The sample, as a sheet: every draft and report in every language --------------------------------

const TODAY = '2026-11-22';

function sampleTracker(settings: [string, unknown][] = []): Tracker {
  const sample = sampleData(TODAY);
  const raw: Record<string, unknown[][]> = {};
  for (const tab of ['Clients', 'Goals', 'Tasks', 'Invoices'] as const) {
    const spec = TABS.find((t) => t.name === tab)!;
    raw[tab] = [
      spec.columns.map((col) => col.header),
      ...sample[tab].map((row) =>
        spec.columns.map((col) => {
          const v = row[col.key] ?? '';
          return typeof v === 'object' && v !== null && 'date' in v
            ? startOfLocalDate(v.date, 'Europe/Oslo')
            : v;
        }),
      ),
    ];
  }
  const values = new Map<string, unknown>([
    ['Your name', 'Ingrid Solberg'],
    ['Business name', 'Solberg Digital'],
    ['Your email', 'ingrid@solbergdigital.example.no'],
    ['Phone', '+47 912 34 567'],
    ['Email signature', 'Ingrid Solberg\nSolberg Digital · +47 912 34 567'],
    ['Deposit', '25%'],
    ...settings,
  ]);
  raw.Settings = [['Setting', 'Value'], ...[...values].map(([k, v]) => [k, v])];
  raw.Reports = [
    ['Client', 'Month', 'Link', 'Document id', 'Generated'],
    ...sample.Clients.map((c) => [
      c.client,
      '2026-10',
      `https://docs.google.com/document/d/r-${c.language}/edit`,
      'x',
      '',
    ]),
  ];
  raw.Drafts = [['Date', 'Kind', 'Client', 'Invoice', 'Stage', 'To', 'Subject', 'Draft id']];
  return readTracker(raw, 'Europe/Oslo');
}

function draftsOf(t: Tracker, language: Language) {
  const clients = t.clients.filter((c) => c.language === language);
  const items: DueItem[] = dueReminders(t, TODAY).filter((i) => clients.includes(i.client));
  // Every payment stage and the one-off kinds, whatever today's lateness gives.
  const c = clients[0]!;
  const invoice = t.invoices.find((i) => i.client === c.name)!;
  for (const stage of [1, 2, 3])
    if (!items.some((i) => i.kind === 'payment' && i.stage === stage && i.client === c))
      items.push({
        kind: 'payment',
        client: c,
        invoice,
        stage,
        ...(stage === 3 ? { payBy: '2026-11-29' } : {}),
      });
  if (!items.some((i) => i.kind === 'check-in')) items.push({ kind: 'check-in', client: c });
  // Terms go to new clients only (issue 11); the sample's clients all have invoices, so add one.
  if (!items.some((i) => i.kind === 'terms')) items.push({ kind: 'terms', client: c });
  if (!items.some((i) => i.kind === 'rate-change'))
    items.push({
      kind: 'rate-change',
      client: { ...c, newRate: (c.hourlyRate ?? 0) + 10, newRateFrom: '2027-01-01' },
    });
  items.push(reportDraftItem(t, c.name, '2026-10'));
  return items.map((item) => {
    const composed = composeDraft(item, t);
    if (!composed.ok) throw new Error(composed.diagnostic.message);
    return { item, draft: composed.draft };
  });
}

/** Words that would show English fixed text leaking; checked as whole words. */
const ENGLISH =
  /(?<!\p{L})(the|and|of|to|for|with|your|you|hours?|days?|working|monthly|weekly|invoice|payment|due|within|from|monday|friday|report|goal|target|tasks?|start|reached|deposit|before|work|at|end|month|in|on|by|time|central|european)(?!\p{L})/iu;

/** Norwegian words spelled like English ones ("at" = that, "for" = for, "time" = hour, "to" = two). */
const FALSE_FRIENDS: Partial<Record<Language, string[]>> = { nb: ['at', 'for', 'time', 'start', 'to'] };

function english(language: Language, rest: string): string[] {
  const allowed = FALSE_FRIENDS[language] ?? [];
  return [...rest.matchAll(new RegExp(ENGLISH.source, 'giu'))]
    .map((m) => m[0].toLowerCase())
    .filter((w) => !allowed.includes(w));
}

/** The sample's own data (names, emails, links, task texts) removed, leaving the add-on's words. */
function withoutUserText(out: string, t: Tracker): string {
  const user = [
    ...t.clients.flatMap((c) => [c.name, c.contact, c.email, c.greetingName]),
    ...t.goals.flatMap((g) => [g.goal, g.unit]),
    ...t.tasks.flatMap((x) => [x.task, x.result, x.benefit]),
    ...t.invoices.map((i) => i.invoice),
    'Ingrid Solberg',
    'Solberg Digital',
    'ingrid@solbergdigital.example.no',
  ].filter((s) => s.length > 1);
  let rest = out.replace(/https?:\/\/\S+/g, ' ').replace(/[\u2068\u2069]/g, '');
  for (const s of user.sort((a, b) => b.length - a.length)) rest = rest.split(s).join(' ');
  // Currency codes and symbols Intl writes (JP¥, ISK) are not words.
  return rest.replace(/\b[A-Z]{2,3}\b|JP¥/g, ' ');
}

const SETTINGS_VARIANTS: [string, unknown][][] = [
  [],
  ...BILLING_RHYTHMS.map((r): [string, unknown][] => [['Billing rhythm', r]]),
  [
    ['Working hours', 'Mon, Wed, Fri 08:30–16:00 Asia/Tokyo'],
    ['Response time', '4 working hours'],
  ],
  [
    ['Working hours', 'Tue-Sat 10-18 America/New_York'],
    ['Response time', '2 working days'],
  ],
  // An old sheet's free-text English: warned about and left out, never copied into a client's mail.
  [
    ['Billing rhythm', 'monthly in arrears'],
    ['Working hours', 'Mon–Fri 9–17 CET'],
    ['Response time', 'same day if possible'],
    ['Deposit', 'half up front'],
  ],
];

describe.each(FOREIGN)('no English in %s output', (language) => {
  it.each(SETTINGS_VARIANTS.map((v, i) => [i, v] as const))(
    'drafts of every kind (Settings variant %s), Settings values included',
    (_, variant) => {
      const t = sampleTracker(variant);
      for (const { draft } of draftsOf(t, language)) {
        for (const out of [draft.subject, draft.text]) {
          const rest = withoutUserText(out, t);
          expect([english(language, rest), rest]).toEqual([[], rest]);
        }
      }
    },
  );

  it('the report', () => {
    const t = sampleTracker();
    const client = t.clients.find((c) => c.language === language)!;
    const html = renderReportHtml(buildReport(t, client.name, '2026-10'));
    const visible = html
      .replace(/<head>[\s\S]*?<\/head>/, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&');
    const rest = withoutUserText(visible, t);
    expect([english(language, rest), rest]).toEqual([[], rest]);
  });
});

describe('Settings that cannot be read are warned about and left out', () => {
  it('an old free-text English value gives a warning naming the row and no line in the terms email', () => {
    const t = sampleTracker(SETTINGS_VARIANTS[SETTINGS_VARIANTS.length - 1]!);
    expect(t.settings).toMatchObject({
      billingRhythm: null,
      workingHours: null,
      responseTime: null,
      depositPercent: null,
    });
    const warned = t.diagnostics.filter((d) => d.sheet === 'Settings').map((d) => d.message.split(':')[0]);
    expect(warned).toEqual(['Billing rhythm', 'Deposit', 'Working hours', 'Response time']);
    const terms = draftsOf(t, 'en').find((d) => d.item.kind === 'terms')!.draft.text;
    expect(terms).not.toMatch(/Invoicing|Working hours|Response time|Deposit/);
    expect(terms).toContain('Payment terms: 14 days from the invoice date');
  });
  it('the defaults of earlier versions read as their structured values', () => {
    const t = sampleTracker([
      ['Billing rhythm', 'monthly, at month end'],
      ['Working hours', 'Monday to Friday, 9 to 17'],
      ['Response time', 'within one working day'],
      ['Deposit', '25 % before work starts'],
    ]);
    expect(t.diagnostics.filter((d) => d.sheet === 'Settings')).toEqual([]);
    const terms = draftsOf(t, 'nb').find((d) => d.item.kind === 'terms')!.draft.text;
    for (const line of [
      'Fakturering: månedlig, etterskuddsvis ved utgangen av hver måned',
      'Forskudd: 25\u00a0%, som betales før arbeidet starter',
      'Arbeidstid: mandag–fredag kl. 09.00–17.00 (sentraleuropeisk tid)',
      'Svartid: innen én virkedag',
    ])
      expect(terms).toContain(line);
  });
});

// ---- Hebrew: every inserted value isolated ------------------------------------------------------------

/** True when every occurrence of `value` in `out` lies inside a U+2068…U+2069 pair. */
function alwaysIsolated(out: string, value: string): boolean {
  let from = 0;
  for (;;) {
    const at = out.indexOf(value, from);
    if (at < 0) return true;
    let depth = 0;
    for (let i = 0; i < at; i++) depth += out[i] === FSI ? 1 : out[i] === PDI ? -1 : 0;
    if (depth <= 0) return false;
    from = at + value.length;
  }
}

describe('Hebrew isolates every inserted value', () => {
  it('in every message of the catalogue, text and HTML', () => {
    const c = CATALOGUES.he;
    const facts = { invoice: 'INV-7.', amount: '₪1,200.00', issued: 'a1', due: 'b2', terms: 14, payBy: 'c3' };
    const progress = {
      now: '41%',
      nowQty: '41% x',
      target: '60%',
      targetQty: '60% x',
      start: '15%',
      startQty: '15% x',
      lowerIsBetter: false,
      change: 'up' as const,
      share: '58%',
      reached: false,
    };
    const hours = { days: [1, 2, 3, 4, 5] as const, start: 540, end: 1020, zoneName: 'UTC+1' };
    const all: Msg[] = [
      c.report.title('Acme Ltd.', 'M', false),
      c.report.docName('Acme Ltd.', 'M', false),
      c.report.preparedBy('Ingrid', 'Solberg AS.'),
      c.report.summary({ month: 'M', hours: 3, tasks: 5, goalShare: '50%' }),
      c.report.progress(progress),
      c.report.progress({ ...progress, lowerIsBetter: true, change: 'down' }),
      c.report.progress({ ...progress, reached: true }),
      c.report.due('31.12'),
      c.report.rate('₪320'),
      ...c.mail.greeting({ name: 'Olivia B.', contact: 'x', client: 'y' }),
      ...[1, 2, 3].flatMap((s) => [
        c.mail.paymentSubject(s as 1 | 2 | 3, 'INV-7.'),
        ...c.mail.paymentBody(s as 1 | 2 | 3, facts),
      ]),
      c.mail.reportSubject('M'),
      c.mail.reportGoalLine('10k visits.', c.report.progress(progress)),
      c.mail.updateSubject('1–2 M'),
      c.mail.taskLine({ task: 'SEO.', result: '+12%', goal: '2x leads' }),
      c.mail.terms.rate('₪320'),
      c.mail.terms.hours({ ...hours, days: [...hours.days] }),
      c.mail.terms.deposit('25%'),
      c.mail.terms.reach(['+47 912 34 567', 'a@b.c']),
      c.mail.rateSubject('₪350', '1.1.2027'),
      ...c.mail.rateBody('₪320', '₪350', '1.1.2027'),
    ];
    for (const m of all) {
      const plain = render(m, 'text', true);
      const html = render(m, 'html', true);
      for (const v of insertedValues(m)) {
        expect([v, plain.includes(`${FSI}${v}${PDI}`)]).toEqual([v, true]);
        expect([v, html]).toEqual([v, expect.stringContaining(`<bdi>${FSI}`)]);
      }
    }
  });

  it('in the sample drafts and report: names, amounts, dates and invoice numbers never stand bare', () => {
    const t = sampleTracker();
    const client = t.clients.find((c) => c.language === 'he')!;
    const values = [
      client.greetingName,
      ...t.invoices.filter((i) => i.client === client.name).map((i) => i.invoice),
    ];
    for (const { draft } of draftsOf(t, 'he')) {
      // Links stand on lines of their own and are left whole, so that mail programs still open them.
      for (const out of [draft.subject, draft.text.replace(/https?:\/\/\S+/g, '')])
        for (const v of values) expect([v, alwaysIsolated(out, v)]).toEqual([v, true]);
      expect(draft.text).not.toMatch(/(^|[^\u2068\d.,])\d{1,2} ב[א-ת]+ \d{4}/);
      expect(draft.html).toContain('<bdi>');
    }
    const html = renderReportHtml(buildReport(t, client.name, '2026-10'));
    expect(html).toContain(`<bdi>${FSI}${client.name}${PDI}</bdi>`);
    expect(html).toContain(`<bdi>${FSI}Ingrid Solberg${PDI}</bdi>`);
    expect(html).toMatch(/<td dir="auto"/);
  });
});

// ---- Dates, greetings, progress -------------------------------------------------------------------------

describe('date ranges write shared month and year once', () => {
  const cases: [Language, string, string, string][] = [
    ['en', '2026-11-18', '2026-11-20', '18–20 November 2026'],
    ['en', '2026-10-28', '2026-11-03', '28 October – 3 November 2026'],
    ['en', '2026-12-28', '2027-01-03', '28 December 2026 – 3 January 2027'],
    ['nb', '2026-11-18', '2026-11-20', '18.–20. november 2026'],
    ['nb', '2026-10-28', '2026-11-03', '28. oktober – 3. november 2026'],
    ['is', '2026-11-18', '2026-11-20', '18.–20. nóvember 2026'],
    ['he', '2026-11-18', '2026-11-20', '18–20 בנובמבר 2026'],
    ['he', '2026-10-28', '2026-11-03', '28 באוקטובר – 3 בנובמבר 2026'],
    ['ja', '2026-11-18', '2026-11-20', '2026年11月18日〜20日'],
    ['ja', '2026-10-28', '2026-11-03', '2026年10月28日〜11月3日'],
    ['ja', '2026-12-28', '2027-01-03', '2026年12月28日〜2027年1月3日'],
    ['ja', '2026-11-20', '2026-11-20', '2026年11月20日'],
  ];
  it.each(cases)('%s %s – %s', (language, from, to, expected) => {
    expect(formatPeriod(from, to, language)).toBe(expected);
  });
});

describe('greetings', () => {
  const g = (language: Language, name: string, contact = 'Full Name', client = 'Company AS') =>
    CATALOGUES[language].mail.greeting({ name, contact, client }).map((m) => text(language, m));
  it('use the greeting name, and a natural greeting without one, never the company', () => {
    expect(g('en', 'Olivia')).toEqual(['Dear Olivia,']);
    expect(g('en', '')).toEqual(['Hello,']);
    expect(g('nb', '')).toEqual(['Hei,']);
    expect(g('is', '')).toEqual(['Góðan dag,']);
    expect(g('he', '')).toEqual(['שלום רב,']);
    for (const language of ['en', 'nb', 'is', 'he'] as const)
      expect(g(language, '').join()).not.toContain('Company');
  });
  it('Japanese: company, then the family name with 様 once; ご担当者様 with nobody named', () => {
    expect(g('ja', '山口', '山口 由美', '陶房やまぐち')).toEqual(['陶房やまぐち', '山口様']);
    expect(g('ja', '山口様', '山口 由美', '陶房やまぐち')).toEqual(['陶房やまぐち', '山口様']);
    expect(g('ja', '', '', '陶房やまぐち')).toEqual(['陶房やまぐち', 'ご担当者様']);
  });
});

describe('goal progress', () => {
  const goal = (g: Partial<Goal>): Goal => ({
    row: 2,
    client: 'A',
    goal: 'G',
    priority: 1,
    target: 500,
    unit: 'subscribers',
    baseline: 120,
    current: 320,
    due: null,
    status: 'open',
    estimate: null,
    ...g,
  });
  const line = (g: Partial<Goal>, language: Language = 'en') =>
    text(language, goalProgressLine(goal(g), language)!);
  it('names now, target, start and the share of the way, with the unit once', () => {
    expect(line({})).toBe('320 of 500 subscribers — up from 120 at the start, 53% of the way there');
  });
  it('handles goals where lower is better', () => {
    expect(line({ target: 55, baseline: 71, current: 63, unit: '% abandonment' })).toBe(
      '63% abandonment, aiming for 55% — down from 71% at the start, 50% of the way there',
    );
    expect(line({ target: 55, baseline: 71, current: 75, unit: '% abandonment' })).toBe(
      '75% abandonment, aiming for 55% — up from 71% at the start, 0% of the way there',
    );
  });
  it('claims no share when a value past the target has no baseline to tell the direction', () => {
    expect(goalProgress(goal({ baseline: null, current: 600 }))).toBeNull();
    expect(line({ baseline: null, current: 600 })).toBe('600 of 500 subscribers');
  });
  it('says when the target is reached', () => {
    expect(line({ current: 500 })).toBe('Target reached: 500 subscribers, up from 120 at the start');
  });
  it('Norwegian says «av» only for whole counts up to the target, so no line reads as a fraction', () => {
    expect(line({ unit: 'medlemmer' }, 'nb')).toBe(
      '320 av 500 medlemmer – opp fra 120 ved oppstart, 53\u00a0% av veien mot målet',
    );
    expect(line({ unit: '% vekst', target: 20, baseline: 0, current: 14 }, 'nb')).toBe(
      '14\u00a0% vekst, målet er 20\u00a0% – opp fra 0\u00a0% ved oppstart, 70\u00a0% av veien mot målet',
    );
    expect(line({ unit: 'stjerner', target: 4.7, baseline: 4.3, current: 4.5 }, 'nb')).toBe(
      '4,5 stjerner, målet er 4,7 – opp fra 4,3 ved oppstart, 50\u00a0% av veien mot målet',
    );
    expect(line({ unit: 'medlemmer', baseline: null, current: 600 }, 'nb')).toBe(
      '600 medlemmer, målet er 500',
    );
  });
  it('Icelandic keeps the unit in the nominative after a label', () => {
    expect(line({ unit: 'bókanir', target: 400, baseline: 0, current: 236 }, 'is')).toBe(
      'Staðan núna: 236 bókanir · markmið: 400 · í upphafi: 0 · framvinda: 59%',
    );
  });
});

// ---- Golden drafts per language: read each before accepting a change ------------------------------

describe('golden drafts of the sample, one file per language', () => {
  it.each(LANGUAGES)('%s', (language) => {
    const t = sampleTracker();
    const body = draftsOf(t, language)
      .map(
        ({ item, draft }) =>
          `=== ${item.kind}${item.stage ? ` ${item.stage}` : ''}\nSubject: ${draft.subject}\n\n${draft.text}\n`,
      )
      .join('\n')
      .replace(/\u2068/g, '⁅')
      .replace(/\u2069/g, '⁆');
    const file = `test/golden/sample-drafts-${language}.txt`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, body);
    expect(body).toBe(readFileSync(file, 'utf8'));
  });
});

describe('time zone names', () => {
  it('names a time, not a country: Icelandic London is not "Bretland"', () => {
    expect(zoneName('Europe/London', 'is')).toMatch(/tím/);
    expect(zoneName('Europe/Oslo', 'is')).toBe('Mið-Evróputími');
    expect(zoneName('Europe/Oslo', 'en')).toBe('Central European Time');
  });
});
