// Finds JavaScript built-ins newer than ES2020 (and host APIs Apps Script lacks) in a bundle, by its syntax
// tree: the ES2020 parse check sees only syntax, not library calls such as `.at()` or `replaceAll`.

import { parse } from 'acorn';

export interface BuiltinFinding {
  /** What was found, e.g. `Array.prototype.at` or `new Error(message, { cause })`. */
  name: string;
  /** The ECMAScript edition that added it, or the host that provides it. */
  edition: string;
  line: number;
  column: number;
}

/**
 * Methods called on a value (`x.at(-1)`): the receiver's type is unknown after bundling, so any call of
 * these names is flagged. Editions from the ECMAScript specifications (tc39.es/ecma262, "Annex E" and
 * each edition's list of additions; proposals: github.com/tc39/proposals/blob/main/finished-proposals.md).
 */
const METHOD_LIST: Record<string, [string, string]> = {
  replaceAll: ['String.prototype.replaceAll', 'ES2021'],
  at: ['Array/String/TypedArray.prototype.at', 'ES2022'],
  findLast: ['Array.prototype.findLast', 'ES2023'],
  findLastIndex: ['Array.prototype.findLastIndex', 'ES2023'],
  toSorted: ['Array.prototype.toSorted', 'ES2023'],
  toReversed: ['Array.prototype.toReversed', 'ES2023'],
  toSpliced: ['Array.prototype.toSpliced', 'ES2023'],
  with: ['Array.prototype.with', 'ES2023'],
  isWellFormed: ['String.prototype.isWellFormed', 'ES2024'],
  toWellFormed: ['String.prototype.toWellFormed', 'ES2024'],
  transferToFixedLength: ['ArrayBuffer.prototype.transferToFixedLength', 'ES2024'],
  union: ['Set.prototype.union', 'ES2025'],
  intersection: ['Set.prototype.intersection', 'ES2025'],
  difference: ['Set.prototype.difference', 'ES2025'],
  symmetricDifference: ['Set.prototype.symmetricDifference', 'ES2025'],
  isSubsetOf: ['Set.prototype.isSubsetOf', 'ES2025'],
  isSupersetOf: ['Set.prototype.isSupersetOf', 'ES2025'],
  isDisjointFrom: ['Set.prototype.isDisjointFrom', 'ES2025'],
};

/** Static members of globals (`Object.hasOwn`), read or called. */
const STATIC_LIST: Record<string, string> = {
  'Promise.any': 'ES2021',
  'Object.hasOwn': 'ES2022',
  'Object.groupBy': 'ES2024',
  'Map.groupBy': 'ES2024',
  'Promise.withResolvers': 'ES2024',
  'Atomics.waitAsync': 'ES2024',
  'Promise.try': 'ES2025',
  'RegExp.escape': 'ES2025',
  'Iterator.from': 'ES2025',
  'Math.f16round': 'ES2025',
  'Array.fromAsync': 'ES2026',
  'Math.sumPrecise': 'ES2026',
  'Error.isError': 'ES2026',
  // ECMA-402 (Intl) editions follow the same years.
  'Intl.ListFormat': 'ES2021 (ECMA-402 8th edition)',
  'Intl.Segmenter': 'ES2022 (ECMA-402 9th edition)',
  'Intl.supportedValuesOf': 'ES2022 (ECMA-402 9th edition)',
  'Intl.DurationFormat': 'ES2025 (ECMA-402 12th edition)',
};

/**
 * Intl parts newer than ES2020 that the add-on uses on purpose, each behind a feature check that fails
 * clearly when the platform lacks it (see src/domain/format.ts). Nothing else is allowed.
 */
export const GUARDED_INTL: Record<string, string> = { 'Intl.DisplayNames': 'ES2021 (ECMA-402 8th edition)' };

/** Globals that newer editions or other hosts add; Apps Script's V8 host is not a browser or Node. */
const GLOBAL_LIST: Record<string, string> = {
  AggregateError: 'ES2021',
  WeakRef: 'ES2021',
  FinalizationRegistry: 'ES2021',
  Iterator: 'ES2025',
  Float16Array: 'ES2025',
  structuredClone: 'HTML/Node host API, not ECMAScript',
  queueMicrotask: 'HTML/Node host API, not ECMAScript',
  setTimeout: 'HTML/Node host API, not ECMAScript (Apps Script has Utilities.sleep)',
  setInterval: 'HTML/Node host API, not ECMAScript',
  TextEncoder: 'Encoding host API, not ECMAScript (Apps Script has Utilities.newBlob)',
  TextDecoder: 'Encoding host API, not ECMAScript',
  atob: 'HTML host API, not ECMAScript (Apps Script has Utilities.base64Decode)',
  btoa: 'HTML host API, not ECMAScript (Apps Script has Utilities.base64Encode)',
  fetch: 'Fetch host API, not ECMAScript (Apps Script has UrlFetchApp)',
  URL: 'URL host API, not ECMAScript',
  URLSearchParams: 'URL host API, not ECMAScript',
  Buffer: 'Node host API',
  process: 'Node host API',
  require: 'Node host API',
};

// Maps, so that `constructor` or `hasOwnProperty` never come from Object.prototype.
const METHODS = new Map(Object.entries(METHOD_LIST));
const STATICS = new Map(Object.entries(STATIC_LIST));
const GLOBALS = new Map(Object.entries(GLOBAL_LIST));

