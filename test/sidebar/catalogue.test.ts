// The sidebar's catalogues: every language says everything English says, with the same values in each
// message, and the plural forms Intl.PluralRules asks for; locales map to the UI languages.

import { describe, expect, it } from 'vitest';
import { UI_WORDS } from '../../src/domain/messages/ui';
import { LOCALES } from '../../src/domain/format';
import { languageOfLocale } from '../../src/actions/ui-language';
import { WORDS } from '../../src/domain/messages';
import { renderIn } from '../../src/domain/messages/client';
import { LANGUAGES } from '../../src/domain/types';

type Tree = { [key: string]: Tree | string | string[] };

/** Every message by path; a plural (an object with `other`) is one entry per form. */
function leaves(tree: Tree, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'string') out.set(at, value);
    else if (Array.isArray(value)) for (const [i, v] of value.entries()) out.set(`${at}.${i}`, v);
    else for (const [k, v] of leaves(value, at)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const isPlural = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'other' in v;

function plurals(tree: Tree, path = ''): [string, Record<string, string>][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    if (isPlural(value)) return [[at, value] as [string, Record<string, string>]];
    if (typeof value === 'object' && !Array.isArray(value)) return plurals(value as Tree, at);
    return [];
  });
}

describe('sidebar catalogues', () => {
  const english = leaves(UI_WORDS.en.sidebar as unknown as Tree);
  for (const language of LANGUAGES) {
    it(`${language}: every message, non-empty, with the same values as English`, () => {
      const messages = UI_WORDS[language].sidebar as unknown as Tree;
      const own = leaves(messages);
      for (const [path, text] of own) expect(text.trim(), path).not.toBe('');
      // Same messages (plural forms may differ: compare their `other`).
      const base = (m: Map<string, string>) =>
        new Set([...m.keys()].filter((k) => !/\.(zero|one|two|few|many)$/.test(k)));
      expect(base(own)).toEqual(base(english));
      for (const path of base(own)) {
        // A plural form may spell its number out ("שעה אחת"), so only `other` must carry {n}.
        expect(placeholders(own.get(path)!), `${language} ${path}`).toEqual(placeholders(english.get(path)!));
      }
    });

    it(`${language}: each plural has the forms its language's PluralRules use`, () => {
      const categories = new Intl.PluralRules(LOCALES[language]).resolvedOptions().pluralCategories;
      for (const [path, forms] of plurals(UI_WORDS[language].sidebar as unknown as Tree)) {
        for (const category of categories) {
          // `other` stands in for a category whose form would be the same words.
          expect(forms[category] ?? forms.other, `${language} ${path} ${category}`).toBeTruthy();
        }
        if (language === 'en' || language === 'nb') expect(forms.one, `${language} ${path}`).toBeTruthy();
      }
    });

    it(`${language}: the server's messages exist and fill their values`, () => {
      const say = WORDS[language].server;
      expect(Object.values(say.menu).every((t) => t.length > 0)).toBe(true);
      const done = renderIn(
        language,
        say.selfTestDone({ passed: 3, failed: 1, skipped: 2 }, 'Self-test', ''),
      );
      expect(done).toContain('Self-test');
      expect(done).toContain('3');
    });
  }

  it('no message in another language is the English one (except names)', () => {
    for (const language of ['nb', 'is', 'he', 'ja'] as const) {
      const own = leaves(UI_WORDS[language].sidebar as unknown as Tree);
      // Placeholders are not words: "{month}: {score}" may rightly read the same in every language.
      const same = [...own].filter(
        ([path, text]) => english.get(path) === text && /[a-z]{3}/.test(text.replace(/\{\w+\}/g, '')),
      );
      expect(same, language).toEqual([]);
    }
  });
});

describe('languageOfLocale', () => {
  it.each([
    ['en_US', 'en'],
    ['en-GB', 'en'],
    ['nb', 'nb'],
    ['no', 'nb'],
    ['nn_NO', 'nb'],
    ['is', 'is'],
    ['iw', 'he'],
    ['he_IL', 'he'],
    ['ja', 'ja'],
    ['de', 'en'],
    ['', 'en'],
  ])('%s → %s', (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language);
  });
});
