// Where each party problem is fixed: a Settings row for the seller, a Clients cell for the buyer. The
// names are the sheet's own (setup writes them, in English), so they reach messages as values. Pure.

import type { BuyerField, PartyProblem, SellerField } from './parties';

/** The Settings rows the seller's fields live in. */
export const SELLER_SETTINGS: Record<SellerField, string> = {
  businessName: 'Business name',
  businessAddress: 'Business address',
  businessCountry: 'Business country',
  orgNumber: 'Organisation number',
  vatNumber: 'VAT number',
  vatRate: 'VAT rate',
  taxNote: 'Tax note',
};

/** The Clients columns the buyer's fields live in. */
export const BUYER_COLUMNS: Record<BuyerField, string> = {
  name: 'Client',
  address: 'Address',
  country: 'Country',
  orgNumber: 'Organisation number',
  vatNumber: 'VAT number',
  taxTreatment: 'Tax treatment',
};

export type CellToFill =
  | { tab: 'Settings'; setting: string; problem: PartyProblem['problem'] }
  | { tab: 'Clients'; row: number; column: string; problem: PartyProblem['problem'] };

/** The cell to fill or correct for a problem; `clientRow` is the client's row in the Clients tab. */
export function cellToFill(p: PartyProblem, clientRow: number): CellToFill {
  return p.party === 'seller'
    ? { tab: 'Settings', setting: SELLER_SETTINGS[p.field], problem: p.problem }
    : { tab: 'Clients', row: clientRow, column: BUYER_COLUMNS[p.field], problem: p.problem };
}
