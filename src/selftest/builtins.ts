// The JavaScript built-ins the bundle calls, each feature-detected and called once on the platform.
// A test (test/e2e/selftest-readme.test.ts) fails when dist/Code.js calls a built-in missing here.

import type { CheckGroup } from './check';

type AnyFn = (...args: unknown[]) => unknown;

/** Calls a method found by name at run time, so the bundle's syntax check never sees it. */
function call(target: unknown, method: string, ...args: unknown[]): unknown {
  const fn = (target as Record<string, unknown> | null)?.[method];
  if (typeof fn !== 'function') throw new Error('missing');
  return (fn as AnyFn).apply(target, args);
}

/** Name as written in the ES spec, and a call that must give the known answer. */
export const BUILTINS: readonly { name: string; works: () => boolean }[] = [
  { name: 'Array.prototype.at', works: () => call([1, 2, 3], 'at', -1) === 3 },
  { name: 'Array.prototype.flat', works: () => (call([[1], [2]], 'flat') as number[]).length === 2 },
  {
    name: 'Array.prototype.flatMap',
    works: () => (call([1, 2], 'flatMap', (x: number) => [x, x]) as number[]).length === 4,
  },
  { name: 'Array.prototype.includes', works: () => call([1, Number.NaN], 'includes', Number.NaN) === true },
  { name: 'Array.prototype.find', works: () => call([1, 2], 'find', (x: number) => x > 1) === 2 },
  { name: 'Array.prototype.findIndex', works: () => call([1, 2], 'findIndex', (x: number) => x > 1) === 1 },
  { name: 'Array.prototype.fill', works: () => (call(new Array(2), 'fill', 0) as number[]).join() === '0,0' },
  {
    name: 'Array.prototype.entries',
    works: () => [...(call(['a'], 'entries') as Iterable<unknown[]>)][0]![0] === 0,
  },
  {
    name: 'Array.prototype.values',
    works: () => [...(call(['a'], 'values') as Iterable<string>)][0] === 'a',
  },
  { name: 'Array.prototype.every', works: () => call([1], 'every', (x: number) => x === 1) === true },
  { name: 'Array.prototype.some', works: () => call([1], 'some', (x: number) => x === 1) === true },
  {
    name: 'Array.prototype.reduce',
    works: () => call([1, 2], 'reduce', (a: number, b: number) => a + b, 0) === 3,
  },
  // Stable sort is ES2019; rows of equal keys keep their order.
  {
    name: 'Array.prototype.sort',
    works: () =>
      (
        call(
          [
            { k: 1, i: 0 },
            { k: 0, i: 1 },
            { k: 1, i: 2 },
          ],
          'sort',
          (a: { k: number }, b: { k: number }) => a.k - b.k,
        ) as { i: number }[]
      )
        .map((x) => x.i)
        .join() === '1,0,2',
  },
  { name: 'Array.from', works: () => (call(Array, 'from', 'ab') as string[]).length === 2 },
  { name: 'Array.of', works: () => (call(Array, 'of', 7) as number[])[0] === 7 },
  { name: 'String.prototype.at', works: () => call('abc', 'at', -1) === 'c' },
  { name: 'String.prototype.padStart', works: () => call('7', 'padStart', 3, '0') === '007' },
  { name: 'String.prototype.padEnd', works: () => call('7', 'padEnd', 3, '0') === '700' },
  { name: 'String.prototype.replaceAll', works: () => call('a.a', 'replaceAll', '.', '-') === 'a-a' },
  { name: 'String.prototype.trim', works: () => call('\u00a0a ', 'trim') === 'a' },
  { name: 'String.prototype.trimEnd', works: () => call('a ', 'trimEnd') === 'a' },
  { name: 'String.prototype.trimStart', works: () => call(' a', 'trimStart') === 'a' },
  { name: 'String.prototype.normalize', works: () => call('e\u0301', 'normalize', 'NFC') === '\u00e9' },
  { name: 'String.prototype.includes', works: () => call('abc', 'includes', 'b') === true },
  { name: 'String.prototype.startsWith', works: () => call('abc', 'startsWith', 'a') === true },
  { name: 'String.prototype.endsWith', works: () => call('abc', 'endsWith', 'c') === true },
  { name: 'String.prototype.codePointAt', works: () => call('😀', 'codePointAt', 0) === 0x1f600 },
  { name: 'String.fromCharCode', works: () => call(String, 'fromCharCode', 65) === 'A' },
  { name: 'String.fromCodePoint', works: () => call(String, 'fromCodePoint', 0x1f600) === '😀' },
  { name: 'Object.keys', works: () => (call(Object, 'keys', { a: 1 }) as string[]).join() === 'a' },
  { name: 'Object.entries', works: () => (call(Object, 'entries', { a: 1 }) as unknown[][])[0]![1] === 1 },
  { name: 'Object.values', works: () => (call(Object, 'values', { a: 1 }) as unknown[])[0] === 1 },
  {
    name: 'Object.fromEntries',
    works: () => (call(Object, 'fromEntries', [['a', 1]]) as { a: number }).a === 1,
  },
  {
    name: 'Object.getOwnPropertyNames',
    works: () => (call(Object, 'getOwnPropertyNames', { a: 1 }) as string[])[0] === 'a',
  },
  {
    name: 'Object.getOwnPropertyDescriptor',
    works: () => typeof call(Object, 'getOwnPropertyDescriptor', { a: 1 }, 'a') === 'object',
  },
  {
    name: 'Object.defineProperty',
    works: () => typeof call(Object, 'defineProperty', {}, 'a', { value: 1 }) === 'object',
  },
  { name: 'Number.isInteger', works: () => call(Number, 'isInteger', 2) === true },
  { name: 'Number.isFinite', works: () => call(Number, 'isFinite', '1') === false },
  { name: 'Number.isNaN', works: () => call(Number, 'isNaN', Number.NaN) === true },
  { name: 'Math.imul', works: () => call(Math, 'imul', 0xffffffff, 5) === -5 },
  { name: 'Math.sign', works: () => call(Math, 'sign', -3) === -1 && call(Math, 'sign', 0) === 0 },
  { name: 'Map', works: () => new Map([[1, 2]]).get(1) === 2 },
  { name: 'Set', works: () => new Set([1, 1]).size === 1 },
  { name: 'Uint8Array', works: () => new Uint8Array([256])[0] === 0 },
  { name: 'Intl.DateTimeFormat', works: () => typeof Intl.DateTimeFormat === 'function' },
  { name: 'Intl.NumberFormat', works: () => typeof Intl.NumberFormat === 'function' },
  { name: 'Intl.PluralRules', works: () => typeof Intl.PluralRules === 'function' },
  // Newer than ES2020: looked up by name, never referenced directly (the bundle's built-ins check).
  {
    name: 'Intl.DisplayNames',
    works: () => typeof (Intl as unknown as Record<string, unknown>).DisplayNames === 'function',
  },
];

export const BUILTINS_GROUP: CheckGroup = {
  name: 'Built-ins',
  checks: [{ id: 'js-builtins', title: 'Every JavaScript built-in the add-on calls exists and works' }],
  run(t) {
    t.check('js-builtins', () => {
      const broken: string[] = [];
      for (const b of BUILTINS) {
        let ok = false;
        try {
          ok = b.works();
        } catch (error) {
          broken.push(`${b.name} (${(error as Error).message})`);
          continue;
        }
        if (!ok) broken.push(`${b.name} (wrong answer)`);
      }
      if (broken.length > 0) throw new Error(`missing or wrong: ${broken.join(', ')}`);
      return `${BUILTINS.length} built-ins present and working`;
    });
  },
};
