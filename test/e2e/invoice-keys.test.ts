// Drive keeps at most 124 bytes of UTF-8 per appProperties entry (the Drive fake enforces it): the keys
// the add-on stores on its invoices and their folder must fit whatever the client's name or the report
// folder's.

import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../runtime/runtime';
import type { InvoiceResult } from '../../src/server-api';
import { pdfText } from '../support/pdf-text';
import { sampleRuntime } from '../support/runtime';

const MONTH = '2026-10';
const SAMPLE = '陶房やまぐち';
// 60 Japanese characters: 180 bytes of UTF-8, far past what one property holds.
const LONG =
  '株式会社やまぐち陶房オンライン販売部門と東京日本橋ギャラリー店舗運営事務局および全国百貨店催事企画担当チーム第一課'
    .repeat(2)
    .slice(0, 60);
const FOLDER =
  '請求書とレポートの保管フォルダ（二〇二六年度、山口由美さまご担当の全クライアント分をまとめて保存する場所）';

/** Renames a client in every cell that holds exactly its name (Clients, Goals, Tasks, Invoices). */
function rename(runtime: Runtime, from: string, to: string): void {
  for (const sheet of runtime.spreadsheet.getSheets()) {
    const range = sheet.getDataRange();
    const values = range.getValues();
    if (!values.some((row) => row.includes(from))) continue;
    range.setValues(values.map((row) => row.map((v) => (v === from ? to : v))));
  }
}

function setSetting(runtime: Runtime, name: string, value: string): void {
  const sheet = runtime.spreadsheet.getSheetByName('Settings')!;
  const row = sheet
    .getDataRange()
    .getValues()
    .findIndex((r) => r[0] === name);
  sheet.getRange(row + 1, 2).setValue(value);
}

const utf8 = (text: string) => new TextEncoder().encode(text).length;

describe('invoice keys in Drive', () => {
  it('a 60-character Japanese client name in a long Japanese report folder gets an invoice, and a rerun replaces it', async () => {
    expect(LONG).toHaveLength(60);
    const runtime = await sampleRuntime();
    rename(runtime, SAMPLE, LONG);
    setSetting(runtime, 'Report folder', FOLDER);
    const first = runtime.run<InvoiceResult>('createInvoice', { client: LONG, month: MONTH });
    expect(first.client).toBe(LONG);
    expect(await pdfText(runtime.drive.findByLink(first.pdfLink).bytes)).toContain('請求書');
    for (const file of runtime.drive.listAll())
      for (const [key, value] of Object.entries(file.appProperties))
        expect(utf8(key) + utf8(value)).toBeLessThanOrEqual(124);
    const count = runtime.drive.listAll().length;
    const again = runtime.run<InvoiceResult>('createInvoice', { client: LONG, month: MONTH });
    expect(again.replaced).toBe(true);
    expect(again.number).toBe(first.number);
    expect(again.pdfLink).toBe(first.pdfLink);
    expect(runtime.drive.listAll()).toHaveLength(count);
    const folders = runtime.drive.listAll().filter((f) => f.name === FOLDER);
    expect(folders).toHaveLength(1);
  });
});
