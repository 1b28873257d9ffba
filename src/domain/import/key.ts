// The content key of an imported entry. No export carries an entry id, so a line is known by what it
// says: tracker, person, day, start (or length, where the file has no times), client, project, task
// and description, each compared as names are (matchKey: case and spacing do not matter), and hashed.
//
// Why these parts: they survive the export settings that change between two exports of the same
// work (date and time formats, 12- or 24-hour clock, Clockify's language and duration format), so an
// overlapping export finds the same keys. Two lines identical in every part are numbered in file
// order (#1, #2): both are on the same day, so any export that holds one holds both, and the numbers
// agree. Editing an entry's text or start in the tracker gives it a new key: it would be imported
// again, which the preview shows as new.

import { matchKey } from '../match-key';
import type { Vendor } from './headers';

/** A key per entry, in the same order. */
export function contentKeys(vendor: Vendor, parts: readonly (readonly string[])[]): string[] {
  const seen = new Map<string, number>();
  return parts.map((p) => {
    const content = [vendor, ...p.map((x) => matchKey(x))].join('\u001f');
    const n = (seen.get(content) ?? 0) + 1;
    seen.set(content, n);
    return `${vendor}:${hash64(`${content}\u001f#${n}`)}`;
  });
}

/**
 * 64 bits of two independent 32-bit FNV-1a-style hashes over the UTF-16 text, as 16 hex digits: at
 * 50,000 entries the chance that two differ in content but share a key is about 1 in 10^10.
 */
export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= a >>> 13;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 16;
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b ^= b >>> 16;
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
