// An Israeli seller's document is a demand for payment (חשבון עסקה), not a tax invoice it may not issue
// this way: its Hebrew reminders, cover and terms emails name it so, with the grammar of a masculine
// noun, and never call it a חשבונית. A Norwegian seller's emails do not change.

import { describe, expect, it } from 'vitest';
import { composeDraft } from '../../../src/domain/mail/compose';
import { mailWords, sellerDocumentKind } from '../../../src/domain/mail/mail-words';
import type { DueItem } from '../../../src/domain/mail/reminders';
import { coverSubjects } from '../../../src/domain/month-end/cover-mail';
import { renderIn } from '../../../src/domain/messages/client';
import { sameText } from '../../../src/domain/mail/reminders';
import type { Client, Settings } from '../../../src/domain/types';
import { CLIENTS, invoice, SETTINGS, tracker } from '../../support/mail-fixtures';

const HE = CLIENTS.find((c) => c.language === 'he')!;
const ISRAEL: Settings = { ...SETTINGS, businessCountry: 'IL', vatRegistered: true };
const NORWAY: Settings = { ...SETTINGS, businessCountry: 'NO', vatRegistered: true };

function items(c: Client): DueItem[] {
  const inv = invoice({
    invoice: '2026-0042',
    client: c.name,
    currency: c.currency,
    amount: 12500,
    issued: '2026-10-01',
    due: '2026-10-15',
    file: 'https://drive.google.com/file/d/sample-file/view',
  });
  const report = {
    row: 2,
    client: c.name,
    month: '2026-10',
    link: 'https://docs.google.com/document/d/r/edit',
    docId: 'r',
    generated: '',
  };
  return [
    { kind: 'payment', client: c, invoice: inv, stage: 1 },
    { kind: 'payment', client: c, invoice: inv, stage: 2 },
    { kind: 'payment', client: c, invoice: inv, stage: 3, payBy: '2026-11-29' },
    {
      kind: 'report',
      client: c,
      report,
      cover: { invoice: '2026-0042', amount: '12,500 ₪', due: '2026-10-15' },
    },
    { kind: 'terms', client: c },
  ];
}

function draft(item: DueItem, settings: Settings, attached = false) {
  const made = composeDraft(item, tracker({ clients: CLIENTS, settings }), { attached });
  if (!made.ok) throw new Error(made.diagnostic.message);
  return made.draft;
}

const ISOLATE = /[\u2068\u2069]/g;

describe('an Israeli seller’s emails in Hebrew', () => {
  it('knows the seller’s document from Settings', () => {
    expect(sellerDocumentKind(ISRAEL)).toBe('demand-for-payment');
    expect(sellerDocumentKind({ ...ISRAEL, businessCountry: ' il ', vatRegistered: false })).toBe(
      'demand-for-payment',
    );
    expect(sellerDocumentKind(NORWAY)).toBe('invoice');
    expect(sellerDocumentKind(SETTINGS)).toBeUndefined();
  });

  it('name it חשבון עסקה in every reminder, the cover and the terms, and never חשבונית', () => {
    for (const attached of [false, true])
      for (const item of items(HE)) {
        const mail = draft(item, ISRAEL, attached);
        for (const text of [mail.subject, mail.text, mail.html]) expect(text).not.toContain('חשבונית');
        if (item.kind !== 'terms') expect(mail.subject).toContain('חשבון עסקה');
        expect(mail.text).toMatch(/חשבון (ה)?עסקה/);
      }
  });

  it('reads as Hebrew: a masculine noun, definite as חשבון העסקה', () => {
    const [friendly, firm, final, cover, terms] = items(HE).map((i) => draft(i, ISRAEL, true));
    const text = (m: { text: string }) => m.text.replace(ISOLATE, '');
    expect(friendly!.subject.replace(ISOLATE, '')).toBe('תזכורת ידידותית: חשבון עסקה 2026-0042');
    expect(firm!.subject.replace(ISOLATE, '')).toBe('חשבון עסקה 2026-0042 טרם שולם');
    expect(final!.subject.replace(ISOLATE, '')).toBe('תזכורת אחרונה: חשבון עסקה 2026-0042');
    expect(text(friendly!)).toContain('זו תזכורת ידידותית לגבי חשבון עסקה 2026-0042 על סך');
    expect(text(friendly!)).toContain('שמועד התשלום שלו היה');
    expect(text(friendly!)).toContain('ייתכן שחשבון העסקה פשוט התפספס. אשמח אם תוכלו לאשר שהוא התקבל אצלכם');
    expect(text(friendly!)).toContain('ממועד הוצאת חשבון העסקה');
    expect(text(friendly!)).toContain('מצורף שוב חשבון העסקה לנוחיותכם.');
    expect(text(firm!)).toContain('אם משהו בחשבון העסקה אינו ברור');
    expect(text(final!)).toContain('אם חשבון העסקה לא הגיע אליכם או שיש בו בעיה');
    expect(cover!.subject.replace(ISOLATE, '')).toBe('דוח וחשבון עסקה לחודש אוקטובר 2026');
    expect(text(cover!)).toContain('וחשבון העסקה לחודש זה.');
    expect(text(cover!)).toContain(
      'חשבון עסקה 2026-0042 הוא על סך 12,500 ₪, ומועד התשלום שלו הוא 15 באוקטובר 2026.',
    );
    expect(text(terms!)).toContain('- חשבונות עסקה: אחת לחודש, בסוף החודש');
    const linked = draft(items(HE)[0]!, ISRAEL, false);
    expect(text(linked)).toContain('אפשר למצוא את חשבון העסקה כאן:');
  });

  it('chooses the words once, from the seller: a language without demand words keeps its own', () => {
    expect(mailWords('he', 'invoice')).toBe(mailWords('he', undefined));
    const demand = mailWords('he', 'demand-for-payment');
    expect(demand.checkInSubject).toBe(mailWords('he', 'invoice').checkInSubject);
    expect(demand.terms.rate).toBe(mailWords('he', 'invoice').terms.rate);
    expect(mailWords('ja', 'demand-for-payment')).toBe(mailWords('ja', 'invoice'));
  });
});

