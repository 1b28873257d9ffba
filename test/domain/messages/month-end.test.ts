// The words of Close the month and the morning reminders: in every language the same values as in
// English, the plural forms each language has, and a cover email found again by its subject.

import { describe, expect, it } from 'vitest';
import { coverSubjects, coverWords } from '../../../src/domain/month-end/cover-mail';
import { renderIn } from '../../../src/domain/messages/client';
import { insertedValues } from '../../../src/domain/messages/core/msg';
import { LANGUAGES, LOCALES } from '../../../src/domain/messages/languages';
import { UI_WORDS } from '../../../src/domain/messages/ui';

type Entry = string | Record<string, string>;

/** Every sidebar line as [path, entry], walked from the catalogue. */
function lines(tree: unknown, path = ''): [string, Entry][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (Array.isArray(tree)) return tree.map((t, i) => [`${path}.${i}`, t as string]);
  const obj = tree as Record<string, unknown>;
  if ('other' in obj && typeof obj.other === 'string') return [[path, obj as Record<string, string>]];
  return Object.entries(obj).flatMap(([k, v]) => lines(v, path ? `${path}.${k}` : k));
}

const placeholders = (entry: Entry) =>
  new Set(
    (typeof entry === 'string' ? [entry] : Object.values(entry)).flatMap((s) =>
      [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
    ),
  );

describe('month-end words', () => {
  const english = new Map(lines(UI_WORDS.en.monthEnd));

  for (const language of LANGUAGES) {
    it(`${language}: every line English has, using only the values English gives it, with this language’s plural forms`, () => {
      const mine = lines(UI_WORDS[language].monthEnd);
      expect(mine.map(([p]) => p).sort()).toEqual([...english.keys()].sort());
      const categories = new Set(new Intl.PluralRules(LOCALES[language]).resolvedOptions().pluralCategories);
      for (const [path, entry] of mine) {
        for (const name of placeholders(entry))
          expect(placeholders(english.get(path)!), `${language} ${path}`).toContain(name);
        if (typeof entry !== 'string')
          for (const category of Object.keys(entry))
            expect(categories, `${language} ${path}`).toContain(category);
        const text = typeof entry === 'string' ? entry : (entry.other ?? '');
        expect(text.trim(), `${language} ${path}`).not.toBe('');
      }
    });
  }

  it('the cover email’s subject differs per language, fits one header line, and keeps its values isolated in Hebrew', () => {
    const subjects = coverSubjects('2026-11');
    expect(new Set(subjects.slice(0, LANGUAGES.length)).size).toBe(LANGUAGES.length);
    // Then the subjects of a demand for payment where a language names it otherwise.
    expect(subjects.slice(LANGUAGES.length)).toEqual([
      'Report and pro forma invoice for November 2026',
      'Rapport og betalingsanmodning for november 2026',
      'Skýrsla og greiðslubeiðni fyrir nóvember 2026',
      'דוח וחשבון עסקה לחודש \u2068נובמבר 2026\u2069',
    ]);
    for (const s of subjects) expect(s).not.toMatch(/[\r\n]/);
    expect(subjects[LANGUAGES.indexOf('he')]).toContain('\u2068');
    expect(subjects[LANGUAGES.indexOf('en')]).toBe('Report and invoice for November 2026');
  });

  it('the cover email names the invoice, its amount and due day in the client’s language', () => {
    const words = coverWords('nb', '2026-11', {
      invoice: '2026-0042',
      amount: '18 912,50 kr',
      due: '2026-12-15',
    });
    const text = words.paragraphs.map((p) => renderIn('nb', p)).join('\n');
    expect(text).toContain('Faktura 2026-0042 lyder på 18 912,50 kr, med forfall 15. desember 2026.');
    expect(insertedValues(words.paragraphs[1]!)).toEqual(['2026-0042', '18 912,50 kr', '15. desember 2026']);
    const he = coverWords('he', '2026-11', { invoice: 'INV-7', amount: '₪ 1,000', due: '2026-12-15' });
    expect(renderIn('he', he.paragraphs[1]!)).toContain('\u2068INV-7\u2069');
  });
});
