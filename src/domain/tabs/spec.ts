// The shape of a tab spec: its columns, how each is validated, and the Settings tab's rows.

export type TabName = 'Clients' | 'Goals' | 'Tasks' | 'Invoices' | 'Settings' | 'Reports' | 'Drafts';

/** How a column is validated. `reject` refuses bad input; otherwise Sheets only shows a warning. */
export type ValidationSpec =
  | { kind: 'list'; values: readonly string[]; reject: boolean }
  | { kind: 'column'; tab: TabName; column: string; reject: boolean }
  | { kind: 'date'; reject: boolean }
  | { kind: 'number'; min?: number; max?: number; reject: boolean }
  | { kind: 'checkbox' }
  | { kind: 'email'; reject: boolean }
  | { kind: 'url'; reject: boolean }
  /** A custom formula; `{cell}` stands for the first data cell of the column, e.g. C2. */
  | { kind: 'formula'; formula: string; reject: boolean };

export interface ColumnSpec {
  /** Key used by the code; the header is what the user sees and what we match on. */
  key: string;
  header: string;
  width: number;
  help: string;
  validation?: ValidationSpec;
  /** Number format for the column's data cells, e.g. 'yyyy-mm-dd'. */
  format?: string;
}

export interface TabSpec {
  name: TabName;
  columns: readonly ColumnSpec[];
  /** Tabs the add-on writes to itself (logs) rather than the user. */
  log?: boolean;
}

export interface SettingSpec {
  key: keyof import('../types').Settings;
  name: string;
  defaultValue: string;
  help: string;
  validation?: ValidationSpec;
}
