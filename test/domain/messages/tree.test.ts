// The message tree as a whole: every language in the list has a folder saying everything English
// says, shape by shape; every counted noun has a form for each plural category of its language; and
// the folders hold the same file names. The type checker already refuses a missing message; these
// catch what types cannot (an extra key left behind, a plural category missing from a form list).

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORDS } from '../../../src/domain/messages';
import { LANGUAGE_LIST, LANGUAGES } from '../../../src/domain/messages/languages';
import { UI_WORDS } from '../../../src/domain/messages/ui';

const TREE = join(__dirname, '../../../src/domain/messages');

/** Every key path of a shape's words; functions and strings are leaves, plural forms one leaf. */
function paths(value: unknown, at = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof RegExp)
    return [at];
  const entries = Object.entries(value as Record<string, unknown>);
  if ('other' in (value as object) && entries.every(([, v]) => typeof v === 'string')) return [at];
  return entries.flatMap(([key, v]) => paths(v, at ? `${at}.${key}` : key));
}

/**
 * Counted nouns may differ by language (Icelandic cases), so they are checked by their forms below;
 * zoneNameIsTime is optional, for the languages whose zone names need it; so is the invoice's demand
 * (words for Israel's חשבון עסקה), which falls back to the invoice's own words.
 */
const OPTIONAL = ['nouns', 'zoneNameIsTime', 'demand'];
const withoutNouns = (words: object) =>
  Object.fromEntries(Object.entries(words).filter(([key]) => !OPTIONAL.includes(key)));

describe('the message tree', () => {
  it('has one folder per language in the list, each with the same files', () => {
    const folders = readdirSync(TREE, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !['core', 'shapes'].includes(d.name))
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual([...LANGUAGES].sort());
    const files = (language: string) => readdirSync(join(TREE, language)).sort();
    for (const language of LANGUAGES) expect(files(language), language).toEqual(files('en'));
  });

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${language} says everything English says, shape by shape, and nothing more`, () => {
      for (const [shape, words] of Object.entries({ ...WORDS[language], ...UI_WORDS[language] })) {
        const english = { ...WORDS.en, ...UI_WORDS.en }[shape as keyof typeof words] as object;
        expect(paths(withoutNouns(words)).sort(), `${language} ${shape}`).toEqual(
          paths(withoutNouns(english)).sort(),
        );
      }
    });
  }

  for (const language of LANGUAGES) {
    it(`${language}: every counted noun gives each plural category Intl.PluralRules has`, () => {
      const categories = new Intl.PluralRules(LANGUAGE_LIST[language].locale).resolvedOptions()
        .pluralCategories;
      const nouns = { ...UI_WORDS[language].common.nouns, ...WORDS[language].health.nouns };
      for (const [noun, forms] of Object.entries(nouns))
        for (const category of categories) expect([noun, category, forms[category]]).not.toContain(undefined);
    });
  }
});
