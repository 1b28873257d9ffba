// The only modules that talk to SpreadsheetApp live under spreadsheet/: reads (the tab finder), setup,
// the log tabs and the reminder stage writes. Each tab is read with one batch read, written in blocks,
// never with a service call in a loop over rows. This module gathers them for the actions.

export { toCell } from './spreadsheet/cells';
export { appendLogRows, ensureLogTab, type LogTab } from './spreadsheet/log-tabs';
export {
  activeSpreadsheet,
  findTabs,
  hasTrackingTabs,
  openTabs,
  readTabs,
  findOwnTab,
  selectCell,
  spreadsheetUi,
  type OpenTabs,
} from './spreadsheet/reads';
export { setUpTrackingSheet } from './spreadsheet/setup';
export { recordDrafts, rowsWithStageFormulas, stageColumns, type StageColumns } from './spreadsheet/stages';
