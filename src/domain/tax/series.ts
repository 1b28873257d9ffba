// One number series for all clients. The number comes from ONE counter that the add-on keeps where a user
// cannot overwrite it by typing (document properties, through an adapter); the Invoices tab is the
// cross-check: a number, or a counter value, already in it is never issued again. The counter never
// resets: 2026-0042 is followed by 2027-0043, as Dolibarr and Harvest roll years [P4, P5].
// Why: Norway rejects numbering that "can easily be overridden" (UTV 2014/1021) [N3]; Norway, Iceland,
// Israel, the UK and the EU expect a controlled sequence (invoice-law.md §2). Credit notes keep their own
// series [N8]. Pure.

import type { LocalDate } from '../types';

export const DEFAULT_INVOICE_PATTERN = '{YYYY}-{SEQ}';
export const DEFAULT_CREDIT_PATTERN = 'CN-{YYYY}-{SEQ}';
/** Digits the counter is padded to when the pattern says {SEQ} without a width. */
const DEFAULT_WIDTH = 4;

export type PatternProblem =
  /** No {SEQ}: the number would not come from the counter (the old {CLIENT}-{YYYY}-{MM} default). */
  | 'no-counter'
  /** {SEQ} twice. */
  | 'counter-twice'
  /** A {…} the add-on does not fill. */
  | 'unknown-placeholder';

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'year' }
  | { kind: 'month' }
  | { kind: 'client' }
  | { kind: 'seq'; width: number };

export type ParsedPattern =
  | { ok: true; parts: Part[] }
  | { ok: false; problem: PatternProblem; placeholder: string };

export function parsePattern(pattern: string): ParsedPattern {
  const parts: Part[] = [];
  const re = /\{([^{}]*)\}/g;
  let at = 0;
  let seqs = 0;
  for (let m = re.exec(pattern); m; m = re.exec(pattern)) {
    if (m.index > at) parts.push({ kind: 'text', text: pattern.slice(at, m.index) });
    at = m.index + m[0].length;
    const name = m[1]!.trim().toUpperCase();
    const seq = /^SEQ(?::(\d{1,2}))?$/.exec(name);
    if (name === 'YYYY') parts.push({ kind: 'year' });
    else if (name === 'MM') parts.push({ kind: 'month' });
    else if (name === 'CLIENT') parts.push({ kind: 'client' });
    else if (seq) {
      seqs++;
      parts.push({ kind: 'seq', width: seq[1] ? Number(seq[1]) : DEFAULT_WIDTH });
    } else return { ok: false, problem: 'unknown-placeholder', placeholder: m[0] };
  }
  if (at < pattern.length) parts.push({ kind: 'text', text: pattern.slice(at) });
  if (seqs === 0) return { ok: false, problem: 'no-counter', placeholder: '{SEQ}' };
  if (seqs > 1) return { ok: false, problem: 'counter-twice', placeholder: '{SEQ}' };
  return { ok: true, parts };
}

/** The number for counter value `seq`, issued on `issued`, with `clientCode` as a label only. */
export function formatNumber(parts: Part[], seq: number, issued: LocalDate, clientCode: string): string {
  const text = (p: Part): string => {
    if (p.kind === 'text') return p.text.replace(/[\r\n\t]+/g, ' ');
    if (p.kind === 'year') return issued.slice(0, 4);
    if (p.kind === 'month') return issued.slice(5, 7);
    if (p.kind === 'client') return clientCode;
    return String(seq).padStart(p.width, '0');
  };
  return parts.map(text).join('').trim();
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The counter value inside a number made by this pattern, or null for a number of another shape. */
export function counterOf(parts: Part[], number: string): number | null {
  const pattern = (p: Part): string => {
    if (p.kind === 'text') return escapeRe(p.text.replace(/[\r\n\t]+/g, ' '));
    if (p.kind === 'year') return '\\d{4}';
    if (p.kind === 'month') return '\\d{2}';
    if (p.kind === 'client') return '[A-Za-z0-9]*?'; // lazy: the counter's digits stay with {SEQ}
    return '(\\d+)';
  };
  const source = parts.map(pattern).join('');
  const m = new RegExp(`^${source.trim()}$`, 'i').exec(number.trim());
  return m ? Number(m[1]) : null;
}

export interface IssueInput {
  pattern: string;
  /** The counter as stored (the next value to issue), or null before the first number. */
  counter: number | null;
  /** Settings › Next invoice number: the start of the series, used once, before the counter exists. */
  startSetting: number | null;
  issued: LocalDate;
  clientCode: string;
  /** Every number the Invoices tab (and the Tasks tab's marks) already holds, withdrawn ones included. */
  taken: string[];
}

export type IssueNote =
  /** The series started at Settings › Next invoice number. */
  | 'started-from-setting'
  /** No counter and no setting: the series continues after the highest number in the Invoices tab. */
  | 'started-after-register'
  /** The counter pointed at a number already in the Invoices tab (typed by hand, or a lost counter). */
  | 'skipped-taken'
  /** Next invoice number differs from the running counter, which it no longer changes. */
  | 'start-setting-ignored';

export type IssueResult =
  | { ok: true; number: string; seq: number; nextCounter: number; notes: IssueNote[] }
  | { ok: false; problem: PatternProblem; placeholder: string };

/** The next number of the series, never one the register already holds. */
export function issueNumber(input: IssueInput): IssueResult {
  const parsed = parsePattern(input.pattern.trim() || DEFAULT_INVOICE_PATTERN);
  if (!parsed.ok) return parsed;
  const { parts } = parsed;
  const notes: IssueNote[] = [];
  const takenText = new Set(input.taken.map((n) => n.trim().toLowerCase()));
  const takenSeq = new Set<number>();
  for (const n of input.taken) {
    const seq = counterOf(parts, n);
    if (seq !== null) takenSeq.add(seq);
  }
  let seq: number;
  if (input.counter !== null) {
    seq = input.counter;
    if (input.startSetting !== null && input.startSetting !== input.counter)
      notes.push('start-setting-ignored');
  } else if (input.startSetting !== null) {
    seq = input.startSetting;
    notes.push('started-from-setting');
  } else if (takenSeq.size > 0) {
    seq = Math.max(...takenSeq) + 1;
    notes.push('started-after-register');
  } else seq = 1;
  seq = Math.max(1, Math.floor(seq));
  let number = formatNumber(parts, seq, input.issued, input.clientCode);
  // Each pass skips one taken value, so this ends within taken.length + 1 passes.
  while (takenSeq.has(seq) || takenText.has(number.toLowerCase())) {
    if (!notes.includes('skipped-taken')) notes.push('skipped-taken');
    seq++;
    number = formatNumber(parts, seq, input.issued, input.clientCode);
  }
  return { ok: true, number, seq, nextCounter: seq + 1, notes };
}
