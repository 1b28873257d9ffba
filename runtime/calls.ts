// Counts every call the add-on makes into an Apps Script service, by service and method.
// Fakes stay plain classes; `counted()` wraps them in a Proxy when they are handed to the bundle,
// so no fake can forget to count and tests can hand out the same object uncounted.

/** Fakes carry their Apps Script class name under this key, e.g. 'Sheet' or 'Drive.Files'. */
export const SERVICE = Symbol.for('fvt.service');

/** Asking a counted proxy for this key gives the fake behind it (for fakes that keep references). */
export const RAW = Symbol.for('fvt.raw');

export function unwrap<T>(value: T): T {
  return ((value && typeof value === 'object' && (value as Record<symbol, unknown>)[RAW]) as T) || value;
}

export interface Serviced {
  readonly [SERVICE]: string;
}

/**
 * Calls that hand back a handle to something already open in this execution (the bound spreadsheet,
 * a tab, a range, the document lock, the UI) without reading or writing anything. Apps Script reads
 * and writes only when values, formats or metadata are asked for (best practices:
 * https://developers.google.com/apps-script/guides/support/best-practices), so the budgets leave
 * handles out, and the benchmark shows them in a column of their own. UNVERIFIED on real Google:
 * the first-run list (docs/first-run.md) asks to time them.
 */
const HANDLE_METHODS = new Set([
  'SpreadsheetApp.getActiveSpreadsheet',
  'SpreadsheetApp.getActive',
  'Spreadsheet.getActiveSheet',
  'SpreadsheetApp.getUi',
  'Spreadsheet.getSheetByName',
  'Spreadsheet.getRange',
  'Sheet.getDataRange',
  'Sheet.getRange',
  'Sheet.getRangeList',
  'Range.getSheet',
  'LockService.getDocumentLock',
  // Hand back the user's and the document's property stores; getProperty/setProperty read and write.
  'PropertiesService.getUserProperties',
  'PropertiesService.getDocumentProperties',
]);

export function isHandleCall(key: string): boolean {
  return HANDLE_METHODS.has(key);
}

/**
 * Calls that only build a value in memory (rule builders, blobs, HTML output objects, menus being
 * assembled). They are counted and shown, but the budgets leave them out: they reach no service.
 * Everything else that is not a handle counts against the budgets.
 */
const LOCAL_CLASSES = new Set([
  'DataValidationBuilder',
  'DataValidation',
  'ConditionalFormatRuleBuilder',
  'ConditionalFormatRule',
  'BooleanCondition',
  'RichTextValue',
  'Blob',
  'HtmlOutput',
  'Menu',
  // Trigger builders assemble in memory (create() is the call that reaches the service), and a
  // Trigger's getters read the object already in hand.
  'TriggerBuilder',
  'Trigger',
]);
const LOCAL_METHODS = new Set([
  'SpreadsheetApp.newDataValidation',
  'SpreadsheetApp.newConditionalFormatRule',
  'Utilities.newBlob',
  'Utilities.base64EncodeWebSafe',
  'Utilities.base64Encode',
  'Utilities.base64Decode',
  'Utilities.base64DecodeWebSafe',
  'ClockTriggerBuilder.everyDays',
  'ClockTriggerBuilder.atHour',
  'ClockTriggerBuilder.inTimezone',
  'ScriptApp.newTrigger',
]);

export function isLocalCall(key: string): boolean {
  const dot = key.indexOf('.');
  const service = dot < 0 ? key : key.slice(0, key.lastIndexOf('.'));
  return LOCAL_CLASSES.has(service) || LOCAL_METHODS.has(key);
}

/**
 * Calls that change the spreadsheet. Sheets may hold them back and apply them in batches; the Lock
 * reference asks for `SpreadsheetApp.flush()` before a lock held over such writes is released, so
 * that the next execution reads them (https://developers.google.com/apps-script/reference/lock/lock).
 */
const WRITING_CLASSES = new Set(['Spreadsheet', 'Sheet', 'Range', 'RangeList']);
const WRITING_VERBS =
  /^(set|insert|append|delete|clear|add|remove|hide|show|auto|merge|break|sort|copy|move|trim|check|uncheck|activate)/;

export function isSpreadsheetWrite(key: string): boolean {
  const dot = key.lastIndexOf('.');
  return WRITING_CLASSES.has(key.slice(0, dot)) && WRITING_VERBS.test(key.slice(dot + 1));
}

/**
 * Range calls that move cell contents or cell properties, and so cost by the cell as well as by the
 * call. The counted proxy adds the range's size (numRows × numColumns) to cells read or written.
 */
const CELL_READS =
  /^Range\.get(Values?|DisplayValues?|Formulas?|DataValidations?|NumberFormats?|RichTextValues?|Backgrounds?|FontWeights?)$/;
const CELL_WRITES = /^Range\.(set[A-Z]\w*|clear\w*|insertCheckboxes|removeCheckboxes)$/;

export function cellDirection(key: string): 'read' | 'write' | null {
  if (CELL_READS.test(key)) return 'read';
  if (CELL_WRITES.test(key)) return 'write';
  return null;
}

