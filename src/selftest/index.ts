// Every self-test item in report order: docs/first-run.md names the same ids in the same
// order (test/e2e/selftest-readme.test.ts).

import { BUILTINS_GROUP } from './builtins';
import type { CheckGroup, CheckSpec } from './check';
import { DRIVE_GROUP } from './drive';
import { DRIVE_FILES_GROUP } from './drive-files';
import { GMAIL_GROUP } from './gmail';
import { INTL_GROUP } from './intl';
import { LOCK_GROUP } from './lock';
import { MANUAL_GROUP } from './manual';
import { type SheetContext, sheetGroup } from './sheet';
import { TRIGGERS_GROUP } from './triggers';

export function selfTestGroups(sheet: () => SheetContext): CheckGroup[] {
  return [
    MANUAL_GROUP,
    INTL_GROUP,
    BUILTINS_GROUP,
    LOCK_GROUP,
    sheetGroup(sheet),
    DRIVE_GROUP,
    DRIVE_FILES_GROUP,
    GMAIL_GROUP,
    TRIGGERS_GROUP,
  ];
}

/** Ids and titles only, for the first-run list's test and the sidebar's list before a run. */
export function selfTestChecks(): CheckSpec[] {
  const noSheet = (): SheetContext => {
    throw new Error('not running');
  };
  return selfTestGroups(noSheet).flatMap((g) => g.checks.map((c) => ({ ...c })));
}
