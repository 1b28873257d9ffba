// What each seller country's law asks of an invoice: its currency, VAT rates, the document's kind and the
// identifiers it prints. Sources: /work/shared/invoice-law.md, whose letters ([N1]…) are cited beside each
// rule, and the authorities' own pages where quoted. Pure data and lookups.
//
// The EU country is Sweden, not Germany: Sweden's organisation number and VAT number share one published
// check digit (Luhn; VAT number = SE + organisation number + 01), so the add-on can verify what it prints,
// and Swedish invoice law states art. 226 of the VAT Directive point by point (Skatteverket, rättslig
// vägledning "Vilka uppgifter ska en faktura innehålla"). Germany's VAT-ID check algorithm is not published
// by the Bundeszentralamt and its Steuernummer differs by Land, so a German seller could not be checked.

export const SELLER_COUNTRIES = ['NO', 'IS', 'IL', 'JP', 'GB', 'SE'] as const;
export type SellerCountry = (typeof SELLER_COUNTRIES)[number];

export function isSellerCountry(code: string): code is SellerCountry {
  return (SELLER_COUNTRIES as readonly string[]).includes(code);
}

/** The document the add-on may title its invoice as, by what the seller's country allows it to issue. */
export type DocumentKind =
  /** An ordinary invoice (faktura, reikningur, invoice, faktura). */
  | 'invoice'
  /** Japan, registered issuer: 適格請求書, with the T-number and tax per rate [J1]. */
  | 'qualified-invoice'
  /**
   * Israel: a tax invoice (חשבונית מס) must come from registered bookkeeping software [L2], so the
   * add-on issues a demand for payment (חשבון עסקה), which is not a tax invoice.
   */
  | 'demand-for-payment';

export interface CountryRules {
  country: SellerCountry;
  currency: string;
  /** The standard rate, in percent: the VAT rate setting's default. */
  standardRate: number;
  /** Every rate the country charges on services, standard first (a VAT rate setting must be one). */
  rates: number[];
  /** The seller prints its organisation number on every invoice. */
  sellerOrgNumber: boolean;
  /** The buyer's address is required, or (Norway) its organisation number instead. */
  buyerAddress: 'required' | 'or-org-number' | 'not-required';
  /** A domestic buyer's registration number is required (Iceland: kennitala). */
  domesticBuyerOrgNumber: boolean;
  /** Printing "Foretaksregisteret" applies (Norway, for businesses registered there). */
  foretaksregisteret: boolean;
  /**
   * An exempt supply's invoice must name the provision it is exempt under (EU VAT Directive art. 226(11)
   * [E1]); the add-on cannot know which, so Settings › Tax note must say it.
   */
  exemptionCited: boolean;
}

export const COUNTRY_RULES: Record<SellerCountry, CountryRules> = {
  // Norway: 25 % [N6] (skatteetaten.no, merverdiavgiftshåndboken M-5-1); org.nr. followed by MVA for a
  // registered seller, "Foretaksregisteret" for AS, ASA, NUF [N2]; buyer's name and address or org.nr. [N1]
  // (bokføringsforskriften § 5-1-1 nr. 3).
  NO: {
    country: 'NO',
    currency: 'NOK',
    standardRate: 25,
    rates: [25, 15, 12],
    sellerOrgNumber: true,
    buyerAddress: 'or-org-number',
    domesticBuyerOrgNumber: false,
    foretaksregisteret: true,
    exemptionCited: false,
  },
  // Iceland: 24 % and 11 % [I4]; seller's kennitala and VSK-númer, buyer's name, address and kennitala
  // [I1, I2, I5] (reglugerð 50/1993 um bókhald og tekjuskráningu virðisaukaskattsskyldra aðila).
  IS: {
    country: 'IS',
    currency: 'ISK',
    standardRate: 24,
    rates: [24, 11],
    sellerOrgNumber: true,
    buyerAddress: 'required',
    domesticBuyerOrgNumber: true,
    foretaksregisteret: false,
    exemptionCited: false,
  },
  // Israel: 18 % since 1 January 2025 [L8]; the dealer's number with "עוסק מורשה", buyer's name and
  // address [L1] (הוראות מס הכנסה (ניהול פנקסי חשבונות)). Buyer's number for business deals from
  // ₪5,000 net [L4] is for tax invoices, which the add-on does not issue.
  IL: {
    country: 'IL',
    currency: 'ILS',
    standardRate: 18,
    rates: [18],
    sellerOrgNumber: true,
    buyerAddress: 'required',
    domesticBuyerOrgNumber: false,
    foretaksregisteret: false,
    exemptionCited: false,
  },
  // Japan: 10 % standard, 8 % reduced [J2]; a qualified invoice names the issuer, its T-number, the date,
  // the supply, the totals and tax per rate, and the buyer's name; no address for either [J1]
  // (消費税法第57条の4第1項).
  JP: {
    country: 'JP',
    currency: 'JPY',
    standardRate: 10,
    rates: [10, 8],
    sellerOrgNumber: false,
    buyerAddress: 'not-required',
    domesticBuyerOrgNumber: false,
    foretaksregisteret: false,
    exemptionCited: false,
  },
  // United Kingdom: 20 % standard, 5 % reduced [U5]; a full VAT invoice carries the seller's name, address
  // and VAT number and the customer's name and address [U1] (HMRC VAT Notice 700, 16.3;
  // https://www.gov.uk/hmrc-internal-manuals/vat-trader-records/vatrec5010).
  GB: {
    country: 'GB',
    currency: 'GBP',
    standardRate: 20,
    rates: [20, 5],
    sellerOrgNumber: false,
    buyerAddress: 'required',
    domesticBuyerOrgNumber: false,
    foretaksregisteret: false,
    exemptionCited: false,
  },
  // Sweden: 25 %, 12 %, 6 % (Skatteverket, momssatser); seller's VAT number, both parties' names and
  // addresses, the buyer's VAT number under reverse charge, and for an exempt supply a reference to the
  // provision that exempts it (mervärdesskattelagen (2023:200) 17 kap. 24 §, which is art. 226 of the VAT
  // Directive, points 4 and 11 [E1]).
  SE: {
    country: 'SE',
    currency: 'SEK',
    standardRate: 25,
    rates: [25, 12, 6],
    sellerOrgNumber: false,
    buyerAddress: 'required',
    domesticBuyerOrgNumber: false,
    foretaksregisteret: false,
    exemptionCited: true,
  },
};

/** The document a seller of this country, registered for VAT or not, may make. */
export function documentKind(country: SellerCountry, vatRegistered: boolean): DocumentKind {
  if (country === 'IL') return 'demand-for-payment';
  // Only a registered issuer may issue a 適格請求書; anyone else must not imitate one [J4]
  // (消費税法第57条の5).
  if (country === 'JP' && vatRegistered) return 'qualified-invoice';
  return 'invoice';
}

/** A VAT rate setting is one the country charges (blank means the standard rate). */
export function isKnownRate(country: SellerCountry, rate: number): boolean {
  return COUNTRY_RULES[country].rates.includes(rate);
}