const ERROR_CONSTRUCTORS = new Set([
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'ReferenceError',
  'EvalError',
  'URIError',
]);

interface Node {
  type: string;
  start: number;
  [key: string]: unknown;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

function propertyName(member: Node): string | null {
  const property = member.property as Node;
  if (!member.computed && property.type === 'Identifier') return property.name as string;
  if (property.type === 'Literal' && typeof property.value === 'string') return property.value;
  return null;
}

function staticName(member: Node): string | null {
  const object = member.object as Node;
  const name = propertyName(member);
  if (object.type !== 'Identifier' || name === null) return null;
  return `${object.name as string}.${name}`;
}

/** Names bound anywhere in the code (declarations, parameters): a local `URL` is not the global one. */
function declaredNames(root: Node): Set<string> {
  const names = new Set<string>();
  const bind = (pattern: unknown): void => {
    if (!isNode(pattern)) return;
    if (pattern.type === 'Identifier') names.add(pattern.name as string);
    else if (pattern.type === 'ObjectPattern')
      for (const p of pattern.properties as Node[]) bind(p.type === 'RestElement' ? p.argument : p.value);
    else if (pattern.type === 'ArrayPattern') for (const e of pattern.elements as unknown[]) bind(e);
    else if (pattern.type === 'RestElement') bind(pattern.argument);
    else if (pattern.type === 'AssignmentPattern') bind(pattern.left);
  };
  visit(root, (node) => {
    if (node.type === 'VariableDeclarator') bind(node.id);
    if (node.type.startsWith('Function') || node.type === 'ArrowFunctionExpression') {
      if (node.id) bind(node.id);
      for (const p of node.params as unknown[]) bind(p);
    }
    if (node.type === 'ClassDeclaration' && node.id) bind(node.id);
    if (node.type === 'CatchClause') bind(node.param);
  });
  return names;
}

function visit(node: Node, each: (node: Node, parent: Node | null) => void, parent: Node | null = null) {
  each(node, parent);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) visit(child, each, node);
    } else if (isNode(value)) visit(value, each, node);
  }
}

/** Every use of a built-in newer than ES2020 (or a host API Apps Script lacks) in `code`. */
export function findPostEs2020Builtins(code: string): BuiltinFinding[] {
  const root = parse(code, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    locations: true,
  }) as unknown as Node;
  const declared = declaredNames(root);
  const found: BuiltinFinding[] = [];
  const add = (node: Node, name: string, edition: string) => {
    const loc = node.loc as { start: { line: number; column: number } };
    found.push({ name, edition, line: loc.start.line, column: loc.start.column + 1 });
  };
  visit(root, (node, parent) => {
    if (node.type === 'CallExpression' && isNode(node.callee) && node.callee.type === 'MemberExpression') {
      const name = propertyName(node.callee);
      const method = name === null ? undefined : METHODS.get(name);
      if (method) add(node, method[0], method[1]);
    }
    if (node.type === 'MemberExpression') {
      const name = staticName(node);
      const object = node.object as Node;
      if (name && !declared.has(object.name as string)) {
        const edition = STATICS.get(name);
        if (edition && !(name in GUARDED_INTL)) add(node, name, edition);
      }
    }
    const global = node.type === 'Identifier' ? GLOBALS.get(node.name as string) : undefined;
    if (global && !declared.has(node.name as string)) {
      // Only references: not a property name (`x.URL`), not an object key (`{ fetch: 1 }`).
      const isProperty = parent?.type === 'MemberExpression' && parent.property === node && !parent.computed;
      const isKey = parent?.type === 'Property' && parent.key === node && !parent.computed;
      if (!isProperty && !isKey) add(node, node.name as string, global);
    }
    if (
      node.type === 'NewExpression' ||
      (node.type === 'CallExpression' && isNode(node.callee) && node.callee.type === 'Identifier')
    ) {
      const callee = node.callee as Node;
      const args = node.arguments as Node[];
      const options = args[1];
      if (
        callee.type === 'Identifier' &&
        ERROR_CONSTRUCTORS.has(callee.name as string) &&
        options?.type === 'ObjectExpression' &&
        (options.properties as Node[]).some(
          (p) =>
            p.type === 'Property' && isNode(p.key) && (p.key.name === 'cause' || p.key.value === 'cause'),
        )
      )
        add(node, `new ${callee.name as string}(message, { cause })`, 'ES2022');
    }
    if (node.type === 'Literal' && node.regex) {
      const flags = (node.regex as { flags: string }).flags;
      if (flags.includes('d')) add(node, 'RegExp flag d (hasIndices)', 'ES2022');
      if (flags.includes('v')) add(node, 'RegExp flag v (unicodeSets)', 'ES2024');
    }
    if (
      node.type === 'NewExpression' &&
      isNode(node.callee) &&
      node.callee.type === 'Identifier' &&
      node.callee.name === 'RegExp'
    ) {
      const flags = (node.arguments as Node[])[1];
      if (flags?.type === 'Literal' && typeof flags.value === 'string' && /[dv]/.test(flags.value))
        add(node, `new RegExp(..., '${flags.value}')`, flags.value.includes('v') ? 'ES2024' : 'ES2022');
    }
  });
  return found;
}