export interface CallSummary {
  /** Calls that read, write or ask a service something: what the budgets count. */
  total: number;
  /** Handles taken (tab, range, lock): counted, shown, not budgeted. */
  handles: number;
  /** Every call, handles and local builders included. */
  all: number;
  byService: Record<string, number>;
  byMethod: Record<string, number>;
  /** Cells read and written by Range calls (a range's rows × columns per call), by method too. */
  cellsRead: number;
  cellsWritten: number;
  cellsByMethod: Record<string, number>;
}

interface Fault {
  key: string;
  /** Calls of that method that still succeed before the fault strikes. */
  after: number;
  error: string;
  times: number;
}

export class CallLog {
  private readonly counts = new Map<string, number>();
  private faults: Fault[] = [];
  private writesSinceFlush = 0;
  private readonly cells = new Map<string, number>();

  /**
   * Records a call, and throws when a planned fault says this call fails (quota, outage), so tests
   * can stop an action part way as a real service would.
   */
  record(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (key === 'SpreadsheetApp.flush') this.writesSinceFlush = 0;
    else if (isSpreadsheetWrite(key)) this.writesSinceFlush += 1;
    const fault = this.faults.find((f) => f.key === key);
    if (!fault) return;
    if (fault.after > 0) {
      fault.after -= 1;
      return;
    }
    fault.times -= 1;
    if (fault.times <= 0) this.faults = this.faults.filter((f) => f !== fault);
    throw new Error(fault.error);
  }

  /** Makes a method fail after `after` successful calls, `times` times (default once). */
  failOn(key: string, options: { after?: number; error?: string; times?: number } = {}): void {
    this.faults.push({
      key,
      after: options.after ?? 0,
      times: options.times ?? 1,
      error: options.error ?? `Exception: Service invoked too many times for one day: ${key}.`,
    });
  }

  /** Adds the cells a Range call read or wrote (called by the counted proxy). */
  recordCells(key: string, n: number): void {
    this.cells.set(key, (this.cells.get(key) ?? 0) + n);
  }

  reset(): void {
    this.counts.clear();
    this.cells.clear();
    this.writesSinceFlush = 0;
  }

  /** Spreadsheet writes made since the last `SpreadsheetApp.flush()` (or since the log began). */
  unflushedWrites(): number {
    return this.writesSinceFlush;
  }

  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  summary(): CallSummary {
    const byService: Record<string, number> = {};
    const byMethod: Record<string, number> = {};
    let total = 0;
    let handles = 0;
    let all = 0;
    for (const [key, n] of [...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      byMethod[key] = n;
      all += n;
      if (isLocalCall(key)) continue;
      if (isHandleCall(key)) {
        handles += n;
        continue;
      }
      total += n;
      const service = key.slice(0, key.lastIndexOf('.'));
      byService[service] = (byService[service] ?? 0) + n;
    }
    const cellsByMethod: Record<string, number> = {};
    let cellsRead = 0;
    let cellsWritten = 0;
    for (const [key, n] of [...this.cells.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      cellsByMethod[key] = n;
      if (cellDirection(key) === 'read') cellsRead += n;
      else cellsWritten += n;
    }
    return { total, handles, all, byService, byMethod, cellsRead, cellsWritten, cellsByMethod };
  }
}

function isServiced(value: unknown): value is Serviced {
  return typeof value === 'object' && value !== null && SERVICE in value;
}

/** Rows × columns of a range fake (FakeRange keeps numRows and numColumns). */
function rangeSize(range: object): number {
  const { numRows, numColumns } = range as { numRows?: unknown; numColumns?: unknown };
  return typeof numRows === 'number' && typeof numColumns === 'number' ? numRows * numColumns : 0;
}

const proxies = new WeakMap<object, Map<CallLog, object>>();

/** Wraps a fake so that each method call is recorded as `<service>.<method>`; results are wrapped too. */
export function counted<T>(value: T, log: CallLog): T {
  if (Array.isArray(value)) return value.map((v) => counted(v, log)) as T;
  if (!isServiced(value)) return value;
  const target = value as unknown as object;
  let byLog = proxies.get(target);
  const existing = byLog?.get(log);
  if (existing) return existing as T;
  const service = value[SERVICE];
  const proxy = new Proxy(target, {
    get(obj, prop, receiver) {
      if (prop === RAW) return obj;
      const member = Reflect.get(obj, prop, receiver);
      if (typeof member !== 'function' || typeof prop === 'symbol' || prop === 'constructor') {
        // Nested collections (Drive.Files, Gmail.Users.Drafts) are serviced objects themselves.
        return counted(member, log);
      }
      return (...args: unknown[]) => {
        const key = `${service}.${prop}`;
        log.record(key);
        const result = member.apply(obj, args);
        if (cellDirection(key)) log.recordCells(key, rangeSize(obj));
        return counted(result, log);
      };
    },
  });
  if (!byLog) {
    byLog = new Map();
    proxies.set(target, byLog);
  }
  byLog.set(log, proxy);
  return proxy as T;
}
