// Finds a tab's columns by header and iterates its data rows, recording problems against the right cell.

import { isBlank } from '../cells';
import { columnLetter } from '../a1';
import { type Say, say } from '../problems';
import { diagnostic } from '../problems/render';
import { type TabSpec, findHeaderRow, noHeaderSays, normalizeHeader } from '../tabs';
import type { Diagnostic } from '../types';

interface Columns {
  /** Column index (0-based) by the spec's key; absent when the header is missing. */
  index: Map<string, number>;
  header: (key: string) => string;
}

/** Finds each spec column by header; reports duplicated headers (the first one is used). */
export function findColumns(
  spec: TabSpec,
  headerRow: readonly unknown[],
  diagnostics: Diagnostic[],
  row = 1,
): Columns {
  const index = new Map<string, number>();
  headerRow.forEach((cell, i) => {
    const normalized = normalizeHeader(cell);
    if (!normalized) return;
    const column = spec.columns.find((c) => normalizeHeader(c.header) === normalized);
    if (!column) return;
    if (index.has(column.key)) {
      diagnostics.push(
        diagnostic({
          sheet: spec.name,
          row,
          column: column.header,
          says: [
            say('duplicateColumn', {
              column: column.header,
              first: columnLetter(index.get(column.key)!),
              second: columnLetter(i),
            }),
          ],
          severity: 'warning',
        }),
      );
      return;
    }
    index.set(column.key, i);
  });
  const header = (key: string) => spec.columns.find((c) => c.key === key)?.header ?? key;
  return { index, header };
}

/** Iterates a tab's data rows with helpers that record problems against the right cell. */
export class TabReader {
  readonly columns: Columns;
  readonly usable: boolean;
  /** 0-based index of the header row in `values`; data rows follow it. */
  readonly headerIndex: number;

  constructor(
    readonly spec: TabSpec,
    readonly values: unknown[][] | null | undefined,
    readonly timeZone: string,
    readonly diagnostics: Diagnostic[],
    required: readonly string[],
  ) {
    this.headerIndex = values ? findHeaderRow(spec, values) : -1;
    if (!values || values.length === 0 || this.headerIndex < 0) {
      this.columns = { index: new Map(), header: () => '' };
      this.usable = false;
      if (values === null || values === undefined) {
        diagnostics.push(
          diagnostic({
            sheet: spec.name,
            row: 1,
            column: '',
            says: [say('noTab', { tab: spec.name })],
            severity: 'error',
            scope: 'tab',
          }),
        );
      } else if (values.length > 0 && required.length > 0) {
        diagnostics.push(
          diagnostic({
            sheet: spec.name,
            row: 1,
            column: '',
            says: noHeaderSays(spec),
            severity: 'error',
            scope: 'tab',
          }),
        );
      }
      return;
    }
    const headerRow = this.headerIndex + 1;
    this.columns = findColumns(spec, values[this.headerIndex] ?? [], diagnostics, headerRow);
    const missing = required.filter((k) => !this.columns.index.has(k));
    for (const key of missing) {
      diagnostics.push(
        diagnostic({
          sheet: spec.name,
          row: headerRow,
          column: this.columns.header(key),
          says: [
            say('missingColumn', {
              tab: spec.name,
              column: this.columns.header(key),
              row: String(headerRow),
            }),
          ],
          severity: 'error',
          scope: 'tab',
        }),
      );
    }
    this.usable = missing.length === 0;
  }

  /** Data rows that hold anything, with their row number as Sheets shows it. Blank rows are skipped. */
  *rows(): Generator<{ row: number; cell: (key: string) => unknown }> {
    if (!this.usable || !this.values) return;
    const own = [...this.columns.index.values()];
    // An unticked box holds FALSE in Sheets, which on its own is no entry
    // (docs/platform.md#first-audit-of-the-bundles-calls).
    const boxes = this.spec.columns
      .filter((c) => c.validation?.kind === 'checkbox')
      .map((c) => this.columns.index.get(c.key));
    for (let i = this.headerIndex + 1; i < this.values.length; i++) {
      const line = this.values[i] ?? [];
      if (own.every((c) => isBlank(line[c]) || (line[c] === false && boxes.indexOf(c) >= 0))) continue;
      yield {
        row: i + 1,
        cell: (key: string) => {
          const c = this.columns.index.get(key);
          return c === undefined ? '' : line[c];
        },
      };
    }
  }

  problem(row: number, key: string, says: Say[], severity: Diagnostic['severity'], client?: string): void {
    const d = diagnostic({ sheet: this.spec.name, row, column: this.columns.header(key), says, severity });
    if (client) d.client = client;
    this.diagnostics.push(d);
  }
}
