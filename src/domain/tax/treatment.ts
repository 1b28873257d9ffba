// How VAT applies to a client: suggested from the seller's and the buyer's countries and whether the buyer
// gave a VAT number; the Clients tab's Tax treatment column overrides it. Pure.

import type { SellerCountry } from './countries';
import { isEuCountry } from './vat-number';

export const TAX_TREATMENTS = ['domestic', 'export', 'reverse-charge', 'exempt'] as const;
export type TaxTreatment = (typeof TAX_TREATMENTS)[number];

/**
 * The VAT category of EN 16931 (UNCL5305) a treatment gives: S standard, Z zero-rated, AE reverse charge,
 * O outside the scope, E exempt. It decides whether the invoice has a VAT line and what wording it needs.
 */
export type VatCategory = 'S' | 'Z' | 'AE' | 'O' | 'E';

/**
 * The law an invoice cites when it charges no VAT, by seller country and treatment. Each names a wording
 * the message catalogues render in the client's language.
 */
export type ZeroVatReason =
  /** Norway: remote services to a recipient abroad, merverdiavgiftsloven § 6-22 [N7]. */
  | 'no-export-6-22'
  /** Iceland: services used abroad, lög nr. 50/1988 um virðisaukaskatt, 12. gr. [I4, I5]. */
  | 'is-export-12'
  /** Israel: services to a foreign resident, חוק מס ערך מוסף סעיף 30(א)(5) [L9]. */
  | 'il-export-30a5'
  /**
   * Japan: services to a non-resident are exempt as exports (輸出免税), 消費税法第7条 with 施行令第17条
   * 第2項第7号, except those enjoyed in Japan (基本通達7-2-16: transport, lodging, meals…). Services
   * delivered online (電気通信利用役務, 法第4条第3項第3号) to a business abroad are instead outside the
   * scope (不課税); either way the invoice charges no 消費税, so the wording names the export exemption.
   */
  | 'jp-export-7'
  /** UK and Sweden: business services supplied outside the country are outside the scope of its VAT. */
  | 'outside-scope'
  /** EU art. 196 and 226(11a): the customer accounts for the VAT; "Reverse charge" and its VAT number [E1, E2]. */
  | 'reverse-charge'
  /** Exempt supply: the tax note must name the exemption (art. 226(11)); the add-on cannot know which. */
  | 'exempt';

export interface TreatmentRule {
  category: VatCategory;
  /** Null for domestic supplies, which charge the seller's rate. */
  reason: ZeroVatReason | null;
  /** The buyer's VAT number must be on the invoice. */
  needsBuyerVatNumber: boolean;
}

/**
 * The treatment the add-on suggests, or null when the buyer's country is not known yet (the add-on
 * will not guess a domestic sale: that would charge VAT on an export, or miss it on a domestic sale).
 */
export function suggestTreatment(
  seller: SellerCountry,
  buyerCountry: string,
  buyerVatNumber: string,
): TaxTreatment | null {
  if (!buyerCountry) return null;
  if (buyerCountry === seller) return 'domestic';
  const hasVat = buyerVatNumber.trim() !== '';
  if (seller === 'SE') {
    // Within the EU, a business buyer accounts for the VAT (art. 44 and 196); a consumer pays Swedish VAT.
    if (isEuCountry(buyerCountry)) return hasVat ? 'reverse-charge' : 'domestic';
    return 'export';
  }
  // A UK seller's business customer abroad accounts for any VAT in its own country (HMRC VAT Notice 741A,
  // section 6: the supply is outside the scope of UK VAT). The reverse-charge wording cites the customer's
  // liability under art. 196 of the EU VAT Directive [E2], so it is suggested only for a business in the EU
  // quoting its VAT number; anywhere else (Norway, Switzerland, the US…) the invoice says the supply is
  // outside the scope of UK VAT, and cites no EU law the customer is not under.
  if (seller === 'GB' && hasVat && isEuCountry(buyerCountry)) return 'reverse-charge';
  return 'export';
}

/** What a treatment means for a seller of this country: VAT category, reason to cite, buyer VAT number. */
export function treatmentRule(seller: SellerCountry, treatment: TaxTreatment): TreatmentRule {
  switch (treatment) {
    case 'domestic':
      return { category: 'S', reason: null, needsBuyerVatNumber: false };
    case 'reverse-charge':
      return { category: 'AE', reason: 'reverse-charge', needsBuyerVatNumber: true };
    case 'exempt':
      return { category: 'E', reason: 'exempt', needsBuyerVatNumber: false };
    case 'export':
      return exportRule(seller);
  }
}

function exportRule(seller: SellerCountry): TreatmentRule {
  const zero = (reason: ZeroVatReason): TreatmentRule => ({
    category: 'Z',
    reason,
    needsBuyerVatNumber: false,
  });
  switch (seller) {
    case 'NO':
      return zero('no-export-6-22');
    case 'IS':
      return zero('is-export-12');
    case 'IL':
      return zero('il-export-30a5');
    case 'JP':
      return zero('jp-export-7');
    case 'GB':
    case 'SE':
      return { category: 'O', reason: 'outside-scope', needsBuyerVatNumber: false };
  }
}

/** Reads the Tax treatment cell: its canonical words, case and spacing aside. */
export function parseTreatment(text: string): TaxTreatment | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return (TAX_TREATMENTS as readonly string[]).includes(t) ? (t as TaxTreatment) : null;
}
