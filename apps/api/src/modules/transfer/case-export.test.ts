// The spreadsheet export's backpressure reads exceljs internals (zipStreamsOf): an exceljs upgrade that
// moves them must fail here rather than let a million-row export pile gigabytes up in memory again.
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zipStreamsOf } from './case-export.js';

describe('the XLSX export and exceljs internals', () => {
  it('runs on the exceljs version it was written against', () => {
    const require = createRequire(import.meta.url);
    expect((require('exceljs/package.json') as { version: string }).version).toBe('4.4.0');
  });

  it('finds the zip stream a sheet writes into, with the state the export waits on', async () => {
    const out = new PassThrough();
    out.resume();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: false,
      useSharedStrings: false,
    });
    const sheet = workbook.addWorksheet('信访案件');
    sheet.addRow(['LT-2026-000001', '树木遮阴']).commit();
    const streams = zipStreamsOf(sheet);
    expect(streams.length).toBeGreaterThan(0);
    for (const stream of streams) {
      expect(typeof stream.write).toBe('function');
      expect(typeof stream._writableState?.needDrain).toBe('boolean');
    }
    sheet.commit();
    await workbook.commit();
  });
});
