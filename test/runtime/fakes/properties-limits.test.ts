// The user property store refuses what the quota page refuses: over 9 KB in one value, over 500 KB in
// the store, both counted in UTF-8 bytes.

import { describe, expect, it } from 'vitest';
import { RuntimeContext } from '../../../runtime/fakes/context';
import { FakePropertiesService } from '../../../runtime/fakes/properties';

describe('Properties fake size limits', () => {
  it('takes 9 KB of UTF-8 in one value and refuses one byte more, Japanese counted as 3 bytes', () => {
    const store = new FakePropertiesService(new RuntimeContext()).user;
    store.setProperty('a', 'x'.repeat(9 * 1024));
    expect(() => store.setProperty('b', 'あ'.repeat(3073))).toThrow(/Argument too large/);
    store.setProperty('b', 'あ'.repeat(3072));
  });

  it('refuses a value that would take the store past 500 KB, and takes the same value in place of an old one', () => {
    const store = new FakePropertiesService(new RuntimeContext()).user;
    for (let i = 0; i < 55; i++) store.setProperty(`k${i}`, 'x'.repeat(9 * 1024));
    expect(() => store.setProperty('k55', 'x'.repeat(9 * 1024))).toThrow(/property storage quota/);
    store.setProperty('k0', 'y'.repeat(9 * 1024));
    expect(store.getProperty('k0')).toBe('y'.repeat(9 * 1024));
  });
});
