// What each seller country requires of seller and buyer: missing fields named, identifiers printed.

import { describe, expect, it } from 'vitest';
import { cellToFill } from '../../../src/domain/tax/cells-to-fill';
import {
  type BuyerProfile,
  checkParties,
  normaliseCountry,
  type SellerProfile,
} from '../../../src/domain/tax/parties';

const seller = (over: Partial<SellerProfile>): SellerProfile => ({
  country: 'NO',
  name: 'Nordlys Rådgivning AS',
  address: 'Storgata 1, 0155 Oslo',
  orgNumber: '987654325',
  vatRegistered: true,
  vatNumber: '',
  vatRate: null,
  foretaksregisteret: true,
  ...over,
});
const buyer = (over: Partial<BuyerProfile>): BuyerProfile => ({
  name: 'Bakeriet på hjørnet AS',
  address: 'Torget 2, 7011 Trondheim',
  country: 'NO',
  orgNumber: '923456783',
  vatNumber: '',
  treatment: null,
  ...over,
});

function problems(s: Partial<SellerProfile>, b: Partial<BuyerProfile>) {
  const r = checkParties(seller(s), buyer(b));
  return r.ok ? [] : r.problems.map((p) => `${p.party}.${p.field}:${p.problem}`);
}
function parties(s: Partial<SellerProfile>, b: Partial<BuyerProfile>) {
  const r = checkParties(seller(s), buyer(b));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.parties;
}

describe('Norway', () => {
  it('a registered AS selling at home: org.nr. with MVA, Foretaksregisteret, 25 %, buyer org.nr.', () => {
    expect(parties({}, {})).toEqual({
      country: 'NO',
      kind: 'invoice',
      vatRegistered: true,
      seller: { orgNumber: '987 654 325', vatNumber: 'NO 987 654 325 MVA', foretaksregisteret: true },
      buyer: { country: 'NO', orgNumber: '923 456 783', vatNumber: null },
      treatment: 'domestic',
      rule: { category: 'S', reason: null, needsBuyerVatNumber: false },
      rate: 25,
    });
  });

  it("the buyer's address OR organisation number will do (bokføringsforskriften § 5-1-1)", () => {
    expect(problems({}, { address: '' })).toEqual([]);
    expect(problems({}, { address: '', orgNumber: '' })).toEqual(['buyer.address:missing']);
  });

  it('the org.nr. is required, checked, and the VAT number must be the same number', () => {
    expect(problems({ orgNumber: '' }, {})).toEqual(['seller.orgNumber:missing']);
    expect(problems({ orgNumber: '912345678' }, {})).toEqual(['seller.orgNumber:checksum']);
    expect(problems({ vatNumber: 'NO 923 456 783 MVA' }, {})).toEqual(['seller.vatNumber:mismatch']);
    expect(parties({ vatNumber: 'NO987654325MVA' }, {}).seller.vatNumber).toBe('NO 987 654 325 MVA');
  });

  it('a foreign client is an export under § 6-22; a reduced rate may be chosen, an unknown one not', () => {
    const p = parties(
      {},
      { country: 'DE', address: 'Hauptstr. 1, Berlin', orgNumber: '', vatNumber: 'DE123456789' },
    );
    expect(p).toMatchObject({ treatment: 'export', rule: { category: 'Z', reason: 'no-export-6-22' } });
    expect(p.buyer.vatNumber).toBe('DE123456789');
    expect(parties({ vatRate: 15 }, {}).rate).toBe(15);
    expect(problems({ vatRate: 24 }, {})).toEqual(['seller.vatRate:rate']);
  });

  it('not registered for VAT: no VAT number, no treatment, Foretaksregisteret only when registered there', () => {
    const p = parties({ vatRegistered: false, foretaksregisteret: false }, {});
    expect(p).toMatchObject({ vatRegistered: false, treatment: null, rule: null });
    expect(p.seller).toEqual({ orgNumber: '987 654 325', vatNumber: null, foretaksregisteret: false });
  });
});

