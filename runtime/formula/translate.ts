// Turns a Google Sheets rule formula, written for the top-left cell of its range, into the formula
// HyperFormula should compute for one cell of that range: the Sheets-only syntax resolved, every
// reference made absolute. Strict: anything it cannot translate exactly throws.
//
// What Sheets does, per its references:
// - A custom formula in data validation or conditional formatting is written for the top-left cell
//   of the rule's range; for every other cell its relative references move as if copied there
//   (https://support.google.com/docs/answer/78413, "Use custom formulas with conditional formatting").
// - INDIRECT(cell_reference_as_string) returns the reference the text names
//   (https://support.google.com/docs/answer/3093377); text never moves when a formula is copied.
// - An open-ended range such as A2:A runs to the last row of its sheet
//   (https://support.google.com/docs/answer/7648196, "Range" in the Sheets glossary of A1 notation).
// - TODAY() is the current date in the spreadsheet's zone (https://support.google.com/docs/answer/3092984).
// - Validation and conditional format formulas may name other tabs only through INDIRECT
//   (support.google.com/docs/answer/78413; platform notes, "Found in an audit").

import { columnLetters, columnNumber } from '../../src/domain/a1';

export interface Shift {
  /** Rows and columns from the rule's top-left cell to the cell being evaluated. */
  rows: number;
  columns: number;
  /** The tab the formula sits on, for references without a tab name. */
  sheet: string;
  /** Last row of a tab, for open-ended ranges such as A2:A. */
  maxRows: (sheet: string) => number;
  /** Today as a date serial (days since 1899-12-30). */
  today: number;
}

