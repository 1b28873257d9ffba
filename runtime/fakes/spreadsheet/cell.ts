// A cell of the fake spreadsheet, and how Sheets types what a script writes into one.
// Cells hold number, boolean, Date or string; '' is empty.

import { isLocalDate, startOfLocalDate } from '../../../src/domain/dates';

/**
 * `cached`: the value came with the formula (from an .xlsx), so it can be read. `kept`: the cell is as
 * an .xlsx held it at "row:column" (rich text, links, errors and all); any write replaces the Cell.
 */
export type Cell = { value: unknown; formula?: string; cached?: boolean; kept?: string; link?: string };

/**
 * The link a cell carries besides its value: a link on the cell's text or a smart chip (an .xlsx
 * hyperlink), or a HYPERLINK("url", "label") formula. getValues shows only the label; the link comes
 * from getRichTextValues (RichTextValue.getLinkUrl reference below;
 * docs/platform.md#first-audit-of-the-bundles-calls).
 */
export function linkOf(cell: Cell | undefined): string | null {
  if (!cell) return null;
  if (cell.link) return cell.link;
  const m = /^=\s*HYPERLINK\(\s*"((?:[^"]|"")*)"/i.exec(cell.formula ?? '');
  return m ? m[1]!.replace(/""/g, '"') : null;
}

export const A1_CELL = /^([A-Z]+)(\d+)?$/;

export function copy(value: unknown): unknown {
  return value instanceof Date ? new Date(value.getTime()) : value;
}

/**
 * How Sheets reads a string written with setValues: as if typed (Range.setValues reference; the
 * leading apostrophe keeps text). Formulas are stored and flagged; strings the fake cannot be sure
 * about (+x, -x, @x) are treated as formulas, the strict choice.
 */
export function interpretTyped(value: unknown, timeZone: string): Cell {
  if (typeof value !== 'string') return { value: copy(value) };
  if (value.startsWith("'")) return { value: value.slice(1) };
  if (value.startsWith('=')) return { value: '', formula: value };
  const trimmed = value.trim();
  if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(trimmed)) return { value: Number(trimmed) };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === 'TRUE' };
  if (isLocalDate(trimmed)) return { value: startOfLocalDate(trimmed, timeZone) };
  if (/^[+\-@]/.test(value)) return { value: '', formula: value.startsWith('@') ? value : `=${value}` };
  return { value };
}
