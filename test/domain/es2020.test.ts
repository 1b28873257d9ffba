// The ES2020 stand-ins give what the newer built-ins would.

import { describe, expect, it } from 'vitest';
import { last, replaceEvery } from '../../src/domain/es2020';

describe('ES2020 stand-ins', () => {
  it('last is at(-1)', () => {
    expect(last([1, 2, 3])).toBe(3);
    expect(last([])).toBeUndefined();
  });

  it('replaceEvery is replaceAll with a plain string, special characters included', () => {
    expect(replaceEvery('=A{cell}+{cell}', '{cell}', 'B2')).toBe('=AB2+B2');
    expect(replaceEvery('a.b.c', '.', '$&')).toBe('a$&b$&c');
    expect(replaceEvery('none', '{x}', 'y')).toBe('none');
  });
});
