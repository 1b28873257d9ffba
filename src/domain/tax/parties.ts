// The seller and the buyer as an invoice must name them, checked against what the SELLER's country
// requires (invoice-law.md §1). What is missing or mistyped comes back as structured problems naming the
// field, so the wording can point at the cell to fill (Settings row or Clients column) in the sidebar's
// language; what is present comes back printed the way its country prints it. Pure.

import {
  COUNTRY_RULES,
  type DocumentKind,
  type SellerCountry,
  documentKind,
  isSellerCountry,
} from './countries';
import { isKnownCountry } from './country-name';
import { compact } from './ids';
import { readOrgNumber } from './org-number';
import { type TaxTreatment, type TreatmentRule, suggestTreatment, treatmentRule } from './treatment';
import { readVatNumber } from './vat-number';

export interface SellerProfile {
  /** ISO 3166 alpha-2, as typed in Settings › Business country. */
  country: string;
  name: string;
  address: string;
  orgNumber: string;
  vatRegistered: boolean;
  vatNumber: string;
  /** Settings › VAT rate in percent; null means the country's standard rate. */
  vatRate: number | null;
  /** Norway: registered in Foretaksregisteret (AS, ASA, NUF must say so) [N2]. */
  foretaksregisteret: boolean;
  /** Settings › Tax note: free legal text, where an exempt supply names its exemption. */
  taxNote?: string;
}

export interface BuyerProfile {
  name: string;
  address: string;
  country: string;
  orgNumber: string;
  vatNumber: string;
  /** The Clients tab's Tax treatment; null means the add-on's suggestion. */
  treatment: TaxTreatment | null;
}

export type SellerField =
  | 'businessName'
  | 'businessAddress'
  | 'businessCountry'
  | 'orgNumber'
  | 'vatNumber'
  | 'vatRate'
  | 'taxNote';
export type BuyerField = 'name' | 'address' | 'country' | 'orgNumber' | 'vatNumber' | 'taxTreatment';

export type PartyProblem =
  | { party: 'seller'; field: SellerField; problem: FieldProblem }
  | { party: 'buyer'; field: BuyerField; problem: FieldProblem };

export type FieldProblem =
  /** Required by the seller's country and blank. */
  | 'missing'
  /** Not in the shape the issuing country uses. */
  | 'format'
  /** The check digit does not match: mistyped. */
  | 'checksum'
  /** Not an ISO 3166 alpha-2 code (Business country also: not one the add-on has rules for). */
  | 'country'
  /** The VAT number is not the organisation number's (Norway, Sweden, Israel derive one from the other). */
  | 'mismatch'
  /** Not a rate the seller's country charges. */
  | 'rate';

export interface Parties {
  country: SellerCountry;
  kind: DocumentKind;
  vatRegistered: boolean;
  seller: { orgNumber: string | null; vatNumber: string | null; foretaksregisteret: boolean };
  buyer: { country: string; orgNumber: string | null; vatNumber: string | null };
  /** Null when the seller is not registered for VAT: no treatment, no VAT line. */
  treatment: TaxTreatment | null;
  rule: TreatmentRule | null;
  /** The rate for domestic lines, in percent. */
  rate: number;
}

export type PartiesResult = { ok: true; parties: Parties } | { ok: false; problems: PartyProblem[] };

/** "uk" → GB, "el" → GR: the ISO code, or '' when the cell is blank. */
export function normaliseCountry(text: string): string {
  const code = text.trim().toUpperCase();
  if (code === 'UK') return 'GB';
  if (code === 'EL') return 'GR';
  return code;
}

/** Countries whose VAT number is the organisation number's (so a missing org.nr. is the cell to fill). */
export const derivesVatNumber = (country: SellerCountry) => derivedVatNumber(country, '') !== null;

/** The VAT number a seller's organisation number gives, where the country derives one from the other. */
export function derivedVatNumber(country: SellerCountry, orgCompact: string): string | null {
  switch (country) {
    case 'NO': // "912 345 678 MVA" [N2]
    case 'IL': // a company's ח.פ. is its dealer number at the VAT office [L1]
      return orgCompact;
    case 'SE': // SE + organisationsnummer + 01 (Skatteverket)
      return `${orgCompact}01`;
    case 'JP': // T + 法人番号 for a company (https://www.invoice-kohyo.nta.go.jp/about-toroku/index.html)
      return `T${orgCompact}`;
    default:
      return null;
  }
}

