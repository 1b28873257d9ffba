// The Clients tab.

import { describe, expect, it } from 'vitest';
import { readTracker } from '../../../src/domain/read-tracker';
import { OSLO, about, sheet } from '../../support/tracker-sheet';

describe('clients', () => {
  it('refuses duplicate client names, ignoring case, and a row with no name', () => {
    const raw = sheet();
    raw.Clients!.push(
      ['FJORD BAKERY', '', '', '', '', '', '', '', '', '', '', '', ''],
      ['', 'Somebody', '', '', '', '', '', '', '', '', '', '', ''],
    );
    const t = readTracker(raw, OSLO);
    expect(t.clients).toHaveLength(3);
    expect(about(t, 'Clients')).toEqual([
      {
        sheet: 'Clients',
        row: 5,
        column: 'Client',
        message:
          '“FJORD BAKERY” is already in row 2. Client names must be unique: rename or delete this row.',
        severity: 'error',
        client: 'FJORD BAKERY',
      },
      {
        sheet: 'Clients',
        row: 6,
        column: 'Client',
        message: 'The row has no client name. Type the client’s name, or clear the row.',
        severity: 'error',
      },
    ]);
  });

  it('keeps a client with bad optional fields, with warnings that carry the client and say what is used', () => {
    const raw = sheet();
    raw.Clients![1] = [
      'Fjord Bakery',
      '',
      '',
      'de',
      'KRONER',
      '950 kr',
      7.5,
      'daily',
      'Oslo',
      'gone',
      '',
      '#N/A',
      'soon',
    ];
    const t = readTracker(raw, OSLO);
    expect(t.clients[0]).toMatchObject({
      name: 'Fjord Bakery',
      language: '',
      currency: 'EUR',
      hourlyRate: null,
      paymentTermsDays: 14,
      cadence: 'none',
      status: 'active',
      newRate: null,
      newRateFrom: null,
    });
    const d = about(t, 'Clients', 2);
    expect(d.map((x) => x.column)).toEqual([
      'Language',
      'Currency',
      'Hourly rate',
      'Payment terms (days)',
      'Update cadence',
      'Status',
      'Time zone',
      'New hourly rate',
      'New rate from',
    ]);
    expect(d.every((x) => x.severity === 'warning' && x.client === 'Fjord Bakery')).toBe(true);
    expect(d[0]!.message).toBe(
      '“de” is not one of en, nb, is, he, ja. en (Settings › Default language) is used.',
    );
    expect(d[3]!.message).toBe('7.5 is not a whole number of days. 14 days are used.');
  });
});
