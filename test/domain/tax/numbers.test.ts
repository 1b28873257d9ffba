// VAT and organisation numbers per country: read as typed, refused when mistyped, printed the country's way.

import { describe, expect, it } from 'vitest';
import { readOrgNumber } from '../../../src/domain/tax/org-number';
import { EU_COUNTRIES, isEuCountry, readVatNumber } from '../../../src/domain/tax/vat-number';

const printed = (country: string, typed: string) => {
  const r = readVatNumber(country, typed);
  return r.ok ? r.printed : r.problem;
};

describe('VAT numbers', () => {
  it('Norway: the organisation number with MVA, printed "NO 987 654 325 MVA" however it was typed', () => {
    for (const typed of ['987654325', 'NO987654325MVA', 'no 987 654 325 mva', '987.654.325 MVA'])
      expect(printed('NO', typed)).toBe('NO 987 654 325 MVA');
    expect(readVatNumber('NO', '987654325')).toMatchObject({ compact: 'NO987654325MVA' });
    expect(printed('NO', '912345678')).toBe('checksum');
    expect(printed('NO', '98765432')).toBe('format');
  });

  it('Iceland: a five- or six-digit VSK-númer, distinct from the kennitala', () => {
    expect(printed('IS', '12345')).toBe('12345');
    expect(printed('IS', 'VSK 123456')).toBe('123456');
    expect(printed('IS', '5002694489')).toBe('format');
  });

  it('Israel: nine digits with a Luhn check digit, short numbers padded', () => {
    expect(printed('IL', '511234569')).toBe('511234569');
    expect(printed('IL', '12345678')).toBe('checksum');
    expect(printed('IL', '0012345')).toBe('checksum');
  });

  it('Japan: T + 13 digits; digits alone gain the T', () => {
    expect(printed('JP', 'T7123456789012')).toBe('T7123456789012');
    expect(printed('JP', '7123456789012')).toBe('T7123456789012');
    expect(printed('JP', 't 7123-4567-8901-2')).toBe('T7123456789012');
    expect(printed('JP', 'T712345678901')).toBe('format');
  });

  it('UK: 9 or 12 digits in blocks of 3, 4 and 2; government and health numbers', () => {
    expect(printed('GB', '831495816')).toBe('GB 831 4958 16');
    expect(printed('GB', 'GB 831 4958 16 001')).toBe('GB 831 4958 16 001');
    expect(printed('GB', 'GBGD001')).toBe('GBGD001');
    expect(printed('GB', 'GBHA599')).toBe('GBHA599');
    expect(printed('GB', 'GBHA499')).toBe('format');
    expect(printed('GB', '83149581')).toBe('format');
  });

  it('Sweden: SE + organisationsnummer + 01, no spaces; the Luhn check applies', () => {
    expect(printed('SE', 'SE556056625801')).toBe('SE556056625801');
    expect(printed('SE', '556056-6258 01')).toBe('SE556056625801');
    expect(printed('SE', 'SE556065625801')).toBe('checksum');
    expect(printed('SE', 'SE5560566258')).toBe('format');
  });

  it("EU buyers: each member state's VIES shape, Greece under EL", () => {
    expect(EU_COUNTRIES).toHaveLength(27);
    expect(isEuCountry('GR')).toBe(true);
    expect(isEuCountry('NO')).toBe(false);
    expect(printed('DE', 'DE 123 456 789')).toBe('DE123456789');
    expect(printed('DE', '12345678')).toBe('format');
    expect(printed('AT', 'ATU12345678')).toBe('ATU12345678');
    expect(printed('NL', 'NL123456789B01')).toBe('NL123456789B01');
    expect(printed('GR', 'EL123456789')).toBe('EL123456789');
    expect(printed('FR', 'FR 40 303265045')).toBe('FR40303265045');
    expect(printed('IE', 'IE1234567T')).toBe('IE1234567T');
    expect(printed('IE', 'IE123456')).toBe('format');
    expect(printed('IE', 'IE1234567WA')).toBe('IE1234567WA');
  });

  it('countries without known rules: taken as typed; blank is never a number', () => {
    expect(printed('US', ' EIN 12-3456789 ')).toBe('EIN 12-3456789');
    expect(printed('CH', 'CHE-123.456.789 MWST')).toBe('CHE-123.456.789 MWST');
    expect(printed('NO', '  ')).toBe('format');
  });
});

describe('organisation numbers', () => {
  const org = (country: string, typed: string) => {
    const r = readOrgNumber(country, typed);
    return r.ok ? r.printed : r.problem;
  };

  it('print the way each register writes them', () => {
    expect(org('NO', '987654325')).toBe('987 654 325');
    expect(org('NO', 'NO 987 654 325 MVA')).toBe('987 654 325');
    expect(org('IS', '5002694489')).toBe('500269-4489');
    expect(org('IL', '51-123456-9')).toBe('511234569');
    expect(org('JP', '7123456789012')).toBe('7123456789012');
    expect(org('GB', 'sc123456')).toBe('SC123456');
    expect(org('GB', '01234567')).toBe('01234567');
    expect(org('SE', '5560566258')).toBe('556056-6258');
    expect(org('US', 'EIN 12-3456789')).toBe('EIN 12-3456789');
  });

  it('refuse mistyped check digits and wrong shapes', () => {
    expect(org('NO', '987654324')).toBe('checksum');
    expect(org('NO', '98765432A')).toBe('format');
    expect(org('IS', '500269-4479')).toBe('checksum');
    expect(org('IL', '511234568')).toBe('checksum');
    expect(org('JP', '1123456789012')).toBe('checksum');
    expect(org('GB', 'ABC12345')).toBe('format');
    expect(org('SE', '556056-6257')).toBe('checksum');
    expect(org('SE', '')).toBe('format');
  });
});
