// The Tasks tab.

import { matchKey } from '../match-key';
import { cut, readBoolean, readChoice, readDate, readNumber, readText, sheetError } from '../cells';
import { type Say, say } from '../problems';
import { tabSpec } from '../tabs';
import { type Diagnostic, type Goal, MARKS, type Task } from '../types';
import type { ClientNames } from './clients';
import { TabReader } from './tab-reader';

export function parseTasks(
  values: unknown[][] | null | undefined,
  timeZone: string,
  diagnostics: Diagnostic[],
  clients: ClientNames,
  goals: Goal[],
): Task[] {
  const reader = new TabReader(tabSpec('Tasks'), values, timeZone, diagnostics, ['date', 'client', 'hours']);
  const goalsByClient = new Map<string, Map<string, Goal>>();
  const goalOwners = new Map<string, string>();
  for (const g of goals) {
    const key = matchKey(g.client);
    if (!goalsByClient.has(key)) goalsByClient.set(key, new Map());
    goalsByClient.get(key)!.set(matchKey(g.goal), g);
    goalOwners.set(matchKey(g.goal), g.client);
  }
  const tasks: Task[] = [];
  for (const { row, cell } of reader.rows()) {
    const clientName = readText(cell('client'), timeZone);
    const client = clients.get(clientName);
    const owner = client?.name ?? (clientName || undefined);
    const errors: [string, Say[]][] = [];
    if (!client)
      errors.push([
        'client',
        [clientName ? say('notAClient', { client: cut(clientName) }) : say('taskNoClient')],
      ]);
    const date = readDate(cell('date'), timeZone);
    if (!date.ok) errors.push(['date', date.says]);
    else if (date.value === null) errors.push(['date', [say('taskNoDate')]]);
    const hours = readNumber(cell('hours'));
    if (!hours.ok) errors.push(['hours', hours.says]);
    else if (hours.value === null) errors.push(['hours', [say('taskNoHours')]]);
    else if (hours.value < 0 || hours.value > 24)
      errors.push(['hours', [say('hoursRange', { value: hours.value })]]);
    const goalText = readText(cell('goal'), timeZone);
    const mark = readChoice(cell('mark'), MARKS);
    let goal: Goal | undefined;
    const goalError = sheetError(cell('goal'));
    if (goalError) errors.push(['goal', [say('cellError', { error: goalError })]]);
    else if (goalText && client) {
      goal = goalsByClient.get(matchKey(client.name))?.get(matchKey(goalText));
      if (!goal) {
        const other = goalOwners.get(matchKey(goalText));
        errors.push([
          'goal',
          [
            other
              ? say('goalOfOther', { goal: cut(goalText), other: cut(other), client: cut(client.name) })
              : say('notAGoal', { goal: cut(goalText) }),
          ],
        ]);
      }
    }
    if (!mark.ok) errors.push(['mark', [...mark.says, say('useMark')]]);
    else if (goalText && mark.value) errors.push(['mark', [say('goalAndMark')]]);
    else if (!goalText && !mark.value) errors.push(['goal', [say('noGoalNoMark')]]);
    const billable = readBoolean(cell('billable'));
    if (!billable.ok) errors.push(['billable', billable.says]);
    if (errors.length > 0) {
      for (const [key, says] of errors) reader.problem(row, key, says, 'error', owner);
      continue;
    }
    const optionalDate = (k: string) => {
      const d = readDate(cell(k), timeZone);
      if (!d.ok) reader.problem(row, k, d.says, 'warning', owner);
      return d.ok ? d.value : null;
    };
    tasks.push({
      row,
      date: (date as { value: string }).value,
      client: client!.name,
      task: readText(cell('task'), timeZone),
      goal: goal?.goal ?? '',
      mark: goal ? '' : ((mark as { value: 'A' | 'B' }).value ?? ''),
      hours: (hours as { value: number }).value,
      result: readText(cell('result'), timeZone),
      benefit: readText(cell('benefit'), timeZone),
      billable: (billable as { value: boolean | null }).value ?? false,
      deadline: optionalDate('deadline'),
      delivered: optionalDate('delivered'),
      invoice: readText(cell('invoice'), timeZone),
    });
  }
  return tasks;
}
