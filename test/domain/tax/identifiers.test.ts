// The identifiers each invoice prints, and the tax of a whole invoice from its lines.

import { describe, expect, it } from 'vitest';
import { buyerIdentifiers, sellerIdentifiers } from '../../../src/domain/tax/identifiers';
import { invoiceTax } from '../../../src/domain/tax/invoice-tax';
import { type BuyerProfile, checkParties, type SellerProfile } from '../../../src/domain/tax/parties';

const SELLER: SellerProfile = {
  country: 'NO',
  name: 'Nordlys Rådgivning AS',
  address: 'Storgata 1, 0155 Oslo',
  orgNumber: '987654325',
  vatRegistered: true,
  vatNumber: '',
  vatRate: null,
  foretaksregisteret: true,
};
const BUYER: BuyerProfile = {
  name: 'Kunde',
  address: 'Torget 2',
  country: 'NO',
  orgNumber: '923456783',
  vatNumber: '',
  treatment: null,
};

function parties(s: Partial<SellerProfile> = {}, b: Partial<BuyerProfile> = {}) {
  const r = checkParties({ ...SELLER, ...s }, { ...BUYER, ...b });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.parties;
}

describe('seller identifiers', () => {
  it('Norway: one org.nr. with MVA and Foretaksregisteret; neither when they do not apply', () => {
    expect(sellerIdentifiers(parties())).toEqual([
      { label: 'no-org', value: '987 654 325', mva: true, foretaksregisteret: true },
    ]);
    expect(sellerIdentifiers(parties({ vatRegistered: false, foretaksregisteret: false }))).toEqual([
      { label: 'no-org', value: '987 654 325' },
    ]);
  });

  it('Iceland: kennitala and VSK-númer; Israel: the dealer number once when it is the company number', () => {
    const is = parties(
      { country: 'IS', orgNumber: '5002694489', vatNumber: '12345' },
      { country: 'IS', orgNumber: '6102031249' },
    );
    expect(sellerIdentifiers(is)).toEqual([
      { label: 'is-kennitala', value: '500269-4489' },
      { label: 'is-vat', value: '12345' },
    ]);
    const il = parties({ country: 'IL', orgNumber: '511234569' }, { country: 'IL', orgNumber: '' });
    expect(sellerIdentifiers(il)).toEqual([{ label: 'il-dealer', value: '511234569' }]);
  });

  it('Japan: the 登録番号 only for a registered issuer', () => {
    const base = { country: 'JP', address: '', orgNumber: '' };
    expect(
      sellerIdentifiers(parties({ ...base, vatNumber: 'T7123456789012' }, { country: 'JP', orgNumber: '' })),
    ).toEqual([{ label: 'jp-registration', value: 'T7123456789012' }]);
    expect(
      sellerIdentifiers(
        parties(
          { ...base, vatRegistered: false, vatNumber: 'T7123456789012' },
          { country: 'JP', orgNumber: '' },
        ),
      ),
    ).toEqual([]);
  });

  it('UK and Sweden: VAT numbers under their own labels', () => {
    const gb = parties(
      { country: 'GB', orgNumber: 'SC123456', vatNumber: '831495816' },
      { country: 'GB', orgNumber: '' },
    );
    expect(sellerIdentifiers(gb)).toEqual([
      { label: 'gb-company', value: 'SC123456' },
      { label: 'gb-vat', value: 'GB 831 4958 16' },
    ]);
    const se = parties({ country: 'SE', orgNumber: '5560566258' }, { country: 'SE', orgNumber: '' });
    expect(sellerIdentifiers(se)).toEqual([
      { label: 'se-org', value: '556056-6258' },
      { label: 'se-vat', value: 'SE556056625801' },
    ]);
  });
});

describe('buyer identifiers', () => {
  it("labelled by the buyer's country; a Norwegian VAT number is the org.nr. with MVA", () => {
    expect(buyerIdentifiers(parties())).toEqual([{ label: 'no-org', value: '923 456 783' }]);
    expect(buyerIdentifiers(parties({}, { vatNumber: '923456783MVA' }))).toEqual([
      { label: 'no-org', value: '923 456 783', mva: true },
    ]);
    const de = parties({}, { country: 'DE', orgNumber: 'HRB 12345', vatNumber: 'DE123456789' });
    expect(buyerIdentifiers(de)).toEqual([
      { label: 'org', value: 'HRB 12345' },
      { label: 'vat', value: 'DE123456789' },
    ]);
    const se = parties({}, { country: 'SE', orgNumber: '', vatNumber: 'SE556056625801' });
    expect(buyerIdentifiers(se)).toEqual([{ label: 'se-vat', value: 'SE556056625801' }]);
    // An Israeli company's ח.פ. is its dealer number: one line, not the same number twice.
    const il = parties({}, { country: 'IL', orgNumber: '513456780', vatNumber: '513456780' });
    expect(buyerIdentifiers(il)).toEqual([{ label: 'il-dealer', value: '513456780' }]);
  });
});

describe('the tax of an invoice', () => {
  it('a domestic Norwegian invoice: 25 % on the lines less the deposit', () => {
    const r = invoiceTax({
      parties: parties(),
      lineAmounts: [1200000, 691250],
      deductedMinor: 100000,
      currency: 'NOK',
      exchangeRate: null,
    });
    expect(r).toEqual({
      ok: true,
      totals: {
        netMinor: 1791250,
        perRate: [{ rate: 25, category: 'S', baseMinor: 1791250, vatMinor: 447813 }],
        vatMinor: 447813,
        totalMinor: 2239063,
        local: null,
      },
    });
  });

  it('an export in euros: 0 % in category Z and no exchange rate needed', () => {
    const r = invoiceTax({
      parties: parties({}, { country: 'DE', orgNumber: '' }),
      lineAmounts: [50000],
      deductedMinor: 0,
      currency: 'EUR',
      exchangeRate: null,
    });
    expect(r.ok && r.totals.perRate).toEqual([{ rate: 0, category: 'Z', baseMinor: 50000, vatMinor: 0 }]);
  });

  it('a domestic invoice in euros needs the exchange rate for the VAT in kroner', () => {
    const input = { parties: parties(), lineAmounts: [50000], deductedMinor: 0, currency: 'EUR' };
    expect(invoiceTax({ ...input, exchangeRate: null })).toEqual({
      ok: false,
      refusal: 'exchange-rate-missing',
    });
    const r = invoiceTax({ ...input, exchangeRate: 11.5 });
    expect(r.ok && r.totals.local?.vatMinor).toBe(143750);
  });

  it('a Japanese seller not registered: no VAT line at all', () => {
    const r = invoiceTax({
      parties: parties(
        { country: 'JP', address: '', orgNumber: '', vatRegistered: false },
        { country: 'JP', orgNumber: '' },
      ),
      lineAmounts: [7500, 1005],
      deductedMinor: 0,
      currency: 'JPY',
      exchangeRate: null,
    });
    expect(r).toEqual({
      ok: true,
      totals: { netMinor: 8505, perRate: [], vatMinor: 0, totalMinor: 8505, local: null },
    });
  });
});
