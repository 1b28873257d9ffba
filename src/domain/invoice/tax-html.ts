// The invoice's tax parts as HTML pieces, in the client's language: the title the seller's country
// allows, seller and buyer identifiers, the buyer's address with its country's name, the net and VAT
// rows, why no VAT is charged, the VAT in the seller's currency, the Norwegian account number. Pure.

import { escapeHtml } from '../escape';
import { LOCALES, formatNumber, formatPercent } from '../format';
import { WORDS } from '../messages';
import { renderIn } from '../messages/client';
import { countryName } from '../tax/country-name';
import type { Identifier } from '../tax/identifiers';
import type { InvoiceModel } from './build-invoice';
import { documentWords } from './document-words';
import { formatMinor } from './money';
import type { InvoiceTax } from './tax-plan';

type Html = string;

/** The document's title: Israel's demand for payment, Japan's qualified invoice, else the plain one. */
export function invoiceTitle(model: InvoiceModel): string {
  const kind = model.tax?.parties.kind ?? 'invoice';
  const t = documentWords(model.language, kind);
  if (model.credit) return kind === 'qualified-invoice' ? t.qualifiedCreditTitle : t.creditTitle;
  if (kind === 'demand-for-payment') return t.demandTitle;
  if (model.kind === 'deposit') return t.depositTitle;
  return kind === 'qualified-invoice' ? t.qualifiedTitle : t.title;
}

/** "Org.nr. 987 654 325 MVA · Foretaksregisteret", one identifier per line. */
export function identifierLines(ids: Identifier[], model: InvoiceModel): string[] {
  const t = WORDS[model.language].invoice;
  return ids.map((id) => {
    const parts = [`${t.identifiers[id.label]} ${id.value}${id.mva ? ` ${t.mva}` : ''}`];
    if (id.foretaksregisteret) parts.push(t.foretaksregisteret);
    return parts.join(' · ');
  });
}

/** The seller's country in the client's language, for a client abroad (the address itself has none). */
export function sellerCountryLine(tax: InvoiceTax, model: InvoiceModel): string {
  const abroad = tax.buyerCountry !== '' && tax.buyerCountry !== tax.parties.country;
  return abroad ? countryName(tax.parties.country, LOCALES[model.language]) : '';
}

/** The buyer's address lines, then its country in the client's language when it is not the seller's. */
export function buyerAddressLines(tax: InvoiceTax, model: InvoiceModel): string[] {
  const lines = tax.buyerAddress
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (tax.buyerCountry && tax.buyerCountry !== tax.parties.country)
    lines.push(countryName(tax.buyerCountry, LOCALES[model.language]));
  return lines;
}

export interface TaxRow {
  label: string;
  minor: number;
}

/** The rows between the lines and the total: net, then VAT per rate (none for an unregistered seller). */
export function taxRows(tax: InvoiceTax, model: InvoiceModel): TaxRow[] {
  if (!tax.parties.vatRegistered) return [];
  const t = WORDS[model.language].invoice;
  const lang = model.language;
  const rows: TaxRow[] = [{ label: t.net, minor: tax.totals.netMinor }];
  // A rate is shown only where one applies: standard (S) and zero-rated (Z) supplies. "VAT 0 %" on an
  // exempt, reverse-charged or out-of-scope supply would misstate it as zero-rated; the note under the
  // table says why no VAT is charged (EN 16931 BR-O-05: no rate for O; HMRC VAT Notice 700/21 wants
  // exempt and zero-rated supplies told apart).
  for (const r of tax.totals.perRate.filter((p) => p.category === 'S' || p.category === 'Z'))
    rows.push({
      label: renderIn(
        lang,
        t.vatLine(
          formatPercent(r.rate / 100, lang),
          formatMinor(r.baseMinor, model.currency, lang),
          r.category,
          tax.parties.country,
        ),
      ),
      minor: r.vatMinor,
    });
  return rows;
}

/** The sentences under the table: why no VAT, the buyer's VAT number, the VAT in the seller's currency. */
export function taxNotes(tax: InvoiceTax, model: InvoiceModel): string[] {
  const t = WORDS[model.language].invoice;
  const lang = model.language;
  const notes: string[] = [];
  if (tax.parties.kind === 'demand-for-payment') notes.push(t.notTaxInvoice);
  const reason = tax.parties.vatRegistered ? tax.parties.rule?.reason : null;
  if (reason) notes.push(t.reasons[reason]);
  if (reason && tax.parties.buyer.vatNumber)
    notes.push(renderIn(lang, t.buyerVat(tax.parties.buyer.vatNumber)));
  const local = tax.totals.local;
  if (local && tax.exchangeRate !== null)
    notes.push(
      renderIn(
        lang,
        t.localVat(
          local.currency,
          formatNumber(tax.exchangeRate, lang, 6),
          formatMinor(local.vatMinor, local.currency, lang),
          model.currency,
        ),
      ),
    );
  return notes;
}

/** A domestic Norwegian invoice: "Kontonummer: 8601.11.17947", beside the IBAN. */
export function accountLine(tax: InvoiceTax, model: InvoiceModel): Html {
  if (!tax.account) return '';
  const t = WORDS[model.language].invoice;
  const colon = t.colon === '：' ? t.colon : `${t.colon} `;
  return `${escapeHtml(t.accountNumber)}${colon}${escapeHtml(tax.account)}`;
}
