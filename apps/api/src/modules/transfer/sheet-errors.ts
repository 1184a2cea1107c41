// What makes an import file unreadable or too large, in one place. Each limit is checked before the
// work it bounds (the zip's directory before inflating, the inflated bytes before parsing, the rows while
// reading), so a small file that would expand into gigabytes is refused in milliseconds with a typed
// error that names the limit (HTTP 413 PAYLOAD_TOO_LARGE with `extensions.limit` and `extensions.max`).

/** The file cannot be read as a sheet at all (wrong type, not a zip, broken XML): HTTP 400. */
export class SheetFormatError extends Error {}

const MiB = 1024 * 1024;

export const SHEET_LIMITS = {
  /**
   * Data rows of a CSV file. `bench/import-speed.mjs` imports 100,000 rows in ~47 s (the goal is under a
   * minute); our CSV export of 100,000 cases is ~42 MB (418 bytes a row), inside the 50 MB upload.
   */
  csvRows: 100_000,
  /**
   * Fields of one CSV record: the template has 33 columns, a rejects file 34. A line of 50 MB of commas
   * would otherwise become one array of 50 million fields (~400 MB) before any check could see it.
   */
  csvFields: 100,
  /** Characters of one CSV record: a 5,000-character summary and 32 short cells, with room to spare. */
  csvRecordChars: 100_000,
  /**
   * Data rows of an XLSX file. exceljs reads a workbook whole (its streaming reader garbles Chinese
   * characters split across zip chunks): measured here, our export of 20,000 cases is 30 MB of sheet
   * XML and takes ~1.6 s and ~250 MB of heap to read, and 32 MB of dense small cells ~1.7 s and ~580 MB.
   * Half that keeps the worst accepted workbook well inside the reader's heap cap below; larger imports
   * go as CSV, which is read as a stream.
   */
  xlsxRows: 10_000,
  /** `<c>` cells (and `<si>` shared strings) of an XLSX file: 40 columns of xlsxRows rows. */
  xlsxCells: 400_000,
  /**
   * Inflated bytes of all the zip's entries together, as declared in its central directory and as
   * actually inflated: 10,000 exported rows are 15 MB (1.5 KB a row), plus a third for longer summaries.
   * The 1.9 MB upload of the finding held 32 MB.
   */
  xlsxInflatedBytes: 20 * MiB,
  /** Entries of the zip: a one-sheet workbook from Excel, WPS or exceljs has 9–15. */
  xlsxEntries: 100,
  /**
   * Heap of the child process that runs exceljs. exceljs expands some constructs far beyond their bytes
   * (a data validation or merge over A1:XFD1048576 is 17 billion cells); the child dies at this heap
   * size instead of the server. A legitimate 20 MB workbook needs ~200 MB.
   */
  xlsxWorkerHeapMb: 512,
  /** Wall time of that child: a legitimate 20 MB workbook reads in ~1.5 s on this 2-core machine. */
  xlsxWorkerSeconds: 30,
} as const;

export type SheetLimit = keyof typeof SHEET_LIMITS;
/** A set of limits of the same shape (tests lower one to reach it quickly). */
export type SheetLimits = Record<SheetLimit, number>;

/** The file is over one of SHEET_LIMITS: answered 413 with the limit's name and value. */
export class SheetTooLargeError extends Error {
  constructor(
    readonly limit: SheetLimit,
    /** The limit's value. */
    readonly max: number,
    message: string,
  ) {
    super(message);
  }
}
