// The self-test run through the built bundle in the local runtime: every item reports, everything it
// made is gone afterwards, the user's tabs are untouched, and a misbehaving service fails only its item.

import { describe, expect, it } from 'vitest';
import type { SelfTestItem, SelfTestResult } from '../../src/server-api';
import { loadRuntime } from '../../runtime/runtime';
import { selfTestChecks } from '../../src/selftest/index';
import { TODAY, ensureBuilt, sampleRuntime, snapshot } from '../support/runtime';

function byId(result: SelfTestResult): Record<string, SelfTestItem> {
  return Object.fromEntries(result.items.map((i) => [i.id, i]));
}

async function emptyRuntime() {
  ensureBuilt();
  return loadRuntime({ today: TODAY });
}

function expectAllPassOrManual(result: SelfTestResult): void {
  for (const item of result.items) {
    // flag-formulas included: the runtime computes the scratch tab's cell formulas with its engine.
    if (item.detail.startsWith('manual: ')) expect(item.status).toBe('skipped');
    else expect(item.status, `${item.id}: ${item.detail}`).toBe('passed');
  }
}

describe('self-test in the local runtime', () => {
  it('runs every item and leaves no scratch tab, Doc, file or draft behind', async () => {
    const runtime = await emptyRuntime();
    const result = runtime.run<SelfTestResult>('runSelfTest');
    expect(result.items.length).toBeGreaterThan(15);
    expectAllPassOrManual(result);
    expect(result.tab).toBe('Self-test');
    expect(runtime.spreadsheet.sheets.map((s) => s.getName())).toEqual(['Sheet1', 'Self-test']);
    expect(runtime.drive.listAll()).toEqual([]);
    expect(runtime.gmail.count()).toBe(0);
    expect(runtime.lock.state.holder).toBeNull();
  });

  it('writes the report to the Self-test tab in one write, as plain text, and again in place', async () => {
    const runtime = await emptyRuntime();
    runtime.calls.reset();
    const result = runtime.run<SelfTestResult>('runSelfTest');
    const tab = runtime.spreadsheet.getSheetByName('Self-test')!;
    const values = tab.getDataRange().getValues();
    expect(values[1]).toEqual(['id', 'title', 'status', 'detail']);
    expect(values.slice(2).map((r) => [r[0], r[2], r[3]])).toEqual(
      result.items.map((i) => [i.id, i.status, i.detail]),
    );
    expect(
      tab
        .getRange(1, 1, values.length, 4)
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    expect(String(values[0]![2])).toMatch(/^\d+ passed, \d+ failed, \d+ skipped$/);
    runtime.run<SelfTestResult>('runSelfTest');
    expect(runtime.spreadsheet.sheets.filter((s) => s.getName() === 'Self-test')).toHaveLength(1);
    expect(tab.getLastRow()).toBe(values.length);
  });

  it('never changes the user’s tabs, and gives the active tab back', async () => {
    const runtime = await sampleRuntime();
    runtime.spreadsheet.getSheetByName('Tasks')!.activate();
    const before = snapshot(runtime.spreadsheet);
    const result = runtime.run<SelfTestResult>('runSelfTest');
    expectAllPassOrManual(result);
    const after = snapshot(runtime.spreadsheet) as { name: string }[];
    expect(after.filter((s) => s.name !== 'Self-test')).toEqual(before);
    expect(runtime.spreadsheet.active?.getName()).not.toMatch(/FVT self-test/);
  });

  it('keeps within its call budget: no call count grows with the user’s data', async () => {
    const empty = await emptyRuntime();
    empty.calls.reset();
    empty.run('runSelfTest');
    const sample = await sampleRuntime();
    sample.run('runSelfTest');
    expect(sample.calls.summary().total).toBe(empty.calls.summary().total);
  });
});

describe('self-test with a misbehaving service', () => {
  it('Drive export giving a string fails pdf-export with what came, and every other item still runs', async () => {
    const runtime = await emptyRuntime();
    const files = runtime.drive.Files;
    const real = files.export.bind(files);
    files.export = ((id: string, type: string, args?: { alt?: string }) =>
      type === 'application/pdf'
        ? '%PDF-1.4 as text'
        : real(id, type, args)) as unknown as typeof files.export;
    const items = byId(runtime.run<SelfTestResult>('runSelfTest'));
    expect(items['pdf-export']!.status).toBe('failed');
    expect(items['pdf-export']!.detail).toMatch(/came as a string/);
    expect(items['doc-update']!.status).toBe('passed');
    expect(items['gmail-draft']!.status).toBe('passed');
    expect(runtime.drive.listAll()).toEqual([]);
  });

  it('a null document lock fails document-lock by name; the rest passes', async () => {
    const runtime = await emptyRuntime();
    runtime.lock.getDocumentLock = (() => null) as unknown as typeof runtime.lock.getDocumentLock;
    const result = runtime.run<SelfTestResult>('runSelfTest');
    const items = byId(result);
    expect(items['document-lock']).toMatchObject({
      status: 'failed',
      detail: 'LockService.getDocumentLock() returned null',
    });
    expect(result.items.filter((i) => i.status === 'passed').length).toBeGreaterThan(12);
  });

  it('a Drive create failure fails doc-import and skips what needs its Doc, saying why', async () => {
    const runtime = await emptyRuntime();
    runtime.calls.failOn('Drive.Files.create', { error: 'Exception: User rate limit exceeded.' });
    const items = byId(runtime.run<SelfTestResult>('runSelfTest'));
    expect(items['doc-import']).toMatchObject({
      status: 'failed',
      detail: 'Exception: User rate limit exceeded.',
    });
    expect(items['doc-update']).toMatchObject({
      status: 'skipped',
      detail: 'needs the Doc that doc-import could not make',
    });
    expect(items['pdf-export']!.status).toBe('skipped');
    expect(items['drive-media-get']!.status).toBe('passed');
  });

  it('a check failing half way still deletes its Doc and draft', async () => {
    const runtime = await emptyRuntime();
    runtime.calls.failOn('Gmail.Users.Drafts.get', { error: 'Exception: Backend Error' });
    runtime.calls.failOn('Drive.Files.export', { after: 1, error: 'Exception: Export failed' });
    const items = byId(runtime.run<SelfTestResult>('runSelfTest'));
    expect(items['gmail-draft']).toMatchObject({ status: 'failed', detail: 'Exception: Backend Error' });
    expect(items['doc-update']).toMatchObject({ status: 'failed', detail: 'Exception: Export failed' });
    expect(runtime.gmail.count()).toBe(0);
    expect(runtime.drive.listAll()).toEqual([]);
    expect(runtime.spreadsheet.sheets.map((s) => s.getName())).toEqual(['Sheet1', 'Self-test']);
  });

  it('a clean-up that fails is reported on the item that made the thing', async () => {
    const runtime = await emptyRuntime();
    runtime.calls.failOn('Gmail.Users.Drafts.get', { error: 'Exception: Backend Error' });
    runtime.calls.failOn('Gmail.Users.Drafts.remove', { error: 'Exception: Service unavailable' });
    const items = byId(runtime.run<SelfTestResult>('runSelfTest'));
    expect(items['gmail-draft']).toMatchObject({
      status: 'failed',
      detail: 'Exception: Backend Error; clean-up failed: Exception: Service unavailable',
    });
    expect(runtime.gmail.count()).toBe(1);
  });
});

describe('Run self-test from the menu', () => {
  it('runs every item, writes the tab and says in a toast how it went, in the user’s language', async () => {
    const runtime = await emptyRuntime();
    runtime.run('runSelfTestFromMenu');
    expect(runtime.spreadsheet.toasts).toEqual([
      {
        title: 'Freelance Value Tracker',
        message: expect.stringMatching(
          /^\d+ passed, \d+ failed, \d+ skipped\. The results are in the Self-test tab: please send them to us\.$/,
        ),
        seconds: 10,
      },
    ]);
    runtime.properties.user.setProperty('uiLanguage', 'nb');
    runtime.run('runSelfTestFromMenu');
    expect(runtime.spreadsheet.toasts[1]!.message).toMatch(/^\d+ bestått, \d+ feilet, \d+ hoppet over\. /);
    expect(runtime.spreadsheet.getSheetByName('Self-test')!.getLastRow()).toBe(2 + selfTestChecks().length);
  });
});

describe('the Self-test tab', () => {
  it('leaves a user’s own tab of that name alone and says so; the items still report', async () => {
    const runtime = await emptyRuntime();
    const own = runtime.spreadsheet.insertSheet('Self-test');
    own.rawWrite(1, 1, [['My notes'], ['keep me']]);
    const result = runtime.run<SelfTestResult>('runSelfTest');
    expect(result.tab).toBeNull();
    expect(result.tabError).toMatch(/A tab named Self-test holds something else; rename it/);
    expect(own.getDataRange().getValues()).toEqual([['My notes'], ['keep me']]);
    expect(result.items.length).toBe(selfTestChecks().length);
  });
});
