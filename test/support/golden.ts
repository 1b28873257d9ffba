// Golden files: what a reviewer reads before accepting a change. A test compares its output with the
// file; UPDATE_GOLDEN=1 rewrites the file instead (then read the diff: it is the change under review).

import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

export const updatingGoldens = () => process.env.UPDATE_GOLDEN === '1';

/** Compares `text` with the golden file, or writes it there under UPDATE_GOLDEN=1. */
export function expectGolden(file: string, text: string): void {
  if (updatingGoldens()) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}

/**
 * The folder holds exactly the goldens named (so a case renamed or dropped leaves no stale file behind);
 * under UPDATE_GOLDEN=1 the stale ones are deleted.
 */
export function expectGoldenFolder(folder: string, names: string[]): void {
  const present = readdirSync(folder).sort();
  if (updatingGoldens())
    for (const stale of present.filter((n) => !names.includes(n))) rmSync(join(folder, stale));
  expect(readdirSync(folder).sort()).toEqual([...names].sort());
}
