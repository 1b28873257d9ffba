// Column letters as Sheets writes them in A1 notation, for the add-on, the setup formulas and the local
// runtime alike: the one place they are computed.

/** The letters of a 1-based column: 1 → A, 26 → Z, 27 → AA, 703 → AAA. */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The letters of a 0-based column index, as the tab readers count columns: 0 → A. */
export function columnLetter(index: number): string {
  return columnLetters(index + 1);
}

/** The 1-based column of upper-case letters: A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
