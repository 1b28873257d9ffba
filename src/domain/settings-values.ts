// The Settings values that reach clients, read into structures each language words itself: billing
// rhythm, deposit, working hours with their time zone, response time. The Settings tab is written in
// English (the add-on's own language), so these parsers read English; nothing they read is ever
// copied into a client's mail as typed. A value they cannot read leaves its line out of the terms
// email with a warning, rather than stating terms the freelancer did not choose.

import { cut } from './cells';
import { isValidTimeZone } from './dates';
import { type Say, say } from './problems';
import {
  BILLING_RHYTHMS,
  type BillingRhythm,
  type ResponseTime,
  type Weekday,
  type WorkingHours,
} from './types';

/** The choices of the Billing rhythm setting as the sheet shows them. */
export const BILLING_RHYTHM_CHOICES: Record<BillingRhythm, string> = {
  'month-end': 'monthly, at month end',
  'month-start': 'monthly, in advance',
  fortnightly: 'every two weeks',
  weekly: 'weekly',
  'project-end': 'at the end of the project',
  milestones: 'at each milestone',
};

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; says: Say[] };

/** The setting as written, cut for a message. */
const written = (text: unknown) => cut(String(text));

const norm = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

export function parseBillingRhythm(text: string): Parsed<BillingRhythm> {
  if (!text.trim()) return { ok: true, value: null };
  const wanted = norm(text).replace(/[.]$/, '');
  for (const key of BILLING_RHYTHMS) {
    if (wanted === key || wanted === norm(BILLING_RHYTHM_CHOICES[key])) return { ok: true, value: key };
  }
  // The default of earlier versions, written out in full.
  if (wanted === 'monthly, at the end of the month') return { ok: true, value: 'month-end' };
  return {
    ok: false,
    says: [
      say('billingRhythmBad', {
        value: written(text),
        choices: Object.values(BILLING_RHYTHM_CHOICES).join('; '),
      }),
    ],
  };
}

/** "25%", "25", "25 % before work starts", or a cell formatted as a percentage (0.25). */
export function parseDeposit(value: unknown): Parsed<number> {
  if (value === '' || value === null || value === undefined) return { ok: true, value: null };
  if (typeof value === 'number') {
    const percent = value > 0 && value <= 1 ? Math.round(value * 10000) / 100 : value;
    return percent > 0 && percent <= 100
      ? { ok: true, value: percent }
      : { ok: false, says: [say('depositNotPercent', { value })] };
  }
  const text = String(value).trim();
  if (!text) return { ok: true, value: null };
  const m = /^(\d{1,3}(?:[.,]\d+)?)\s*%?(?:\s+(?:before work starts|up front|upfront|in advance))?\.?$/i.exec(
    text,
  );
  const percent = m ? Number(m[1]!.replace(',', '.')) : Number.NaN;
  if (percent > 0 && percent <= 100) return { ok: true, value: percent };
  return {
    ok: false,
    says: [say('depositBad', { value: written(text) })],
  };
}

const DAY_NAMES: Record<string, Weekday> = {
  mon: 1,
  monday: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  wednesday: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
  sun: 7,
  sunday: 7,
};

function parseDays(text: string): Weekday[] | null {
  const cleaned = norm(text).replace(/[,;]\s*$/, '');
  if (!cleaned) return [1, 2, 3, 4, 5];
  if (/^(weekdays|working days)$/.test(cleaned)) return [1, 2, 3, 4, 5];
  const days = new Set<Weekday>();
  for (const piece of cleaned.split(/\s*(?:,|;|\band\b|&)\s*/).filter(Boolean)) {
    const range = piece.split(/\s*(?:-|–|—|\bto\b)\s*/).filter(Boolean);
    const ends = range.map((r) => DAY_NAMES[r.replace(/\.$/, '')]);
    if (ends.length === 0 || ends.length > 2 || ends.some((d) => d === undefined)) return null;
    const [from, to = from] = ends as Weekday[];
    // A week that starts on Sunday (Israel's "Sun–Thu") runs from Sunday (7) on to Monday (1).
    if (from === 7 && to! < 7) days.add(7);
    else if (to! < from!) return null;
    for (let d = from === 7 && to! < 7 ? 1 : from!; d <= to!; d++) days.add(d as Weekday);
  }
  return [...days].sort((a, b) => a - b);
}

/**
 * "Mon–Fri 09:00–17:00", "Monday to Friday, 9 to 17", "Mon, Wed, Fri 8:30-16 Europe/Oslo". The zone
 * is an IANA name at the end; without one the spreadsheet's own zone is stated.
 */
export function parseWorkingHours(text: string, sheetZone: string): Parsed<WorkingHours> {
  if (!text.trim()) return { ok: true, value: null };
  const fail = {
    ok: false as const,
    says: [say('workingHoursBad', { value: written(text) })],
  };
  let rest = text.trim();
  let timeZone = sheetZone;
  const zone = /\s*\(?\b((?:[A-Za-z_]+\/[A-Za-z0-9_+/-]+)|UTC)\)?\s*$/.exec(rest);
  if (zone) {
    if (!isValidTimeZone(zone[1]!)) return fail;
    timeZone = zone[1]!;
    rest = rest.slice(0, zone.index);
  }
  const hours = /(\d{1,2})(?:[:.](\d{2}))?\s*(?:-|–|—|to)\s*(\d{1,2})(?:[:.](\d{2}))?\s*$/i.exec(rest);
  if (!hours) return fail;
  const start = Number(hours[1]) * 60 + Number(hours[2] ?? 0);
  const end = Number(hours[3]) * 60 + Number(hours[4] ?? 0);
  if (start >= end || end > 24 * 60 || Number(hours[2] ?? 0) > 59 || Number(hours[4] ?? 0) > 59) return fail;
  const days = parseDays(rest.slice(0, hours.index));
  if (!days || days.length === 0) return fail;
  return { ok: true, value: { days, start, end, timeZone } };
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

/** "1 working day", "4 working hours", "within one working day". Whole numbers only. */
export function parseResponseTime(text: string): Parsed<ResponseTime> {
  if (!text.trim()) return { ok: true, value: null };
  const m =
    /^(?:within\s+)?(\d+|one|two|three|four|five)\s+(?:working\s+|business\s+)?(hours?|days?)\.?$/.exec(
      norm(text),
    );
  const amount = m ? (NUMBER_WORDS[m[1]!] ?? Number(m[1])) : 0;
  if (!m || !Number.isInteger(amount) || amount < 1)
    return {
      ok: false,
      says: [say('responseTimeBad', { value: written(text) })],
    };
  return { ok: true, value: { amount, unit: m[2]!.startsWith('hour') ? 'hours' : 'days' } };
}
