// The Settings tab and the score weights.

import { describe, expect, it } from 'vitest';
import { readTracker } from '../../../src/domain/read-tracker';
import { parseWeights } from '../../../src/domain/read-tracker/settings';
import { SETTING_ROWS } from '../../../src/domain/tabs';
import { OSLO, plain, sheet } from '../../support/tracker-sheet';

describe('settings', () => {
  const withSetting = (name: string, value: unknown) => {
    const raw = sheet();
    const line = raw.Settings!.find((l) => l[0] === name)!;
    line[1] = value;
    return readTracker(raw, OSLO);
  };

  it('reads reminder days, also when Sheets gives a number', () => {
    expect(withSetting('Reminder days', '1, 7, 14').settings.reminderDays).toEqual([1, 7, 14]);
    expect(withSetting('Reminder days', '3;10 ; 30').settings.reminderDays).toEqual([3, 10, 30]);
    expect(withSetting('Reminder days', 5).settings.reminderDays).toEqual([5]);
  });

  it('warns about bad reminder days and falls back to 1, 7, 14', () => {
    for (const bad of ['14, 7, 1', 'one, two', '1, 1.5, 3', '-1, 3', '1, 1, 2']) {
      const t = withSetting('Reminder days', bad);
      expect(t.settings.reminderDays, bad).toEqual([1, 7, 14]);
      const row = 2 + SETTING_ROWS.findIndex((s) => s.key === 'reminderDays');
      expect(plain(t.diagnostics), bad).toEqual([
        {
          sheet: 'Settings',
          row,
          column: 'Value',
          message: expect.stringMatching(
            /^Reminder days: .* should be whole days after the due date in rising order/,
          ),
          severity: 'warning',
        },
      ]);
    }
  });

  it('reads score weights in any order and case', () => {
    expect(withSetting('Score weights', 'goal 1, A 0.5, B 0').settings.scoreWeights).toEqual({
      goal: 1,
      a: 0.5,
      b: 0,
    });
    expect(withSetting('Score weights', 'b: 0.2; a=0.7, GOAL 1').settings.scoreWeights).toEqual({
      goal: 1,
      a: 0.7,
      b: 0.2,
    });
  });

  it('warns about bad score weights and uses the default', () => {
    for (const bad of ['goal 1, A 0.5', 'goal 0, A 0, B 0', 'goal one, A 1, B 0', 'goal -1, A 1, B 0']) {
      const t = withSetting('Score weights', bad);
      expect(t.settings.scoreWeights, bad).toEqual({ goal: 1, a: 1, b: 0 });
      expect(
        t.diagnostics.map((d) => [d.sheet, d.severity, d.message.startsWith('Score weights:')]),
        bad,
      ).toEqual([['Settings', 'warning', true]]);
    }
  });

  it('reads language and currency without case and warns about unknown ones', () => {
    expect(withSetting('Default language', 'NB').settings.defaultLanguage).toBe('nb');
    expect(withSetting('Default currency', 'nok').settings.defaultCurrency).toBe('NOK');
    const badLang = withSetting('Default language', 'de');
    expect(badLang.settings.defaultLanguage).toBe('en');
    expect(badLang.diagnostics).toHaveLength(1);
    const badCurrency = withSetting('Default currency', 'Euro');
    expect(badCurrency.settings.defaultCurrency).toBe('EUR');
    expect(badCurrency.diagnostics[0]).toMatchObject({
      sheet: 'Settings',
      column: 'Value',
      severity: 'warning',
    });
  });

  it('gives clients with no currency the default currency', () => {
    const raw = sheet();
    raw.Settings!.find((l) => l[0] === 'Default currency')![1] = 'NOK';
    raw.Clients![2]![4] = '';
    const t = readTracker(raw, OSLO);
    expect(t.clients[1]!.currency).toBe('NOK');
    expect(t.invoices[1]!.currency).toBe('NOK');
  });

  it('finds settings by name without case or spacing, and keeps the first of a repeated name', () => {
    const t = readTracker(
      {
        Settings: [
          ['Setting', 'Value'],
          ['  your NAME ', 'Ada'],
          ['Your name', 'Bob'],
          ['Report folder', ''],
        ],
      },
      OSLO,
    );
    expect(t.settings.yourName).toBe('Ada');
    expect(t.settings.reportFolder).toBe('Freelance Value Tracker reports');
    expect(t.settings.businessName).toBe('');
    expect(t.diagnostics).toEqual([]);
  });
});

describe('parseWeights', () => {
  it('parseWeights needs all three', () => {
    expect(parseWeights('goal 2, a 1, b 0.5')).toEqual({ goal: 2, a: 1, b: 0.5 });
    expect(parseWeights('goal 2, a 1')).toBeNull();
    expect(parseWeights('')).toBeNull();
  });
});