describe('an Israeli seller’s emails in English', () => {
  const EN = CLIENTS.find((c) => c.language === 'en')!;

  it('call the document a pro forma invoice, as its title does, never plainly an invoice', () => {
    for (const attached of [false, true])
      for (const item of items(EN)) {
        const mail = draft(item, ISRAEL, attached);
        for (const text of [mail.subject, mail.text, mail.html])
          expect(text.replace(/pro forma invoice/gi, '')).not.toMatch(/invoic/i);
        if (item.kind !== 'terms') expect(mail.subject).toMatch(/pro forma invoice/i);
      }
    const [friendly, firm, final, cover, terms] = items(EN).map((i) => draft(i, ISRAEL, true));
    expect([friendly!.subject, firm!.subject, final!.subject]).toEqual([
      'Friendly reminder: pro forma invoice 2026-0042',
      'Pro forma invoice 2026-0042 is overdue',
      'Final reminder: pro forma invoice 2026-0042',
    ]);
    expect(friendly!.text).toContain(
      'This is a friendly reminder that pro forma invoice 2026-0042 for £12,500.00, dated 1 October 2026, was due for payment on 15 October 2026. Under our agreed terms, payment is due within 14 days of the date of the pro forma invoice.',
    );
    expect(friendly!.text).toContain('I have attached the pro forma invoice again for convenience.');
    expect(firm!.text).toContain('If anything about the pro forma invoice is unclear');
    expect(final!.text).toContain(
      'If you did not receive the pro forma invoice, or if there is a problem with it',
    );
    expect(cover!.subject).toBe('Report and pro forma invoice for October 2026');
    expect(cover!.text).toContain(
      'Pro forma invoice 2026-0042 comes to 12,500 ₪ and is due on 15 October 2026.',
    );
    expect(terms!.text).toContain('- Payment terms: 14 days from the date of the pro forma invoice');
    expect(terms!.text).toContain('- Billing: monthly, at the end of each month');
  });
});

