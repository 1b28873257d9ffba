// Close the month and the morning reminders, run on the production bundle in the local runtime: on
// the sample, November closes with one report, one invoice and one cover draft carrying both PDFs per
// client; a second run makes nothing; a task added afterwards is offered for a redo; thirty mornings
// draft each due stage exactly once; a failed morning leaves the sheet as it was and says why.

import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { CloseClientResult, MorningStatus } from '../../src/server-api';
import type { MonthEndPlan } from '../../src/domain/month-end/close-plan';
import type { MorningRun } from '../../src/domain/month-end/mornings';
import { addDays, startOfLocalDate } from '../../src/domain/dates';
import { type Runtime, loadRuntime } from '../../runtime/runtime';
import { ensureBuilt, snapshot } from '../support/runtime';

const TODAY = '2026-12-02';
const MONTH = '2026-11';

async function sample(): Promise<Runtime> {
  ensureBuilt();
  const runtime = await loadRuntime({ today: TODAY });
  runtime.run('setupTrackingSheet', { sample: true });
  runtime.calls.reset();
  return runtime;
}

function closeAll(runtime: Runtime, redo = false): CloseClientResult[] {
  const plan = runtime.run<MonthEndPlan>('monthEndPlan', { month: MONTH });
  return plan.clients
    .filter((c) => c.ticked || (redo && c.redo))
    .map((c) => runtime.run<CloseClientResult>('closeMonthClient', { month: MONTH, client: c.client, redo }));
}

const rows = (runtime: Runtime, tab: string) =>
  runtime.spreadsheet.getSheetByName(tab)!.getDataRange().getValues().slice(1);

describe('close the month on the sample', () => {
  it('one report, one invoice and one cover draft with both PDFs per client; a second run makes nothing new', async () => {
    const runtime = await sample();
    const plan = runtime.run<MonthEndPlan>('monthEndPlan', { month: MONTH });
    expect(plan.monthOver).toBe(true);
    const names = plan.clients.map((c) => c.client);
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const c of plan.clients)
      expect([c.report.state, c.invoice.state, c.draft.state]).toEqual(['make', 'make', 'make']);

    const results = closeAll(runtime);
    expect(results.map((r) => r.client)).toEqual(names);
    for (const r of results) {
      expect(r.report?.link).toMatch(/^https:\/\/docs\.google\.com\//);
      expect(r.invoice?.number).toBeTruthy();
      expect(r.draft?.draftId).toBeTruthy();
      const mail = await simpleParser(runtime.gmail.rawOf(r.draft!.draftId));
      expect(mail.attachments.map((a) => a.contentType)).toEqual(['application/pdf', 'application/pdf']);
      for (const a of mail.attachments) expect(a.content.subarray(0, 5).toString()).toBe('%PDF-');
      expect(mail.text).toContain(r.invoice!.number);
    }
    expect(rows(runtime, 'Reports')).toHaveLength(names.length);
    expect(rows(runtime, 'Drafts').filter((d) => d[1] === 'report')).toHaveLength(names.length);
    const drafts = runtime.gmail.count();
    const files = runtime.drive.listAll().length;
    const sheets = snapshot(runtime.spreadsheet);

    const again = runtime.run<MonthEndPlan>('monthEndPlan', { month: MONTH });
    for (const c of again.clients) {
      expect([c.report.state, c.invoice.state, c.draft.state]).toEqual(['done', 'done', 'done']);
      expect([c.ticked, c.redo]).toEqual([false, false]);
    }
    expect(closeAll(runtime, true)).toEqual([]);
    // Even a client's own call made directly (a second click) makes nothing.
    const direct = runtime.run<CloseClientResult>('closeMonthClient', { month: MONTH, client: names[0] });
    expect([direct.report, direct.invoice, direct.draft]).toEqual([null, null, null]);
    expect(runtime.gmail.count()).toBe(drafts);
    expect(runtime.drive.listAll().length).toBe(files);
    expect(snapshot(runtime.spreadsheet)).toEqual(sheets);
  });

  it('a task added afterwards is offered for a redo, made again only when asked', async () => {
    const runtime = await sample();
    closeAll(runtime);
    const first = runtime.run<MonthEndPlan>('monthEndPlan', { month: MONTH }).clients[0]!;
    const tasks = runtime.spreadsheet.getSheetByName('Tasks')!;
    const width = tasks.getLastColumn();
    const header = tasks.getRange(1, 1, 1, width).getValues()[0]!;
    const line = header.map((h) =>
      h === 'Date'
        ? startOfLocalDate('2026-11-27', runtime.timeZone)
        : h === 'Client'
          ? first.client
          : h === 'Task'
            ? 'Late fix'
            : h === 'Mark'
              ? 'A'
              : h === 'Hours'
                ? 1.5
                : h === 'Billable'
                  ? true
                  : '',
    );
    tasks.getRange(tasks.getLastRow() + 1, 1, 1, width).setValues([line]);
    const plan = runtime.run<MonthEndPlan>('monthEndPlan', { month: MONTH });
    const mine = plan.clients.find((c) => c.client === first.client)!;
    expect(mine.report).toMatchObject({ state: 'redo', reasons: [{ code: 'tasks-added', n: 1 }] });
    // The cover draft carried the invoice, so it counts as sent (Sent on): fixed, the late hours wait
    // for the next invoice.
    expect(mine.invoice).toMatchObject({
      state: 'done',
      reasons: [
        { code: 'invoice-sent', sentOn: TODAY },
        { code: 'hours-next-invoice', hours: 1.5 },
      ],
    });
    expect([mine.ticked, mine.redo]).toEqual([false, true]);
    for (const c of plan.clients.filter((x) => x.client !== first.client)) expect(c.redo).toBe(false);
    // Not asked: nothing is made.
    expect(closeAll(runtime)).toEqual([]);
    const redone = runtime.run<CloseClientResult>('closeMonthClient', {
      month: MONTH,
      client: first.client,
      redo: true,
    });
    expect(redone.report?.replaced).toBe(true);
    expect(redone.invoice).toBeNull();
    expect(redone.draft).not.toBeNull();
    const after = runtime
      .run<MonthEndPlan>('monthEndPlan', { month: MONTH })
      .clients.find((c) => c.client === first.client)!;
    expect(after.redo).toBe(false);
  });
});

