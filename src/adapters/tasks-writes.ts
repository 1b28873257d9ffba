// Writes into the Tasks tab for classifying and the timer, computed in the domain from one read:
// a new row below the last one in use, and single cells in batches.
// https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRangeList(String)
// https://developers.google.com/apps-script/reference/spreadsheet/range-list#setValue(Object)

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One row at `row`, the grid grown first when the row lies below it. */
export function writeTaskRow(sheet: Sheet, row: number, line: unknown[]): void {
  const maxRows = sheet.getMaxRows();
  if (row > maxRows) sheet.insertRowsAfter(maxRows, row - maxRows);
  sheet.getRange(row, 1, 1, line.length).setValues([line]);
}

/**
 * Each batch's cells set to its value with one RangeList: only those cells are touched, so nothing
 * between them (another row's goal, a formula) is rewritten.
 */
export function writeCellBatches(sheet: Sheet, batches: readonly { a1: string[]; value: string }[]): void {
  for (const batch of batches) if (batch.a1.length > 0) sheet.getRangeList(batch.a1).setValue(batch.value);
}
