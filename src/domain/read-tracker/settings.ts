// The Settings tab: one setting per row, with the defaults a missing or blank setting takes.

import { cut, readText } from '../cells';
import { isKnownCurrency } from '../format';
import { type Say, say } from '../problems';
import { diagnostic } from '../problems/render';
import {
  type Parsed,
  parseBillingRhythm,
  parseDeposit,
  parseResponseTime,
  parseWorkingHours,
} from '../settings-values';
import { SETTING_ROWS, normalizeHeader, tabSpec } from '../tabs';
import { type Diagnostic, LANGUAGES, type Language, type ScoreWeights, type Settings } from '../types';
import { TabReader } from './tab-reader';
import { DEFAULT_ROUNDING_MINUTES, parseRounding } from '../timer';

export const DEFAULT_PAYMENT_TERMS = 14;

export const DEFAULT_REMINDER_DAYS = [1, 7, 14];

export const DEFAULT_WEIGHTS: ScoreWeights = { goal: 1, a: 1, b: 0 };

export function parseSettings(
  values: unknown[][] | null | undefined,
  timeZone: string,
  diagnostics: Diagnostic[],
): Settings {
  const byName = new Map<string, { value: unknown; row: number }>();
  const reader = new TabReader(tabSpec('Settings'), values, timeZone, diagnostics, ['setting', 'value']);
  for (const { row, cell } of reader.rows()) {
    const name = normalizeHeader(readText(cell('setting'), timeZone));
    if (name && !byName.has(name)) byName.set(name, { value: cell('value'), row });
  }
  const text = (name: string) => readText(byName.get(normalizeHeader(name))?.value ?? '', timeZone);
  const where = (name: string) => byName.get(normalizeHeader(name))?.row ?? 1;
  const warn = (name: string, says: Say[]) =>
    diagnostics.push(
      diagnostic({
        sheet: 'Settings',
        row: where(name),
        column: 'Value',
        says: [say('settingName', { setting: name }), ...says],
        severity: 'warning',
      }),
    );

  const spec = (key: keyof Settings) => SETTING_ROWS.find((s) => s.key === key)!;
  const settingValue = (key: keyof Settings) => {
    const s = spec(key);
    return byName.has(normalizeHeader(s.name)) ? text(s.name) : s.defaultValue;
  };

  // A value that reaches clients and cannot be read: warn, and leave its line out of the terms email.
  const structured = <T>(key: keyof Settings, parsed: Parsed<T>): T | null => {
    if (parsed.ok) return parsed.value;
    warn(spec(key).name, parsed.says);
    return null;
  };
  const rawValue = (key: keyof Settings): unknown => {
    const found = byName.get(normalizeHeader(spec(key).name));
    return found ? found.value : spec(key).defaultValue;
  };

  let defaultLanguage: Language = 'en';
  const lang = settingValue('defaultLanguage');
  if (lang && (LANGUAGES as readonly string[]).includes(lang.toLowerCase()))
    defaultLanguage = lang.toLowerCase() as Language;
  else if (lang)
    warn('Default language', [
      say('cellNotOneOf', { value: cut(lang), choices: { list: [...LANGUAGES] } }),
      say('usesEnglish'),
    ]);

  let defaultCurrency = 'EUR';
  const currency = settingValue('defaultCurrency').toUpperCase();
  if (currency && isKnownCurrency(currency)) defaultCurrency = currency;
  else if (currency)
    warn('Default currency', [
      say('notCurrency', { value: cut(currency) }),
      say('usesCurrency', { currency: 'EUR' }),
    ]);

  let reminderDays = DEFAULT_REMINDER_DAYS;
  const daysText = settingValue('reminderDays');
  if (daysText) {
    const days = daysText
      .split(/[,;\s]+/)
      .filter(Boolean)
      .map(Number);
    const valid =
      days.length > 0 && days.every((d, i) => Number.isInteger(d) && d >= 0 && (i === 0 || d > days[i - 1]!));
    if (valid) reminderDays = days;
    else warn('Reminder days', [say('reminderDaysBad', { value: cut(daysText) })]);
  }

  let scoreWeights = DEFAULT_WEIGHTS;
  const weightsText = settingValue('scoreWeights');
  if (weightsText) {
    const parsed = parseWeights(weightsText);
    if (parsed) scoreWeights = parsed;
    else warn('Score weights', [say('scoreWeightsBad', { value: cut(weightsText) })]);
  }

  let timerRounding = DEFAULT_ROUNDING_MINUTES;
  const roundingText = settingValue('timerRounding');
  if (roundingText) {
    const minutes = parseRounding(roundingText);
    if (minutes !== null) timerRounding = minutes;
    else warn('Timer rounding', [say('roundingBad', { value: cut(roundingText) })]);
  }

  return {
    yourName: settingValue('yourName'),
    businessName: settingValue('businessName'),
    yourEmail: settingValue('yourEmail'),
    phone: settingValue('phone'),
    emailSignature: settingValue('emailSignature'),
    defaultLanguage,
    defaultCurrency,
    reportFolder: settingValue('reportFolder') || spec('reportFolder').defaultValue,
    reminderDays,
    scoreWeights,
    billingRhythm: structured('billingRhythm', parseBillingRhythm(settingValue('billingRhythm'))),
    depositPercent: structured('depositPercent', parseDeposit(rawValue('depositPercent'))),
    workingHours: structured('workingHours', parseWorkingHours(settingValue('workingHours'), timeZone)),
    responseTime: structured('responseTime', parseResponseTime(settingValue('responseTime'))),
    invoiceNumber: settingValue('invoiceNumber') || spec('invoiceNumber').defaultValue,
    invoiceLines: /task/i.test(settingValue('invoiceLines')) ? 'task' : 'group',
    businessAddress: settingValue('businessAddress'),
    paymentDetails: settingValue('paymentDetails'),
    taxNote: settingValue('taxNote'),
    timerRounding,
  };
}

/** "goal 1, A 0.7, B 0.2" in any order; every weight between 0 and 1... or any non-negative number. */
export function parseWeights(text: string): ScoreWeights | null {
  const weights: Partial<ScoreWeights> = {};
  for (const part of text.split(/[,;]+/)) {
    const m = /^\s*(goal|a|b)\s*[:=]?\s*(\d+(?:\.\d+)?)\s*$/i.exec(part);
    if (!m) return null;
    weights[m[1]!.toLowerCase() as keyof ScoreWeights] = Number(m[2]);
  }
  if (weights.goal === undefined || weights.a === undefined || weights.b === undefined) return null;
  if (Math.max(weights.goal, weights.a, weights.b) === 0) return null;
  return weights as ScoreWeights;
}
