// The call counter and the small fakes: LockService, Utilities, Blob, Session, PropertiesService.

import { describe, expect, it } from 'vitest';
import { CallLog, SERVICE, counted, isSpreadsheetWrite } from '../../../runtime/calls';
import { RuntimeContext } from '../../../runtime/fakes/context';
import { FakeLockService } from '../../../runtime/fakes/lock';
import { FakePropertiesService } from '../../../runtime/fakes/properties';
import { FakeSession } from '../../../runtime/fakes/session';
import { FakeUtilities } from '../../../runtime/fakes/utilities';

class Folder {
  readonly [SERVICE] = 'Folder';
  child(): Folder {
    return new Folder();
  }
  name(): string {
    return 'x';
  }
}

describe('counted()', () => {
  it('records every method call by class and method, results included', () => {
    const log = new CallLog();
    const folder = counted(new Folder(), log);
    folder.child().child().name();
    expect(log.count('Folder.child')).toBe(2);
    expect(log.count('Folder.name')).toBe(1);
    expect(log.summary()).toMatchObject({ total: 3, all: 3, byService: { Folder: 3 } });
  });

  it('leaves handles and in-memory builders out of the budgeted total but shows them', () => {
    const log = new CallLog();
    log.record('Spreadsheet.getSheetByName');
    log.record('Range.getValues');
    log.record('DataValidationBuilder.build');
    expect(log.summary()).toMatchObject({ total: 1, handles: 1, all: 3 });
  });

  it('fails a planned call after the given number of successes, once', () => {
    const log = new CallLog();
    log.failOn('Folder.name', { after: 1, error: 'quota' });
    const folder = counted(new Folder(), log);
    expect(folder.name()).toBe('x');
    expect(() => folder.name()).toThrow('quota');
    expect(folder.name()).toBe('x');
  });
});

describe('LockService', () => {
  it('gives the lock to one execution; a concurrent holder makes tryLock fail and waitLock throw', () => {
    const service = new FakeLockService(new RuntimeContext());
    const other = service.holdByOtherExecution();
    const lock = service.getDocumentLock()!;
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.waitLock(1000)).toThrow(/Lock timeout/);
    other.release();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
  });

  it('releases the lock when the execution ends', () => {
    const service = new FakeLockService(new RuntimeContext());
    expect(service.getDocumentLock()!.tryLock(0)).toBe(true);
    service.endExecution();
    expect(service.getDocumentLock()!.hasLock()).toBe(false);
    expect(service.getDocumentLock()!.tryLock(0)).toBe(true);
  });

  it('refuses in AuthMode.NONE', () => {
    const ctx = new RuntimeContext();
    ctx.authMode = 'NONE';
    expect(() => new FakeLockService(ctx).getDocumentLock()).toThrow(/permission/);
  });

  it('answers null outside a document, as the reference types it (Lock|null)', () => {
    const service = new FakeLockService(new RuntimeContext());
    service.state.noDocument = true;
    expect(service.getDocumentLock()).toBeNull();
  });

  it('complains when it is released over spreadsheet writes no flush has covered', () => {
    const log = new CallLog();
    const service = new FakeLockService(new RuntimeContext(), () => log.unflushedWrites());
    const lock = service.getDocumentLock()!;
    lock.tryLock(0);
    log.record('Range.setValues');
    log.record('Range.getValues');
    lock.releaseLock();
    expect(service.endExecution()).toMatch(
      /released \(releaseLock\(\)\) with 1 spreadsheet write\(s\) not flushed/,
    );

    service.getDocumentLock()!.tryLock(0);
    log.record('Sheet.insertRowsAfter');
    log.record('SpreadsheetApp.flush');
    expect(service.endExecution()).toBeNull();

    service.getDocumentLock()!.tryLock(0);
    log.record('Range.setDataValidations');
    expect(service.endExecution()).toMatch(/at the end of the execution/);
    // Writes without the lock are no concern of the lock's.
    log.record('Range.setValues');
    expect(service.endExecution()).toBeNull();
  });

  it('knows spreadsheet writes from reads', () => {
    for (const key of [
      'Range.setValues',
      'Sheet.insertSheet',
      'Spreadsheet.insertSheet',
      'Range.clearContent',
    ])
      expect(isSpreadsheetWrite(key), key).toBe(true);
    for (const key of [
      'Range.getValues',
      'Sheet.getLastRow',
      'Drive.Files.create',
      'DataValidationBuilder.setHelpText',
    ])
      expect(isSpreadsheetWrite(key), key).toBe(false);
  });
});

describe('Utilities and Blob', () => {
  const utilities = new FakeUtilities();

  it('encodes UTF-8 text web-safe with padding', () => {
    expect(utilities.base64EncodeWebSafe('日本?>', utilities.Charset.UTF_8)).toBe(
      Buffer.from('日本?>').toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
    );
    expect(utilities.base64EncodeWebSafe('a', utilities.Charset.UTF_8)).toBe('YQ==');
  });

  it('refuses non-ASCII text without a charset (the default is unspecified)', () => {
    expect(() => utilities.base64EncodeWebSafe('æøå')).toThrow(/UTF_8/);
  });

  it('makes blobs with signed bytes, a type and a name', () => {
    const blob = utilities.newBlob('é', 'text/html', 'r.html');
    expect(blob.getBytes()).toEqual([-61, -87]);
    expect(blob.getDataAsString()).toBe('é');
    expect(blob.getContentType()).toBe('text/html');
    expect(blob.getName()).toBe('r.html');
    expect(blob.copyBlob().getDataAsString()).toBe('é');
  });
});

describe('Session', () => {
  it('reports the UI locale and the script zone', () => {
    const session = new FakeSession('he', 'Etc/UTC');
    expect(session.getActiveUserLocale()).toBe('he');
    expect(session.getScriptTimeZone()).toBe('Etc/UTC');
  });
});

describe('PropertiesService (user store)', () => {
  it('keeps strings per key, reads null for an unknown key, deletes, and counts every call', () => {
    const ctx = new RuntimeContext();
    const log = new CallLog();
    const service = counted(new FakePropertiesService(ctx), log);
    const store = service.getUserProperties();
    expect(store.getProperty('uiLanguage')).toBeNull();
    store.setProperty('uiLanguage', 'ja');
    expect(store.getProperty('uiLanguage')).toBe('ja');
    store.setProperty('n', 5 as unknown as string);
    expect(store.getProperty('n')).toBe('5');
    store.deleteProperty('uiLanguage');
    expect(store.getProperty('uiLanguage')).toBeNull();
    expect(log.summary().byMethod).toMatchObject({
      'PropertiesService.getUserProperties': 1,
      'Properties.getProperty': 4,
      'Properties.setProperty': 2,
      'Properties.deleteProperty': 1,
    });
  });
  it('refuses to run in AuthMode.NONE, as the AuthMode reference’s onOpen example warns', () => {
    const ctx = new RuntimeContext();
    ctx.authMode = 'NONE';
    expect(() => new FakePropertiesService(ctx).getUserProperties()).toThrow(/AuthMode.NONE/);
    expect(() => new FakeSession('he', 'Etc/UTC', ctx).getActiveUserLocale()).toThrow(/AuthMode.NONE/);
  });
});
