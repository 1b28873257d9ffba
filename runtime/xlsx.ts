// Loads and saves the fake spreadsheet as .xlsx, the format Google Sheets downloads, with exceljs.
// Modelled: tabs in order, values with their types, formulas with cached results, data validation,
// conditional formatting (formula rules), frozen rows, column widths, number formats, bold. Everything
// else the file holds is kept by saving over the loaded workbook; what exceljs would drop is refused.
// An .xlsx date is a wall-clock serial with no zone: it is read and written in the sheet's zone.

export { loadWorkbook } from './xlsx/load';
export { encodeXmlText } from './xlsx/package';
export { saveWorkbook } from './xlsx/save';
export { WorkbookError } from './xlsx/source';
