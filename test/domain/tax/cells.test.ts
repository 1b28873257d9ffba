// The new Settings and Clients cells, read as freelancers type them.

import { describe, expect, it } from 'vitest';
import {
  readExchangeRate,
  readNextNumber,
  readRate,
  readTreatment,
  readYesNo,
  TREATMENT_CHOICES,
} from '../../../src/domain/tax/cells';

const value = <T>(r: { ok: true; value: T | null } | { ok: false; problem: string }) =>
  r.ok ? r.value : r.problem;

describe('tax cells', () => {
  it('yes/no: checkboxes and words; anything else is named', () => {
    expect([true, false, 'Yes', ' no ', 'TRUE', '', null].map((v) => value(readYesNo(v)))).toEqual([
      true,
      false,
      true,
      false,
      true,
      null,
      null,
    ]);
    expect(value(readYesNo('maybe'))).toBe('not-yes-no');
  });

  it('VAT rate: percent as typed or formatted', () => {
    expect([25, '25', '25 %', '12,5%', 0.25, 0.15, 0, ''].map((v) => value(readRate(v)))).toEqual([
      25,
      25,
      25,
      12.5,
      25,
      15,
      0,
      null,
    ]);
    expect(value(readRate('twenty'))).toBe('not-percent');
    expect(value(readRate(125))).toBe('not-percent');
  });

  it('exchange rate: a positive number with point or comma', () => {
    expect([11.7537, '11,7537', '0.0052'].map((v) => value(readExchangeRate(v)))).toEqual([
      11.7537, 11.7537, 0.0052,
    ]);
    expect(value(readExchangeRate(0))).toBe('not-positive');
    expect(value(readExchangeRate('1.2.3'))).toBe('not-positive');
  });

  it('next invoice number: the counter, or the next number written out', () => {
    expect([1009, '1009', '2026-0042', 'INV-1009', 'INV-1009 '].map((v) => value(readNextNumber(v)))).toEqual(
      [1009, 1009, 42, 1009, 1009],
    );
    expect(value(readNextNumber(0))).toBe('not-counter');
    expect(value(readNextNumber(2.5))).toBe('not-counter');
    expect(value(readNextNumber('INV'))).toBe('not-counter');
  });

  it('tax treatment: one of four choices', () => {
    expect(TREATMENT_CHOICES).toEqual(['domestic', 'export', 'reverse-charge', 'exempt']);
    expect(value(readTreatment('Reverse charge'))).toBe('reverse-charge');
    expect(value(readTreatment(''))).toBeNull();
    expect(value(readTreatment('zero rated'))).toBe('not-treatment');
  });
});
