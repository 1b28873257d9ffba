// Which identifiers the invoice prints for seller and buyer, and under which label KEY: the wording (in
// the client's language) turns each key into "Org.nr.", "Kennitala", "ח.פ.", "登録番号"… The keys follow
// the country that issued the number, not the reader's language: a Norwegian org.nr. stays an org.nr. on an
// English invoice, explained by its label. Pure.

import type { Parties } from './parties';

export type IdentifierLabel =
  /** Norway's organisasjonsnummer; with `mva` it is printed "987 654 325 MVA" [N2]. */
  | 'no-org'
  /** Iceland's kennitala. */
  | 'is-kennitala'
  /** Iceland's VSK-númer. */
  | 'is-vat'
  /** Israel: ח.פ. for a company, or the dealer number of an עוסק מורשה / עוסק פטור. */
  | 'il-company'
  | 'il-dealer'
  /** Japan: 法人番号, and the qualified invoice issuer's 登録番号. */
  | 'jp-corporate'
  | 'jp-registration'
  /** UK: company number at Companies House, and VAT registration number. */
  | 'gb-company'
  | 'gb-vat'
  /** Sweden: organisationsnummer and momsregistreringsnummer. */
  | 'se-org'
  | 'se-vat'
  /** Any other country's registration number or VAT number, as typed. */
  | 'org'
  | 'vat';

export interface Identifier {
  label: IdentifierLabel;
  value: string;
  /** Norway: the organisation number followed by MVA (the seller is VAT-registered). */
  mva?: boolean;
  /** Norway: "Foretaksregisteret" printed beside the number [N2]. */
  foretaksregisteret?: boolean;
}

const ORG_LABEL: Record<string, IdentifierLabel> = {
  NO: 'no-org',
  IS: 'is-kennitala',
  IL: 'il-company',
  JP: 'jp-corporate',
  GB: 'gb-company',
  SE: 'se-org',
};
const VAT_LABEL: Record<string, IdentifierLabel> = {
  IS: 'is-vat',
  IL: 'il-dealer',
  JP: 'jp-registration',
  GB: 'gb-vat',
  SE: 'se-vat',
};

/** The seller's identifiers, in the order the country prints them. */
export function sellerIdentifiers(parties: Parties): Identifier[] {
  const { country } = parties;
  const { orgNumber, vatNumber, foretaksregisteret } = parties.seller;
  if (country === 'NO') {
    // One line: "Org.nr. 987 654 325 MVA", "Foretaksregisteret" beside it when registered there.
    if (!orgNumber) return [];
    const id: Identifier = { label: 'no-org', value: orgNumber };
    if (vatNumber) id.mva = true;
    if (foretaksregisteret) id.foretaksregisteret = true;
    return [id];
  }
  const out: Identifier[] = [];
  // Israel: a dealer whose number is its company number prints it once, as the dealer number [L1].
  const sameNumber = country === 'IL' && orgNumber !== null && orgNumber === vatNumber;
  if (orgNumber && !sameNumber) out.push({ label: ORG_LABEL[country]!, value: orgNumber });
  // Japan: only a registered issuer prints a 登録番号; nothing else may imitate a qualified invoice [J4].
  if (vatNumber) out.push({ label: VAT_LABEL[country]!, value: vatNumber });
  return out;
}

/** The buyer's identifiers, labelled by the buyer's country. */
export function buyerIdentifiers(parties: Parties): Identifier[] {
  const { country, orgNumber, vatNumber } = parties.buyer;
  const out: Identifier[] = [];
  // An Israeli buyer whose dealer number is its company number: printed once, as for the seller [L1].
  if (country === 'IL' && orgNumber && orgNumber === vatNumber)
    return [{ label: 'il-dealer', value: vatNumber }];
  if (orgNumber) out.push({ label: ORG_LABEL[country] ?? 'org', value: orgNumber });
  // A Norwegian buyer's VAT number is its org.nr. + MVA: printed once.
  if (vatNumber && country === 'NO' && orgNumber) out[0]!.mva = true;
  else if (vatNumber)
    out.push({ label: (country !== 'NO' && VAT_LABEL[country]) || 'vat', value: vatNumber });
  return out;
}
