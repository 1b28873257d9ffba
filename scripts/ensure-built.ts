// Builds dist/ when it is missing, for the tests and scripts that run the bundle in the local runtime.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Builds dist/ once per run if it is missing (npm test builds before vitest). */
export function ensureBuilt(): void {
  if (!existsSync('dist/Code.js') || !existsSync('dist/Sidebar.html')) {
    execFileSync('npx', ['tsx', 'scripts/build.ts'], { stdio: 'inherit' });
  }
}
