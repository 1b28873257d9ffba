// A tracking sheet for the tab reader's tests: the headers are the tab specs' own (the first columns
// of each, the layout before the optional columns were added, which the reader must still accept).

import type { RawTabs, readTracker } from '../../src/domain/read-tracker';
import { CLIENTS, GOALS, INVOICES, SETTING_ROWS, TASKS, type TabSpec } from '../../src/domain/tabs';
import type { Diagnostic } from '../../src/domain/types';

/** The first `count` headers of a tab as setup writes them. */
export function headers(spec: TabSpec, count: number): string[] {
  return spec.columns.slice(0, count).map((c) => c.header);
}

export const OSLO = 'Europe/Oslo';
/** Midnight in Oslo, as Sheets stores a date-only cell there. */
export const day = (iso: string) => new Date(`${iso}T00:00:00+01:00`);

export const CLIENT_HEADER = headers(CLIENTS, 13);
export const GOAL_HEADER = headers(GOALS, 9);
export const TASK_HEADER = headers(TASKS, 11);
export const INVOICE_HEADER = headers(INVOICES, 11);

/** A realistic tracking sheet as getValues() returns it, every tab filled; each call a fresh copy. */
export function sheet(): RawTabs {
  return {
    Settings: [['Setting', 'Value'], ...SETTING_ROWS.map((s) => [s.name, s.defaultValue])],
    Clients: [
      CLIENT_HEADER,
      [
        'Fjord Bakery',
        'Kari Nordmann',
        'kari@fjord.example',
        'nb',
        'NOK',
        950,
        30,
        'monthly',
        'Europe/Oslo',
        'active',
        'Met at a fair',
        '',
        '',
      ],
      [
        'Hekla Tours',
        'Jón',
        'jon@hekla.example',
        'is',
        'ISK',
        14000,
        '',
        'fortnightly',
        'Atlantic/Reykjavik',
        'active',
        '',
        16000,
        day('2026-12-01'),
      ],
      [
        'Sakura Design',
        '佐藤',
        'sato@sakura.example',
        'ja',
        'JPY',
        9000,
        14,
        'none',
        'Asia/Tokyo',
        'paused',
        '',
        '',
        '',
      ],
    ],
    Goals: [
      GOAL_HEADER,
      [
        'Fjord Bakery',
        '500 new email subscribers',
        1,
        500,
        'subscribers',
        120,
        310,
        day('2026-12-31'),
        'open',
      ],
      ['Fjord Bakery', 'Online orders up 20%', 2, 20, '%', 0, 5, '', 'open'],
      ['Hekla Tours', 'Bookings from Germany', 1, 40, 'bookings', 10, 18, '', 'open'],
    ],
    Tasks: [
      TASK_HEADER,
      [
        day('2026-10-01'),
        'Fjord Bakery',
        'Newsletter signup form',
        '500 new email subscribers',
        '',
        3.5,
        '+40 signups',
        'More subscribers',
        true,
        day('2026-10-02'),
        day('2026-10-01'),
      ],
      [
        day('2026-10-02'),
        'Fjord Bakery',
        'Fix broken checkout',
        '',
        'A',
        2,
        'Checkout works',
        'No lost orders',
        true,
        '',
        '',
      ],
      [
        day('2026-10-03'),
        'Hekla Tours',
        'German landing page',
        'Bookings from Germany',
        '',
        5,
        '',
        '',
        false,
        '',
        '',
      ],
      [day('2026-10-04'), 'Sakura Design', 'Tidy drive', '', 'b', 0.5, '', '', '', '', ''],
    ],
    Invoices: [
      INVOICE_HEADER,
      [
        '2026-001',
        'Fjord Bakery',
        day('2026-10-01'),
        12000,
        'NOK',
        '',
        '',
        'https://drive.google.com/file/d/x',
        0,
        '',
        '',
      ],
      ['2026-002', 'Hekla Tours', day('2026-10-05'), 300000, '', '', day('2026-10-10'), '', '', '', ''],
      [
        '2026-003',
        'Sakura Design',
        day('2026-10-06'),
        90000,
        'JPY',
        day('2026-11-30'),
        '',
        '',
        1,
        day('2026-12-01'),
        '',
      ],
    ],
  };
}

export const about = (t: ReturnType<typeof readTracker>, sheetName: string, row?: number) =>
  plain(t.diagnostics.filter((d) => d.sheet === sheetName && (row === undefined || d.row === row)));
/** Diagnostics as their English text: `says` is what that text is made from (problems.test.ts). */
export const plain = (diagnostics: Diagnostic[]) => diagnostics.map(({ says: _says, ...d }) => d);
