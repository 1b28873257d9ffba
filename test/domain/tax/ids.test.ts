// Registration numbers: each check digit against the registry's own worked example, and mistyped ones refused.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compact,
  isCompanyKennitala,
  isIsraeliBusinessNumber,
  isJapaneseCorporateNumber,
  isKennitala,
  isNorwegianOrgNumber,
  isSwedishOrgNumber,
  japaneseCorporateCheck,
  luhnValid,
  mod11Check,
} from '../../../src/domain/tax/ids';
import { isIban, isNorwegianAccount, norwegianAccountFromIban, findIban } from '../../../src/domain/tax/bank';

describe('Norwegian organisation number (modulus 11, Brønnøysundregistrene)', () => {
  it("accepts brreg's worked example 123456785 and numbers written with spaces", () => {
    expect(mod11Check('12345678')).toBe(5);
    expect(isNorwegianOrgNumber('123456785')).toBe(true);
    expect(isNorwegianOrgNumber('987 654 325')).toBe(true);
    expect(isNorwegianOrgNumber('923.456.783')).toBe(true);
  });

  it('refuses a wrong check digit, a wrong length, and bases whose remainder is 1 (no check digit exists)', () => {
    expect(isNorwegianOrgNumber('123456784')).toBe(false);
    expect(isNorwegianOrgNumber('12345678')).toBe(false);
    expect(isNorwegianOrgNumber('1234567850')).toBe(false);
    // 912 345 67x: weighted sum 133, remainder 1, so no 912 345 67x is an organisation number.
    expect(mod11Check('91234567')).toBeNull();
    for (let d = 0; d <= 9; d++) expect(isNorwegianOrgNumber(`91234567${d}`)).toBe(false);
  });

  it('catches every single mistyped digit of a valid number', () => {
    const valid = '987654325';
    for (let i = 0; i < 9; i++)
      for (let d = 0; d <= 9; d++) {
        if (String(d) === valid[i]) continue;
        expect(isNorwegianOrgNumber(valid.slice(0, i) + d + valid.slice(i + 1))).toBe(false);
      }
  });
});

describe('Icelandic kennitala (skra.is)', () => {
  it("accepts Registers Iceland's worked example 120160-3389 (a person) and companies (first digit + 4)", () => {
    expect(mod11Check('12016033')).toBe(8);
    expect(isKennitala('120160-3389')).toBe(true);
    expect(isCompanyKennitala('120160-3389')).toBe(false);
    expect(isKennitala('500269-4489')).toBe(true);
    expect(isCompanyKennitala('5002694489')).toBe(true);
    expect(isCompanyKennitala('610203-1249')).toBe(true);
  });

  it('refuses a wrong check digit, an impossible century digit, and an impossible date', () => {
    expect(isKennitala('120160-3379')).toBe(false);
    expect(isKennitala('120160-3385')).toBe(false);
    expect(isKennitala('321360-3389')).toBe(false);
    expect(isKennitala('12016033')).toBe(false);
  });
});

describe('Luhn: Israeli and Swedish numbers', () => {
  it('accepts Israeli company and identity numbers, padding short ones with zeros', () => {
    expect(isIsraeliBusinessNumber('511234569')).toBe(true);
    expect(isIsraeliBusinessNumber('51-654321-2')).toBe(true);
    expect(isIsraeliBusinessNumber('123456782')).toBe(true);
    expect(isIsraeliBusinessNumber('18')).toBe(false); // too short to be a number anyone was given
    expect(isIsraeliBusinessNumber('00018')).toBe(true);
    expect(isIsraeliBusinessNumber('511234568')).toBe(false);
    expect(isIsraeliBusinessNumber('000000000')).toBe(false);
  });

  it("accepts Ericsson's organisationsnummer 556056-6258 and refuses a transposition", () => {
    expect(isSwedishOrgNumber('556056-6258')).toBe(true);
    expect(isSwedishOrgNumber('556065-6258')).toBe(false);
    expect(isSwedishOrgNumber('55605662')).toBe(false);
  });

  it('catches every single mistyped digit (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{9}$/),
        fc.nat(8),
        fc.integer({ min: 1, max: 9 }),
        (body, at, delta) => {
          const check = [...'0123456789'].find((c) => luhnValid(body + c))!;
          const valid = body + check;
          const changed = valid.slice(0, at) + ((Number(valid[at]) + delta) % 10) + valid.slice(at + 1);
          expect(luhnValid(valid)).toBe(true);
          expect(luhnValid(changed)).toBe(false);
        },
      ),
    );
  });
});

describe('Japanese corporate number (財務省令第七十号 第二条)', () => {
  it("computes the National Tax Agency's worked example and accepts published numbers", () => {
    expect(japaneseCorporateCheck('123456789012')).toBe(7);
    expect(isJapaneseCorporateNumber('7123456789012')).toBe(true);
    expect(isJapaneseCorporateNumber('4011001098993')).toBe(true);
    expect(isJapaneseCorporateNumber('2120901007402')).toBe(true);
    expect(isJapaneseCorporateNumber('7010705000725')).toBe(true);
  });

  it('refuses a wrong check digit and a wrong length', () => {
    expect(isJapaneseCorporateNumber('6123456789012')).toBe(false);
    expect(isJapaneseCorporateNumber('712345678901')).toBe(false);
  });
});

describe('bank accounts', () => {
  it('checks IBANs (ISO 13616) and reads the Norwegian kontonummer out of a Norwegian IBAN', () => {
    expect(isIban('NO93 8601 1117 947')).toBe(true);
    expect(isIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(isIban('NO94 8601 1117 947')).toBe(false);
    expect(isNorwegianAccount('8601.11.17947')).toBe(true);
    expect(isNorwegianAccount('8601.11.17948')).toBe(false);
    expect(norwegianAccountFromIban('NO93 8601 1117 947')).toBe('8601.11.17947');
    expect(norwegianAccountFromIban('GB82 WEST 1234 5698 7654 32')).toBeNull();
  });

  it('finds the IBAN in free payment details, even when the next word runs into it', () => {
    expect(findIban('IBAN NO93 8601 1117 947 · BIC DNBANOKK')).toBe('NO9386011117947');
    expect(findIban('IBAN: NO9386011117947 BIC DNBANOKK')).toBe('NO9386011117947');
    expect(findIban('Kontonr. 8601.11.17947')).toBeNull();
  });

  it('compares numbers as letters and digits only', () => {
    expect(compact(' no 912.345.678 mva ')).toBe('NO912345678MVA');
    expect(compact('ＧＢ１２３')).toBe('GB123');
  });
});
