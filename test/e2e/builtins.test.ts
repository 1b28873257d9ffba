// The bundle uses no JavaScript built-in newer than ES2020 (nor a browser or Node API): Apps Script's
// V8 version is unconfirmed, and the ES2020 syntax check cannot see library calls.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPostEs2020Builtins } from '../../scripts/es-builtins';
import { ensureBuilt } from '../support/runtime';

const names = (code: string) => findPostEs2020Builtins(code).map((f) => `${f.name} ${f.edition}`);

describe('built-ins newer than ES2020', () => {
  it('dist/Code.js uses none', () => {
    ensureBuilt();
    const found = findPostEs2020Builtins(readFileSync('dist/Code.js', 'utf8'));
    expect(found.map((f) => `${f.name} (${f.edition}) at ${f.line}:${f.column}`)).toEqual([]);
  });

  it('the sidebar’s script uses none either (browser APIs are fine there: it runs in the user’s browser)', () => {
    ensureBuilt();
    const html = readFileSync('dist/Sidebar.html', 'utf8');
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const found = scripts
      .flatMap((code) => findPostEs2020Builtins(code))
      .filter((f) => !/host API/.test(f.edition));
    expect(found.map((f) => `${f.name} (${f.edition}) at ${f.line}:${f.column}`)).toEqual([]);
  });

  it('the only newer Intl part, DisplayNames, is reached behind a feature check', () => {
    ensureBuilt();
    const code = readFileSync('dist/Code.js', 'utf8');
    expect(code).not.toMatch(/new Intl\.DisplayNames/);
  });

  it('finds each one in a planted sample, with its edition', () => {
    const planted = `
      var xs = [3, 1, 2];
      xs.at(-1); 'a-b'.replaceAll('-', '+'); Object.hasOwn({}, 'a');
      xs.findLast(Boolean); xs.findLastIndex(Boolean); xs.toSorted(); xs.toReversed(); xs.with(0, 1);
      structuredClone(xs); Object.groupBy(xs, String); Promise.any([]); new WeakRef(xs);
      new AggregateError([]); 'a'.isWellFormed(); new Error('x', { cause: xs }); /a/d.exec('a');
      new Intl.Segmenter('en'); new TextEncoder(); setTimeout(function () {}, 1); xs['at'](0);
    `;
    expect(names(planted)).toEqual([
      'Array/String/TypedArray.prototype.at ES2022',
      'String.prototype.replaceAll ES2021',
      'Object.hasOwn ES2022',
      'Array.prototype.findLast ES2023',
      'Array.prototype.findLastIndex ES2023',
      'Array.prototype.toSorted ES2023',
      'Array.prototype.toReversed ES2023',
      'Array.prototype.with ES2023',
      'structuredClone HTML/Node host API, not ECMAScript',
      'Object.groupBy ES2024',
      'Promise.any ES2021',
      'WeakRef ES2021',
      'AggregateError ES2021',
      'String.prototype.isWellFormed ES2024',
      'new Error(message, { cause }) ES2022',
      'RegExp flag d (hasIndices) ES2022',
      'Intl.Segmenter ES2022 (ECMA-402 9th edition)',
      'TextEncoder Encoding host API, not ECMAScript (Apps Script has Utilities.newBlob)',
      'setTimeout HTML/Node host API, not ECMAScript (Apps Script has Utilities.sleep)',
      'Array/String/TypedArray.prototype.at ES2022',
    ]);
  });

  it('leaves ES2020 code, property names and local bindings alone', () => {
    const fine = `
      var o = { at: 1, fetch: 2 }; o.URL = 3; function f(URL) { return new URL.x(); }
      [1].flat(); 'a'.matchAll(/a/g); Promise.allSettled([]); globalThis.x = 1n; a?.b ?? c;
      new Error('plain'); Object.fromEntries([]); 'a'.trimEnd();
    `;
    expect(names(fine)).toEqual([]);
  });
});
