// Finding 4 of issue 11 (a 1.9 MB XLSX holding 32 MB of sheet XML took 30 s and ~500 MB) and its class:
// every way an import file can make the reader do work out of proportion to its bytes is refused,
// before that work, with the limit it broke.
import { describe, expect, it } from 'vitest';
import { SHEET_LIMITS, SheetFormatError, SheetTooLargeError, type SheetLimit } from './sheet-errors.js';
import {
  deflatedZip,
  inlineRows,
  SHEET_PART,
  templateWith,
  templateXlsx,
  unzipEntries,
} from './sheet-fixtures.js';
import { readSheet } from './sheet-io.js';

const MiB = 1024 * 1024;

/** The refusal readSheet answers with, or a failure if it read the file. */
async function refusal(file: Buffer, format: 'csv' | 'xlsx' = 'xlsx'): Promise<Error> {
  try {
    const sheet = await readSheet(file, format);
    throw new Error(`read ${sheet.rows.length} rows instead of refusing`);
  } catch (error) {
    if (error instanceof SheetTooLargeError || error instanceof SheetFormatError) return error;
    throw error;
  }
}

async function tooLarge(file: Buffer, format: 'csv' | 'xlsx' = 'xlsx'): Promise<SheetLimit> {
  const error = await refusal(file, format);
  expect(error).toBeInstanceOf(SheetTooLargeError);
  return (error as SheetTooLargeError).limit;
}