const STRING = /"(?:[^"]|"")*"/y;
// Optional tab, then a cell (A2), an open-ended range (A2:A), a range (A2:B9) or whole columns (A:B).
const REFERENCE =
  /((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?)([A-Z]{1,3})(\$?)(\d*)(?::(\$?)([A-Z]{1,3})(\$?)(\d*))?/y;
const INDIRECT = /INDIRECT\(\s*("(?:[^"]|"")*")\s*\)/y;

function unquoteSheet(prefix: string | undefined, fallback: string): string {
  if (!prefix) return fallback;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

interface Parsed {
  sheet: string;
  from: { column: number; row: number | null; absColumn: boolean; absRow: boolean };
  to: { column: number; row: number | null; absColumn: boolean; absRow: boolean } | null;
}

function parseReference(m: RegExpExecArray, sheet: string): Parsed | null {
  const [, prefix, absC1, c1, absR1, r1, absC2, c2, absR2, r2] = m;
  // A name without digits and without a colon (TRUE, N, AND) is not a reference.
  if (!r1 && c2 === undefined) return null;
  return {
    sheet: unquoteSheet(prefix, sheet),
    from: { column: columnNumber(c1!), row: r1 ? Number(r1) : null, absColumn: !!absC1, absRow: !!absR1 },
    to:
      c2 === undefined
        ? null
        : { column: columnNumber(c2), row: r2 ? Number(r2) : null, absColumn: !!absC2, absRow: !!absR2 },
  };
}

/** The reference as absolute HyperFormula text, after moving its relative parts; null when off the grid. */
function render(
  ref: Parsed,
  rows: number,
  columns: number,
  maxRows: (sheet: string) => number,
): string | null {
  const move = (part: NonNullable<Parsed['to']>) => ({
    column: part.absColumn ? part.column : part.column + columns,
    row: part.row === null ? null : part.absRow ? part.row : part.row + rows,
  });
  const from = move(ref.from);
  const to = ref.to ? move(ref.to) : null;
  if (from.column < 1 || (from.row !== null && from.row < 1)) return null;
  if (to && (to.column < 1 || (to.row !== null && to.row < 1))) return null;
  const tab = `${quoteSheet(ref.sheet)}!`;
  const cell = (column: number, row: number | null) =>
    `$${columnLetters(column)}${row === null ? '' : `$${row}`}`;
  if (!to) return `${tab}${cell(from.column, from.row)}`;
  // Whole columns (A:B) stay whole columns; an open-ended range (A2:B) ends at the tab's last row.
  if (from.row === null && to.row === null)
    return `${tab}${cell(from.column, null)}:${cell(to.column, null)}`;
  const last = maxRows(ref.sheet);
  return `${tab}${cell(from.column, from.row ?? 1)}:${cell(to.column, to.row ?? last)}`;
}

/** The HyperFormula text of a Sheets formula (with or without its leading =) evaluated at a shifted cell. */
export function translateFormula(formula: string, shift: Shift): string {
  const text = formula.replace(/^=/, '');
  let out = '';
  let i = 0;
  const before = () => (i === 0 ? '' : text[i - 1]!);
  while (i < text.length) {
    STRING.lastIndex = i;
    const s = STRING.exec(text);
    if (s) {
      out += s[0];
      i += s[0].length;
      continue;
    }
    if (/[A-Za-z0-9_.$']/.test(before()) && /[A-Za-z0-9_$']/.test(text[i]!)) {
      out += text[i];
      i++;
      continue;
    }
    INDIRECT.lastIndex = i;
    const ind = INDIRECT.exec(text);
    if (ind) {
      // INDIRECT with literal text: the text names a fixed reference (it never moves).
      const target = ind[1]!.slice(1, -1).replace(/""/g, '"');
      REFERENCE.lastIndex = 0;
      const m = REFERENCE.exec(target);
      const ref = m && m[0].length === target.length ? parseReference(m, shift.sheet) : null;
      if (!ref) throw new Error(`INDIRECT("${target}") does not name a reference the engine can read`);
      const absolute: Parsed = {
        ...ref,
        from: { ...ref.from, absColumn: true, absRow: true },
        to: ref.to ? { ...ref.to, absColumn: true, absRow: true } : null,
      };
      out += render(absolute, 0, 0, shift.maxRows) ?? '#REF!';
      i += ind[0].length;
      continue;
    }
    if (text.startsWith('INDIRECT(', i))
      throw new Error(`Only INDIRECT of literal text is supported: ${formula}`);
    if (/^(ROW|COLUMN)\(\s*\)/.test(text.slice(i)))
      throw new Error(`ROW() and COLUMN() without a reference are not supported: ${formula}`);
    if (/^TODAY\(\s*\)/.test(text.slice(i))) {
      const m = /^TODAY\(\s*\)/.exec(text.slice(i))!;
      out += String(shift.today);
      i += m[0].length;
      continue;
    }
    REFERENCE.lastIndex = i;
    const m = REFERENCE.exec(text);
    // A function name (LOG10, ATAN2) is followed by "(": not a reference.
    if (m && m[0].length > 0 && text[i + m[0].length] !== '(') {
      const ref = parseReference(m, shift.sheet);
      if (ref) {
        // Sheets refuses such a rule ("Invalid formula"): other tabs only through INDIRECT.
        if (ref.sheet !== shift.sheet)
          throw new Error(`A rule may reach the ${ref.sheet} tab only through INDIRECT: ${formula}`);
        out += render(ref, shift.rows, shift.columns, shift.maxRows) ?? '#REF!';
        i += m[0].length;
        continue;
      }
      // A name: copy it whole so that its tail is not read as a reference.
      out += m[0];
      i += m[0].length;
      continue;
    }
    out += text[i];
    i++;
  }
  return `=${out}`;
}

/**
 * The same formula as if copied `rows` down and `columns` right: relative parts move, $ parts and text
 * (INDIRECT's too) stay, as Sheets and Excel copy formulas. Null when a reference would leave the grid.
 */
export function moveFormula(formula: string, rows: number, columns: number): string | null {
  let out = '';
  let i = 0;
  let offGrid = false;
  while (i < formula.length) {
    STRING.lastIndex = i;
    const s = STRING.exec(formula);
    if (s) {
      out += s[0];
      i += s[0].length;
      continue;
    }
    const before = i === 0 ? '' : formula[i - 1]!;
    if (/[A-Za-z0-9_.$']/.test(before) && /[A-Za-z0-9_$']/.test(formula[i]!)) {
      out += formula[i];
      i++;
      continue;
    }
    REFERENCE.lastIndex = i;
    const m = REFERENCE.exec(formula);
    if (m && m[0].length > 0 && formula[i + m[0].length] !== '(') {
      const [, prefix = '', absC1, c1, absR1, r1, absC2, c2, absR2, r2] = m;
      if (!r1 && c2 === undefined) {
        out += m[0];
        i += m[0].length;
        continue;
      }
      const part = (abs: string | undefined, letters: string, absRow: string | undefined, row: string) => {
        const column = abs ? columnNumber(letters) : columnNumber(letters) + columns;
        const line = row === '' ? null : absRow ? Number(row) : Number(row) + rows;
        if (column < 1 || (line !== null && line < 1)) offGrid = true;
        return `${abs ?? ''}${columnLetters(column)}${row === '' ? '' : `${absRow ?? ''}${line}`}`;
      };
      out += prefix + part(absC1, c1!, absR1, r1!);
      if (c2 !== undefined) out += `:${part(absC2, c2, absR2, r2!)}`;
      i += m[0].length;
      continue;
    }
    out += formula[i];
    i++;
  }
  return offGrid ? null : out;
}
