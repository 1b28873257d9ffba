// The layer rules, enforced. Imports are read from the source text (import, import type, export … from,
// import('…') types); comments and string contents are blanked first, so prose and messages never count.
//
// 1. src/domain is pure: it imports only src/domain (no adapters, actions, server-api, packages).
// 2. No cycles: modules in src/ and sidebar/ never import each other in a circle (type imports count).
// 3. scripts/ and runtime/ never import from test/ (shared fixtures live in scripts/ or runtime/).
// 4. Only adapters call Apps Script services: SpreadsheetApp, DriveApp, Drive, Gmail, GmailApp,
//    DocumentApp, PropertiesService, LockService, HtmlService, ScriptApp, Session, Utilities,
//    CacheService, UrlFetchApp appear in code only in src/adapters/, src/selftest/ (it exists to try
//    the services) and src/main.ts (the entry points: HtmlService for the sidebar, ScriptApp for the
//    menu). runtime/ fakes them and is not scanned.
// 5. One tab finder: getSheetByName is called only in src/adapters/spreadsheet/reads.ts, and in
//    src/selftest/sheet.ts, whose timing probe times that very call.
// 6. One name comparison: client and goal names are compared only through src/domain/match-key.ts
//    (matchKey, sameName): no `.name`/`.client`/`.goal` lower-cased for comparison, no other sameName.
// Each rule is also run on a small broken example below, so each is shown to fire.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

type Files = Map<string, string>;

