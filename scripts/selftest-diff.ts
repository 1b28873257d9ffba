// Compares a self-test report from Google (the Self-test tab downloaded as CSV: File › Download ›
// Comma-separated values) with the same self-test run in the local runtime, item by item.
//   npx tsx scripts/selftest-diff.ts self-test.csv [--json]
// Prints the items whose status differs, with both details; exit 1 when any differs.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCommand } from '../runtime/cli';
import type { SelfTestItem } from '../src/server-api';

/** RFC 4180 CSV: quoted fields may hold commas, line breaks and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The items of a Self-test tab: the rows under the id/title/status/detail header. */
export function itemsOfReport(rows: string[][]): SelfTestItem[] {
  const header = rows.findIndex((r) => r[0] === 'id' && r[2] === 'status');
  if (header < 0) throw new Error('No id, title, status, detail header: is this the Self-test tab as CSV?');
  return rows
    .slice(header + 1)
    .filter((r) => r[0])
    .map((r) => ({
      id: r[0]!,
      title: r[1] ?? '',
      status: (r[2] ?? '') as SelfTestItem['status'],
      detail: r[3] ?? '',
    }));
}

export interface ItemDifference {
  id: string;
  google: string;
  local: string;
  googleDetail: string;
  localDetail: string;
}

export function compareReports(google: SelfTestItem[], local: SelfTestItem[]): ItemDifference[] {
  const ids = [
    ...local.map((i) => i.id),
    ...google.map((i) => i.id).filter((id) => !local.some((l) => l.id === id)),
  ];
  const out: ItemDifference[] = [];
  for (const id of ids) {
    const g = google.find((i) => i.id === id);
    const l = local.find((i) => i.id === id);
    if (g?.status === l?.status) continue;
    out.push({
      id,
      google: g?.status ?? 'absent',
      local: l?.status ?? 'absent',
      googleDetail: g?.detail ?? '',
      localDetail: l?.detail ?? '',
    });
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: npx tsx scripts/selftest-diff.ts SELF-TEST.csv [--json]\n');
    process.exitCode = 2;
    return;
  }
  const google = itemsOfReport(parseCsv(readFileSync(resolve(file), 'utf8')));
  const { output } = await runCommand(['selftest']);
  const differences = compareReports(google, output.items as SelfTestItem[]);
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify({ differences })}\n`);
  else if (differences.length === 0)
    console.log(`All ${google.length} items have the same status on Google and locally.`);
  else
    for (const d of differences)
      console.log(
        `${d.id}: Google ${d.google}, local ${d.local}\n  Google: ${d.googleDetail}\n  local:  ${d.localDetail}`,
      );
  if (differences.length > 0) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  await main();
}
