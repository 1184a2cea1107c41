// Reading and writing small whole sheets (import files, rejects files, templates) as text cells, for
// CSV and XLSX alike, within SHEET_LIMITS. The big export streams through case-export.ts instead. Both
// writers escape formula triggers and the reader undoes it (cell-escape.ts).
import { Readable } from 'node:stream';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { CsvError, parse as parseCsv } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { CASE_HEADERS, NUMERIC_HEADERS } from './case-columns.js';
import { escapeFormula, unescapeFormula } from './cell-escape.js';
import { SHEET_LIMITS, SheetFormatError, SheetTooLargeError, type SheetLimits } from './sheet-errors.js';
import { readXlsxRows } from './xlsx-read.js';

export type SheetFormat = 'csv' | 'xlsx';

export interface SheetData {
  headers: string[];
  /** Data rows with the row number the spreadsheet shows (the header is row 1). */
  rows: { rowNumber: number; cells: string[] }[];
}

export function formatOfFileName(fileName: string): SheetFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  throw new SheetFormatError(`unsupported file type "${fileName}": use .csv or .xlsx`);
}

/**
 * CSV files saved by Excel on a Chinese Windows are GB18030 (GBK), not UTF-8: decode strictly as
 * UTF-8 and fall back to GB18030, so such a file imports instead of turning into mojibake.
 */
function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

/** Text handed to the CSV parser per step: the event loop gets a turn between steps. */
const CSV_STEP_CHARS = 64 * 1024;

/**
 * The text in steps, refusing a record of more than SHEET_LIMITS.csvFields fields before the parser
 * builds it: csv-parse has no such limit, and a line of commas becomes one array of millions of fields.
 * Delimiters are counted outside quotes as RFC 4180 has them (a doubled quote inside a quoted field
 * toggles twice), and a record ends at LF or CR, whichever the file uses.
 */
function* csvSteps(text: string, limits: SheetLimits): Generator<string> {
  let quoted = false;
  let fields = 1;
  for (let start = 0; start < text.length; start += CSV_STEP_CHARS) {
    const step = text.slice(start, start + CSV_STEP_CHARS);
    for (let i = 0; i < step.length; i++) {
      const ch = step.charCodeAt(i);
      if (ch === 0x22) quoted = !quoted;
      else if (quoted) continue;
      else if (ch === 0x2c) {
        if (++fields > limits.csvFields)
          throw new SheetTooLargeError(
            'csvFields',
            limits.csvFields,
            `a row has more than ${limits.csvFields} columns (the template has ${CASE_HEADERS.length})`,
          );
      } else if (ch === 0x0a || ch === 0x0d) fields = 1;
    }
    yield step;
  }
}

async function readCsv(buffer: Buffer, limits: SheetLimits): Promise<SheetData> {
  const source = Readable.from(csvSteps(decodeText(buffer), limits));
  const parser = source.pipe(
    parseCsv({
      bom: true,
      relax_column_count: true,
      info: true,
      skip_empty_lines: true,
      max_record_size: limits.csvRecordChars,
    }),
  );
  // pipe() does not pass a source's error on: without this the loop below would wait forever.
  source.once('error', (error) => parser.destroy(error));
  let headers: string[] | null = null;
  const rows: SheetData['rows'] = [];
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const cells = record.record.map(unescapeFormula);
      if (!headers) headers = cells.map((h) => h.trim());
      else if (rows.length === limits.csvRows)
        throw new SheetTooLargeError(
          'csvRows',
          limits.csvRows,
          `the file has more than ${limits.csvRows.toLocaleString('en')} rows: split it`,
        );
      else rows.push({ rowNumber: record.info.lines, cells });
    }
  } finally {
    source.destroy();
    parser.destroy();
  }
  return { headers: headers ?? [], rows };
}

/** A cell as text: dates (no time zone in Excel) are read as the local wall time they show. */
function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    const seconds = iso.slice(17, 19);
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${seconds === '00' ? '' : `:${seconds}`}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

async function readXlsx(buffer: Buffer, limits: SheetLimits): Promise<SheetData> {
  let headers: string[] | null = null;
  const rows: SheetData['rows'] = [];
  for (const [i, row] of (await readXlsxRows(buffer, limits)).entries()) {
    const cells = row.values.map((value) => unescapeFormula(cellText(value)));
    if (cells.every((c) => c.trim() === '')) continue;
    if (!headers) headers = cells.map((h) => h.trim());
    else rows.push({ rowNumber: row.rowNumber, cells });
    if (i % 5000 === 4999) await yieldToLoop();
  }
  return { headers: headers ?? [], rows };
}

/** Reads an import file within `limits` (SheetTooLargeError over one, SheetFormatError if unreadable). */
export async function readSheet(
  buffer: Buffer,
  format: SheetFormat,
  limits: SheetLimits = SHEET_LIMITS,
): Promise<SheetData> {
  try {
    return format === 'csv' ? await readCsv(buffer, limits) : await readXlsx(buffer, limits);
  } catch (error) {
    if (error instanceof SheetTooLargeError || error instanceof SheetFormatError) throw error;
    // csv-parse's own limit (CSV_MAX_RECORD_SIZE) is a size limit too.
    if (error instanceof CsvError && error.code === 'CSV_MAX_RECORD_SIZE')
      throw new SheetTooLargeError(
        'csvRecordChars',
        limits.csvRecordChars,
        `a row has more than ${limits.csvRecordChars.toLocaleString('en')} characters`,
      );
    throw new SheetFormatError(
      `cannot read the ${format.toUpperCase()} file: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** A row's cells as written: formula triggers escaped, except in numeric columns (by header). */
export function escapeRow(headers: readonly string[], cells: readonly string[]): string[] {
  return cells.map((cell, i) => (NUMERIC_HEADERS.has(headers[i] ?? '') ? cell : escapeFormula(cell)));
}

const BOM = '\uFEFF';

/** A whole small sheet as bytes: UTF-8 CSV with BOM (Excel reads it as UTF-8) or XLSX with text cells. */
export async function writeSheet(format: SheetFormat, headers: string[], rows: string[][]): Promise<Buffer> {
  const cells = [escapeRow(headers, headers), ...rows.map((row) => escapeRow(headers, row))];
  if (format === 'csv') {
    return Buffer.from(BOM + stringify(cells, { record_delimiter: 'windows' }), 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('信访案件');
  // Text format on every column: Excel would otherwise turn ID numbers into 6.40302E+17.
  sheet.columns = cells[0]!.map((header) => ({
    header,
    width: Math.max(10, header.length * 3),
    style: { numFmt: '@' },
  }));
  for (const row of cells.slice(1)) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
