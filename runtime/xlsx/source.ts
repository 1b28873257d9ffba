// What a load keeps for the save, and the error for a workbook the runtime cannot read.

import type ExcelJS from 'exceljs';
import type {
  FakeConditionalFormatRule,
  FakeDataValidation,
  FakeSheet,
  FakeSpreadsheet,
} from '../fakes/spreadsheet';
import type { ExcelValidation } from './validation';

/** A workbook the runtime cannot read, or holds something it cannot model: bad input (CLI exit 2). */
export class WorkbookError extends Error {}

export type ExcelConditionalFormat = {
  ref: string;
  rules: {
    type: string;
    priority?: number;
    formulae?: string[];
    style?: { fill?: { bgColor?: { argb?: string } } };
  }[];
};

/** What a load keeps for the save: the workbook exceljs read and which fake objects came from it. */
export interface Source {
  workbook: ExcelJS.Workbook;
  sheets: WeakMap<FakeSheet, ExcelJS.Worksheet>;
  validations: WeakMap<FakeDataValidation, ExcelValidation>;
  rules: WeakMap<FakeConditionalFormatRule, ExcelConditionalFormat['rules'][number]>;
  foreignRules: WeakMap<FakeSheet, ExcelConditionalFormat[]>;
  widths: WeakMap<FakeSheet, Map<number, number>>;
  frozen: WeakMap<FakeSheet, number>;
}

export const sources = new WeakMap<FakeSpreadsheet, Source>();
