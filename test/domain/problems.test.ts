// The problem catalogues: every language says every problem with the same values, a counted one in
// each plural form its language has, and the renderer formats and isolates values per language.

import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/domain/format';
import { PROBLEMS } from '../../src/domain/problems';
import type { Plural, ProblemMessages } from '../../src/domain/messages/shapes/problems';
import { ProblemError, sayPieces, sayText } from '../../src/domain/problems/render';
import { readTracker } from '../../src/domain/read-tracker';
import { LANGUAGES, type Language } from '../../src/domain/types';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/** Every template of a catalogue by its key path ("notDrafted.payment", "paymentsBlocked.one"). */
function templates(messages: ProblemMessages): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, entry] of Object.entries(messages)) {
    if (key === 'join' || key === 'listSeparator') continue;
    if (typeof entry === 'string') out.set(key, entry);
    else
      for (const [form, text] of Object.entries(entry as Record<string, string>))
        out.set(`${key}.${form}`, text);
  }
  return out;
}

const isPlural = (entry: unknown): entry is Plural =>
  typeof entry === 'object' && entry !== null && 'other' in entry;

describe('problem catalogues', () => {
  const english = PROBLEMS.en;

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s has every key, with the values English has',
    (language) => {
      const messages = PROBLEMS[language];
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      for (const [key, entry] of Object.entries(english)) {
        if (key === 'join') continue;
        const theirs = (messages as unknown as Record<string, unknown>)[key];
        if (typeof entry === 'string') {
          expect(placeholders(theirs as string), `${language} ${key}`).toEqual(placeholders(entry));
        } else if (isPlural(entry)) {
          for (const text of Object.values(theirs as Plural))
            expect(
              placeholders(text).filter((p) => p !== 'n'),
              `${language} ${key}`,
            ).toEqual(placeholders(entry.other).filter((p) => p !== 'n'));
        } else {
          expect(Object.keys(theirs as object).sort(), `${language} ${key}`).toEqual(
            Object.keys(entry).sort(),
          );
        }
      }
    },
  );

  it.each(LANGUAGES)('%s gives each counted sentence every plural form its language has', (language) => {
    const categories = new Intl.PluralRules(LOCALES[language]).resolvedOptions().pluralCategories;
    for (const [key, entry] of Object.entries(PROBLEMS[language])) {
      if (!isPlural(entry)) continue;
      for (const category of categories)
        expect(entry[category as keyof Plural], `${language} ${key} ${category}`).toBeDefined();
    }
  });

  it.each(LANGUAGES)('%s ends every sentence, so sentences can be joined', (language) => {
    for (const [key, text] of templates(PROBLEMS[language])) {
      if (key === 'settingName') continue; // a label before the sentence: "Reminder days:"
      expect(text.trim(), `${language} ${key}`).toMatch(/[.。!?)）」»“”"]$/u);
    }
  });
});

describe('saying a problem', () => {
  const hours = [{ key: 'hoursRange' as const, values: { value: 25.5 } }];

  it('formats numbers in the reader’s language', () => {
    expect(sayText(hours, 'en')).toBe('25.5 is outside 0 to 24 hours.');
    expect(sayText(hours, 'nb')).toContain('25,5');
    expect(sayText(hours, 'is')).toContain('25,5');
  });

  it('names a month rather than writing its number', () => {
    const says = [
      { key: 'noBillableHours' as const, values: { client: 'Acme', month: { month: '2026-10' } } },
    ];
    expect(sayText(says, 'en')).toContain('in October 2026 ');
    expect(sayText(says, 'nb')).toContain('oktober 2026');
    expect(sayText(says, 'ja')).toContain('2026年10月');
  });

  it('chooses the plural form by Intl.PluralRules: Icelandic 21 like 1, Hebrew 2 as a dual', () => {
    const terms = (n: number, language: Language) =>
      sayText([{ key: 'usesDefaultTerms', values: { n } }], language);
    expect(terms(1, 'en')).toBe('1 day is used.');
    expect(terms(21, 'en')).toBe('21 days are used.');
    expect(terms(21, 'is')).toBe(terms(1, 'is').replace('1', '21'));
    expect(terms(2, 'he')).not.toContain('2');
  });

  it('isolates every value in Hebrew plain text, and in no other language', () => {
    const says = [{ key: 'notAClient' as const, values: { client: 'Acme Ltd' } }];
    expect(sayText(says, 'he')).toContain('\u2068Acme Ltd\u2069');
    for (const language of ['en', 'nb', 'is', 'ja'] as const)
      expect(sayText(says, language)).not.toMatch(/[\u2068\u2069]/);
  });

  it('hands text and values to the caller apart, so the sidebar can put each value in its own <bdi>', () => {
    const pieces = sayPieces<{ text?: string; value?: string }>(
      [{ key: 'notAClient', values: { client: '<b>Acme</b>' } }],
      'en',
      (text) => ({ text }),
      (value) => ({ value }),
    );
    expect(pieces).toEqual([
      { text: '“' },
      { value: '<b>Acme</b>' },
      { text: '” is not in the Clients tab. Pick a client from the list.' },
    ]);
  });

  it('joins sentences with a space, in Japanese with nothing', () => {
    const says = [{ key: 'taskNoClient' as const }, { key: 'taskNoDate' as const }];
    expect(sayText(says, 'en')).toMatch(/list\. The task/);
    expect(sayText(says, 'ja')).toMatch(/。[^\s]/);
  });

  it('a refused action carries its sentences, its message in English', () => {
    const error = new ProblemError([{ key: 'tabGone', values: { tab: 'Tasks' } }]);
    expect(error.message).toBe('There is no Tasks tab any more.');
    expect(sayText(error.says, 'nb')).not.toBe(error.message);
  });

  it('every diagnostic of a spoilt sheet is said in every language', () => {
    const t = readTracker(
      {
        Clients: [
          ['Client', 'Language', 'Currency', 'Hourly rate', 'Payment terms (days)'],
          ['Acme', 'de', 'euro', 'abc', 2.5],
          ['Acme', '', '', '', ''],
        ],
        Tasks: [
          ['Date', 'Client', 'Task', 'Goal', 'Mark', 'Hours'],
          ['31/10/2026', 'Nobody', 'x', '', 'C', 'two'],
        ],
        Settings: [
          ['Setting', 'Value'],
          ['Reminder days', '14, 7, 1'],
        ],
      },
      'Europe/Oslo',
    );
    expect(t.diagnostics.length).toBeGreaterThanOrEqual(8);
    for (const d of t.diagnostics)
      for (const language of LANGUAGES) {
        const said = sayText(d.says, language);
        expect(said).not.toMatch(/\{\w+\}|undefined/);
        if (language !== 'en') expect(said, `${language}: ${d.message}`).not.toBe(d.message);
      }
  });
});
