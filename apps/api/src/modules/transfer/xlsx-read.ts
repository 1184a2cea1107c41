// Reads an uploaded XLSX within SHEET_LIMITS. An XLSX is a zip: a 1.9 MB upload held 32 MB of sheet XML
// and exceljs, which builds the whole workbook in memory, took 30 s and ~500 MB over it (issue 11,
// finding 4). So, before exceljs sees a byte:
//  1. yauzl reads the zip's central directory: too many entries, or declared sizes over the limit,
//     refuse the file without inflating anything;
//  2. every entry is inflated as a stream that stops at the byte limit (and yauzl refuses an entry that
//     inflates to more than it declared, so a lying directory gains nothing);
//  3. rows, cells and shared strings are counted in the inflated XML against their limits;
//  4. what was inflated is packed again, uncompressed, into a zip of our own making, which is what
//     exceljs reads. Zip readers disagree on malformed archives (JSZip, exceljs's reader, follows
//     central-directory records past the count the end record declares, yauzl does not), so exceljs
//     must never parse the upload itself: it could inflate an entry the checks never saw;
//  5. exceljs runs in a child process with a heap cap and a deadline, one file at a time: it expands
//     some small constructs without bound (a data validation or merge over A1:XFD1048576), and its
//     parse would otherwise block the event loop for seconds.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import type ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { SheetFormatError, SheetTooLargeError, type SheetLimits } from './sheet-errors.js';

/** A row of the first worksheet as exceljs reads it: the spreadsheet's row number and its cell values. */
export interface XlsxRow {
  rowNumber: number;
  /** Cell values from column A (exceljs's row.values without its unused index 0). */
  values: ExcelJS.CellValue[];
}

interface ZipEntry {
  name: string;
  data: Buffer;
}

export async function readXlsxRows(upload: Buffer, limits: SheetLimits): Promise<XlsxRow[]> {
  const zip = await checkedZip(upload, limits);
  const rows = await oneAtATime(() => parseInChild(zip, limits));
  // The counts above bound this already; kept so no path hands more rows on than the limit says.
  if (rows.length > limits.xlsxRows + 1) throw tooManyRows(limits);
  return rows;
}

function tooManyRows(limits: SheetLimits): SheetTooLargeError {
  return new SheetTooLargeError(
    'xlsxRows',
    limits.xlsxRows,
    `the workbook has more than ${limits.xlsxRows.toLocaleString('en')} rows: import larger files as CSV ` +
      `(up to ${limits.csvRows.toLocaleString('en')} rows)`,
  );
}

const MB = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Steps 1 to 4: the upload's content, checked, as a zip exceljs may read. */
async function checkedZip(upload: Buffer, limits: SheetLimits): Promise<Buffer> {
  const entries = await inflateWithinLimits(upload, limits);
  checkElementCounts(entries, limits);
  return storedZip(entries);
}

/** Steps 1 and 2: the central directory's count and sizes, then each entry inflated within the limit. */
async function inflateWithinLimits(upload: Buffer, limits: SheetLimits): Promise<ZipEntry[]> {
  let zip: yauzl.ZipFile;
  try {
    // autoClose off: the entries are all listed before the first one is inflated.
    zip = await yauzl.fromBufferPromise(upload, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
    });
  } catch (error) {
    throw new SheetFormatError(`not an XLSX file (its zip structure is unreadable: ${messageOf(error)})`);
  }
  if (zip.entryCount > limits.xlsxEntries)
    throw new SheetTooLargeError(
      'xlsxEntries',
      limits.xlsxEntries,
      `the file has ${zip.entryCount} zip entries; an XLSX workbook to import has at most ${limits.xlsxEntries}`,
    );
  const declared: yauzl.Entry[] = [];
  let declaredBytes = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      declaredBytes += entry.uncompressedSize;
      if (declaredBytes > limits.xlsxInflatedBytes) throw inflatesTooFar('declares', limits);
      declared.push(entry);
    }
    const entries: ZipEntry[] = [];
    let inflated = 0;
    for (const entry of declared) {
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          inflated += chunk.length;
          if (inflated > limits.xlsxInflatedBytes) throw inflatesTooFar('inflates', limits);
          chunks.push(chunk);
        }
      } finally {
        stream.destroy();
      }
      entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
    }
    return entries;
  } catch (error) {
    if (error instanceof SheetTooLargeError) throw error;
    // Truncated data, a size that differs from the directory's, an unknown compression, encryption.
    throw new SheetFormatError(`not a readable XLSX file: ${messageOf(error)}`);
  } finally {
    zip.close();
  }
}

function inflatesTooFar(how: 'declares' | 'inflates', limits: SheetLimits): SheetTooLargeError {
  return new SheetTooLargeError(
    'xlsxInflatedBytes',
    limits.xlsxInflatedBytes,
    `the workbook ${how} more than ${MB(limits.xlsxInflatedBytes)} of content once unzipped ` +
      `(about ${limits.xlsxRows.toLocaleString('en')} rows): import larger files as CSV`,
  );
}