describe('Iceland', () => {
  const is = { country: 'IS', orgNumber: '500269-4489', vatNumber: '12345' };
  it("requires the seller's kennitala and VSK-númer and a domestic buyer's kennitala", () => {
    expect(problems(is, { country: 'IS', orgNumber: '610203-1249' })).toEqual([]);
    expect(problems(is, { country: 'IS', orgNumber: '' })).toEqual(['buyer.orgNumber:missing']);
    expect(problems({ ...is, vatNumber: '' }, { country: 'IS', orgNumber: '6102031249' })).toEqual([
      'seller.vatNumber:missing',
    ]);
    expect(problems({ ...is, orgNumber: '' }, { country: 'IS', orgNumber: '6102031249' })).toEqual([
      'seller.orgNumber:missing',
    ]);
  });

  it('a foreign buyer needs no kennitala and is an export at 0 %', () => {
    const p = parties(is, { country: 'GB', orgNumber: '', address: '1 High St, York' });
    expect(p).toMatchObject({ treatment: 'export', rule: { reason: 'is-export-12' }, rate: 24 });
    expect(p.seller.orgNumber).toBe('500269-4489');
  });
});

describe('Israel', () => {
  it('a demand for payment; the dealer number derives from the company number', () => {
    const p = parties({ country: 'IL', orgNumber: '511234569' }, { country: 'IL', orgNumber: '' });
    expect(p).toMatchObject({ kind: 'demand-for-payment', rate: 18, treatment: 'domestic' });
    expect(p.seller.vatNumber).toBe('511234569');
    expect(problems({ country: 'IL', orgNumber: '' }, { country: 'IL', orgNumber: '' })).toEqual([
      'seller.orgNumber:missing',
    ]);
  });
});

describe('Japan', () => {
  const jp = { country: 'JP', address: '', orgNumber: '', vatNumber: 'T7123456789012' };
  it('a registered issuer: qualified invoice with its T-number; no address needed for either party', () => {
    const p = parties(jp, { country: 'JP', address: '', orgNumber: '' });
    expect(p).toMatchObject({ kind: 'qualified-invoice', rate: 10, treatment: 'domestic' });
    expect(p.seller.vatNumber).toBe('T7123456789012');
  });

  it('a company T-number derives from its 法人番号 and must match it; unregistered: a plain invoice', () => {
    expect(
      parties({ ...jp, vatNumber: '', orgNumber: '7123456789012' }, { country: 'JP', orgNumber: '' }).seller
        .vatNumber,
    ).toBe('T7123456789012');
    expect(problems({ ...jp, orgNumber: '4011001098993' }, { country: 'JP', orgNumber: '' })).toEqual([
      'seller.vatNumber:mismatch',
    ]);
    expect(problems({ ...jp, vatNumber: '' }, { country: 'JP', orgNumber: '' })).toEqual([
      'seller.vatNumber:missing',
    ]);
    const plain = parties(
      { ...jp, vatRegistered: false, vatNumber: '' },
      { country: '', address: '', orgNumber: '' },
    );
    expect(plain).toMatchObject({ kind: 'invoice', treatment: null });
  });
});

describe('United Kingdom', () => {
  const gb = { country: 'GB', orgNumber: '', vatNumber: 'GB 831 4958 16', address: '1 High St, York' };
  it('a full VAT invoice: VAT number, both addresses; an EU business with a VAT number is reverse charge', () => {
    expect(problems(gb, { country: 'GB', orgNumber: '', address: '' })).toEqual(['buyer.address:missing']);
    const p = parties(gb, {
      country: 'SE',
      orgNumber: '',
      vatNumber: 'SE556056625801',
      address: 'Kungsgatan 1',
    });
    expect(p).toMatchObject({ treatment: 'reverse-charge', rate: 20 });
    expect(p.buyer.vatNumber).toBe('SE556056625801');
    expect(p.seller.vatNumber).toBe('GB 831 4958 16');
  });
});

