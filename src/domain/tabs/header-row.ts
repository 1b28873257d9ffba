// Finding a tab's header row as a person would, and what to say when it cannot be found.

import { type Say, say } from '../problems';
import { normalizeHeader } from '../match-key';
import type { TabSpec } from './spec';

/** How far down a tab the header row is looked for (blank rows or a title may stand above it). */
export const HEADER_SEARCH_ROWS = 20;

/**
 * The header row of a tab's values (0-based), found as a person would: among the first rows, the one
 * naming most of the tab's columns (the earliest on a tie). -1 when no row there names any column.
 */
export function findHeaderRow(spec: TabSpec, values: readonly (readonly unknown[])[]): number {
  const wanted = new Set(spec.columns.map((c) => normalizeHeader(c.header)));
  let best = -1;
  let bestCount = 0;
  const last = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < last; i++) {
    const seen = new Set<string>();
    for (const cell of values[i] ?? []) {
      if (typeof cell !== 'string') continue;
      const name = normalizeHeader(cell);
      if (wanted.has(name)) seen.add(name);
    }
    if (seen.size > bestCount) {
      best = i;
      bestCount = seen.size;
    }
  }
  return best;
}

/** Whether a tab's values hold anything at all (a new tab reads as one empty cell). */
export function hasContent(values: readonly (readonly unknown[])[]): boolean {
  return values.some((line) =>
    line.some(
      (cell) => !(typeof cell === 'string' && cell.trim() === '') && cell !== null && cell !== undefined,
    ),
  );
}

/** The message for a tab whose header row cannot be found: which tab, and what to fix. */
export function noHeaderSays(spec: TabSpec): Say[] {
  const columns = { list: spec.columns.slice(0, 3).map((c) => c.header) };
  return [say('noHeaderRow', { tab: spec.name, rows: HEADER_SEARCH_ROWS, columns })];
}

/** Tabs whose names read the same: which one is meant cannot be told, so nothing is guessed. */
export function tabClashSays(name: string, names: readonly string[]): Say[] {
  return [say('tabClash', { tab: name, names: { list: [...names] } })];
}
