// What each invoice of the golden matrix must hold whatever its wording (the goldens show the words; these
// assertions hold the law): the seller's identifiers as its country prints them, the buyer's address and
// identifiers, number and date, net, VAT per rate and total; the treatment's wording where it applies and
// nowhere else; and nothing of a VAT invoice from a seller who is not registered.
// Requirements per country: /work/shared/invoice-law.md §1 and the citations in src/domain/tax/countries.ts.
// Labels come from the message catalogues (native reviewers may change them); values and legally fixed
// terms (MVA, 登録番号, 適格請求書, חשבון עסקה) are written out here.

import { describe, expect, it } from 'vitest';
import { formatDate, formatPercent } from '../../../src/domain/format';
import type { InvoiceModel } from '../../../src/domain/invoice/build-invoice';
import { renderInvoiceHtml } from '../../../src/domain/invoice/invoice-html';
import { documentWords } from '../../../src/domain/invoice/document-words';
import { formatMinor } from '../../../src/domain/invoice/money';
import type { WORDS } from '../../../src/domain/messages';
import { renderIn } from '../../../src/domain/messages/client';
import type { Language } from '../../../src/domain/types';
import { ProblemError, sayText } from '../../../src/domain/problems/render';
import { CASES, type Case, CREDITED, ISSUED, SWEDISH_EXEMPTION, modelOf, settingsOf } from './invoice-matrix';

