// The report key: SHA-256 as node:crypto computes it, unique per client however names collide in a
// slug or share a prefix, and within Drive's 124 bytes for an appProperties key and value.

import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../src/domain/mail/mime';
import { reportKey, sha256Hex } from '../../../src/domain/report/report-key';
import { matchKey } from '../../../src/domain/match-key';

const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');

describe('sha256Hex', () => {
  it('matches node:crypto on the standard vectors and on any text', () => {
    expect(sha256Hex(utf8(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const bytes = utf8(text);
        expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
      { numRuns: 100 },
    );
  });
});

describe('reportKey', () => {
  it('differs for names that share a long prefix or differ only in what a slug drops', () => {
    const prefix = 'Nordic Consulting Group International Holding '.repeat(10);
    expect(reportKey(`${prefix}A`, '2026-10')).not.toBe(reportKey(`${prefix}B`, '2026-10'));
    expect(reportKey('Acme & Co', '2026-10')).not.toBe(reportKey('Acme / Co', '2026-10'));
    expect(reportKey('Acme', '2026-10')).not.toBe(reportKey('Acme', '2026-11'));
  });

  it('is the same for the names the Clients tab treats as one client', () => {
    expect(reportKey(' Acme\u000b Ltd ', '2026-10')).toBe(reportKey('acme ltd', '2026-10'));
  });

  it('keeps key and value within 124 bytes, and differs whenever the matching names differ', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ maxLength: 50 }), (a, b) => {
        const key = reportKey(a, '2026-10');
        expect(byteLength('fvtReport') + byteLength(key)).toBeLessThanOrEqual(124);
        if (matchKey(a) !== matchKey(a + b)) expect(reportKey(a + b, '2026-10')).not.toBe(key);
      }),
      { numRuns: 300 },
    );
  });
});
