// The self-test's pure parts: the group runner (statuses, clean-up), rule formulas moved to other
// rows and tabs, reading back base64, UTF-8 and encoded-word headers, and the tiny PDF.

import { describe, expect, it } from 'vitest';
import { buildMime, encodeHeaderText } from '../../src/domain/mail/mime';
import { type CheckGroup, Skip, runGroup, runGroups } from '../../src/selftest/check';
import { selfTestChecks } from '../../src/selftest';
import { SELF_TEST_IDS } from '../../src/domain/selftest-ids';
import { contentOf, decodeHeader, fromBase64, fromUtf8, headerOf, textOf } from '../../src/selftest/decode';
import { EXPECTED_FLAGS, freshFlagRules, retarget, shiftRows } from '../../src/selftest/flag-fixture';
import { scratchFormula } from '../../src/selftest/sheet';
import { tinyPdfBytes } from '../../src/selftest/tiny-pdf';
import { pdfText } from '../support/pdf-text';

const checks = ['a', 'b', 'c', 'd'].map((id) => ({ id, title: `Check ${id}` }));

describe('runGroup', () => {
  it('reports passed with the detail, failed with the error, skipped with why; unreached ones too', () => {
    const group: CheckGroup = {
      name: 'g',
      checks,
      run(t) {
        t.check('a', () => 'fine');
        t.check('b', () => {
          throw new Error('broke');
        });
        t.check('c', () => {
          throw new Skip('not here');
        });
      },
    };
    expect(runGroup(group).map((i) => [i.id, i.status, i.detail])).toEqual([
      ['a', 'passed', 'fine'],
      ['b', 'failed', 'broke'],
      ['c', 'skipped', 'not here'],
      ['d', 'skipped', 'not reached'],
    ]);
  });

  it('runs every clean-up, last first, when the group throws, and fails the rest with the reason', () => {
    const undone: string[] = [];
    const group: CheckGroup = {
      name: 'Scratch',
      checks,
      run(t) {
        t.cleanup('a', () => undone.push('first'));
        t.check('a', () => 'made');
        t.cleanup('b', () => {
          undone.push('second');
          throw new Error('still there');
        });
        throw new Error('outage');
      },
    };
    const items = runGroup(group);
    expect(undone).toEqual(['second', 'first']);
    expect(items.map((i) => [i.id, i.status, i.detail])).toEqual([
      ['a', 'passed', 'made'],
      ['b', 'failed', 'clean-up failed: still there'],
      ['c', 'failed', 'the Scratch group stopped: outage'],
      ['d', 'failed', 'the Scratch group stopped: outage'],
    ]);
  });

  it('skips groups not started within the time budget', () => {
    let clock = 0;
    const slow: CheckGroup = {
      name: 'slow',
      checks: [checks[0]!],
      run(t) {
        clock += 5000;
        t.check('a', () => 'ok');
      },
    };
    const later: CheckGroup = { name: 'later', checks: [checks[1]!], run: (t) => t.check('b', () => 'ok') };
    const items = runGroups([slow, later], { now: () => clock, budgetMs: 1000 });
    expect(items.map((i) => i.status)).toEqual(['passed', 'skipped']);
    expect(items[1]!.detail).toMatch(/not started: 1 s/);
  });
});

describe('flag formulas on scratch rows', () => {
  it('moves relative rows only, never text, absolute rows or function names', () => {
    expect(shiftRows('=AND(N("fvt:x2")=0,$A2<>"",SUMPRODUCT(--($A$2:$A=$A2))>1,LOG10(B2))', 3)).toBe(
      '=AND(N("fvt:x2")=0,$A5<>"",SUMPRODUCT(--($A$2:$A=$A5))>1,LOG10(B5))',
    );
    expect(shiftRows('=INDIRECT("\'Goals\'!B2:B")=$C2+14', 0)).toBe('=INDIRECT("\'Goals\'!B2:B")=$C2+14');
  });

  it('points INDIRECT at the scratch copies of the tabs', () => {
    expect(retarget('=SUM(INDIRECT("\'Goals\'!B2:B"))', { Goals: 'FVT self-test x Goals' })).toBe(
      '=SUM(INDIRECT("\'FVT self-test x Goals\'!B2:B"))',
    );
  });

  it('refuses a formula that would still read a user’s tab after the move', () => {
    const names = { Goals: 'FVT self-test x Goals', Clients: 'FVT self-test x Clients' };
    expect(scratchFormula('=COUNTIF(INDIRECT("\'Goals\'!A:A"),$B2)', names, 1)).toBe(
      '=COUNTIF(INDIRECT("\'FVT self-test x Goals\'!A:A"),$B3)',
    );
    expect(() => scratchFormula('=COUNTIF(Goals!A:A,$B2)', names, 0)).toThrow(/refers to the Goals tab/);
    expect(() => scratchFormula("=COUNTIF('Clients'!A:A,$B2)", names, 0)).toThrow(
      /refers to the Clients tab/,
    );
  });

  it('expects rows for every flag setup writes, and only those', () => {
    expect(
      freshFlagRules()
        .map((r) => r.id)
        .sort(),
    ).toEqual(Object.keys(EXPECTED_FLAGS).sort());
  });
});

describe('reading back', () => {
  it('decodes base64 of either alphabet, with or without padding, and UTF-8', () => {
    const text = 'Self-test 請求書 חשבונית ÞÆÐ 😀';
    const b64 = Buffer.from(text, 'utf8').toString('base64');
    expect(fromUtf8(fromBase64(b64))).toBe(text);
    expect(fromUtf8(fromBase64(Buffer.from(text, 'utf8').toString('base64url')))).toBe(text);
    expect(() => fromBase64('ab$c')).toThrow(/not base64/);
    expect(fromUtf8([0xff, 0x41])).toBe('\ufffdA');
  });

  it('decodes the subject the MIME builder wrote, folded over several encoded words', () => {
    const subject = 'Self-test 請求書 חשבונית reikningur ÞÆÐ '.repeat(3).trim();
    const raw = buildMime({ to: 'a@example.com', subject, text: 'x', html: '<p>x</p>', date: new Date(0) });
    expect(headerOf(raw, 'Subject')).toBe(subject);
    expect(headerOf(raw.replace(/\r\n/g, '\n'), 'Subject')).toBe(subject);
    expect(headerOf(raw, 'X-Missing')).toBeNull();
    expect(decodeHeader(encodeHeaderText('Þú'))).toBe('Þú');
    expect(decodeHeader('=?utf-8?Q?=C3=9E=C3=BA_b?=')).toBe('Þú b');
  });

  it('names the form content came in and keeps bytes only where they can be binary', () => {
    expect(contentOf('abc')).toMatchObject({ form: 'string', bytes: null });
    expect(contentOf([37, -1]).bytes).toEqual(Uint8Array.from([37, 255]));
    expect(contentOf({ getBytes: () => [80] }).form).toBe('Blob');
    expect(contentOf({ x: 1 }).form).toBe('other');
    expect(textOf([0xc3, 0x9e])).toEqual({ form: 'byte array', text: 'Þ' });
  });
});

describe('tinyPdf', () => {
  it('is a PDF an independent reader opens, holding its line', async () => {
    const text = await pdfText(tinyPdfBytes('Freelance Value Tracker (self-test) 請'));
    expect(text.trim()).toBe('Freelance Value Tracker (self-test) ?');
  });
});

describe('self-test ids', () => {
  it('the sidebar’s list of ids is the checks’ own, in report order', () => {
    expect(selfTestChecks().map((c) => c.id)).toEqual([...SELF_TEST_IDS]);
  });
});
