// Building the sidebar's text: messages from the catalogue with each inserted value in its own
// bidi-isolated element, numbers and dates by Intl in the UI language, plurals by Intl.PluralRules.
// Values are only ever set as textContent, so sheet text can never become markup.

import { LOCALES, formatDate, isRtl, formatMoney, formatMonth, formatNumber } from '../src/domain/format';
import { pluralForm } from '../src/domain/messages/core/plural';
import type { Language } from '../src/domain/types';
import type { Plural, SidebarMessages } from '../src/domain/messages/shapes/sidebar';
import type { MonthEndUiWords } from '../src/domain/messages/shapes/month-end';
import { UI_WORDS } from '../src/domain/messages/ui';

let language: Language = 'en';

export function setLanguage(next: Language): void {
  language = next;
  document.documentElement.lang = next;
  document.documentElement.dir = isRtl(next) ? 'rtl' : 'ltr';
}

export const ui = (): Language => language;
export const t = (): SidebarMessages => UI_WORDS[language].sidebar;
/** Close the month and the morning reminders, in the UI language. */
export const tm = (): MonthEndUiWords => UI_WORDS[language].monthEnd;

export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Sheet text or a formatted value, isolated so it keeps its own direction inside any sentence. */
export function bdi(text: string | number, className?: string): HTMLElement {
  const el = document.createElement('bdi');
  el.textContent = String(text);
  if (className) el.className = className;
  return el;
}

export type Value = string | number | Node;

/** A message with its {placeholders} filled: text stays text, each value becomes its own element. */
export function fill(template: string, values: Record<string, Value> = {}): Node[] {
  const nodes: Node[] = [];
  let last = 0;
  const pattern = /\{(\w+)\}/g;
  for (let m = pattern.exec(template); m; m = pattern.exec(template)) {
    if (m.index > last) nodes.push(document.createTextNode(template.slice(last, m.index)));
    const value = values[m[1]!];
    nodes.push(value instanceof Node ? value : bdi(value ?? m[0]));
    last = m.index + m[0].length;
  }
  if (last < template.length) nodes.push(document.createTextNode(template.slice(last)));
  return nodes;
}

/** The plural form for n, chosen by Intl.PluralRules in the UI language. */
export function plural(forms: Plural, n: number, values: Record<string, Value> = {}): Node[] {
  return fill(pluralForm(LOCALES[language], forms, n), { n: num(n), ...values });
}

export function setText(el: HTMLElement, template: string, values?: Record<string, Value>): HTMLElement {
  el.replaceChildren(...fill(template, values));
  return el;
}

export const num = (n: number, digits = 2) => formatNumber(n, language, digits);
export const money = (amount: number, currency: string) => {
  try {
    return formatMoney(amount, currency, language);
  } catch {
    return `${num(amount)} ${currency}`;
  }
};
export const day = (date: string) => formatDate(date, language);
export const month = (m: string) => formatMonth(m, language);

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  children: (Node | string)[] = [],
  className?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.append(...children);
  if (className) el.className = className;
  return el;
}

/** The status line under a section's button: where the eye is when the button was pressed. */
export function status(
  id: string,
  nodes: Node[] | string,
  kind: 'progress' | 'done' | 'error' = 'done',
): void {
  const line = $(id);
  line.replaceChildren(...(typeof nodes === 'string' ? [document.createTextNode(nodes)] : nodes));
  line.className = kind === 'error' ? 'status error' : 'status gray';
}

/** Disables the button while the server works; re-enables it whether the call succeeds or fails. */
export async function busy<T>(
  button: HTMLButtonElement,
  statusId: string,
  progress: string,
  work: () => Promise<T>,
): Promise<T | undefined> {
  button.disabled = true;
  status(statusId, progress, 'progress');
  try {
    const result = await work();
    status(statusId, '');
    return result;
  } catch (error) {
    status(statusId, [bdi((error as Error).message || String(error))], 'error');
    return undefined;
  } finally {
    button.disabled = false;
  }
}