// '<row', '<c', '<si' followed by white space, '>' or '/': the elements exceljs turns into objects. The
// names are matched without a namespace prefix, as exceljs matches them; a match inside a comment or
// CDATA counts too, which can only refuse a file, never let one through.
const OPENERS = { row: Buffer.from('<row'), c: Buffer.from('<c'), si: Buffer.from('<si') };
const NAME_END = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3e, 0x2f]);

function countElements(xml: Buffer, opener: Buffer): number {
  let n = 0;
  for (let at = xml.indexOf(opener); at !== -1; at = xml.indexOf(opener, at + opener.length)) {
    if (NAME_END.has(xml[at + opener.length] ?? 0)) n++;
  }
  return n;
}

/** Step 3: rows, cells and shared strings over every XML part (exceljs parses every worksheet). */
function checkElementCounts(entries: ZipEntry[], limits: SheetLimits): void {
  let rows = 0;
  let cells = 0;
  let strings = 0;
  for (const { name, data } of entries) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    rows += countElements(data, OPENERS.row);
    cells += countElements(data, OPENERS.c);
    strings += countElements(data, OPENERS.si);
  }
  // The header row is row 1 of the sheet, on top of the data rows.
  if (rows > limits.xlsxRows + 1) throw tooManyRows(limits);
  if (cells > limits.xlsxCells || strings > limits.xlsxCells)
    throw new SheetTooLargeError(
      'xlsxCells',
      limits.xlsxCells,
      `the workbook has more than ${limits.xlsxCells.toLocaleString('en')} cells: import larger files as CSV`,
    );
}

/** Step 4: a plain zip (no compression; no zip64 needed within the limits) of the checked entries. */
function storedZip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00 (DOS time, date)
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    local.copy(central, 6, 4, 30); // version needed … name length: same fields as the local header
    central.writeUInt32LE(offset, 42);
    parts.push(local, fileName, data);
    directory.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directoryBytes, end]);
}

// Step 5, in a child process: a worker thread's heap cap is no sandbox (V8 aborts the whole process when
// a large allocation fails inside a capped worker: seen here with the data-validation case of the tests).
// Plain CommonJS for `node -e`: no build step, the same under vitest and from dist. The checked zip comes
// in on stdin, the rows go back over IPC; dense arrays (exceljs's row.values has an unused index 0 and
// holes for empty cells).
const CHILD_SOURCE = `
const ExcelJS = require(process.argv[1]);
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks));
    const sheet = workbook.worksheets[0];
    const rows = [];
    if (sheet) sheet.eachRow({ includeEmpty: false }, (row) => {
      rows.push({ rowNumber: row.number, values: Array.from(row.values).slice(1) });
    });
    process.send({ rows }, () => process.exit(0));
  } catch (error) {
    process.send({ error: String((error && error.message) || error) }, () => process.exit(0));
  }
});
`;

const EXCELJS_PATH = createRequire(import.meta.url).resolve('exceljs');

function parseInChild(zip: Buffer, limits: SheetLimits): Promise<XlsxRow[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${limits.xlsxWorkerHeapMb}`, '-e', CHILD_SOURCE, EXCELJS_PATH],
      // No environment: the process that parses a hostile file gets no secrets (keys, database URL).
      { env: {}, stdio: ['pipe', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' },
    );
    let settled = false;
    let stderr = '';
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      child.kill('SIGKILL');
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new SheetTooLargeError(
              'xlsxWorkerSeconds',
              limits.xlsxWorkerSeconds,
              `the workbook takes longer than ${limits.xlsxWorkerSeconds} s to read: import it as CSV`,
            ),
          ),
        ),
      limits.xlsxWorkerSeconds * 1000,
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString();
    });
    child.on('message', (message: { rows: XlsxRow[] } | { error: string }) =>
      settle(() =>
        'rows' in message
          ? resolve(message.rows)
          : reject(new SheetFormatError(`cannot read the XLSX file: ${message.error}`)),
      ),
    );
    child.on('error', (error) => settle(() => reject(error)));
    child.on('exit', (code, signal) =>
      settle(() => {
        // V8 aborts (SIGABRT, or SIGTRAP) when the heap cap is reached; anything else is unexpected.
        if (/heap out of memory/i.test(stderr) || signal === 'SIGABRT' || signal === 'SIGTRAP')
          reject(
            new SheetTooLargeError(
              'xlsxWorkerHeapMb',
              limits.xlsxWorkerHeapMb,
              `the workbook needs more than ${limits.xlsxWorkerHeapMb} MB of memory to read: import it as CSV`,
            ),
          );
        else reject(new Error(`the XLSX reader exited (${signal ?? code}): ${stderr.slice(0, 500)}`));
      }),
    );
    // The child may be gone already (a write after its exit fails with EPIPE: settled by 'exit').
    child.stdin!.on('error', () => undefined);
    child.stdin!.end(zip);
  });
}

/** One workbook in exceljs at a time: each may take the child's whole heap cap. */
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const result = queue.then(task, task);
  queue = result.catch(() => undefined);
  return result;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
