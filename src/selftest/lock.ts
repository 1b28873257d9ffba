// The document lock on the platform: it exists (the reference types it Lock|null), can be taken, and
// is released after a flush, as the Lock reference asks for writes made under it.
// https://developers.google.com/apps-script/reference/lock/lock-service

import type { CheckGroup } from './check';

export const LOCK_GROUP: CheckGroup = {
  name: 'Lock',
  checks: [
    { id: 'document-lock', title: 'The document lock exists, is taken, and is released after a flush' },
  ],
  run(t) {
    t.check('document-lock', () => {
      const lock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
      if (!lock) throw new Error('LockService.getDocumentLock() returned null');
      if (!lock.tryLock(10_000))
        throw new Error('tryLock(10 s) failed: another run holds the lock; try again');
      try {
        if (!lock.hasLock()) throw new Error('hasLock() is false right after tryLock succeeded');
        SpreadsheetApp.flush();
      } finally {
        lock.releaseLock();
      }
      if (lock.hasLock()) throw new Error('hasLock() is still true after releaseLock()');
      return 'getDocumentLock gave a lock; tryLock, flush and releaseLock worked';
    });
  },
};
