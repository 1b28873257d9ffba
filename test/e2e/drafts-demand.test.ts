// An Israeli seller through the built bundle: its document is a demand for payment (חשבון עסקה), so
// the Hebrew client's payment reminder names it so and never calls it a חשבונית (a tax invoice the
// seller may not issue outside registered software); the English client's calls it a pro forma invoice, as its title does.
// Each draft is read back by an independent mail parser.

import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../runtime/runtime';
import type { DraftsResult } from '../../src/server-api';
import { sampleRuntime } from '../support/runtime';

function setSetting(runtime: Runtime, name: string, value: string): void {
  const sheet = runtime.spreadsheet.getSheetByName('Settings')!;
  const row = sheet
    .getDataRange()
    .getValues()
    .findIndex((r) => r[0] === name);
  expect(row).toBeGreaterThan(0);
  sheet.getRange(row + 1, 2).setValue(value);
}

describe('a payment reminder from an Israeli seller', () => {
  it('calls the Hebrew client’s document חשבון עסקה, in the subject and the text, and never חשבונית', async () => {
    const runtime = await sampleRuntime();
    setSetting(runtime, 'Business country', 'IL');
    const result = runtime.run<DraftsResult>('createDrafts', { kinds: ['payment'] });
    expect(result.drafts).toHaveLength(4);
    const raw = runtime.gmail.rawOf(result.drafts.find((d) => d.invoice === 'INV-1007')!.draftId);
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe('תזכורת אחרונה: חשבון עסקה \u2068INV-1007\u2069');
    const text = (mail.text ?? '').replace(/[\u2068\u2069]/g, '');
    expect(text).toContain('זו תזכורת אחרונה בנוגע לחשבון עסקה INV-1007 על סך');
    expect(text).toContain('שמועד התשלום שלו היה');
    expect(text).toContain('אם חשבון העסקה לא הגיע אליכם או שיש בו בעיה');
    for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toContain('חשבונית');
    expect(mail.html).toContain('dir="rtl"');

    // The English client's reminder from the same seller names the pro forma invoice, as its title does.
    const english = await simpleParser(
      runtime.gmail.rawOf(result.drafts.find((d) => d.invoice === 'INV-1005')!.draftId),
    );
    expect(english.subject).toBe('Friendly reminder: pro forma invoice INV-1005');
    expect(english.text).toMatch(/confirm that you received the pro forma invoice/);
    // Every "invoice" is a pro forma one (the sample's pasted Drive link aside).
    const plain = english.text?.replace(/https:\S+/g, '') ?? '';
    expect(plain.replace(/pro forma invoice/gi, '')).not.toMatch(/invoice/i);
  });
});