const SERVICES = [
  'SpreadsheetApp',
  'DriveApp',
  'Drive',
  'Gmail',
  'GmailApp',
  'DocumentApp',
  'PropertiesService',
  'LockService',
  'HtmlService',
  'ScriptApp',
  'Session',
  'Utilities',
  'CacheService',
  'UrlFetchApp',
];
const SERVICE_HOMES = [/^src\/adapters\//, /^src\/selftest\//, /^src\/main\.ts$/];
const TAB_FINDER = ['src/adapters/spreadsheet/reads.ts', 'src/selftest/sheet.ts'];
const NAME_COMPARISON = 'src/domain/match-key.ts';

/** Comments removed and string contents blanked (quotes kept), so only code is left. */
function codeOnly(text: string, keepStrings = false): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      out += c;
      i++;
      while (i < text.length && text[i] !== c) {
        if (text[i] === '\\') {
          if (keepStrings) out += text[i]! + (text[i + 1] ?? '');
          i += 2;
          continue;
        }
        if (c === '`' && text[i] === '$' && text[i + 1] === '{') {
          // A template's ${…} is code: keep it (nested templates are rare enough to end it early).
          let depth = 0;
          while (i < text.length) {
            const d = text[i]!;
            out += d;
            i++;
            if (d === '{') depth++;
            if (d === '}' && --depth === 0) break;
          }
          continue;
        }
        out += keepStrings || text[i] === '\n' ? text[i] : ' ';
        i++;
      }
      out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The module specifiers a file imports or re-exports, type-only ones included. */
function specifiers(text: string): string[] {
  const code = codeOnly(text, true);
  const found: string[] = [];
  const patterns = [
    /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?[^;'"`]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /(?:^|[\s;])import\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.push(m[1]!);
  return found;
}

/** The repository file a relative specifier names, or the specifier itself for a package. */
function resolve(from: string, spec: string, files: Files): string {
  if (!spec.startsWith('.')) return spec;
  const base = normalize(join(dirname(from), spec));
  for (const candidate of [`${base}.ts`, `${base}/index.ts`, base])
    if (files.has(candidate)) return candidate;
  return `${base}.ts`;
}

function edges(files: Files): [string, string][] {
  const out: [string, string][] = [];
  for (const [path, text] of files)
    for (const s of specifiers(text)) out.push([path, resolve(path, s, files)]);
  return out;
}

function domainLeaks(files: Files): string[] {
  return edges(files)
    .filter(([from, to]) => from.startsWith('src/domain/') && !to.startsWith('src/domain/'))
    .map(([from, to]) => `${from} imports ${to}`);
}

function testImports(files: Files): string[] {
  return edges(files)
    .filter(([from, to]) => /^(scripts|runtime)\//.test(from) && to.startsWith('test/'))
    .map(([from, to]) => `${from} imports ${to}`);
}

/** Every cycle among src/ and sidebar/ modules, each named by its modules (Tarjan's components). */
function cycles(files: Files): string[] {
  const inScope = (p: string) => /^(src|sidebar)\//.test(p);
  const graph = new Map<string, string[]>();
  for (const [from, to] of edges(files)) {
    if (!inScope(from) || !inScope(to)) continue;
    graph.set(from, [...(graph.get(from) ?? []), to]);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[] = [];
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v))
        found.push(component.sort().join(' <-> '));
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

function serviceCalls(files: Files): string[] {
  const pattern = new RegExp(`(?<![\\w$.])(${SERVICES.join('|')})\\s*\\.`, 'g');
  const out: string[] = [];
  for (const [path, text] of files) {
    if (!/^(src|sidebar)\//.test(path) || SERVICE_HOMES.some((home) => home.test(path))) continue;
    for (const m of codeOnly(text).matchAll(pattern)) out.push(`${path} calls ${m[1]}`);
  }
  return out;
}

function tabLookups(files: Files): string[] {
  const out: string[] = [];
  for (const [path, text] of files) {
    if (!/^(src|sidebar)\//.test(path) || TAB_FINDER.includes(path)) continue;
    if (/\.getSheetByName\s*\(/.test(codeOnly(text))) out.push(`${path} calls getSheetByName`);
  }
  return out;
}

function nameComparisons(files: Files): string[] {
  const lowered = /\.(?:name|client|goal)(?:\.trim\(\))?\.toLowerCase\(\)/;
  const ownSameName = /\b(?:const|let|function)\s+sameName\b/;
  const out: string[] = [];
  for (const [path, text] of files) {
    if (!/^(src|sidebar)\//.test(path) || path === NAME_COMPARISON) continue;
    const code = codeOnly(text);
    if (lowered.test(code)) out.push(`${path} lower-cases a name to compare it`);
    if (ownSameName.test(code)) out.push(`${path} defines its own sameName`);
  }
  return out;
}

function readTree(...roots: string[]): Files {
  const files: Files = new Map();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = `${dir}/${entry}`;
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) files.set(path, readFileSync(path, 'utf8'));
    }
  };
  for (const root of roots) walk(root);
  return files;
}

const tree = readTree('src', 'sidebar', 'scripts', 'runtime', 'test');
const broken = (entries: Record<string, string>): Files => new Map(Object.entries(entries));

describe('the layer rules hold in the repository', () => {
  it('reads the imports of the whole tree', () => {
    expect(specifiers(tree.get('src/domain/read-tracker.ts')!)).toContain('./read-tracker/tasks');
    expect(tree.size).toBeGreaterThan(200);
  });
  it('domain imports only domain', () => expect(domainLeaks(tree)).toEqual([]));
  it('no import cycles in src/ and sidebar/', () => expect(cycles(tree)).toEqual([]));
  it('scripts and runtime never import tests', () => expect(testImports(tree)).toEqual([]));
  it('only adapters, the self-test and the entry points call Apps Script services', () =>
    expect(serviceCalls(tree)).toEqual([]));
  it('tabs are found only by the tab finder', () => expect(tabLookups(tree)).toEqual([]));
  it('client and goal names are compared only by the shared comparison', () =>
    expect(nameComparisons(tree)).toEqual([]));
});

describe('each rule fires when broken on purpose', () => {
  it('a domain module importing an adapter, server-api or a package', () => {
    const files = broken({
      'src/domain/a.ts': "import { readTabs } from '../adapters/spreadsheet';\n",
      'src/domain/b.ts': "import type { PrivateView } from '../server-api';\n",
      'src/domain/c.ts': "export { x } from 'exceljs';\n",
      'src/domain/d.ts': "// import { y } from '../actions/x';\nimport { z } from './a';\n",
      'src/adapters/spreadsheet.ts': '',
    });
    expect(domainLeaks(files)).toEqual([
      'src/domain/a.ts imports src/adapters/spreadsheet.ts',
      'src/domain/b.ts imports src/server-api.ts',
      'src/domain/c.ts imports exceljs',
    ]);
  });
  it('a cycle, through a type import and a re-export', () => {
    const files = broken({
      'src/domain/types.ts': "import type { Say } from './problems/messages';\n",
      'src/domain/problems/messages.ts': "export type { DraftKind } from '../types';\n",
      'sidebar/a.ts': "import { b } from './b';\n",
      'sidebar/b.ts': "import { c } from './c';\n",
      'sidebar/c.ts': "const m = import('./a');\n",
    });
    expect(cycles(files).sort()).toEqual([
      'sidebar/a.ts <-> sidebar/b.ts <-> sidebar/c.ts',
      'src/domain/problems/messages.ts <-> src/domain/types.ts',
    ]);
  });
  it('a script importing a test helper', () => {
    const files = broken({ 'scripts/x.ts': "import { TODAY } from '../test/e2e/helpers';\n" });
    expect(testImports(files)).toEqual(['scripts/x.ts imports test/e2e/helpers.ts']);
  });
  it('an action or domain module calling a service; text naming one does not count', () => {
    const files = broken({
      'src/actions/x.ts': 'const ss = SpreadsheetApp.getActiveSpreadsheet();\n',
      'src/domain/y.ts': "const say = 'Open Drive. Then Session.';\n// LockService.getDocumentLock()\n",
      'src/adapters/z.ts': 'const lock = LockService.getDocumentLock();\n',
      'sidebar/w.ts': 'const u = Utilities.formatDate(d, tz, f);\n',
    });
    expect(serviceCalls(files)).toEqual([
      'src/actions/x.ts calls SpreadsheetApp',
      'sidebar/w.ts calls Utilities',
    ]);
  });
  it('a tab looked up outside the tab finder', () => {
    const files = broken({
      'src/adapters/invoice-sheet.ts': "const sheet = ss.getSheetByName('Invoices')!;\n",
      'src/adapters/spreadsheet/reads.ts': 'const sheet = ss.getSheetByName(name);\n',
    });
    expect(tabLookups(files)).toEqual(['src/adapters/invoice-sheet.ts calls getSheetByName']);
  });
  it('a client name lower-cased for comparison, or a second sameName', () => {
    const files = broken({
      'src/domain/method/x.ts':
        'const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();\n',
      'src/domain/report/y.ts': 'if (g.client.trim().toLowerCase() === name) count++;\n',
      'src/domain/z.ts': 'const key = `${client.name.toLowerCase()}|${month}`;\n',
      'src/domain/ok.ts': "const lang = text.toLowerCase(); // '.name.toLowerCase()' in a comment\n",
    });
    expect(nameComparisons(files)).toEqual([
      'src/domain/method/x.ts defines its own sameName',
      'src/domain/report/y.ts lower-cases a name to compare it',
      'src/domain/z.ts lower-cases a name to compare it',
    ]);
  });
});