describe('an Israeli seller’s emails in Norwegian', () => {
  const NB = CLIENTS.find((c) => c.language === 'nb')!;

  it('call the document a betalingsanmodning, as its title does, never a faktura', () => {
    for (const attached of [false, true])
      for (const item of items(NB)) {
        const mail = draft(item, ISRAEL, attached);
        for (const text of [mail.subject, mail.text, mail.html]) expect(text).not.toMatch(/faktur/i);
        if (item.kind !== 'terms') expect(mail.subject).toContain('betalingsanmodning');
      }
    const [friendly, firm, final, cover, terms] = items(NB).map((i) => draft(i, ISRAEL, true));
    expect([friendly!.subject, firm!.subject, final!.subject]).toEqual([
      'Vennlig påminnelse: betalingsanmodning 2026-0042',
      'Ny påminnelse: forfalt betalingsanmodning 2026-0042',
      'Purring – siste påminnelse: betalingsanmodning 2026-0042',
    ]);
    expect(friendly!.text).toContain(
      'Etter avtalte betingelser skal beløpet betales innen 14 dager fra datoen på betalingsanmodningen.',
    );
    expect(firm!.text).toContain('gi beskjed om når det blir betalt?');
    expect(final!.text).toContain(
      'Har dere ikke mottatt betalingsanmodningen, eller er det noe i veien med den',
    );
    expect(friendly!.text).toContain('Betalingsanmodningen ligger vedlagt på nytt.');
    expect(cover!.subject).toBe('Rapport og betalingsanmodning for oktober 2026');
    expect(cover!.text).toContain(
      'Betalingsanmodning 2026-0042 lyder på 12,500 ₪, med forfall 15. oktober 2026.',
    );
    expect(terms!.text).toContain(
      '- Betalingsanmodninger sendes: månedlig, etterskuddsvis ved utgangen av hver måned',
    );
  });
});

describe('an Israeli seller’s emails in Icelandic', () => {
  const IS = CLIENTS.find((c) => c.language === 'is')!;

  it('call the document a greiðslubeiðni, as its title does, with a feminine noun’s agreement', () => {
    for (const attached of [false, true])
      for (const item of items(IS)) {
        const mail = draft(item, ISRAEL, attached);
        for (const text of [mail.subject, mail.text, mail.html]) expect(text).not.toMatch(/reikning/i);
        if (item.kind !== 'terms') expect(mail.subject).toMatch(/greiðslubeiðni/i);
      }
    const [friendly, firm, final, cover, terms] = items(IS).map((i) => draft(i, ISRAEL, true));
    expect([friendly!.subject, firm!.subject, final!.subject]).toEqual([
      'Vinsamleg áminning: greiðslubeiðni 2026-0042',
      'Greiðslubeiðni 2026-0042 er komin fram yfir gjalddaga',
      'Lokaáminning: greiðslubeiðni 2026-0042',
    ]);
    expect(friendly!.text).toContain('Þetta er vinsamleg áminning um greiðslubeiðni 2026-0042 að upphæð');
    expect(friendly!.text).toMatch(/, dagsetta 1\. október 2026,/);
    expect(friendly!.text).toContain('Hugsanlega hefur hún farið fram hjá ykkur.');
    expect(friendly!.text).toContain(
      'skal greiða upphæðina innan 14 daga frá útgáfudegi greiðslubeiðninnar.',
    );
    expect(firm!.text).toMatch(
      /vegna greiðslubeiðni 2026-0042 að upphæð .*, dagsettrar 1\. október 2026\. Gjalddagi hennar/,
    );
    expect(final!.text).toContain('eitthvað er athugavert við hana');
    expect(cover!.subject).toBe('Skýrsla og greiðslubeiðni fyrir október 2026');
    expect(cover!.text).toContain('og greiðslubeiðnin fyrir mánuðinn.');
    expect(terms!.text).toContain('- Greiðslubeiðnir sendar: mánaðarlega, í lok hvers mánaðar');
  });
});

describe('a Norwegian seller', () => {
  it('drafts exactly what a seller with no country did, in every language', () => {
    for (const c of CLIENTS)
      for (const item of items(c))
        for (const attached of [false, true])
          expect(draft({ ...item, client: c }, NORWAY, attached)).toEqual(
            draft({ ...item, client: c }, SETTINGS, attached),
          );
    const hebrew = draft(items(HE)[0]!, NORWAY);
    expect(hebrew.subject.replace(ISOLATE, '')).toBe('תזכורת ידידותית: חשבונית 2026-0042');
  });
});

describe('the cover email’s subjects', () => {
  it('find a Hebrew cover drafted under the invoice’s subject as well as the demand’s', () => {
    const subjects = coverSubjects('2026-10');
    const old = renderIn('he', { parts: ['דוח וחשבונית לחודש ', ''], values: ['אוקטובר 2026'] });
    expect(subjects.some((s) => sameText(s, old))).toBe(true);
    expect(subjects.some((s) => sameText(s, 'דוח וחשבון עסקה לחודש אוקטובר 2026'))).toBe(true);
    expect(subjects.some((s) => sameText(s, 'Report and invoice for October 2026'))).toBe(true);
    // No language's subject is listed twice.
    expect(new Set(subjects).size).toBe(subjects.length);
  });
});
