// How names typed by people are compared: client and goal names, headers, tab names. The one place
// they are normalised, so a name with a no-break or zero-width space is the same name everywhere.

/** Header text compared the way users expect: case, spaces and punctuation spacing ignored. */
export function normalizeHeader(header: unknown): string {
  return String(header ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '');
}

/**
 * One form of a name for matching what was logged against what the sheet says now: Unicode
 * compatibility form, control and format characters dropped (a vertical tab pasted from another
 * program, a stray bidi mark), any run of spaces one space, trimmed, without case. Used on both sides
 * of every such comparison, so a name that holds odd characters still matches itself on a rerun.
 */
export function matchKey(text: unknown): string {
  return (
    String(text ?? '')
      .normalize('NFKC')
      // Spaces of every kind (tab, vertical tab, no-break) are one space; other control and format
      // characters (BEL, zero-width space, bidi marks) are invisible, so they are dropped.
      .replace(/\s+/g, ' ')
      .replace(/[\p{Cc}\p{Cf}]+/gu, '')
      .replace(/ +/g, ' ')
      .trim()
      .toLowerCase()
  );
}

// Remembered per name: the same few client names are compared for every row of a large sheet.
const keys = new Map<string, string>();
/** matchKey, remembered for the names a large sheet repeats on every row. */
export function nameKey(name: unknown): string {
  if (typeof name !== 'string') return matchKey(name);
  let key = keys.get(name);
  if (key === undefined) {
    key = matchKey(name);
    if (keys.size > 10_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

/** Whether two client (or goal) names typed by people are the same name: the one comparison of names. */
export function sameName(a: unknown, b: unknown): boolean {
  return nameKey(a) === nameKey(b);
}

/** A tab name as a person reads it: "Tasks ", "tasks" and "TASKS" are the Tasks tab. */
export function normalizeTabName(name: string): string {
  return matchKey(name);
}
