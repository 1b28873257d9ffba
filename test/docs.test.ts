// Every repository path that a code comment, the README or a page in docs/ cites exists (and every
// section it names), so a reader following a citation never lands nowhere; the README stays short.
// Placeholders and globs (`<id>`, `*`, `{CLIENT}`, `...`) are read as patterns and not checked.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Cited but written in a parallel change (the install route): tolerated while absent. Once the file
 * is in the repository, delete it from this list.
 */
const NOT_YET_WRITTEN = new Set<string>([]);

const TOP = '(?:src|runtime|sidebar|scripts|test|docs)';
/** A path from the repository's root: a top folder not preceded by another path (`../src/x`, a URL). */
const CITED = new RegExp(`(?<![\\w./@-])(${TOP}/[\\w./#<>*{}-]*[\\w/>*}-])`, 'g');
/** A Markdown link or image whose target is in the repository (no scheme, no bare anchor). */
const LINK = /\]\((?!https?:|mailto:|#)([^)\s]+)\)/g;
const PATTERN = /[*<>{}]|\.\.\./;

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const m of markdown.matchAll(/^#{1,6} +(.+?) *$/gm)) {
    anchors.add(
      m[1]!
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-'),
    );
  }
  return anchors;
}

/** Why a cited path (from the repository's root, maybe with #anchor) does not resolve, or null. */
function brokenCitation(cited: string, exists: (path: string) => boolean, read: (path: string) => string) {
  if (PATTERN.test(cited)) return null;
  const [path, anchor] = cited.replace(/\/$/, '').split('#') as [string, string | undefined];
  if (NOT_YET_WRITTEN.has(path) && !exists(path)) return null;
  const found = [path, `${path}.ts`].find(exists);
  if (!found) return `${cited}: no such file or folder`;
  if (anchor && found.endsWith('.md') && !anchorsOf(read(found)).has(anchor)) {
    return `${cited}: ${found} has no section #${anchor}`;
  }
  return null;
}

/** The comment text of a TypeScript file, line by line (code and strings left out). */
function commentLines(source: string): string[] {
  return source.split('\n').map((line) => {
    const trimmed = line.trim();
    if (/^(\/\/|\/\*|\*)/.test(trimmed)) return trimmed;
    const at = line.indexOf(' // ');
    return at >= 0 ? line.slice(at) : '';
  });
}

/** Paths cited in a Markdown file: repository paths in its text, and its relative links. */
function markdownCitations(file: string, text: string): string[] {
  const cited = [...text.matchAll(CITED)].map((m) => m[1]!);
  for (const m of text.matchAll(LINK)) {
    const target = m[1]!;
    const [path, anchor] = target.split('#');
    const resolved = path ? normalize(join(dirname(file), path)) : file;
    cited.push(anchor ? `${resolved}#${anchor}` : resolved);
  }
  return cited;
}

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => ext.test(f) && !f.includes('node_modules') && statSync(f).isFile());
}

const exists = (path: string) => existsSync(path);
const read = (path: string) => readFileSync(path, 'utf8');

describe('cited paths', () => {
  it('every repository path in a code comment exists', () => {
    const broken: string[] = [];
    let count = 0;
    for (const dir of ['src', 'runtime', 'sidebar', 'scripts', 'test']) {
      for (const file of filesUnder(dir, /\.ts$/)) {
        commentLines(read(file)).forEach((line, i) => {
          for (const m of line.matchAll(CITED)) {
            count++;
            const why = brokenCitation(m[1]!, exists, read);
            if (why) broken.push(`${file}:${i + 1}: ${why}`);
          }
        });
      }
    }
    expect(broken).toEqual([]);
    expect(count).toBeGreaterThan(20);
  });

  it('every repository path and link in the README and docs/ exists', () => {
    const broken: string[] = [];
    for (const file of ['README.md', ...filesUnder('docs', /\.md$/)]) {
      for (const cited of markdownCitations(file, read(file))) {
        const why = brokenCitation(cited, exists, read);
        if (why) broken.push(`${file}: ${why}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('finds a missing path, a missing section and a wrong link, and lets patterns through', () => {
    const slashes = '//'; // written apart, so that this file's own scan does not read the fixture
    const comment = commentLines(
      [
        "import { x } from '../src/nowhere';",
        `const a = 1; ${slashes} see src/domain/nowhere.ts and docs/platform.md#no-such-section`,
        ' * docs/platform.md#spreadsheetapp, src/domain/dates, test/golden/sample-*.txt, docs/<page>.md',
      ].join('\n'),
    ).flatMap((line) => [...line.matchAll(CITED)].map((m) => m[1]!));
    expect(comment.map((c) => brokenCitation(c, exists, read)).filter(Boolean)).toEqual([
      'src/domain/nowhere.ts: no such file or folder',
      'docs/platform.md#no-such-section: docs/platform.md has no section #no-such-section',
    ]);
    const links = markdownCitations(
      'docs/a.md',
      'See [b](b.md), [c](../src/main.ts) and [d](https://x.org/src/y).',
    );
    expect(links).toEqual(['docs/b.md', 'src/main.ts']);
    expect(brokenCitation('docs/b.md', exists, read)).toBe('docs/b.md: no such file or folder');
  });

  it('reads section anchors as GitHub writes them', () => {
    expect([...anchorsOf("## HtmlService and google.script.run\n## The bundle's `calls`")]).toEqual([
      'htmlservice-and-googlescriptrun',
      'the-bundles-calls',
    ]);
  });
});

describe('README', () => {
  it('is at most 150 lines, so it reads in five minutes', () => {
    expect(read('README.md').split('\n').length).toBeLessThanOrEqual(150);
  });
});
