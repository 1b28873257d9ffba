// Small stand-ins for built-ins newer than ES2020, which Apps Script's V8 may lack (docs/first-run.md).

/** The last element, as `xs.at(-1)` (ES2022) would give it. */
export function last<T>(xs: readonly T[]): T | undefined {
  return xs.length === 0 ? undefined : xs[xs.length - 1];
}

/** Every occurrence of `search` replaced, as `text.replaceAll(search, replacement)` (ES2021) would. */
export function replaceEvery(text: string, search: string, replacement: string): string {
  return text.split(search).join(replacement);
}
