// "Set up tracking sheet": create or complete the tabs, rules and flags; offer sample data when empty.

import { hasTrackingTabs, setUpTrackingSheet, spreadsheetUi } from '../adapters/spreadsheet';
import type { SetupRequest, SetupResult } from '../server-api';
import { actionContext, withDocumentLock } from './context';

export function setUp(request: SetupRequest): SetupResult {
  const { ss, today } = actionContext();
  return withDocumentLock('setup', () => setUpTrackingSheet(ss, { sample: request.sample === true, today }));
}

/** From the menu: ask about sample data only when the spreadsheet has no tracking tabs yet. */
export function setUpFromMenu(): void {
  const ui = spreadsheetUi();
  const { ss, today } = actionContext();
  let sample = false;
  if (!hasTrackingTabs(ss)) {
    const answer = ui.alert(
      'Set up tracking sheet',
      'Add sample clients, goals, tasks and invoices so you can try the report and reminders? You can delete them later.',
      ui.ButtonSet.YES_NO,
    );
    sample = answer === ui.Button.YES;
  }
  const result = withDocumentLock('setup', () => setUpTrackingSheet(ss, { sample, today }));
  const added = result.tabsCreated.length + result.columnsAdded.length;
  ss.toast(
    added === 0
      ? 'Everything was already in place.'
      : `Added ${result.tabsCreated.length} tabs and ${result.columnsAdded.length} columns.`,
    'Tracking sheet ready',
    5,
  );
}
