// Remade under its number until sent; refused once the client has it; a new number otherwise.

import { describe, expect, it } from 'vitest';
import { decideNumber, type EarlierInvoice } from '../../../src/domain/tax/decide-number';
import type { IssueInput } from '../../../src/domain/tax/series';

const issue: IssueInput = {
  pattern: '{YYYY}-{SEQ}',
  counter: 43,
  startSetting: null,
  issued: '2026-12-01',
  clientCode: 'ACME',
  taken: ['2026-0042'],
};
const earlier = (
  over: Partial<EarlierInvoice> & { sentOn?: string | null; creditedBy?: string | null; withdrawn?: boolean },
): EarlierInvoice => ({
  number: '2026-0042',
  paid: over.paid ?? false,
  reminderStage: over.reminderStage ?? 0,
  status: {
    sentOn: over.sentOn ?? null,
    creditedBy: over.creditedBy ?? null,
    withdrawn: over.withdrawn ?? false,
  },
});

describe('which number', () => {
  it('a first invoice takes the next number of the series', () => {
    expect(decideNumber(null, issue)).toEqual({
      kind: 'new',
      number: '2026-0043',
      nextCounter: 44,
      notes: [],
    });
  });

  it('a draft (not sent) is made again under its own number', () => {
    expect(decideNumber(earlier({}), issue)).toEqual({ kind: 'remake', number: '2026-0042' });
  });

  it('once sent, paid or chased it is refused: only a credit note corrects it', () => {
    expect(decideNumber(earlier({ sentOn: '2026-12-01' }), issue)).toMatchObject({
      kind: 'refuse',
      reason: 'sent',
    });
    expect(decideNumber(earlier({ paid: true }), issue)).toMatchObject({ kind: 'refuse', reason: 'paid' });
    expect(decideNumber(earlier({ reminderStage: 1 }), issue)).toMatchObject({
      kind: 'refuse',
      reason: 'chased',
    });
  });

  it('after a credit note, or a withdrawal, the work is invoiced under a new number', () => {
    expect(decideNumber(earlier({ sentOn: '2026-12-01', creditedBy: 'CN-2026-0001' }), issue)).toMatchObject({
      kind: 'new',
      number: '2026-0043',
    });
    expect(decideNumber(earlier({ withdrawn: true }), issue)).toMatchObject({
      kind: 'new',
      number: '2026-0043',
    });
  });

  it('a pattern without a counter is refused naming {SEQ}', () => {
    expect(decideNumber(null, { ...issue, pattern: '{CLIENT}-{YYYY}-{MM}' })).toEqual({
      kind: 'pattern',
      problem: 'no-counter',
      placeholder: '{SEQ}',
    });
  });
});
