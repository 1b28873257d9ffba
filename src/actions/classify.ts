// Classify tasks: the month's tasks with neither goal nor mark, and the freelancer's choices saved in
// one batch. Listing reads four tabs once. Saving reads the user's tabs again under the document lock
// (each row is checked against what is there now: src/domain/method/classify.ts), writes the Goal and
// Mark cells with one RangeList per distinct choice, and answers with the month's list and the
// sheet's problems as they are after saving, computed from the values read and the cells written.

import { openTabs } from '../adapters/spreadsheet';
import { writeCellBatches } from '../adapters/tasks-writes';
import { isMonth } from '../domain/dates';
import { planClassify, unclassifiedTasks, writeBatches } from '../domain/method/classify';
import { say } from '../domain/problems';
import { refuse } from '../domain/problems/render';
import { readTracker } from '../domain/read-tracker';
import type {
  ClassifyList,
  ClassifyListRequest,
  ClassifySaveRequest,
  ClassifySaveResult,
} from '../server-api';
import { USER_TABS, checkResult } from './check';
import { actionContext, withDocumentLock } from './context';

function monthOf(request: { month?: unknown } | undefined): string {
  const month = typeof request?.month === 'string' ? request.month.trim() : '';
  if (!isMonth(month)) refuse(say('notMonth', { value: month, example: '2026-10' }));
  return month;
}

export function listUnclassified(request: ClassifyListRequest): ClassifyList {
  const month = monthOf(request);
  const { ss, timeZone } = actionContext();
  const { raw } = openTabs(ss, ['Settings', 'Clients', 'Goals', 'Tasks']);
  return unclassifiedTasks(raw.Tasks, readTracker(raw, timeZone), month, timeZone);
}

export function saveClassification(request: ClassifySaveRequest): ClassifySaveResult {
  const month = monthOf(request);
  const choices = Array.isArray(request?.choices) ? request.choices : [];
  const { ss, timeZone } = actionContext();
  return withDocumentLock('classify', () => {
    const { raw, sheets } = openTabs(ss, USER_TABS);
    const plan = planClassify(raw.Tasks, readTracker(raw, timeZone), choices, timeZone);
    if (plan.writes.length > 0) writeCellBatches(sheets.get('Tasks')!, writeBatches(plan.writes));
    // What Sheets now holds: the text written, without the apostrophe that kept it text.
    const tasks = raw.Tasks!.map((line) => [...line]);
    for (const w of plan.writes) tasks[w.row - 1]![w.column] = w.value.replace(/^'/, '');
    const after = { ...raw, Tasks: tasks };
    const tracker = readTracker(after, timeZone);
    return {
      written: plan.writes.length,
      skipped: plan.skipped,
      list: unclassifiedTasks(tasks, tracker, month, timeZone),
      problems: checkResult(after, tracker).problems,
    };
  });
}
