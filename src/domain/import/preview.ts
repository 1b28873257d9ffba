// What importing a file would do, before anything is written: how many entries are new, how many
// were imported before, which clients the freelancer must name, and every line that cannot be read.
// The same plan, with the freelancer's answers, gives the rows to write: nothing here writes.

import { matchKey } from '../match-key';
import type { LocalDate } from '../types';
import { type ReadOptions, type TimeEntry, readTimeEntries } from './entries';
import { VENDOR_NAMES, type Vendor } from './headers';
import type { ImportProblem } from './messages';
import type { DateOrder } from './values';

/** A file's client name and the Clients name it stands for, as the freelancer said once. */
export interface ClientMapping {
  name: string;
  client: string;
}

export interface ImportContext {
  /** The Clients tab's names. */
  clients: readonly string[];
  /** The import keys already in Tasks. */
  importedKeys: ReadonlySet<string>;
  /** Mappings remembered from earlier imports, and the freelancer's answers now (later ones win). */
  clientMap: readonly ClientMapping[];
}

/** A new Tasks row, goal and mark left for the freelancer to classify. */
export interface ImportRow {
  line: number;
  date: LocalDate;
  client: string;
  task: string;
  hours: number;
  billable: boolean;
  /** What the Invoice column gets: the tracker's invoice number, or its name, when already invoiced. */
  invoice: string;
  importKey: string;
  /** The project as the tracker names it: a hint for choosing the goal. */
  project: string;
  /** The client (or project) as the file names it. */
  fileClient: string;
}

export interface NeedsClient {
  /** The client (or project) as the file names it; '' for entries with neither. */
  name: string;
  entries: number;
}

export interface ImportPreview {
  vendor: Vendor | null;
  /** The zone end minus start is counted in; the file's days and times are taken as written. */
  timeZone: string;
  new: number;
  skipped: number;
  needsClient: NeedsClient[];
  problems: ImportProblem[];
  /** A date that reads either way (01/09/2026) when the order must be asked; null otherwise. */
  askDateOrder: string | null;
  dateOrder: DateOrder | null;
  hasBillable: boolean;
  /** The rows a confirmation writes: new entries whose client is known. */
  rows: ImportRow[];
  /** Mappings used for this file, to remember for the next import. */
  usedMappings: ClientMapping[];
}

export interface ReadFile {
  vendor: Vendor | null;
  entries: readonly TimeEntry[];
  problems: readonly ImportProblem[];
  askDateOrder: string | null;
  hasBillable: boolean;
}

export function planImport(
  file: ReadFile,
  context: ImportContext,
  timeZone: string,
  dateOrder: DateOrder | null,
): ImportPreview {
  const clients = new Map(context.clients.map((c) => [matchKey(c), c]));
  const mapped = new Map<string, ClientMapping>();
  for (const m of context.clientMap) {
    const client = clients.get(matchKey(m.client));
    // A mapping to a client since renamed or deleted is forgotten: the freelancer is asked again.
    if (client) mapped.set(matchKey(m.name), { name: m.name, client });
  }
  const rows: ImportRow[] = [];
  const needs = new Map<string, NeedsClient>();
  const used = new Map<string, ClientMapping>();
  let fresh = 0;
  let skipped = 0;
  const seen = new Set<string>();
  for (const e of file.entries) {
    if (context.importedKeys.has(e.key) || seen.has(e.key)) {
      skipped++;
      continue;
    }
    seen.add(e.key);
    fresh++;
    const name = matchKey(e.clientName);
    const mapping = mapped.get(name);
    const client = (name ? clients.get(name) : undefined) ?? mapping?.client;
    if (!client) {
      const need = needs.get(name) ?? { name: e.clientName, entries: 0 };
      need.entries++;
      needs.set(name, need);
      continue;
    }
    if (mapping && !clients.has(name)) used.set(name, mapping);
    rows.push({
      line: e.line,
      date: e.date,
      client,
      task: e.text,
      hours: e.hours,
      billable: e.billable,
      invoice: e.invoiced ? e.invoiceId || VENDOR_NAMES[file.vendor!] : '',
      importKey: e.key,
      project: e.project,
      fileClient: e.clientName,
    });
  }
  return {
    vendor: file.vendor,
    timeZone,
    new: fresh,
    skipped,
    needsClient: [...needs.values()],
    problems: [...file.problems],
    askDateOrder: file.askDateOrder,
    dateOrder,
    hasBillable: file.hasBillable,
    rows,
    usedMappings: [...used.values()],
  };
}

/** Reads an export and plans its import: the preview the sidebar and the runner show. */
export function previewImport(text: string, context: ImportContext, options: ReadOptions): ImportPreview {
  return planImport(readTimeEntries(text, options), context, options.timeZone, options.dateOrder ?? null);
}

/** Remembered mappings with this import's answers merged in: one per file name, the newest kept. */
export function mergeMappings(
  remembered: readonly ClientMapping[],
  answers: readonly ClientMapping[],
): ClientMapping[] {
  const byName = new Map<string, ClientMapping>();
  for (const m of [...remembered, ...answers]) byName.set(matchKey(m.name), m);
  return [...byName.values()];
}