describe('XLSX import limits', () => {
  it('reads the import template (two rows) as before', async () => {
    const sheet = await readSheet(templateXlsx(), 'xlsx');
    expect(sheet.headers.length).toBe(33);
    expect(sheet.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(sheet.rows[0]!.cells[1]).toBe('陈木闸村农田林网树木遮阴影响庄稼生长');
  });

  it('refuses a small zip whose directory declares more than 20 MB of content, without inflating it', async () => {
    // 15,000 rows of 33 cells of 100 characters: ~60 MB of sheet XML in a zip of ~1.8 MB (the
    // finding's was 32 MB in 1.9 MB).
    const entries = await templateWith((rows) => rows + inlineRows(15_000, '村民反映'.repeat(25)));
    const bomb = deflatedZip(entries);
    expect(bomb.length).toBeLessThan(2 * MiB);
    const error = await refusal(bomb);
    expect(error).toBeInstanceOf(SheetTooLargeError);
    expect((error as SheetTooLargeError).limit).toBe('xlsxInflatedBytes');
    expect((error as SheetTooLargeError).max).toBe(20 * MiB);
    // Refused on the directory's word: the message says "declares", the inflating check says "inflates".
    expect(error.message).toMatch(/^the workbook declares more than 20 MB of content once unzipped/);
  });

  it('refuses an entry that inflates to more than its directory record declares', async () => {
    const entries = await templateWith((rows) => rows + inlineRows(2_000, 'x'.repeat(100)));
    const sheet = entries.find((e) => e.name === SHEET_PART)!;
    sheet.declaredSize = 1_000;
    const error = await refusal(deflatedZip(entries));
    expect(error).toBeInstanceOf(SheetFormatError);
    expect(error.message).toMatch(/^not a readable XLSX file: too many bytes in the stream/);
  });

  it('adds the entries up: several parts, each under the limit, together over it', async () => {
    const chunk = Buffer.alloc(11 * MiB, 0x20);
    const entries = [
      ...(await unzipEntries(templateXlsx())),
      { name: 'xl/media/a.bin', data: chunk },
      { name: 'xl/media/b.bin', data: chunk },
    ];
    expect(await tooLarge(deflatedZip(entries))).toBe('xlsxInflatedBytes');
  });

  it('refuses a zip of more than 100 entries', async () => {
    const entries = [
      ...(await unzipEntries(templateXlsx())),
      ...Array.from({ length: 100 }, (_, i) => ({ name: `xl/media/${i}.bin`, data: Buffer.from('x') })),
    ];
    expect(await tooLarge(deflatedZip(entries))).toBe('xlsxEntries');
  });

  it('refuses more than 10,000 rows before exceljs parses any', async () => {
    const entries = await templateWith((rows) => rows + inlineRows(SHEET_LIMITS.xlsxRows, '1', 1));
    const error = await refusal(deflatedZip(entries));
    expect((error as SheetTooLargeError).limit).toBe('xlsxRows');
    expect(error.message).toBe(
      'the workbook has more than 10,000 rows: import larger files as CSV (up to 100,000 rows)',
    );
  });

  it('refuses more than 400,000 cells before exceljs parses any', async () => {
    const entries = await templateWith((rows) => rows + inlineRows(5_000, '', 81));
    expect(await tooLarge(deflatedZip(entries))).toBe('xlsxCells');
  });

  it('hands exceljs only what was checked: a directory record past the declared count is never read', async () => {
    // JSZip (exceljs's zip reader) reads central-directory records past the end record's count; yauzl
    // does not. Parsing the upload itself would let exceljs inflate a bomb the checks never saw.
    const entries = await unzipEntries(templateXlsx());
    const hidden = { name: 'xl/worksheets/sheet0.xml', data: Buffer.alloc(200 * MiB, 0x20) };
    const sheet = await readSheet(deflatedZip([...entries, hidden], entries.length), 'xlsx');
    expect(sheet.rows.length).toBe(2);
  });

  it('stops exceljs at its heap cap when a small construct expands (a data validation over every cell)', async () => {
    const entries = await templateWith((rows) => rows);
    const sheet = entries.find((e) => e.name === SHEET_PART)!;
    sheet.data = Buffer.from(
      sheet.data
        .toString()
        .replace(
          '</sheetData>',
          '</sheetData><dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
        ),
    );
    // A 64 MB cap instead of 512 MB reaches the same end sooner (the template itself needs ~20 MB).
    const limits = { ...SHEET_LIMITS, xlsxWorkerHeapMb: 64 };
    const error = await readSheet(deflatedZip(entries), 'xlsx', limits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetTooLargeError);
    expect(error).toMatchObject({ limit: 'xlsxWorkerHeapMb', max: 64 });
    expect((error as Error).message).toBe(
      'the workbook needs more than 64 MB of memory to read: import it as CSV',
    );
    // Only the child process died: this one goes on, and the next file reads as usual.
    expect((await readSheet(templateXlsx(), 'xlsx', limits)).rows.length).toBe(2);
  });

  it('stops exceljs at its deadline', async () => {
    const entries = await templateWith((rows) => rows + inlineRows(5_000, '村民反映'));
    const limits = { ...SHEET_LIMITS, xlsxWorkerSeconds: 0.05 };
    const error = await readSheet(deflatedZip(entries), 'xlsx', limits).catch((e: unknown) => e);
    expect(error).toMatchObject({ limit: 'xlsxWorkerSeconds', max: 0.05 });
  });

  it('answers a file that is not a zip as unreadable', async () => {
    const error = await refusal(Buffer.from('PK\x03\x04 not really a zip'));
    expect(error).toBeInstanceOf(SheetFormatError);
    expect(error.message).toMatch(/^not an XLSX file/);
  });
});

describe('CSV import limits', () => {
  const header = 'a,b,c\r\n';

  it('stops at 100,000 data rows while streaming', async () => {
    const ok = Buffer.from(header + '1,2,3\r\n'.repeat(SHEET_LIMITS.csvRows));
    expect((await readSheet(ok, 'csv')).rows.length).toBe(100_000);
    const error = await refusal(Buffer.from(header + '1,2,3\r\n'.repeat(SHEET_LIMITS.csvRows + 1)), 'csv');
    expect((error as SheetTooLargeError).limit).toBe('csvRows');
    expect(error.message).toBe('the file has more than 100,000 rows: split it');
  });

  it('refuses a record of more than 100 fields before the parser builds it', async () => {
    expect(await tooLarge(Buffer.from(header + ','.repeat(5_000_000)), 'csv')).toBe('csvFields');
  });

  it('counts commas inside quotes as text, not as fields', async () => {
    const sheet = await readSheet(Buffer.from(`${header}"${','.repeat(500)}",x,"a""b,"\r\n`), 'csv');
    expect(sheet.rows[0]!.cells).toEqual([','.repeat(500), 'x', 'a"b,']);
  });

  it('refuses a record of more than 100,000 characters', async () => {
    expect(await tooLarge(Buffer.from(`${header}"${'长'.repeat(150_000)}",1,2\r\n`), 'csv')).toBe(
      'csvRecordChars',
    );
  });
});
