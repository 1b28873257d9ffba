// The runner's command line: the commands, the options, and the checks made before anything runs.

import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLocalDate } from '../src/domain/dates';
import { DRAFT_KINDS, type DraftKind } from '../src/domain/types';
import { checkImport } from './cli-import';

export class UsageError extends Error {}

const COMMANDS = [
  'setup',
  'check',
  'report',
  'remind',
  'invoice',
  'credit',
  'withdraw',
  'selftest',
  'health',
  'print',
  'close',
  'mornings',
  'classify',
  'import',
] as const;
type Command = (typeof COMMANDS)[number];

export function parse(argv: string[]) {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [command, ...rest] = parsed.positionals;
  if (!command || !(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`Give a command: ${COMMANDS.join(', ')}${command ? ` (not “${command}”)` : ''}.`);
  }
  if (rest.length > 0) throw new UsageError(`Unexpected argument: ${rest[0]}`);
  const v = parsed.values;
  if (v.today !== undefined) checkToday(v.today);
  if (v.month !== undefined) checkMonth(v.month);
  if (v.workbook !== undefined && !existsSync(v.workbook))
    throw new UsageError(`Cannot read ${v.workbook}: no such file.`);
  if ((command === 'report' || command === 'print') && !v.client)
    throw new UsageError(`${command} needs --client NAME.`);
  if (command === 'invoice' && !v.client) throw new UsageError('invoice needs --client NAME.');
  if ((command === 'credit' || command === 'withdraw') && !v.invoice)
    throw new UsageError(`${command} needs --invoice NUMBER.`);
  if (command === 'import') checkImport(v.file, v['client-map'], v['date-order'], (m) => new UsageError(m));
  if (command === 'mornings') for (const d of [v.from, v.to]) checkToday(d ?? '');
  if (command === 'mornings' && v.from! > v.to!)
    throw new UsageError(`--from ${v.from} is after --to ${v.to}.`);
  const only = v.only === undefined ? undefined : parseKinds(v.only);
  return { command: command as Command, ...v, only };
}

/** A real calendar day: 2026-02-30 is refused, not rolled over to March. */
function checkToday(text: string): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new UsageError(`--today “${text}” is not a date; expected YYYY-MM-DD, e.g. 2026-11-22.`);
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12)
    throw new UsageError(`--today ${text}: month ${m[2]} is out of range; expected 01 to 12.`);
  if (!isLocalDate(text)) {
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    throw new UsageError(
      `--today ${text} is not a real date: day ${m[3]} is out of range; ${year}-${m[2]} has ${days} days.`,
    );
  }
}

function checkMonth(text: string): void {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m) throw new UsageError(`--month “${text}” is not a month; expected YYYY-MM, e.g. 2026-10.`);
  if (Number(m[2]) < 1 || Number(m[2]) > 12)
    throw new UsageError(`--month ${text}: month ${m[2]} is out of range; expected 01 to 12.`);
}

const OPTIONS = {
  workbook: { type: 'string' },
  file: { type: 'string' },
  invoice: { type: 'string' },
  yes: { type: 'boolean', default: false },
  'client-map': { type: 'string', multiple: true },
  'date-order': { type: 'string' },
  save: { type: 'string' },
  out: { type: 'string' },
  today: { type: 'string' },
  tz: { type: 'string' },
  json: { type: 'boolean', default: false },
  sample: { type: 'boolean', default: false },
  client: { type: 'string' },
  month: { type: 'string' },
  draft: { type: 'boolean', default: false },
  deposit: { type: 'boolean', default: false },
  only: { type: 'string' },
  redo: { type: 'boolean', default: false },
  from: { type: 'string' },
  to: { type: 'string' },
} as const;

/** `--only payment,terms`: the kinds of draft `remind` makes; every due item without it. */
function parseKinds(list: string): DraftKind[] {
  const kinds = list
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const unknown = kinds.filter((k) => !(DRAFT_KINDS as readonly string[]).includes(k));
  if (kinds.length === 0 || unknown.length > 0)
    throw new UsageError(`--only takes kinds from ${DRAFT_KINDS.join(', ')} (not “${unknown[0] ?? list}”).`);
  return kinds as DraftKind[];
}

export type Args = ReturnType<typeof parse>;
