// Reading and writing small whole sheets (import files, rejects files, templates) as text cells, for
// CSV and XLSX alike. The big export streams through case-export.ts instead.
import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export type SheetFormat = 'csv' | 'xlsx';

export interface SheetData {
  headers: string[];
  /** Data rows with the row number the spreadsheet shows (the header is row 1). */
  rows: { rowNumber: number; cells: string[] }[];
}

export class SheetFormatError extends Error {}

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

async function readCsv(buffer: Buffer): Promise<SheetData> {
  const parser = Readable.from([decodeText(buffer)]).pipe(
    parseCsv({ bom: true, relax_column_count: true, info: true, skip_empty_lines: true }),
  );
  let headers: string[] | null = null;
  const rows: SheetData['rows'] = [];
  for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (!headers) headers = record.record.map((h) => h.trim());
    else rows.push({ rowNumber: record.info.lines, cells: record.record });
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

async function readXlsx(buffer: Buffer): Promise<SheetData> {
  // Not exceljs's streaming WorkbookReader: it decodes each zip chunk on its own and turns a Chinese
  // character split across two chunks into U+FFFD. The import holds every row anyway.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  let headers: string[] | null = null;
  const rows: SheetData['rows'] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    // row.values is 1-based.
    const cells = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
    if (cells.every((c) => c.trim() === '')) return;
    if (!headers) headers = cells.map((h) => h.trim());
    else rows.push({ rowNumber: row.number, cells });
  });
  return { headers: headers ?? [], rows };
}

export async function readSheet(buffer: Buffer, format: SheetFormat): Promise<SheetData> {
  try {
    return format === 'csv' ? await readCsv(buffer) : await readXlsx(buffer);
  } catch (error) {
    throw new SheetFormatError(
      `cannot read the ${format.toUpperCase()} file: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

const BOM = '\uFEFF';

/** A whole small sheet as bytes: UTF-8 CSV with BOM (Excel reads it as UTF-8) or XLSX with text cells. */
export async function writeSheet(format: SheetFormat, headers: string[], rows: string[][]): Promise<Buffer> {
  if (format === 'csv') {
    return Buffer.from(BOM + stringify([headers, ...rows], { record_delimiter: 'windows' }), 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('信访案件');
  // Text format on every column: Excel would otherwise turn ID numbers into 6.40302E+17.
  sheet.columns = headers.map((header) => ({
    header,
    width: Math.max(10, header.length * 3),
    style: { numFmt: '@' },
  }));
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