describe('reminders prepared every morning', () => {
  it('thirty mornings draft each due stage exactly once, in order, and never send', async () => {
    const runtime = await sample();
    const status = runtime.run<MorningStatus>('setMorningReminders', { on: true });
    expect(status.on).toBe(true);
    const made: { day: string; invoice: string; stage: number }[] = [];
    for (let i = 0; i < 30; i++) {
      const day = addDays(TODAY, i);
      const run = runtime.fireMorning<MorningRun>(day);
      expect(run?.failed).toBeUndefined();
      made.push(...(run?.drafts ?? []).map((d) => ({ day, invoice: d.invoice, stage: d.stage })));
    }
    const keys = made.map((m) => `${m.invoice}#${m.stage}`);
    expect(new Set(keys).size).toBe(keys.length);
    const byInvoice = new Map<string, number[]>();
    for (const m of made) byInvoice.set(m.invoice, [...(byInvoice.get(m.invoice) ?? []), m.stage]);
    for (const [, stages] of byInvoice)
      for (let i = 1; i < stages.length; i++) expect(stages[i]).toBe(stages[i - 1]! + 1);
    expect(made.length).toBeGreaterThan(0);
    // Every chaser recorded in the sheet; the same thirty mornings again make nothing.
    const before = runtime.gmail.count();
    for (let i = 0; i < 30; i++) expect(runtime.fireMorning<MorningRun | null>(addDays(TODAY, i))).toBeNull();
    expect(runtime.gmail.count()).toBe(before);
    // The sidebar says what was prepared, once.
    const seen = runtime.run<MorningStatus>('morningStatus');
    expect(seen.since.drafts.length + seen.since.more).toBe(made.length);
    expect(runtime.run<MorningStatus>('morningStatus').since.runs).toBe(0);
  });

  it('mornings missed are caught up by the next: no stage skipped or doubled, and it says since when', async () => {
    const runtime = await sample();
    runtime.run('setMorningReminders', { on: true });
    const made: { day: string; invoice: string; stage: number; dueSince?: string }[] = [];
    // The trigger runs on only some of thirty mornings (an outage, a week away from the account).
    const ran = (i: number) => i % 5 === 0 || (i > 12 && i < 16) || i === 29;
    for (let i = 0; i < 30; i++) {
      if (!ran(i)) continue;
      const day = addDays(TODAY, i);
      const run = runtime.fireMorning<MorningRun>(day)!;
      made.push(
        ...run.drafts.map((d) => ({ day, invoice: d.invoice, stage: d.stage, dueSince: d.dueSince })),
      );
    }
    const keys = made.map((m) => `${m.invoice}#${m.stage}`);
    expect(new Set(keys).size).toBe(keys.length);
    const byInvoice = new Map<string, number[]>();
    for (const m of made) byInvoice.set(m.invoice, [...(byInvoice.get(m.invoice) ?? []), m.stage]);
    for (const [, stages] of byInvoice)
      for (let i = 1; i < stages.length; i++) expect(stages[i]).toBe(stages[i - 1]! + 1);
    // At least one chaser waited for a missed morning, and says so.
    expect(made.some((m) => m.dueSince !== undefined && m.dueSince < m.day)).toBe(true);
  });

  it('a failed morning leaves the sheet as it was, says why next time, and the next morning catches up', async () => {
    const runtime = await sample();
    runtime.run('setMorningReminders', { on: true });
    const sheets = snapshot(runtime.spreadsheet);
    runtime.calls.failOn('Gmail.Users.Drafts.create', {
      error: 'Service invoked too many times for one day: gmail.',
    });
    const failed = runtime.fireMorning<MorningRun>(TODAY)!;
    expect(failed.failed).toMatch(/too many times/);
    expect(snapshot(runtime.spreadsheet)).toEqual(sheets);
    const status = runtime.run<MorningStatus>('morningStatus');
    expect(status.since.failed?.failed).toMatch(/too many times/);
    const next = runtime.fireMorning<MorningRun>(addDays(TODAY, 1))!;
    expect(next.failed).toBeUndefined();
    expect(next.drafts.length).toBeGreaterThan(0);
  });

  it('on twice makes one trigger; off deletes it; the rule of one clock trigger per user and document holds', async () => {
    const runtime = await sample();
    runtime.run('setMorningReminders', { on: true });
    runtime.run('setMorningReminders', { on: true });
    expect(runtime.scriptApp.triggers).toHaveLength(1);
    expect(runtime.scriptApp.triggers[0]).toMatchObject({
      handler: 'prepareMorningReminders',
      everyDays: 1,
      atHour: 7,
    });
    const off = runtime.run<MorningStatus>('setMorningReminders', { on: false });
    expect(off.on).toBe(false);
    expect(runtime.scriptApp.triggers).toHaveLength(0);
    expect(runtime.fireMorning(TODAY)).toBeNull();
  });
});
