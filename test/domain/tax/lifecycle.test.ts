// Issued means fixed: remade only until sent, credited in full afterwards, reminders only for sent invoices.

import { describe, expect, it } from 'vitest';
import type { TaxTotals } from '../../../src/domain/tax/compute';
import {
  creditRefusal,
  invoiceState,
  mayCredit,
  mayRemake,
  mayRemind,
  planCreditNote,
} from '../../../src/domain/tax/lifecycle';

const draft = { sentOn: null, creditedBy: null, withdrawn: false };
const sent = { ...draft, sentOn: '2026-11-30' };
const credited = { ...sent, creditedBy: 'CN-2026-0001' };
const withdrawn = { ...draft, withdrawn: true };

const totals: TaxTotals = {
  netMinor: 1891250,
  perRate: [{ rate: 25, category: 'S', baseMinor: 1891250, vatMinor: 472813 }],
  vatMinor: 472813,
  totalMinor: 2364063,
  local: null,
};

describe('invoice states', () => {
  it('draft until sent; credited and withdrawn win over sent', () => {
    expect([draft, sent, credited, withdrawn].map(invoiceState)).toEqual([
      'draft',
      'sent',
      'credited',
      'withdrawn',
    ]);
  });

  it('only a draft may be made again; only a sent invoice may be credited or reminded', () => {
    expect([draft, sent, credited, withdrawn].map(mayRemake)).toEqual([true, false, false, false]);
    expect([draft, sent, credited, withdrawn].map(mayCredit)).toEqual([false, true, false, false]);
    expect([draft, sent, credited, withdrawn].map(mayRemind)).toEqual([false, true, false, false]);
    expect([draft, sent, credited, withdrawn].map(creditRefusal)).toEqual([
      'not-sent',
      null,
      'already-credited',
      'withdrawn',
    ]);
  });
});

describe('credit notes', () => {
  const series = {
    pattern: '',
    counter: null,
    startSetting: null,
    issued: '2026-12-07',
    clientCode: 'ACME',
    taken: ['2026-0042'],
  };

  it('take the next number of their own series, cite the invoice by number and date, credit it in full', () => {
    const r = planCreditNote({
      invoice: { number: '2026-0042', issued: '2026-11-30', totals, status: sent },
      series,
    });
    expect(r).toEqual({
      ok: true,
      nextCounter: 2,
      plan: {
        number: 'CN-2026-0001',
        issued: '2026-12-07',
        invoice: { number: '2026-0042', issued: '2026-11-30' },
        totals: {
          netMinor: -1891250,
          perRate: [{ rate: 25, category: 'S', baseMinor: -1891250, vatMinor: -472813 }],
          vatMinor: -472813,
          totalMinor: -2364063,
          local: null,
        },
      },
    });
  });

  it('continue their series and are refused for an invoice not sent or already credited', () => {
    const next = planCreditNote({
      invoice: { number: '2026-0043', issued: '2026-11-30', totals, status: sent },
      series: { ...series, counter: 2, taken: ['CN-2026-0001'] },
    });
    expect(next.ok && next.plan.number).toBe('CN-2026-0002');
    expect(
      planCreditNote({ invoice: { number: 'X', issued: '2026-11-30', totals, status: draft }, series }),
    ).toEqual({
      ok: false,
      refusal: 'not-sent',
    });
    expect(
      planCreditNote({ invoice: { number: 'X', issued: '2026-11-30', totals, status: credited }, series }),
    ).toEqual({ ok: false, refusal: 'already-credited' });
  });
});
