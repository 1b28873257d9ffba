// The Clients tab, and clients found by name as the other tabs write it.

import { cut, readChoice, readDate, readNumber, readText, sheetError } from '../cells';
import { isValidTimeZone } from '../dates';
import { isKnownCurrency } from '../format';
import { type Say, say } from '../problems';
import { tabSpec } from '../tabs';
import { matchKey } from '../match-key';
import { CADENCES, CLIENT_STATUSES, type Client, type Diagnostic, LANGUAGES, type Settings } from '../types';
import { DEFAULT_PAYMENT_TERMS } from './settings';
import { TabReader } from './tab-reader';

export function parseClients(
  values: unknown[][] | null | undefined,
  timeZone: string,
  diagnostics: Diagnostic[],
  settings: Settings,
): Client[] {
  const reader = new TabReader(tabSpec('Clients'), values, timeZone, diagnostics, ['client']);
  const clients: Client[] = [];
  const seen = new Map<string, number>();
  for (const { row, cell } of reader.rows()) {
    const name = readText(cell('client'), timeZone);
    const error = sheetError(cell('client'));
    if (!name || error) {
      reader.problem(
        row,
        'client',
        [error ? say('clientNameError', { error }) : say('noClientName')],
        'error',
      );
      continue;
    }
    const key = matchKey(name);
    if (seen.has(key)) {
      reader.problem(
        row,
        'client',
        [say('duplicateClient', { value: cut(name), row: String(seen.get(key)) })],
        'error',
        name,
      );
      continue;
    }
    seen.set(key, row);
    const warn = (k: string, says: Say[]) => reader.problem(row, k, says, 'warning', name);

    const language = readChoice(cell('language'), LANGUAGES);
    if (!language.ok)
      warn('language', [
        ...language.says,
        say('usesDefaultLanguage', { language: settings.defaultLanguage }),
      ]);
    const currencyText = readText(cell('currency'), timeZone).toUpperCase();
    let currency = settings.defaultCurrency;
    if (currencyText && isKnownCurrency(currencyText)) currency = currencyText;
    else if (currencyText)
      warn('currency', [
        say('notCurrency', { value: cut(currencyText) }),
        say('usesCurrency', { currency: settings.defaultCurrency }),
      ]);
    const rate = readNumber(cell('hourlyRate'));
    let hourlyRate: number | null = null;
    if (!rate.ok) warn('hourlyRate', [...rate.says, say('costsLeftOut')]);
    else if (rate.value !== null && rate.value < 0) warn('hourlyRate', [say('rateBelowZero')]);
    else hourlyRate = rate.value;
    const terms = readNumber(cell('paymentTerms'), say('typeWholeDays'));
    let paymentTermsDays = DEFAULT_PAYMENT_TERMS;
    if (!terms.ok || (terms.value !== null && (!Number.isInteger(terms.value) || terms.value < 0))) {
      warn('paymentTerms', [
        ...(terms.ok ? [say('notWholeDays', { value: terms.value! })] : terms.says),
        say('usesDefaultTerms', { n: DEFAULT_PAYMENT_TERMS }),
      ]);
    } else if (terms.value !== null) paymentTermsDays = terms.value;
    const cadence = readChoice(cell('cadence'), CADENCES);
    if (!cadence.ok) warn('cadence', [...cadence.says, say('noUpdatesPlanned')]);
    const status = readChoice(cell('status'), CLIENT_STATUSES);
    if (!status.ok) warn('status', [...status.says, say('treatedAsActive')]);
    const timeZoneText = readText(cell('timeZone'), timeZone);
    if (timeZoneText && !isValidTimeZone(timeZoneText))
      warn('timeZone', [say('notTimeZone', { value: cut(timeZoneText) })]);
    const email = readText(cell('email'), timeZone);
    const newRate = readNumber(cell('newRate'));
    if (!newRate.ok) warn('newRate', newRate.says);
    const newRateFrom = readDate(cell('newRateFrom'), timeZone);
    if (!newRateFrom.ok) warn('newRateFrom', newRateFrom.says);
    const estimate = readNumber(cell('estimate'));
    if (!estimate.ok || (estimate.value !== null && estimate.value < 0))
      warn('estimate', [
        ...(estimate.ok ? [say('belowZero', { value: estimate.value! })] : estimate.says),
        say('noDeposit'),
      ]);
    const deposit = readNumber(cell('depositPercent'));
    const depositOk = deposit.ok && (deposit.value === null || (deposit.value >= 0 && deposit.value <= 100));
    if (!depositOk)
      warn('depositPercent', [
        ...(deposit.ok ? [say('depositRange', { value: deposit.value! })] : deposit.says),
        say('usesDefaultDeposit'),
      ]);
    const termsConfirmed = readDate(cell('termsConfirmed'), timeZone);
    if (!termsConfirmed.ok) warn('termsConfirmed', termsConfirmed.says);

    clients.push({
      row,
      name,
      contact: readText(cell('contact'), timeZone),
      greetingName: readText(cell('greetingName'), timeZone),
      email,
      language: language.ok ? (language.value ?? '') : '',
      currency,
      hourlyRate,
      paymentTermsDays,
      cadence: cadence.ok ? (cadence.value ?? 'none') : 'none',
      timeZone: timeZoneText,
      status: status.ok ? (status.value ?? 'active') : 'active',
      notes: readText(cell('notes'), timeZone),
      newRate: newRate.ok ? newRate.value : null,
      newRateFrom: newRateFrom.ok ? newRateFrom.value : null,
      estimate: estimate.ok && (estimate.value ?? 0) >= 0 ? estimate.value : null,
      depositPercent: depositOk ? ((deposit as { value: number | null }).value ?? 10) : 10,
      termsConfirmed: termsConfirmed.ok ? termsConfirmed.value : null,
    });
  }
  return clients;
}

/** Clients by name as other tabs write it: matched by matchKey, so case and odd spaces do not matter. */
export class ClientNames {
  private readonly byKey: Map<string, Client>;
  constructor(clients: readonly Client[]) {
    this.byKey = new Map(clients.map((c) => [matchKey(c.name), c]));
  }
  get(name: string): Client | undefined {
    return this.byKey.get(matchKey(name));
  }
}
