// Close the month in the benchmark: for 1, 12 and 50 clients, the checklist's calls and each client's
// own server call (report, invoice, cover draft), at two numbers of task rows to show that a client's
// calls do not grow with the tasks, and the estimated Apps Script time of the slowest client call,
// which must stay far below the six minutes of one execution.

import { loadRuntime } from '../runtime/runtime';
import { estimateAppsScriptMs, fillSheet } from './bench-sheet';

export interface MonthEndBench {
  clients: number;
  taskRows: number;
  /** Clients with work in the month, each closed by its own call. */
  closed: number;
  planCalls: number;
  /** Service calls of one client's call: the fewest and the most. */
  perClientMin: number;
  perClientMax: number;
  /** The slowest client call, estimated for Apps Script, in milliseconds. */
  perClientMs: number;
  drafts: number;
}

/** A client's call: seven reads to plan, then the report (≤15), the invoice (≤20) and the cover draft (Sent on included). */
export const PER_CLIENT_BUDGET = 60;

export async function benchMonthEnd(
  clients: number,
  taskRows: number,
  today: string,
  month: string,
  timeZone: string,
): Promise<MonthEndBench> {
  const runtime = await loadRuntime({ today, timeZone });
  runtime.run('setupTrackingSheet', { sample: false });
  fillSheet(runtime, { clients, invoices: clients * 4, taskRows, today, timeZone });
  runtime.calls.reset();
  const plan = runtime.run<{ clients: { client: string; ticked: boolean }[] }>('monthEndPlan', { month });
  const planCalls = runtime.calls.summary().total;
  const totals: number[] = [];
  let slowest = 0;
  for (const c of plan.clients.filter((x) => x.ticked)) {
    runtime.calls.reset();
    runtime.run('closeMonthClient', { month, client: c.client });
    const calls = runtime.calls.summary();
    totals.push(calls.total);
    slowest = Math.max(slowest, estimateAppsScriptMs(calls));
  }
  return {
    clients,
    taskRows,
    closed: totals.length,
    planCalls,
    perClientMin: Math.min(...totals),
    perClientMax: Math.max(...totals),
    perClientMs: slowest,
    drafts: runtime.gmail.count(),
  };
}
