// The days of rows left out of the tracker, read from the Tasks tab as the user wrote them.

import { describe, expect, it } from 'vitest';
import { leftOutDates } from '../../../src/domain/month-end/left-out-dates';
import { readTracker } from '../../../src/domain/read-tracker';
import { tabSpec } from '../../../src/domain/tabs';
import { startOfLocalDate } from '../../../src/domain/dates';

const TZ = 'Europe/Oslo';
const headers = tabSpec('Tasks').columns.map((c) => c.header);
const row = (cells: Record<string, unknown>) => headers.map((h) => cells[h] ?? '');

describe('left-out rows’ days', () => {
  it('finds the day of each Tasks row left out, wherever the Date column is', () => {
    const raw = {
      Clients: [
        tabSpec('Clients').columns.map((c) => c.header),
        tabSpec('Clients').columns.map(
          (c) =>
            ({
              client: 'Acme',
              email: 'a@acme.example',
              language: 'en',
              currency: 'EUR',
              hourlyRate: 90,
              status: 'active',
            })[c.key as 'client'] ?? '',
        ),
      ],
      Tasks: [
        ['Notes above the table'],
        headers,
        row({ Date: startOfLocalDate('2026-11-03', TZ), Client: 'Acme', Task: 'No goal, no mark', Hours: 1 }),
        row({ Date: startOfLocalDate('2026-10-30', TZ), Client: 'Acme', Task: 'Fine', Mark: 'A', Hours: 1 }),
        row({ Date: '', Client: 'Acme', Task: 'No date either', Hours: 1 }),
      ],
    };
    const tracker = readTracker(raw, TZ);
    const rows = tracker.diagnostics
      .filter((d) => d.sheet === 'Tasks' && d.severity === 'error')
      .map((d) => d.row);
    expect(rows).toContain(3);
    expect(rows).toContain(5);
    expect([...leftOutDates(raw, tracker, TZ)]).toEqual([[3, '2026-11-03']]);
  });

  it('nothing to read: no tab, no header, no Date column', () => {
    const tracker = readTracker({}, TZ);
    expect(leftOutDates({}, tracker, TZ).size).toBe(0);
    expect(leftOutDates({ Tasks: [['nothing']] }, tracker, TZ).size).toBe(0);
  });
});
