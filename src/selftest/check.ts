// The self-test's frame: named checks in groups, each reported as passed, failed (with the error) or
// skipped (with why), and every scratch thing a group made undone in a finally, whatever happened.

import type { SelfTestItem } from '../server-api';

export interface CheckSpec {
  /** Stable id; docs/first-run.md starts each item with it in backticks. */
  id: string;
  title: string;
  /** Set for items a script cannot try (the consent screen...): why a person must. */
  manual?: string;
}

/** Thrown inside a check to report it skipped rather than failed. */
export class Skip extends Error {}

export interface Tester {
  /** Runs one check: the returned text is the detail of a pass; a thrown error fails it. */
  check(id: string, run: () => string): boolean;
  skip(id: string, why: string): void;
  /** Registers an undo for something a check made; run at the end of the group, last first. */
  cleanup(id: string, undo: () => void): void;
}

export interface CheckGroup {
  name: string;
  checks: readonly CheckSpec[];
  run(t: Tester): void;
}

export function errorText(error: unknown): string {
  const message =
    error && typeof error === 'object' && 'message' in error
      ? String((error as Error).message)
      : String(error);
  return message.length > 400 ? `${message.slice(0, 400)}…` : message;
}

export interface RunOptions {
  /** Milliseconds since some start, e.g. Date.now. */
  now: () => number;
  /** Groups not started before this many ms have passed are skipped (an execution has 6 minutes). */
  budgetMs: number;
}

/** Runs every group in order; one group's failure never stops the next. */
export function runGroups(groups: readonly CheckGroup[], options: RunOptions): SelfTestItem[] {
  const start = options.now();
  const items: SelfTestItem[] = [];
  for (const group of groups) {
    if (options.now() - start > options.budgetMs) {
      for (const spec of group.checks)
        items.push({
          ...base(spec),
          status: 'skipped',
          detail: `not started: ${Math.round(options.budgetMs / 1000)} s of this execution were used up`,
        });
      continue;
    }
    items.push(...runGroup(group));
  }
  return items;
}

function base(spec: CheckSpec): Pick<SelfTestItem, 'id' | 'title'> {
  return { id: spec.id, title: spec.title };
}

export function runGroup(group: CheckGroup): SelfTestItem[] {
  const results = new Map<string, SelfTestItem>();
  const undo: { id: string; run: () => void }[] = [];
  const specOf = (id: string): CheckSpec => {
    const spec = group.checks.find((c) => c.id === id);
    if (!spec) throw new Error(`Self-test group ${group.name} has no check ${id}`);
    return spec;
  };
  const tester: Tester = {
    check(id, run) {
      const spec = specOf(id);
      try {
        results.set(id, { ...base(spec), status: 'passed', detail: run() });
        return true;
      } catch (error) {
        const skipped = error instanceof Skip;
        results.set(id, { ...base(spec), status: skipped ? 'skipped' : 'failed', detail: errorText(error) });
        return false;
      }
    },
    skip(id, why) {
      results.set(id, { ...base(specOf(id)), status: 'skipped', detail: why });
    },
    cleanup(id, run) {
      specOf(id);
      undo.push({ id, run });
    },
  };
  let stopped: string | null = null;
  try {
    group.run(tester);
  } catch (error) {
    stopped = errorText(error);
  } finally {
    for (const step of undo.reverse()) {
      try {
        step.run();
      } catch (error) {
        // A scratch thing left behind is a failure of the check that made it, named so the user can delete it.
        const spec = specOf(step.id);
        const before = results.get(step.id);
        results.set(step.id, {
          ...base(spec),
          status: 'failed',
          detail: `${before ? `${before.detail}; ` : ''}clean-up failed: ${errorText(error)}`,
        });
      }
    }
  }
  return group.checks.map(
    (spec) =>
      results.get(spec.id) ?? {
        ...base(spec),
        status: stopped ? 'failed' : 'skipped',
        detail: stopped ? `the ${group.name} group stopped: ${stopped}` : 'not reached',
      },
  );
}

/** Throws with a message naming what was expected and what came. */
export function expectEqual(what: string, actual: unknown, expected: unknown): void {
  if (actual !== expected) throw new Error(`${what}: expected ${show(expected)}, got ${show(actual)}`);
}

export function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
