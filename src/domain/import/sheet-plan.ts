// The import against the tracking sheet as read: which keys Tasks already holds, which names Clients
// knows, and what a confirmation writes, as cells. Pure: the action reads the two tabs once and
// writes what this returns in one block (plus one cell per client given a new tracker name).

import { matchKey } from '../match-key';
import { say } from '../problems';
import { refuse } from '../problems/render';
import type { SampleCell } from '../sample-data';
import { planColumns } from '../setup-plan';
import { CLIENTS, TASKS, type TabSpec, findHeaderRow } from '../tabs';
import type { ReadOptions } from './entries';
import { type ClientMapping, type ImportPreview, type ImportRow, previewImport } from './preview';
import { trackerMappings, updatedTrackerNames } from './tracker-names';

type Values = readonly (readonly unknown[])[];

/** Where a tab's header is and where each of the import's columns stands (0-based). */
interface Layout {
  headerIndex: number;
  positions: Map<string, number>;
  /** Keys of the spec's columns the tab does not have. */
  missing: Set<string>;
}

function layoutOf(spec: TabSpec, values: Values): Layout {
  const headerIndex = Math.max(0, findHeaderRow(spec, values));
  const plan = planColumns(spec, values[headerIndex] ?? []);
  return { headerIndex, positions: plan.positions, missing: new Set(plan.missing.map((c) => c.key)) };
}

/** The Tasks columns an import writes; any of them missing stops it before anything is written. */
const WRITTEN = ['date', 'client', 'task', 'hours', 'billable', 'invoice', 'importKey'] as const;

export interface SheetPlan {
  preview: ImportPreview;
  /** 1-based row of the first new Tasks row: right under the last row that holds anything. */
  firstRow: number;
  /** The new Tasks rows from column A to the last column written; goal and mark left empty. */
  rows: SampleCell[][];
  /** Clients › Tracker names cells to write: 1-based row and column, the cell's new text. */
  trackerCells: { row: number; column: number; value: string }[];
  /** The file's names those cells remember. */
  remembered: string[];
  /** The Clients tab's names, to offer for a name in the file. */
  clientNames: string[];
}

export function planImportIntoSheet(
  text: string,
  tabs: { Clients: Values; Tasks: Values },
  answers: readonly ClientMapping[],
  options: ReadOptions,
): SheetPlan {
  const tasks = layoutOf(TASKS, tabs.Tasks);
  const missing = WRITTEN.find((k) => tasks.missing.has(k));
  if (missing) {
    const column = TASKS.columns.find((c) => c.key === missing)!.header;
    refuse(say('columnMissing', { tab: 'Tasks', column }));
  }
  const clients = layoutOf(CLIENTS, tabs.Clients);
  const clientRows = clientsOf(tabs.Clients, clients);
  const keyAt = tasks.positions.get('importKey')!;
  const importedKeys = new Set<string>();
  tabs.Tasks.forEach((row, i) => {
    if (i > tasks.headerIndex && row[keyAt] !== '' && row[keyAt] !== undefined)
      importedKeys.add(String(row[keyAt]).trim());
  });
  const usable = answers.filter((a) => clientRows.some((c) => matchKey(c.name) === matchKey(a.client)));
  const preview = previewImport(
    text,
    {
      clients: clientRows.map((c) => c.name),
      importedKeys,
      // Remembered names first: an answer given now wins.
      clientMap: [...trackerMappings(clientRows), ...usable],
    },
    options,
  );
  const { cells, names } = trackerCellsFor(clientRows, clients, usable, preview);
  return {
    preview,
    firstRow: tabs.Tasks.length + 1,
    rows: preview.rows.map((r) => taskRow(r, tasks.positions)),
    trackerCells: cells,
    remembered: names,
    clientNames: clientRows.map((c) => c.name),
  };
}

interface ClientRow {
  /** 1-based row in Clients. */
  row: number;
  name: string;
  trackerNames: string;
}

function clientsOf(values: Values, layout: Layout): ClientRow[] {
  const nameAt = layout.positions.get('client')!;
  const namesAt = layout.missing.has('trackerNames') ? -1 : layout.positions.get('trackerNames')!;
  const out: ClientRow[] = [];
  values.forEach((line, i) => {
    if (i <= layout.headerIndex) return;
    const name = String(line[nameAt] ?? '').trim();
    if (name) out.push({ row: i + 1, name, trackerNames: namesAt < 0 ? '' : String(line[namesAt] ?? '') });
  });
  return out;
}

/** The answers worth remembering (a name the file used, mapped to a client) as changed cells. */
function trackerCellsFor(
  clientRows: ClientRow[],
  layout: Layout,
  answers: readonly ClientMapping[],
  preview: ImportPreview,
): { cells: SheetPlan['trackerCells']; names: string[] } {
  const used = new Set([
    ...preview.rows.map((r) => matchKey(r.fileClient)),
    ...preview.usedMappings.map((m) => matchKey(m.name)),
  ]);
  const remember = answers.filter((a) => used.has(matchKey(a.name)));
  const changed = updatedTrackerNames(clientRows, remember);
  if (changed.size === 0) return { cells: [], names: [] };
  if (layout.missing.has('trackerNames')) {
    const header = CLIENTS.columns.find((c) => c.key === 'trackerNames')!.header;
    refuse(say('columnMissing', { tab: 'Clients', column: header }));
  }
  const column = layout.positions.get('trackerNames')! + 1;
  const cells = clientRows
    .filter((c) => changed.has(c.name))
    .map((c) => ({ row: c.row, column, value: changed.get(c.name)! }));
  return { cells, names: remember.map((a) => a.name).filter((n) => n.trim() !== '' && !/[\r\n]/.test(n)) };
}

function taskRow(r: ImportRow, at: Map<string, number>): SampleCell[] {
  const cells: Record<(typeof WRITTEN)[number], SampleCell> = {
    date: { date: r.date },
    client: r.client,
    task: r.task,
    hours: r.hours,
    billable: r.billable,
    invoice: r.invoice,
    importKey: r.importKey,
  };
  const width = Math.max(...WRITTEN.map((k) => at.get(k)!)) + 1;
  const row: SampleCell[] = new Array(width).fill('');
  for (const k of WRITTEN) row[at.get(k)!] = cells[k];
  return row;
}
