// google.script.run is as strict locally as Google documents it: Dates, functions and class instances
// fail the call, both ways; undefined in arrays becomes null.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuntime } from '../../runtime/runtime';
import { acrossTheWire } from '../../runtime/wire';
import { tempDir } from '../support/runtime';

describe('acrossTheWire', () => {
  it('copies plain data; undefined in arrays becomes null, undefined fields go', () => {
    const value = { a: 1, b: 'x', c: [true, undefined, null], d: undefined, e: { f: [{ g: 2 }] } };
    expect(acrossTheWire(value, 'argument')).toEqual({
      a: 1,
      b: 'x',
      c: [true, null, null],
      e: { f: [{ g: 2 }] },
    });
    expect(acrossTheWire(Object.create(null), 'result')).toEqual({});
  });

  it('refuses a Date, a function, a class instance, a Map and a circular object, naming where', () => {
    class Money {
      amount = 1;
    }
    const circle: Record<string, unknown> = {};
    circle.self = circle;
    const cases: [unknown, RegExp][] = [
      [{ from: new Date() }, /an argument holds a Date in from/],
      [[1, () => 1], /a function in \[1\]/],
      [{ total: new Money() }, /a Money object in total/],
      [new Map(), /a Map object/],
      [circle, /a circular reference in self/],
    ];
    for (const [value, message] of cases) expect(() => acrossTheWire(value, 'argument')).toThrow(message);
    expect(() => acrossTheWire({ when: new Date() }, 'result')).toThrow(
      /the return value holds a Date in when/,
    );
  });

  it('sees a Date made in another realm (the bundle runs in node:vm)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Sidebar.html'), '<!doctype html>');
    writeFileSync(
      join(dir, 'Code.js'),
      `function today() { return { today: new Date() }; }
       function echo(x) { return x; }`,
    );
    const runtime = await loadRuntime({ bundle: join(dir, 'Code.js'), today: '2026-11-22' });
    expect(() => runtime.run('today')).toThrow(/the return value holds a Date in today/);
    expect(() => runtime.run('echo', { from: new Date() })).toThrow(
      /an argument holds a Date in argument 1\.from/,
    );
    expect(runtime.run('echo', [1, undefined])).toEqual([1, null]);
  });
});