/** The invoice as a reader sees it: tags gone, entities decoded, bidi marks and odd spaces plain. */
function textOf(html: string): string {
  return plain(
    html
      .replace(/<head>.*<\/head>/, '')
      .replace(/<br>|<\/(?:p|h1|h2|tr)>/g, '\n')
      .replace(/<\/t[dh]>/g, ' | ')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'"),
  );
}
const plain = (s: string) =>
  s
    .replace(/[\u2068\u2069\u200e\u200f]/g, '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/ {2,}/g, ' ');

const byFile = (file: string) => CASES.find((c) => c.file === file)!;
const titleOf = (html: string) => plain(/<h1[^>]*>(.*?)<\/h1>/.exec(html)![1]!);

interface Rendered {
  c: Case;
  model: InvoiceModel;
  html: string;
  text: string;
  lang: Language;
  t: (typeof WORDS)[Language]['invoice'];
  money: (minor: number) => string;
}

function render(c: Case): Rendered {
  const model = modelOf(c);
  const html = renderInvoiceHtml(model);
  const lang = model.language;
  return {
    c,
    model,
    html,
    text: textOf(html),
    lang,
    t: documentWords(lang, model.tax?.parties.kind),
    money: (minor) => plain(formatMinor(minor, model.currency, lang)),
  };
}

const ALL = CASES.map(render);
const registered = ALL.filter((r) => r.c.treatment !== 'unregistered');
const unregistered = ALL.filter((r) => r.c.treatment === 'unregistered');
const label = (r: Rendered, key: keyof Rendered['t']['identifiers']) => r.t.identifiers[key];

/** The seller's identifiers each case must print, in its language's labels. */
function sellerIds(r: Rendered): string[] {
  const vat = r.c.treatment !== 'unregistered';
  switch (r.c.seller) {
    case 'NO':
      // "Org.nr. 998 877 660 MVA" for a registered seller, "Foretaksregisteret" for an AS [N2].
      return [`${label(r, 'no-org')} 998 877 660${vat ? ' MVA' : ''} · Foretaksregisteret`];
    case 'IS':
      // Kennitala always, the VSK-númer when registered [I1, I2].
      return [`${label(r, 'is-kennitala')} 510391-2259`, ...(vat ? [`${label(r, 'is-vat')} 123456`] : [])];
    case 'IL':
      // The dealer's number with "עוסק מורשה" when registered [L1]; the company number otherwise.
      return [vat ? `${label(r, 'il-dealer')} 511234569` : `${label(r, 'il-company')} 511234569`];
    case 'JP':
      // The qualified invoice issuer's T + 13 digits [J1, J5], only when registered [J4].
      return [
        `${label(r, 'jp-corporate')} 7123456789012`,
        ...(vat ? [`${label(r, 'jp-registration')} T7123456789012`] : []),
      ];
    case 'GB':
      // The VAT registration number, blocks of 3, 4 and 2 (HMRC VAT Notice 700, 16.3) [U1].
      return [`${label(r, 'gb-company')} 09876543`, ...(vat ? [`${label(r, 'gb-vat')} GB 123 4567 89`] : [])];
    case 'SE':
      // SE + organisationsnummer + 01 (art. 226(3)) [E1].
      return [`${label(r, 'se-org')} 556056-6258`, ...(vat ? [`${label(r, 'se-vat')} SE556056625801`] : [])];
  }
}

/** The buyer's identifiers each case must print: its registration number, and its VAT number if it gave one. */
function buyerIds(r: Rendered): string[] {
  const country = r.c.client[5];
  const ids: Record<string, string[]> = {
    NO: [`${label(r, 'no-org')} ${r.c.client[6] === '987654325' ? '987 654 325' : '923 456 783'}`],
    IS: [`${label(r, 'is-kennitala')} 470707-1270`], // the buyer's kennitala [I1, I5]
    IL: [`${label(r, 'il-company')} 514713288`],
    JP: [],
    GB: [],
    SE: [`${label(r, 'se-org')} 556547-5489`],
    DE: [`${label(r, 'org')} HRB 123456`, `${label(r, 'vat')} DE123456789`],
    US: [],
  };
  return ids[country]!;
}

describe('every invoice of the matrix names seller and buyer as the seller’s country requires', () => {
  it.each(ALL.map((r) => [r.c.file, r] as const))('%s', (_file, r) => {
    for (const id of sellerIds(r)) expect(r.text).toContain(id);
    // The seller's name and address (Japan requires the name only, and the fixture gives both).
    expect(r.text).toContain(String(r.model.settings.businessName));
    for (const line of String(r.model.settings.businessAddress).split('\n')) expect(r.text).toContain(line);
    // The buyer's name, every address line, and its registration numbers.
    expect(r.text).toContain(r.c.client[0]);
    for (const line of r.c.client[4].split('\n')) expect(r.text).toContain(line);
    for (const id of buyerIds(r)) expect(r.text).toContain(id);
  });
});

/** After a label: its colon, and a space unless the colon is full-width (「請求書番号：2026-0041」). */
const sep = (t: { colon: string }) => (t.colon === '：' ? t.colon : `${t.colon} `);

describe('number, date and totals', () => {
  it.each(ALL.map((r) => [r.c.file, r] as const))('%s', (_file, r) => {
    const { t, lang, model } = r;
    if (r.c.credit) {
      expect(r.text).toContain(`${t.creditNumber}${sep(t)}CN-2026-0007`);
      expect(r.text).toContain(plain(formatDate(CREDITED, lang)));
      // The credit note cites the invoice it cancels by number and date (VAT Directive art. 219).
      expect(r.text).toContain(plain(renderIn(lang, t.creditCites('2026-0041', formatDate(ISSUED, lang)))));
    } else {
      expect(r.text).toContain(`${t.number}${sep(t)}2026-0041`);
      expect(r.text).toContain(`${t.issued}${sep(t)}${plain(formatDate(ISSUED, lang))}`);
    }
    const tax = model.tax!;
    const totalLabel = r.c.credit ? t.creditTotal : t.total;
    expect(r.text).toContain(`${totalLabel} | | | ${r.money(model.totalMinor)}`);
    if (r.c.treatment === 'unregistered') return;
    expect(r.text).toContain(`${t.net} | | | ${r.money(tax.totals.netMinor)}`);
    for (const rate of tax.totals.perRate) {
      const row = renderIn(
        lang,
        t.vatLine(
          formatPercent(rate.rate / 100, lang),
          r.money(rate.baseMinor),
          rate.category,
          tax.parties.country,
        ),
      );
      // A rate row only for a standard- or zero-rated supply (EN 16931 categories S and Z): "VAT 0 %" on an
      // exempt, reverse-charged or out-of-scope supply would misstate it as zero-rated; its note says why.
      if (rate.category === 'S' || rate.category === 'Z')
        expect(r.text).toContain(`${plain(row)} | | | ${r.money(rate.vatMinor)}`);
      else expect(r.text).not.toContain(plain(row));
    }
  });
});

describe('the treatment’s wording, where it applies and nowhere else', () => {
  const reasonOf: Record<string, string | null> = {
    'NO-export': 'no-export-6-22',
    'IS-export': 'is-export-12',
    'IL-export': 'il-export-30a5',
    'JP-export': 'jp-export-7',
    'GB-export': 'outside-scope',
    'SE-export': 'outside-scope',
    'GB-reverse-charge': 'reverse-charge',
    'SE-reverse-charge': 'reverse-charge',
  };
  it.each(ALL.map((r) => [r.c.file, r] as const))('%s', (_file, r) => {
    const expected =
      r.c.treatment === 'exempt' ? 'exempt' : (reasonOf[`${r.c.seller}-${r.c.treatment}`] ?? null);
    const reasons = r.t.reasons as Record<string, string>;
    for (const [key, sentence] of Object.entries(reasons))
      if (key === expected) expect(r.text).toContain(plain(sentence));
      else expect(r.text).not.toContain(plain(sentence));
    // No VAT is charged under any of these treatments: one rate of 0 in the totals.
    if (expected) expect(r.model.tax!.totals.perRate.map((x) => [x.rate, x.vatMinor])).toEqual([[0, 0]]);
    // Under reverse charge the buyer's VAT number is printed with the wording (art. 226(4)) [E1].
    const buyerVat = plain(renderIn(r.lang, r.t.buyerVat('DE123456789')));
    if (r.c.treatment === 'reverse-charge') expect(r.text).toContain(buyerVat);
    else expect(r.text).not.toContain(buyerVat);
  });

  it('a domestic invoice charges the standard rate with no exemption wording', () => {
    const rates = { NO: 25, IS: 24, IL: 18, JP: 10, GB: 20, SE: 25 };
    for (const r of registered.filter((x) => x.c.treatment === 'domestic'))
      expect(
        r.model.tax!.totals.perRate.map((x) => x.rate),
        r.c.file,
      ).toEqual([rates[r.c.seller]]);
  });
});

describe('a seller who is not registered for VAT', () => {
  it.each(unregistered.map((r) => [r.c.file, r] as const))(
    '%s: no VAT line, nothing of a VAT invoice',
    (_f, r) => {
      expect(r.model.tax!.totals).toMatchObject({ perRate: [], vatMinor: 0, local: null });
      expect(r.model.totalMinor).toBe(r.model.tax!.totals.netMinor);
      expect(r.text).not.toContain(r.t.net);
      expect(r.text).not.toMatch(
        /\bMVA\b|\bVAT\b|VSK|מע״מ|עוסק מורשה|消費税|税抜|登録番号|適格|T7123456789012/,
      );
    },
  );

  it('Japan: titled 請求書 either way; only the registered seller’s carries the 登録番号 (消費税法 57条の4)', () => {
    const plainJp = unregistered.find((r) => r.c.seller === 'JP')!;
    const qualified = registered.find((r) => r.c.file === 'JP-domestic-ja')!;
    expect(titleOf(plainJp.html)).toBe('請求書');
    expect(titleOf(qualified.html)).toBe('請求書');
    expect(qualified.text).toContain('登録番号');
    expect(plainJp.text).not.toContain('登録番号');
  });
});

describe('Israel: a demand for payment, never a tax invoice', () => {
  it.each(ALL.filter((r) => r.c.seller === 'IL').map((r) => [r.c.file, r] as const))('%s', (_f, r) => {
    const title = titleOf(r.html);
    expect(title).not.toContain('חשבונית מס');
    if (r.lang === 'he') expect(title).toBe(r.c.credit ? 'ביטול חשבון עסקה' : 'חשבון עסקה');
    if (!r.c.credit) expect(r.text).toContain(r.t.notTaxInvoice);
  });
});

describe('Japan’s qualified invoice: the amounts and tax per rate [J1]', () => {
  it('the consideration and the consumption tax per rate, with the registration number', () => {
    const r = ALL.find((x) => x.c.file === 'JP-domestic-ja')!;
    expect(r.text).toContain('登録番号 T7123456789012');
    expect(r.text).toMatch(/10%対象 8,080円 消費税 \| \| \| 808円/);
  });
});

describe('a UK seller’s business client outside the EU, quoting its VAT number', () => {
  it('is outside the scope of UK VAT, with no EU reverse-charge wording (HMRC VAT Notice 741A, section 6)', () => {
    const client = [...byFile('GB-reverse-charge-en').client] as Case['client'];
    client.splice(
      0,
      9,
      'Fjord Byrå AS',
      'en',
      'NOK',
      900,
      'Kaigata 1\n5016 Bergen',
      'NO',
      '987654325',
      'NO 987 654 325 MVA',
      '',
    );
    const r = render({ ...byFile('GB-reverse-charge-en'), client, file: 'GB-export-en' });
    expect(r.model.tax!.parties.treatment).toBe('export');
    expect(r.text).toContain(r.t.reasons['outside-scope']);
    expect(r.text).not.toContain(r.t.reasons['reverse-charge']);
  });
});

describe('a Swedish exempt supply', () => {
  it('prints the provision from Settings › Tax note, and is refused without it, naming the cell', () => {
    const c = byFile('SE-exempt-en');
    expect(render(c).text).toContain(SWEDISH_EXEMPTION);
    let text = '';
    try {
      modelOf(c, settingsOf(c, []));
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      text = sayText(error.says, 'en');
    }
    expect(text).toContain(
      'Settings › Tax note is empty, and invoices from your business country (Sweden) must show it.',
    );
  });
});