export function checkParties(seller: SellerProfile, buyer: BuyerProfile): PartiesResult {
  const problems: PartyProblem[] = [];
  const s = (field: SellerField, problem: FieldProblem) => problems.push({ party: 'seller', field, problem });
  const b = (field: BuyerField, problem: FieldProblem) => problems.push({ party: 'buyer', field, problem });

  const country = normaliseCountry(seller.country);
  if (!country) s('businessCountry', 'missing');
  else if (!isSellerCountry(country)) s('businessCountry', 'country');
  if (!seller.name.trim()) s('businessName', 'missing');
  if (!buyer.name.trim()) b('name', 'missing');
  if (!isSellerCountry(country)) return { ok: false, problems };
  const rules = COUNTRY_RULES[country];

  // The seller.
  if (rules.country !== 'JP' && !seller.address.trim()) s('businessAddress', 'missing');
  let orgNumber: string | null = null;
  let orgCompact = '';
  if (seller.orgNumber.trim()) {
    const read = readOrgNumber(country, seller.orgNumber);
    if (read.ok) {
      orgNumber = read.printed;
      orgCompact = read.compact;
    } else s('orgNumber', read.problem);
  } else if (rules.sellerOrgNumber) s('orgNumber', 'missing');

  let vatNumber: string | null = null;
  let rate = rules.standardRate;
  if (seller.vatRegistered) {
    const derived = orgCompact ? derivedVatNumber(country, orgCompact) : null;
    const typed = seller.vatNumber.trim();
    if (typed) {
      const read = readVatNumber(country, typed);
      if (!read.ok) s('vatNumber', read.problem);
      else if (derived && compact(read.compact) !== compact(readVatFor(country, derived)))
        s('vatNumber', 'mismatch');
      else vatNumber = read.printed;
    } else if (derived) {
      const read = readVatNumber(country, derived);
      if (read.ok) vatNumber = read.printed;
    } else if (!(rules.sellerOrgNumber && derivesVatNumber(country))) s('vatNumber', 'missing');
    // (Where the VAT number is the required organisation number's, the missing org.nr. is the one cell to fill.)
    if (seller.vatRate !== null) {
      if (rules.rates.includes(seller.vatRate)) rate = seller.vatRate;
      else s('vatRate', 'rate');
    }
  }

  // The buyer.
  const buyerCountry = normaliseCountry(buyer.country);
  if (buyerCountry && !isKnownCountry(buyerCountry)) b('country', 'country');
  const hasAddress = buyer.address.trim() !== '';
  const hasOrg = buyer.orgNumber.trim() !== '';
  if (rules.buyerAddress === 'required' && !hasAddress) b('address', 'missing');
  // Norway: the buyer's name and address, or its organisation number [N1] (bff. § 5-1-1 nr. 3).
  if (rules.buyerAddress === 'or-org-number' && !hasAddress && !hasOrg) b('address', 'missing');
  // The country completes the address and decides the VAT treatment.
  if (!buyerCountry && (rules.buyerAddress !== 'not-required' || seller.vatRegistered))
    b('country', 'missing');
  let buyerOrg: string | null = null;
  if (hasOrg) {
    const read = readOrgNumber(buyerCountry, buyer.orgNumber);
    if (read.ok) buyerOrg = read.printed;
    else b('orgNumber', read.problem);
  } else if (rules.domesticBuyerOrgNumber && buyerCountry === country) b('orgNumber', 'missing');
  let buyerVat: string | null = null;
  if (buyer.vatNumber.trim()) {
    const read = readVatNumber(buyerCountry, buyer.vatNumber);
    if (read.ok) buyerVat = read.printed;
    else b('vatNumber', read.problem);
  }

  // The treatment: only a VAT-registered seller has one.
  let treatment: TaxTreatment | null = null;
  let rule: TreatmentRule | null = null;
  if (seller.vatRegistered && isKnownCountry(buyerCountry)) {
    treatment = buyer.treatment ?? suggestTreatment(country, buyerCountry, buyer.vatNumber);
    if (treatment) {
      rule = treatmentRule(country, treatment);
      if (rule.needsBuyerVatNumber && !buyer.vatNumber.trim()) b('vatNumber', 'missing');
      // An exempt supply names the provision it is exempt under, which only the freelancer knows.
      if (rule.category === 'E' && rules.exemptionCited && !seller.taxNote?.trim()) s('taxNote', 'missing');
    }
  }

  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    parties: {
      country,
      kind: documentKind(country, seller.vatRegistered),
      vatRegistered: seller.vatRegistered,
      seller: {
        orgNumber,
        vatNumber,
        foretaksregisteret: rules.foretaksregisteret && seller.foretaksregisteret,
      },
      buyer: { country: buyerCountry, orgNumber: buyerOrg, vatNumber: buyerVat },
      treatment,
      rule,
      rate,
    },
  };
}

/** The compact VAT number for a derived body (so "912345678" compares with "NO912345678MVA"). */
function readVatFor(country: SellerCountry, body: string): string {
  const read = readVatNumber(country, body);
  return read.ok ? read.compact : body;
}
