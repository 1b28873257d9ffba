// The tax part of an invoice: the seller (Settings) and the buyer (Clients) checked against the seller
// country's rules, the VAT computed once per rate, the identifiers and the Norwegian account number to
// print. A missing or mistyped field refuses the invoice, naming the cell to fill. A blank Business
// country means a seller outside the countries the add-on knows rules for: no tax section. Pure.

import { say, type Say } from '../problems';
import { refuse } from '../problems/render';
import { findIban, norwegianAccountFromIban } from '../tax/bank';
import { type DepositLedger, depositDeduction } from './deposit-carry';
import { BUYER_COLUMNS, SELLER_SETTINGS } from '../tax/cells-to-fill';
import type { TaxTotals } from '../tax/compute';
import { COUNTRY_RULES, SELLER_COUNTRIES, type SellerCountry } from '../tax/countries';
import { type Identifier, buyerIdentifiers, sellerIdentifiers } from '../tax/identifiers';
import { invoiceTax } from '../tax/invoice-tax';
import { readOrgNumber } from '../tax/org-number';
import {
  type BuyerProfile,
  type Parties,
  type PartyProblem,
  type SellerField,
  type SellerProfile,
  checkParties,
  derivedVatNumber,
} from '../tax/parties';
import { readVatNumber } from '../tax/vat-number';
import type { Client, Settings } from '../types';

export interface InvoiceTax {
  parties: Parties;
  totals: TaxTotals;
  seller: Identifier[];
  buyer: Identifier[];
  /** The buyer's postal address and country code as the Clients tab holds them. */
  buyerAddress: string;
  buyerCountry: string;
  /** A domestic Norwegian invoice: the kontonummer of the IBAN in Payment details, else null. */
  account: string | null;
  /** The exchange rate used for the VAT in the seller's currency, or null. */
  exchangeRate: number | null;
  /** The deposit deducted, net of VAT. */
  deductedMinor: number;
}

export function sellerProfile(s: Settings): SellerProfile {
  return {
    country: s.businessCountry ?? '',
    name: s.businessName || s.yourName,
    address: s.businessAddress ?? '',
    orgNumber: s.orgNumber ?? '',
    vatRegistered: s.vatRegistered ?? false,
    vatNumber: s.vatNumber ?? '',
    vatRate: s.vatRate ?? null,
    foretaksregisteret: s.foretaksregisteret ?? false,
    taxNote: s.taxNote ?? '',
  };
}

export function buyerProfile(c: Client): BuyerProfile {
  return {
    name: c.name,
    address: c.address ?? '',
    country: c.country ?? '',
    orgNumber: c.orgNumber ?? '',
    vatNumber: c.vatNumber ?? '',
    treatment: c.taxTreatment || null,
  };
}

/** What the seller's field holds, as typed (for the message that quotes it). */
function sellerValue(s: SellerProfile, field: SellerField): string {
  const values: Record<SellerField, string> = {
    businessName: s.name,
    businessAddress: s.address,
    businessCountry: s.country,
    orgNumber: s.orgNumber,
    vatNumber: s.vatNumber,
    vatRate: s.vatRate === null ? '' : String(s.vatRate),
    taxNote: s.taxNote ?? '',
  };
  return values[field];
}

/** The sentences naming what is wrong and the cell to fix, for each problem. */
export function problemSays(
  problems: PartyProblem[],
  seller: SellerProfile,
  buyer: BuyerProfile,
  client: Client,
) {
  const country = seller.country as SellerCountry;
  const says: Say[] = [];
  for (const p of problems) {
    if (p.party === 'seller') {
      const setting = SELLER_SETTINGS[p.field];
      const value = sellerValue(seller, p.field);
      if (p.field === 'businessCountry')
        says.push(say('taxNoRules', { value, countries: { list: [...SELLER_COUNTRIES] } }));
      else if (p.problem === 'missing')
        says.push(say('taxMissingSetting', { setting, country: { country } }));
      else if (p.problem === 'format') says.push(say('taxNotFormat', { value, country: { country } }));
      else if (p.problem === 'checksum') says.push(say('taxChecksum', { value }));
      else if (p.problem === 'rate')
        says.push(
          say('taxRateUnknown', {
            value,
            country: { country },
            rates: { list: COUNTRY_RULES[country].rates.map(String) },
          }),
        );
      else if (p.problem === 'mismatch')
        says.push(say('taxVatMismatch', { value, expected: expectedVat(seller) }));
      says.push(say('fixInSettings', { setting }));
    } else {
      const column = BUYER_COLUMNS[p.field];
      const value = String(buyer[p.field === 'taxTreatment' ? 'treatment' : p.field] ?? '');
      const issuer = p.field === 'country' ? '' : buyer.country;
      if (p.problem === 'missing')
        says.push(say('taxMissingClient', { client: client.name, column, country: { country } }));
      else if (p.problem === 'country') says.push(say('taxNotCountryCode', { value }));
      else if (p.problem === 'checksum') says.push(say('taxChecksum', { value }));
      else says.push(say('taxNotFormat', { value, country: { country: issuer } }));
      says.push(say('fixInClients', { row: String(client.row), column }));
    }
  }
  return says;
}

function expectedVat(seller: SellerProfile): string {
  const country = seller.country as SellerCountry;
  const org = readOrgNumber(country, seller.orgNumber);
  const derived = org.ok ? derivedVatNumber(country, org.compact) : null;
  const read = derived ? readVatNumber(country, derived) : null;
  return read?.ok ? read.printed : '';
}

export function planInvoiceTax(
  settings: Settings,
  client: Client,
  currency: string,
  lineAmounts: number[],
  /** The client's deposit and what its other invoices deducted of it; null when none is deducted. */
  deposit: DepositLedger | null,
): InvoiceTax | null {
  if (!settings.businessCountry) return null;
  const seller = sellerProfile(settings);
  const buyer = buyerProfile(client);
  const checked = checkParties(seller, buyer);
  if (!checked.ok) refuse(...problemSays(checked.problems, seller, buyer, client));
  const parties = checked.parties;
  const own = COUNTRY_RULES[parties.country].currency;
  const exchangeRate = currency === own ? null : (settings.exchangeRates?.[currency] ?? null);
  // The deposit is deducted before VAT: its net, taken back out of the amount the client paid, as far as
  // the month's net work goes (never below zero: a gross deposit capped by the net work would deduct too
  // little and charge VAT on the difference); what is left waits for the next invoice
  // (src/domain/invoice/deposit-carry.ts).
  const charged = parties.vatRegistered && parties.rule?.category === 'S';
  const vatBp = charged ? Math.round(parties.rate * 100) : null;
  const workMinor = lineAmounts.reduce((a, b) => a + b, 0);
  const deductedMinor = deposit ? depositDeduction(deposit, workMinor, vatBp) : 0;
  const result = invoiceTax({ parties, lineAmounts, deductedMinor, currency, exchangeRate });
  if (!result.ok) refuse(say('exchangeRateMissing', { currency, own }));
  const domesticNorway = parties.country === 'NO' && parties.buyer.country === 'NO';
  const iban = domesticNorway ? findIban(settings.paymentDetails ?? '') : null;
  return {
    parties,
    totals: result.totals,
    seller: sellerIdentifiers(parties),
    buyer: buyerIdentifiers(parties),
    buyerAddress: buyer.address,
    buyerCountry: parties.buyer.country,
    account: iban ? norwegianAccountFromIban(iban) : null,
    exchangeRate: result.totals.local ? exchangeRate : null,
    deductedMinor,
  };
}
