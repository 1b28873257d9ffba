// What crosses google.script.run, checked as Google documents it: numbers, booleans, strings, null,
// and objects and arrays of those. https://developers.google.com/apps-script/guides/html/communication
// "Requests fail if you attempt to pass a Date, Function, DOM element besides a form, or other
// prohibited type, including prohibited types inside objects or arrays. Objects that create circular
// references will also fail, and undefined fields within arrays become null."
// The reference speaks of parameters; for return values reports differ (a Date said to arrive as
// null), so the runtime is strict both ways: a Date, function or class instance fails the call.

/** The tag `Object.prototype.toString` gives, which works across realms (the bundle runs in node:vm). */
function tagOf(value: object): string {
  return Object.prototype.toString.call(value).slice(8, -1);
}

/** A plain object of any realm: its prototype is null or some realm's Object.prototype. */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function illegal(what: string, path: string, direction: WireDirection): Error {
  const where = path ? ` in ${path}` : '';
  return new Error(
    `google.script.run: ${direction === 'argument' ? 'an argument' : 'the return value'} holds a ${what}${where}, which cannot cross between the sidebar and the server (send ISO date strings and plain objects; https://developers.google.com/apps-script/guides/html/communication).`,
  );
}

export type WireDirection = 'argument' | 'result';

/**
 * The copy the other side receives, or an error naming the first value that cannot cross.
 * Object fields holding undefined are dropped; undefined inside arrays becomes null (reference).
 */
export function acrossTheWire(value: unknown, direction: WireDirection, path = ''): unknown {
  const seen = new Set<object>();
  const copy = (v: unknown, at: string): unknown => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    if (v === undefined) return undefined;
    if (typeof v === 'function') return fail('function', at);
    if (typeof v !== 'object') return fail(typeof v, at);
    const tag = tagOf(v);
    if (tag === 'Date') return fail('Date', at);
    if (seen.has(v)) return fail('circular reference', at);
    if (Array.isArray(v)) {
      seen.add(v);
      const out = v.map((item, i) => {
        const c = copy(item, `${at}[${i}]`);
        return c === undefined ? null : c;
      });
      seen.delete(v);
      return out;
    }
    if (!isPlainObject(v)) {
      const name = (v as { constructor?: { name?: string } }).constructor?.name || tag;
      return fail(`${name} object`, at);
    }
    seen.add(v);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(v)) {
      const c = copy(item, at ? `${at}.${key}` : key);
      if (c !== undefined) out[key] = c;
    }
    seen.delete(v);
    return out;
  };
  const fail = (what: string, at: string): never => {
    throw illegal(what, at, direction);
  };
  return copy(value, path);
}
