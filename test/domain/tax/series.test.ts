// One number series: one counter for all clients, never reset, never reused, the register as a cross-check.

import { describe, expect, it } from 'vitest';
import {
  counterOf,
  formatNumber,
  type IssueInput,
  issueNumber,
  parsePattern,
} from '../../../src/domain/tax/series';

const base: IssueInput = {
  pattern: '{YYYY}-{SEQ}',
  counter: null,
  startSetting: null,
  issued: '2026-11-30',
  clientCode: 'ACME',
  taken: [],
};
const issue = (over: Partial<IssueInput>) => {
  const r = issueNumber({ ...base, ...over });
  if (!r.ok) throw new Error(r.problem);
  return r;
};

describe('patterns', () => {
  it('need exactly one {SEQ}; {CLIENT} is a label beside it', () => {
    expect(parsePattern('{CLIENT}-{YYYY}-{MM}')).toEqual({
      ok: false,
      problem: 'no-counter',
      placeholder: '{SEQ}',
    });
    expect(parsePattern('{SEQ}-{SEQ}')).toMatchObject({ ok: false, problem: 'counter-twice' });
    expect(parsePattern('{YYYY}-{NUM}')).toEqual({
      ok: false,
      problem: 'unknown-placeholder',
      placeholder: '{NUM}',
    });
    expect(parsePattern('{client}/{yyyy}/{seq:6}').ok).toBe(true);
  });

  it('fill year and month from the issue date, pad the counter, and read it back', () => {
    const p = parsePattern('INV {YYYY}.{MM}-{SEQ:5} ({CLIENT})');
    if (!p.ok) throw new Error();
    const n = formatNumber(p.parts, 42, '2026-11-30', 'ACME');
    expect(n).toBe('INV 2026.11-00042 (ACME)');
    expect(counterOf(p.parts, n)).toBe(42);
    expect(counterOf(p.parts, 'inv 2027.01-1234567 (c5)')).toBe(1234567);
    expect(counterOf(p.parts, 'ACME-2026-11')).toBeNull();
  });

  it('a client label ending in digits leaves the counter its digits', () => {
    const p = parsePattern('{CLIENT}{SEQ}');
    if (!p.ok) throw new Error();
    expect(counterOf(p.parts, 'ACME0042')).toBe(42);
  });
});

describe('issuing', () => {
  it('2026-0042 is followed by 2027-0043: the counter does not reset with the year', () => {
    const a = issue({ counter: 42, issued: '2026-12-31' });
    expect(a).toMatchObject({ number: '2026-0042', seq: 42, nextCounter: 43, notes: [] });
    const b = issue({ counter: a.nextCounter, issued: '2027-01-02', taken: [a.number] });
    expect(b.number).toBe('2027-0043');
  });

  it('one counter for all clients: the client label never makes a second series', () => {
    const a = issue({ pattern: '{CLIENT}-{SEQ}', counter: 7, clientCode: 'ACME' });
    const b = issue({
      pattern: '{CLIENT}-{SEQ}',
      counter: a.nextCounter,
      clientCode: 'BAKERY',
      taken: [a.number],
    });
    expect([a.number, b.number]).toEqual(['ACME-0007', 'BAKERY-0008']);
  });

  it('Next invoice number starts the series once; afterwards it is reported as ignored', () => {
    expect(issue({ startSetting: 1005 })).toMatchObject({
      number: '2026-1005',
      notes: ['started-from-setting'],
    });
    expect(issue({ counter: 1010, startSetting: 1005 })).toMatchObject({
      number: '2026-1010',
      notes: ['start-setting-ignored'],
    });
    expect(issue({ counter: 1010, startSetting: 1010 }).notes).toEqual([]);
  });

  it('with no counter and no setting, continues after the highest number of this pattern in the register', () => {
    const r = issue({ taken: ['2025-0007', 'INV-1008', '2026-0012', 'ACME-2026-11'] });
    expect(r).toMatchObject({ number: '2026-0013', notes: ['started-after-register'] });
    expect(issue({ taken: ['INV-1008'] })).toMatchObject({ number: '2026-0001', notes: [] });
  });

  it('never issues a number, or a counter value, the register already holds (typed by hand, or a lost counter)', () => {
    const r = issue({ counter: 12, taken: ['2026-0012', '2026-0013', '2025-0014'] });
    expect(r).toMatchObject({ number: '2026-0015', seq: 15, nextCounter: 16, notes: ['skipped-taken'] });
    const typed = issue({ pattern: 'F-{SEQ}', counter: 3, taken: ['f-0003'] });
    expect(typed.number).toBe('F-0004');
  });

  it('a withdrawn number stays taken', () => {
    expect(issue({ counter: 5, taken: ['2026-0005 '] }).number).toBe('2026-0006');
  });

  it('refuses a pattern without a counter, naming the placeholder to add; blank means the default', () => {
    expect(issueNumber({ ...base, pattern: '{CLIENT}-{YYYY}-{MM}' })).toEqual({
      ok: false,
      problem: 'no-counter',
      placeholder: '{SEQ}',
    });
    expect(issue({ pattern: '  ', counter: 1 }).number).toBe('2026-0001');
  });
});
