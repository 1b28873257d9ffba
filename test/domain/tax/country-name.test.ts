// Country names in the client's language, and which codes the Country column accepts.

import { describe, expect, it } from 'vitest';
import { countryName, isKnownCountry } from '../../../src/domain/tax/country-name';

describe('country names', () => {
  it("name Norway in each of the add-on's languages", () => {
    expect(['en', 'nb', 'is', 'he', 'ja'].map((l) => countryName('NO', l))).toEqual([
      'Norway',
      'Norge',
      'Noregur',
      'נורווגיה',
      'ノルウェー',
    ]);
    expect(countryName('GB', 'nb')).toBe('Storbritannia');
    expect(countryName('IS', 'is')).toBe('Ísland');
  });

  it('fall back to the code for anything that is not one', () => {
    expect(countryName('XX', 'en')).toBe('XX');
    expect(countryName('norway', 'en')).toBe('norway');
  });

  it('accept ISO codes, not user-assigned, grouping or withdrawn ones', () => {
    for (const code of ['NO', 'IS', 'IL', 'JP', 'GB', 'SE', 'DE', 'US', 'GR'])
      expect(isKnownCountry(code)).toBe(true);
    for (const code of ['XX', 'XA', 'ZZ', 'EU', 'UK', 'YU', 'no', 'NOR', ''])
      expect(isKnownCountry(code)).toBe(false);
  });
});
