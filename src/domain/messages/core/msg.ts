// A message as written in a catalogue: fixed words with inserted values kept apart, so each renderer
// can escape the values (HTML) and bidi-isolate them (Hebrew) without the catalogue knowing where
// the text lands. Catalogue files write messages with the `msg` tag: msg`Dear ${name},`.

import { escapeHtml } from '../../escape';

/** An inserted value: user or formatted text (isolated when rendered), or a nested message (spliced). */
export type Value = string | Msg;

export interface Msg {
  readonly parts: readonly string[];
  readonly values: readonly Value[];
}

export function msg(parts: TemplateStringsArray | readonly string[], ...values: Value[]): Msg {
  return { parts: [...parts], values };
}

/** A message of fixed words only. */
export function words(text: string): Msg {
  return { parts: [text], values: [] };
}

/** Messages joined with a separator of fixed words. */
export function joinMsgs(items: readonly Msg[], separator: string): Msg {
  const parts: string[] = [''];
  const values: Value[] = [];
  items.forEach((item, i) => {
    if (i > 0) parts[parts.length - 1] += separator;
    values.push(item);
    parts.push('');
  });
  return { parts, values };
}

export function isMsg(value: unknown): value is Msg {
  return typeof value === 'object' && value !== null && 'parts' in value && 'values' in value;
}

/** First strong isolate and pop directional isolate: a value keeps its own direction inside others. */
export const FSI = '\u2068';
export const PDI = '\u2069';
/** Both marks, to take them out again where text is compared. */
export const ISOLATION_MARKS = /[\u2068\u2069]/g;

export type Target =
  /** Plain text: mail text parts, subjects, file names. Isolates are the Unicode marks. */
  | 'text'
  /** HTML for mail: values escaped; isolated values wrapped in <bdi> with the marks inside. */
  | 'html';

/**
 * Renders a message. `isolate` is on for right-to-left languages: every inserted value is isolated,
 * in plain text by U+2068…U+2069, in HTML by <bdi> holding the same marks (it is unverified which of
 * the two the Docs import and mail clients keep, so both are written).
 */
export function render(m: Msg, target: Target, isolate: boolean): string {
  let out = target === 'html' ? escapeHtml(m.parts[0] ?? '') : (m.parts[0] ?? '');
  m.values.forEach((value, i) => {
    if (isMsg(value)) out += render(value, target, isolate);
    else out += isolated(value, target, isolate);
    let next = m.parts[i + 1] ?? '';
    // A value ending in a full stop ("kr.", "Ltd.") at the end of a sentence takes no second one.
    if (typeof value === 'string' && value.endsWith('.') && next.startsWith('.')) next = next.slice(1);
    out += target === 'html' ? escapeHtml(next) : next;
  });
  return out;
}

/**
 * One value as the target writes it: escaped for HTML, and when `isolate` is on kept in its own
 * direction (U+2068…U+2069 in plain text, <bdi> holding the same marks in HTML). The one place
 * isolation marks are written.
 */
export function isolated(value: string, target: Target, isolate: boolean): string {
  if (target === 'html')
    return isolate && value !== '' ? `<bdi>${FSI}${escapeHtml(value)}${PDI}</bdi>` : escapeHtml(value);
  return isolate && value !== '' ? `${FSI}${value}${PDI}` : value;
}

/** Every plain value inserted into a message, nested ones included (tests check their isolation). */
export function insertedValues(m: Msg): string[] {
  return m.values.flatMap((v) => (isMsg(v) ? insertedValues(v) : v === '' ? [] : [v]));
}
