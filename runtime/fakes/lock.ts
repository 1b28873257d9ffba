// LockService: one document lock per spreadsheet, held by one execution at a time and released when
// the execution ends. https://developers.google.com/apps-script/reference/lock/lock-service
// Executions here run one after another in one thread, so a second execution can only meet a held
// lock when a test holds it on purpose (`holdByOtherExecution`), as a concurrent run would.

import { SERVICE } from '../calls';
import type { RuntimeContext } from './context';

export class LockState {
  holder: number | null = null;
  /** The execution currently running; each run gets a new number. */
  execution = 0;
}

export class FakeLock
  implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>
{
  readonly [SERVICE] = 'Lock';

  constructor(private readonly state: LockState) {}

  tryLock(_timeoutInMillis: number): boolean {
    if (this.state.holder === null || this.state.holder === this.state.execution) {
      this.state.holder = this.state.execution;
      return true;
    }
    return false;
  }

  /** https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer) */
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    }
  }

  releaseLock(): void {
    if (this.state.holder === this.state.execution) this.state.holder = null;
  }

  hasLock(): boolean {
    return this.state.holder === this.state.execution;
  }
}

export class FakeLockService implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock'> {
  readonly [SERVICE] = 'LockService';
  readonly state = new LockState();

  constructor(private readonly ctx: RuntimeContext) {}

  /** Null outside a document (platform-notes); the runtime always runs bound to a spreadsheet. */
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    this.ctx.requireAuthorization('LockService.getDocumentLock');
    return new FakeLock(this.state) as unknown as GoogleAppsScript.Lock.Lock;
  }

  /** Test hook: a concurrent execution holds the lock until `release()`. */
  holdByOtherExecution(): { release(): void } {
    this.state.holder = -1;
    return {
      release: () => {
        if (this.state.holder === -1) this.state.holder = null;
      },
    };
  }

  /** Called by the runtime when an execution ends: Apps Script releases its locks then. */
  endExecution(): void {
    if (this.state.holder === this.state.execution) this.state.holder = null;
    this.state.execution += 1;
  }
}
