// The Goals tab.

import { matchKey } from '../match-key';
import { cut, readChoice, readDate, readNumber, readText, sheetError } from '../cells';
import { type Say, say } from '../problems';
import { tabSpec } from '../tabs';
import { type Diagnostic, GOAL_STATUSES, type Goal } from '../types';
import type { ClientNames } from './clients';
import { TabReader } from './tab-reader';

export function parseGoals(
  values: unknown[][] | null | undefined,
  timeZone: string,
  diagnostics: Diagnostic[],
  clients: ClientNames,
): Goal[] {
  const reader = new TabReader(tabSpec('Goals'), values, timeZone, diagnostics, ['client', 'goal']);
  const goals: Goal[] = [];
  const seen = new Map<string, number>();
  for (const { row, cell } of reader.rows()) {
    const clientName = readText(cell('client'), timeZone);
    const client = clients.get(clientName);
    if (!client) {
      reader.problem(
        row,
        'client',
        [clientName ? say('notAClient', { client: cut(clientName) }) : say('goalNoClient')],
        'error',
        clientName || undefined,
      );
      continue;
    }
    const text = readText(cell('goal'), timeZone);
    if (!text || sheetError(cell('goal'))) {
      reader.problem(row, 'goal', [say('goalEmpty')], 'error', client.name);
      continue;
    }
    const key = `${matchKey(client.name)}\u0000${matchKey(text)}`;
    if (seen.has(key)) {
      reader.problem(
        row,
        'goal',
        [say('duplicateGoal', { row: String(seen.get(key)), client: cut(client.name) })],
        'error',
        client.name,
      );
      continue;
    }
    seen.set(key, row);
    const warn = (k: string, says: Say[]) => reader.problem(row, k, says, 'warning', client.name);
    const priority = readNumber(cell('priority'), say('typePriority'));
    let rank = Number.MAX_SAFE_INTEGER;
    if (!priority.ok || priority.value === null || !Number.isInteger(priority.value) || priority.value < 1) {
      const found = !priority.ok
        ? priority.says
        : [
            priority.value === null
              ? say('priorityEmpty')
              : say('notWholeFromOne', { value: priority.value }),
          ];
      warn('priority', [...found, say('listedAfterRanked')]);
    } else rank = priority.value;
    const number = (k: string) => {
      const n = readNumber(cell(k));
      if (!n.ok) warn(k, [...n.says, say('progressWithout')]);
      return n.ok ? n.value : null;
    };
    const due = readDate(cell('due'), timeZone);
    if (!due.ok) warn('due', due.says);
    const status = readChoice(cell('status'), GOAL_STATUSES);
    if (!status.ok) warn('status', [...status.says, say('treatedAsOpen')]);
    goals.push({
      row,
      client: client.name,
      goal: text,
      priority: rank,
      target: number('target'),
      unit: readText(cell('unit'), timeZone),
      baseline: number('baseline'),
      current: number('current'),
      due: due.ok ? due.value : null,
      status: status.ok ? (status.value ?? 'open') : 'open',
      estimate: number('estimate'),
    });
  }
  return goals;
}
