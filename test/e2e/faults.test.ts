// Concurrency and service faults, run on the built bundle: one document and one set of drafts however
// the runs overlap, and a failure part way leaves the sheet telling the truth.

import { describe, expect, it } from 'vitest';
import type { DraftsResult, ReportResult } from '../../src/server-api';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRuntime } from '../../runtime/runtime';
import { sampleRuntime, tempDir } from '../support/runtime';

const MONTH = '2026-10';

describe('report', () => {
  it('a second run while the first holds the lock makes no document and says why', async () => {
    const runtime = await sampleRuntime();
    const client = runtime.run<{ clients: { name: string }[] }>('loadSidebar').clients[0]!.name;
    const other = runtime.lock.holdByOtherExecution();
    expect(() => runtime.run('generateReport', { client, month: MONTH })).toThrow(
      /^Something else is running in this spreadsheet/,
    );
    // Said in the sidebar's language when it names one; setup names none, so the user's is used.
    expect(() => runtime.run('generateReport', { client, month: MONTH, ui: 'nb' })).toThrow(
      /^Noe annet kjører i dette regnearket/,
    );
    runtime.properties.user.setProperty('uiLanguage', 'ja');
    expect(() => runtime.run('setupTrackingSheet', { sample: false })).toThrow(/^この/);
    expect(
      runtime.drive.listAll().filter((f) => f.mimeType === 'application/vnd.google-apps.document'),
    ).toHaveLength(0);
    other.release();
    runtime.run('generateReport', { client, month: MONTH });
    runtime.run('generateReport', { client, month: MONTH });
    expect(
      runtime.drive.listAll().filter((f) => f.mimeType === 'application/vnd.google-apps.document'),
    ).toHaveLength(1);
  });

  it('a Drive failure logs nothing; running again makes the one document', async () => {
    const runtime = await sampleRuntime();
    const client = runtime.run<{ clients: { name: string }[] }>('loadSidebar').clients[0]!.name;
    runtime.calls.failOn('Drive.Files.create', { after: 1, error: 'Exception: User rate limit exceeded.' });
    expect(() => runtime.run('generateReport', { client, month: MONTH })).toThrow(/rate limit/);
    const reports = () => runtime.spreadsheet.getSheetByName('Reports')!.getLastRow();
    expect(reports()).toBe(1);
    const result = runtime.run<ReportResult>('generateReport', { client, month: MONTH });
    expect(reports()).toBe(2);
    expect(
      runtime.drive.listAll().filter((f) => f.mimeType === 'application/vnd.google-apps.document'),
    ).toHaveLength(1);
    expect(result.link).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
  });
});

describe('drafts', () => {
  it('a Gmail failure part way records the drafts made, lists the rest as failed, and a rerun finishes without duplicates', async () => {
    const runtime = await sampleRuntime();
    const due = runtime.run<{ kind: string }[]>('listReminders');
    expect(due.length).toBeGreaterThan(2);
    runtime.calls.failOn('Gmail.Users.Drafts.create', {
      after: 2,
      error: 'Exception: Service invoked too many times for one day: gmail.',
    });
    const first = runtime.run<DraftsResult>('createDrafts', {});
    expect(first.drafts).toHaveLength(2);
    expect(first.failed.length).toBe(due.length - 2 - first.skipped.length);
    expect(first.failed[0]!.reason).toMatch(/too many times/);
    const logged = () => runtime.spreadsheet.getSheetByName('Drafts')!.getLastRow() - 1;
    expect(logged()).toBe(2);
    expect(runtime.gmail.count()).toBe(2);

    const second = runtime.run<DraftsResult>('createDrafts', {});
    expect(second.failed).toEqual([]);
    expect(second.drafts).toHaveLength(first.failed.length);
    expect(runtime.gmail.count()).toBe(2 + first.failed.length);
    const third = runtime.run<DraftsResult>('createDrafts', {});
    expect(third.drafts).toEqual([]);
    expect(runtime.gmail.count()).toBe(2 + first.failed.length);
  });

  it('a second run while the first holds the lock makes no drafts', async () => {
    const runtime = await sampleRuntime();
    const other = runtime.lock.holdByOtherExecution();
    expect(() => runtime.run('createDrafts', {})).toThrow(/^Something else is running in this spreadsheet/);
    expect(runtime.gmail.count()).toBe(0);
    other.release();
  });
});

describe('a Drafts tab that is not a log', () => {
  it('makes no draft when it could not record it, and says which tab to fix', async () => {
    const runtime = await sampleRuntime();
    const drafts = runtime.spreadsheet.getSheetByName('Drafts')!;
    drafts.rawWrite(
      1,
      1,
      Array.from({ length: 25 }, () => ['my own notes', 42, '', '', '', '', '', '']),
    );
    expect(() => runtime.run('createDrafts', {})).toThrow(/The Drafts tab has no header row/);
    expect(runtime.gmail.count()).toBe(0);
  });
});

describe('document lock', () => {
  it('a null document lock stops each action with a plain message before it writes anything', async () => {
    const runtime = await sampleRuntime();
    const client = runtime.run<{ clients: { name: string }[] }>('loadSidebar').clients[0]!.name;
    runtime.lock.state.noDocument = true;
    expect(() => runtime.run('generateReport', { client, month: MONTH })).toThrow(
      /Apps Script gave no document lock/,
    );
    expect(() => runtime.run('createDrafts', {})).toThrow(/Apps Script gave no document lock/);
    expect(() => runtime.run('setupTrackingSheet', { sample: false })).toThrow(
      /Apps Script gave no document lock/,
    );
    expect(runtime.drive.listAll()).toHaveLength(0);
    expect(runtime.gmail.count()).toBe(0);
  });

  it('every action that writes under the lock flushes before the lock is released', async () => {
    const runtime = await sampleRuntime();
    const client = runtime.run<{ clients: { name: string }[] }>('loadSidebar').clients[0]!.name;
    runtime.calls.reset();
    runtime.run('generateReport', { client, month: MONTH });
    runtime.run<DraftsResult>('createDrafts', {});
    runtime.run('setupTrackingSheet', { sample: false });
    expect(runtime.calls.count('SpreadsheetApp.flush')).toBe(3);
    expect(runtime.calls.unflushedWrites()).toBe(0);
  });

  it('a run that releases the lock over unflushed writes fails in the runtime, as the reference asks', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Sidebar.html'), '<!doctype html>');
    writeFileSync(
      join(dir, 'Code.js'),
      `function write(flush) {
        var lock = LockService.getDocumentLock();
        lock.tryLock(1000);
        SpreadsheetApp.getActiveSpreadsheet().insertSheet('Scratch ' + flush);
        if (flush) SpreadsheetApp.flush();
        return 'done';
      }`,
    );
    const runtime = await loadRuntime({ bundle: join(dir, 'Code.js'), today: '2026-11-22' });
    expect(() => runtime.run('write', false)).toThrow(
      /released \(at the end of the execution\) with 1 spreadsheet write\(s\) not flushed/,
    );
    expect(runtime.run('write', true)).toBe('done');
  });
});
