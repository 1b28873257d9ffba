// LockService: one document lock per spreadsheet, held by one execution at a time and released when
// the execution ends. https://developers.google.com/apps-script/reference/lock/lock-service
// Executions here run one after another in one thread, so a second execution can only meet a held
// lock when a test holds it on purpose (`holdByOtherExecution`), as a concurrent run would.
// Strict where the reference asks: spreadsheet writes made while the lock is held must be flushed
// (`SpreadsheetApp.flush()`) before it is released (https://developers.google.com/apps-script/reference/lock/lock);
// a release with unflushed writes is recorded, and the runtime fails the execution for it.

import { SERVICE } from '../calls';
import type { RuntimeContext } from './context';

export class LockState {
  holder: number | null = null;
  /** The execution currently running; each run gets a new number. */
  execution = 0;
  /** Releases (explicit or at the end of an execution) made while spreadsheet writes were unflushed. */
  readonly unflushedReleases: string[] = [];
  /** Whether getDocumentLock answers null, as it does when the script runs outside a document. */
  noDocument = false;
}

/** How many spreadsheet writes are pending since the last flush (the runtime's call log knows). */
export type UnflushedWrites = () => number;

export class FakeLock
  implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>
{
  readonly [SERVICE] = 'Lock';

  constructor(
    private readonly state: LockState,
    private readonly unflushed: UnflushedWrites,
  ) {}

  /** https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer) */
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

  /** https://developers.google.com/apps-script/reference/lock/lock#releaseLock() */
  releaseLock(): void {
    if (this.state.holder !== this.state.execution) return;
    checkFlushed(this.state, this.unflushed, 'releaseLock()');
    this.state.holder = null;
  }

  hasLock(): boolean {
    return this.state.holder === this.state.execution;
  }
}

function checkFlushed(state: LockState, unflushed: UnflushedWrites, when: string): void {
  const pending = unflushed();
  if (pending > 0)
    state.unflushedReleases.push(
      `The document lock was released (${when}) with ${pending} spreadsheet write(s) not flushed: call SpreadsheetApp.flush() before the lock is released (https://developers.google.com/apps-script/reference/lock/lock).`,
    );
}

/** Typed as the reference says (`Lock|null`), not as @types (`Lock`), which leaves the null out. */
export class FakeLockService
  implements Record<keyof Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock'>, () => unknown>
{
  readonly [SERVICE] = 'LockService';
  readonly state = new LockState();

  constructor(
    private readonly ctx: RuntimeContext,
    private readonly unflushed: UnflushedWrites = () => 0,
  ) {}

  /**
   * The reference types it `Lock|null`: null when the script runs outside a document
   * (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
   * The runtime always runs bound to a spreadsheet; `state.noDocument` makes it answer null.
   */
  getDocumentLock(): GoogleAppsScript.Lock.Lock | null {
    this.ctx.requireAuthorization('LockService.getDocumentLock');
    if (this.state.noDocument) return null;
    return new FakeLock(this.state, this.unflushed) as unknown as GoogleAppsScript.Lock.Lock;
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

  /**
   * Called by the runtime when an execution ends: Apps Script releases its locks then. Gives the
   * complaint when the lock was released with unflushed writes during this execution.
   */
  endExecution(): string | null {
    if (this.state.holder === this.state.execution) {
      checkFlushed(this.state, this.unflushed, 'at the end of the execution');
      this.state.holder = null;
    }
    this.state.execution += 1;
    return this.state.unflushedReleases.splice(0).join(' ') || null;
  }
}
