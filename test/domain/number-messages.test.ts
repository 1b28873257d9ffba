// Number columns holding text that names a number (NaN, Infinity, 1e309) or a number of the wrong
// kind: the message says what was found, quoted as text only when it is text, and what is expected.

import { sayText } from '../../src/domain/problems/render';
import { describe, expect, it } from 'vitest';
import { readNumber } from '../../src/domain/cells';
import { readTracker } from '../../src/domain/read-tracker';

const CLIENTS = [
  ['Client', 'Hourly rate', 'Payment terms (days)'],
  ['Acme', 100, 14],
];

function clientMessages(rate: unknown, terms: unknown): string[] {
  const t = readTracker(
    {
      Clients: [CLIENTS[0]!, ['Acme', rate, terms]],
      Settings: [['Setting', 'Value']],
    },
    'Europe/Oslo',
  );
  return t.diagnostics.map((d) => `${d.column}: ${d.message}`);
}

describe('messages on number columns', () => {
  it('quotes text as text and says a number is expected', () => {
    for (const text of ['NaN', 'Infinity', '-Infinity', '1e309', 'twelve']) {
      const parsed = readNumber(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok)
        expect(sayText(parsed.says, 'en')).toBe(
          `The text “${text}” is not a number. Type digits such as 12.5.`,
        );
    }
  });

  it('never quotes a number as if it were text', () => {
    const parsed = readNumber(Number.POSITIVE_INFINITY);
    expect(parsed.ok ? '' : sayText(parsed.says, 'en')).toBe(
      'The cell holds Infinity, which is not a usable number. Type digits such as 12.5.',
    );
    const nan = readNumber(Number.NaN);
    expect(nan.ok ? '' : sayText(nan.says, 'en')).toBe(
      'The cell holds NaN (not a number). Type digits such as 12.5.',
    );
    const [terms] = clientMessages(100, 2.5);
    expect(terms).toBe('Payment terms (days): 2.5 is not a whole number of days. 14 days are used.');
    expect(terms).not.toMatch(/“/);
  });

  it('keeps composed messages one readable sentence', () => {
    const [rate, terms] = clientMessages('NaN', '1e309');
    expect(rate).toBe(
      'Hourly rate: The text “NaN” is not a number. Type digits such as 12.5. Costs are left out of reports until the rate is fixed.',
    );
    expect(terms).toBe(
      'Payment terms (days): The text “1e309” is not a number. Type whole days such as 30. 14 days are used.',
    );
  });

  it('says what a reminder stage must be', () => {
    const t = readTracker(
      {
        Clients: CLIENTS,
        Invoices: [
          ['Invoice', 'Client', 'Issued', 'Amount', 'Reminder stage', 'Last reminder'],
          ['1', 'Acme', '2026-10-01', 100, 'NaN', ''],
          ['2', 'Acme', '2026-10-01', 100, 1.5, ''],
        ],
        Settings: [['Setting', 'Value']],
      },
      'Europe/Oslo',
    );
    expect(t.diagnostics.map((d) => d.message)).toEqual([
      'The text “NaN” is not a number. The reminder stage is a whole number from 0 to 3. Clear it to start over.',
      '1.5 is not a whole number. The reminder stage is a whole number from 0 to 3. Clear it to start over.',
    ]);
  });
});
