// The runner's month-end commands: `close` closes a month as the sidebar does, one server call per
// client, and `mornings` plays the morning trigger day by day (runtime/cli.ts parses the arguments).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '../src/domain/dates';
import type { MonthEndPlan } from '../src/domain/month-end/close-plan';
import type { MorningRun } from '../src/domain/month-end/mornings';
import type { CloseClientResult } from '../src/server-api';
import type { CliOutput } from './cli';
import { draftFileName, slug } from './file-names';
import type { Runtime } from './runtime';

/**
 * Closes a month as the sidebar does: the checklist, then one server call per ticked client (with
 * --redo, also those offered for a redo). Per client: what was made, and each step not run with why.
 */
export function closeMonth(
  runtime: Runtime,
  args: { month: string; redo: boolean },
  outDir: string,
  output: CliOutput,
): void {
  const month = args.month;
  const plan = runtime.run<MonthEndPlan>('monthEndPlan', { month });
  mkdirSync(outDir, { recursive: true });
  const clients = plan.clients.map((c) => {
    const wanted = c.ticked || (args.redo && c.redo);
    const result: CloseClientResult | null = wanted
      ? runtime.run<CloseClientResult>('closeMonthClient', { month, client: c.client, redo: args.redo })
      : null;
    const skipped =
      result?.skipped ??
      (['report', 'invoice', 'draft'] as const).map((step) => ({
        step,
        state: c[step].state,
        reasons: c[step].reasons,
      }));
    let draft: { subject: string; to: string; file: string } | null = null;
    if (result?.draft) {
      const file = join(outDir, `${slug(c.client)}-${month}.eml`);
      writeFileSync(file, runtime.gmail.rawOf(result.draft.draftId));
      output.outputs.push(file);
      draft = { subject: result.draft.subject, to: result.draft.to, file };
    }
    return {
      client: c.client,
      report: result?.report ? { link: result.report.link, replaced: result.report.replaced } : null,
      invoice: result?.invoice
        ? { number: result.invoice.number, amount: result.invoice.amountText, file: result.invoice.pdfLink }
        : null,
      draft,
      skipped,
      notAttached: result?.notAttached ?? [],
    };
  });
  Object.assign(output, { month, monthOver: plan.monthOver, clients });
}

/**
 * Plays the mornings from --from to --to as the trigger runs them: turned on if it is not (as the
 * sidebar's button does), then fired each morning; each morning's drafts are written under DIR/DAY/.
 */
export function playMornings(
  runtime: Runtime,
  args: { from: string; to: string },
  outDir: string,
  output: CliOutput,
): void {
  runtime.run('setMorningReminders', { on: true });
  const runs: unknown[] = [];
  for (let day = args.from; day <= args.to; day = addDays(day, 1)) {
    const run = runtime.fireMorning<MorningRun | null>(day);
    const drafts = (run?.drafts ?? []).map((d, i) => {
      mkdirSync(join(outDir, day), { recursive: true });
      const file = join(
        outDir,
        day,
        draftFileName(i, { kind: 'payment', client: d.client, invoice: d.invoice }),
      );
      writeFileSync(file, runtime.gmail.rawOf(d.draftId));
      output.outputs.push(file);
      return { client: d.client, invoice: d.invoice, stage: d.stage, subject: d.subject, file };
    });
    runs.push({ day, ran: run !== null, drafts, ...(run?.failed ? { failed: run.failed } : {}) });
  }
  Object.assign(output, { mornings: runs });
}
