// The runner's import command: a Toggl Track, Clockify or Harvest export read from disk, as the
// sidebar's file input reads it, and handed to the same entry point the sidebar calls.

import { existsSync, readFileSync } from 'node:fs';
import type { ImportResult } from '../src/server-api';
import type { Runtime } from './runtime';

/** A bad argument: the runner exits 2 with the message (it is the runner's own UsageError kind). */
export function checkImport(
  file: string | undefined,
  maps: string[] | undefined,
  order: string | undefined,
  usage: (message: string) => Error,
): void {
  if (!file) throw usage('import needs --file export.csv.');
  if (!existsSync(file)) throw usage(`Cannot read ${file}: no such file.`);
  for (const m of maps ?? [])
    if (!/^[^=]*=.*\S/.test(m))
      throw usage(`--client-map “${m}” should read 'NAME IN FILE=Client', e.g. 'ACME=Acme Inc'.`);
  if (order !== undefined && order !== 'dmy' && order !== 'mdy')
    throw usage(`--date-order “${order}” should be dmy (day first) or mdy (month first).`);
}

/** `--client-map 'NAME IN FILE=Client'`: split at the first =, so a client name may hold one. */
function clientMap(maps: string[] | undefined): { name: string; client: string }[] {
  return (maps ?? []).map((m) => {
    const at = m.indexOf('=');
    return { name: m.slice(0, at).trim(), client: m.slice(at + 1).trim() };
  });
}

export function runImport(
  runtime: Runtime,
  args: { file?: string; yes?: boolean; 'client-map'?: string[]; 'date-order'?: string },
): ImportResult {
  // The file as the browser's FileReader reads it: UTF-8, its BOM left for the reader to drop.
  return runtime.run<ImportResult>('importTimeEntries', {
    text: readFileSync(args.file!, 'utf8'),
    write: args.yes === true,
    clientMap: clientMap(args['client-map']),
    ...(args['date-order'] ? { dateOrder: args['date-order'] } : {}),
  });
}
