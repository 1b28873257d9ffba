// `npm run -s local -- selftest --json`: the self-test's report as one JSON object, item for item
// what the Self-test tab on Google holds, so the two compare line by line.

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { selfTestChecks } from '../../src/selftest/index';
import { TODAY, ensureBuilt } from '../support/runtime';

describe('npm run local -- selftest', () => {
  it('prints {command, items: [{id, title, status, detail}]} in the self-test’s order', () => {
    ensureBuilt();
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'runtime/cli.ts', 'selftest', '--today', TODAY, '--json'],
      {
        encoding: 'utf8',
      },
    );
    const out = JSON.parse(run.stdout);
    expect(out.command).toBe('selftest');
    expect(out.items.map((i: { id: string }) => i.id)).toEqual(selfTestChecks().map((c) => c.id));
    for (const item of out.items) {
      expect(Object.keys(item).sort()).toEqual(['detail', 'id', 'status', 'title']);
      expect(['passed', 'failed', 'skipped']).toContain(item.status);
    }
    // Exit 1 exactly when an item failed (today: flag-formulas, until a formula engine is plugged in).
    const failed = out.items.filter((i: { status: string }) => i.status === 'failed');
    expect(run.status, run.stderr).toBe(failed.length > 0 ? 1 : 0);
    expect(out.tab).toBe('Self-test');
    expect(out.calls.byService).toHaveProperty('Drive.Files');
  });
});
