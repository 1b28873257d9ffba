// File names the runner and the demo write: two clients never share a file.

import { describe, expect, it } from 'vitest';
import { draftFileName, slug } from '../../runtime/file-names';

describe('slug', () => {
  it('keeps names apart that differ only in dropped characters or after a long prefix', () => {
    const prefix = 'Nordic Consulting Group International Holding ';
    expect(slug(`${prefix}A`)).not.toBe(slug(`${prefix}B`));
    expect(slug('Acme & Co')).not.toBe(slug('Acme / Co'));
    expect(slug('Fjord Bakery')).not.toBe(slug('Fjord-Bakery'));
    expect(slug('Acme')).toBe('Acme');
    expect(slug('Acme & Co')).toMatch(/^Acme-Co-[0-9a-f]{10}$/);
    expect(draftFileName(0, { kind: 'payment', client: 'Acme', invoice: 'INV-7' })).toBe(
      '01-payment-Acme-INV-7.eml',
    );
  });
});
