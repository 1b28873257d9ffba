// The first-run list (docs/first-run.md) and the self-test name the same items in the same order, and the
// self-test tries every JavaScript built-in the bundle calls.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTINS } from '../../src/selftest/builtins';
import { selfTestChecks } from '../../src/selftest/index';
import { ensureBuilt } from '../support/runtime';

function firstRunList(): { id: string; byHand: boolean; title: string }[] {
  const list = readFileSync('docs/first-run.md', 'utf8');
  const start = list.indexOf('## The items');
  const end = list.indexOf('\n## ', start + 1);
  expect(start).toBeGreaterThan(0);
  const section = list.slice(start, end < 0 ? undefined : end);
  return section
    .split('\n')
    .filter((line) => /^\d+\. /.test(line))
    .map((line) => {
      const m = /^\d+\. `([a-z0-9-]+)`( \*\(by hand\)\*)? \*\*(.+?)\.?\*\*/.exec(line);
      if (!m) throw new Error(`First-run item does not start with \`id\` and a bold title: ${line}`);
      return { id: m[1]!, byHand: m[2] !== undefined, title: m[3]! };
    });
}

describe('first-run list (docs/first-run.md)', () => {
  it('names the self-test’s items, in its order, with its titles, by hand exactly where the self-test cannot', () => {
    const checks = selfTestChecks().map((c) => ({
      id: c.id,
      byHand: c.manual !== undefined,
      title: c.title,
    }));
    expect(firstRunList()).toEqual(checks);
  });

  it('has unique ids', () => {
    const ids = selfTestChecks().map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

/**
 * Built-ins whose presence on Apps Script is worth a check: everything from ES2015 on that the bundle
 * could call. A call in dist/Code.js to one of these that BUILTINS does not try fails the test.
 */
const PROTOTYPE_METHODS = [
  'at',
  'flat',
  'flatMap',
  'includes',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'fill',
  'entries',
  'values',
  'keys',
  'every',
  'some',
  'reduce',
  'padStart',
  'padEnd',
  'replaceAll',
  'trimStart',
  'trimEnd',
  'normalize',
  'startsWith',
  'endsWith',
  'repeat',
  'codePointAt',
  'matchAll',
  'toSorted',
  'toReversed',
  'toSpliced',
  'with',
  'copyWithin',
  'localeCompare',
];
const STATICS = [
  'Object.entries',
  'Object.fromEntries',
  'Object.values',
  'Object.assign',
  'Object.hasOwn',
  'Object.groupBy',
  'Object.getOwnPropertyNames',
  'Object.getOwnPropertyDescriptor',
  'Object.defineProperty',
  'Number.isInteger',
  'Number.isFinite',
  'Number.isNaN',
  'Number.isSafeInteger',
  'Math.imul',
  'Math.trunc',
  'Math.sign',
  'Math.hypot',
  'Array.from',
  'Array.of',
  'String.fromCodePoint',
  'String.fromCharCode',
  'String.raw',
  'Promise.allSettled',
  'Promise.any',
  'structuredClone',
  'Map.groupBy',
  'Intl.DateTimeFormat',
  'Intl.NumberFormat',
  'Intl.PluralRules',
  'Intl.DisplayNames',
  'Intl.ListFormat',
  'Intl.RelativeTimeFormat',
  'Intl.Segmenter',
  'Intl.Collator',
  'TextEncoder',
  'TextDecoder',
  'WeakRef',
  'BigInt',
  'Uint8Array',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Proxy',
  'Reflect',
  'Symbol',
];

describe('js-builtins', () => {
  it('tries every built-in dist/Code.js calls', () => {
    ensureBuilt();
    const code = readFileSync('dist/Code.js', 'utf8');
    const tried = new Set(BUILTINS.map((b) => b.name));
    const triedMethods = new Set(BUILTINS.map((b) => b.name.split('.').pop()!));
    const untried: string[] = [];
    for (const m of PROTOTYPE_METHODS)
      if (new RegExp(`\\.${m}\\(`).test(code) && !triedMethods.has(m)) untried.push(`.${m}()`);
    for (const s of STATICS) {
      const used = new RegExp(`(^|[^\\w.$])${s.replace('.', '\\.')}\\b`).test(code);
      if (used && !tried.has(s)) untried.push(s);
    }
    expect(untried).toEqual([]);
  });
});