describe('Sweden (the EU seller)', () => {
  const se = { country: 'SE', orgNumber: '556056-6258', vatNumber: '', address: 'Kungsgatan 1, Stockholm' };
  it('VAT number derives from the organisation number; reverse charge needs the buyer VAT number', () => {
    const p = parties(se, { country: 'DE', orgNumber: '', vatNumber: 'DE123456789', address: 'Berlin' });
    expect(p.seller.vatNumber).toBe('SE556056625801');
    expect(p).toMatchObject({
      treatment: 'reverse-charge',
      rule: { category: 'AE', reason: 'reverse-charge' },
    });
    expect(
      problems(se, { country: 'DE', orgNumber: '', treatment: 'reverse-charge', address: 'Berlin' }),
    ).toEqual(['buyer.vatNumber:missing']);
    expect(problems(se, { country: 'DE', orgNumber: '', vatNumber: 'DE12345', address: 'Berlin' })).toEqual([
      'buyer.vatNumber:format',
    ]);
  });

  it('the Tax treatment cell overrides the suggestion', () => {
    const p = parties(se, {
      country: 'DE',
      orgNumber: '',
      vatNumber: 'DE123456789',
      treatment: 'domestic',
      address: 'B',
    });
    expect(p.treatment).toBe('domestic');
  });
});

describe('every country', () => {
  it('names every blank required cell at once, seller and buyer', () => {
    expect(
      problems(
        { name: '', address: '', orgNumber: '' },
        { name: '', address: '', country: '', orgNumber: '' },
      ),
    ).toEqual([
      'seller.businessName:missing',
      'buyer.name:missing',
      'seller.businessAddress:missing',
      'seller.orgNumber:missing',
      'buyer.address:missing',
      'buyer.country:missing',
    ]);
  });

  it('Business country: required, and one the add-on has rules for', () => {
    expect(problems({ country: '' }, {})).toEqual(['seller.businessCountry:missing']);
    expect(problems({ country: 'DE' }, {})).toEqual(['seller.businessCountry:country']);
    expect(problems({}, { country: 'Norway' })).toEqual(['buyer.country:country']);
  });

  it('reads country codes as people type them', () => {
    expect(['no', ' uk ', 'EL', ''].map(normaliseCountry)).toEqual(['NO', 'GB', 'GR', '']);
  });
});

describe('cells to fill', () => {
  it('point seller problems at Settings rows and buyer problems at the client’s row', () => {
    const r = checkParties(seller({ orgNumber: '912345678' }), buyer({ address: '', orgNumber: '' }));
    if (r.ok) throw new Error('expected problems');
    expect(r.problems.map((p) => cellToFill(p, 7))).toEqual([
      { tab: 'Settings', setting: 'Organisation number', problem: 'checksum' },
      { tab: 'Clients', row: 7, column: 'Address', problem: 'missing' },
    ]);
  });
});

describe('an exempt supply names its exemption where the seller’s country requires it', () => {
  const se = { country: 'SE', orgNumber: '556056-6258', foretaksregisteret: false };
  const swedishBuyer = { country: 'SE', orgNumber: '556547-5489', treatment: 'exempt' as const };

  it('Sweden (VAT Directive art. 226(11)): refused until Settings › Tax note names the provision', () => {
    expect(problems(se, swedishBuyer)).toEqual(['seller.taxNote:missing']);
    expect(cellToFill({ party: 'seller', field: 'taxNote', problem: 'missing' }, 2)).toEqual({
      tab: 'Settings',
      setting: 'Tax note',
      problem: 'missing',
    });
    expect(
      problems({ ...se, taxNote: 'Exempt under Article 132(1)(j), Directive 2006/112/EC.' }, swedishBuyer),
    ).toEqual([]);
  });

  it('not asked of a domestic supply, an unregistered seller, or a country whose rules do not ask it', () => {
    expect(problems(se, { ...swedishBuyer, treatment: 'domestic' })).toEqual([]);
    expect(problems({ ...se, vatRegistered: false }, swedishBuyer)).toEqual([]);
    expect(problems({}, { treatment: 'exempt' })).toEqual([]);
  });
});
