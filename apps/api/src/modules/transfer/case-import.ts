// Imports a case spreadsheet: every row is parsed and checked first (nothing is written while any
// check runs), then the valid cases, their petitioners, links and derived timelines are written in one
// transaction with bulk statements (COPY on PostgreSQL), and the rollup is refreshed in that same
// transaction — so a crash or a kill at any point leaves no trace of the import.
//
// Here: reading the sheet, checking the rows case-import-rows.ts parsed against each other and the
// database, and the report; case-import-write.ts writes the valid cases.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { foldEvents } from '@lianxin/domain';
import type { DialectDataSource } from '../../db/data-source.js';
import type { IdNumberCipher } from '../petitioner/id-number-cipher.js';
import { CASE_COLUMNS, HEADER_OF } from './case-columns.js';
import { parseRow, type ValidRow } from './case-import-rows.js';
import { writeCases } from './case-import-write.js';
import { checkDates, checkStatus, deriveEvents, type DerivedEvent } from './case-timeline.js';
import { loadReferenceNames } from './reference.js';
import { closedMonthsTouched, monthKpis, type RevisionInput } from '../periods/period-revisions.js';
import type { StatsService } from '../stats/stats.service.js';
import { formatOfFileName, readSheet, type SheetFormat } from './sheet-io.js';

/** One problem: the row number as the spreadsheet shows it, the column's Chinese header, the reason. */
interface ImportProblem {
  row: number;
  column: string | null;
  message: string;
}

interface ImportReport {
  file: string;
  format: SheetFormat;
  /** Data rows read (the header excluded). */
  rows: number;
  /** Rows that passed every check. */
  valid: number;
  /** Cases written (0 unless the import committed). */
  imported: number;
  /** Rows refused. */
  rejected: number;
  partial: boolean;
  /** Whether the transaction committed. */
  committed: boolean;
  errors: ImportProblem[];
  seconds: number;
}

export interface ImportProgress {
  phase: 'validate' | 'write';
  done: number;
  total: number;
}

export interface ImportOptions {
  /** The file's name: its extension picks the format, and it is recorded in each REGISTERED event. */
  fileName: string;
  /** Import the valid rows and refuse the rest (default: all or nothing). */
  partial?: boolean;
  /** Recorded as the actor of every event. */
  actor?: string;
  /** The importing user's area: rows about places outside it are refused (default: anywhere). */
  inArea?: (townshipCode: string, villageCode: string) => boolean;
  now?: Date;
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Given only for an administrator who stated a reason: rows that would change a closed month's KPIs
   * are then imported as a recorded revision of each month they touch. Without it such a file is
   * refused as a whole (ClosedPeriodError).
   */
  revision?: { by: string; reason: string; stats: StatsService } | null;
}

export interface ImportResult {
  report: ImportReport;
  /** The refused rows as read, with a 错误原因 column: what a rejects file holds. */
  rejects: { headers: string[]; rows: string[][] };
}

/** Thrown for a file that cannot be imported at all (unreadable, columns missing). */
export class ImportFileError extends Error {}

/** Thrown when rows would change closed months and no revision was authorised: nothing is written. */
export class ClosedPeriodError extends Error {
  constructor(readonly months: readonly string[]) {
    super(
      `the file holds cases that would change the KPIs of closed months (${months.join(', ')}); ` +
        'only an administrator may import them, with a reason, as a recorded revision',
    );
  }
}

export const REJECT_REASON_HEADER = '错误原因';

export async function importCases(
  dataSource: DialectDataSource,
  idNumbers: IdNumberCipher,
  buffer: Buffer,
  options: ImportOptions,
): Promise<ImportResult> {
  const started = Date.now();
  const format = formatOfFileName(options.fileName);
  const sheet = await readSheet(buffer, format);
  const now = options.now ?? new Date();
  const ref = await loadReferenceNames(dataSource);
  const problems = new Map<number, ImportProblem[]>();
  const report = (rowNumber: number, column: string | null, message: string): void => {
    problems.set(rowNumber, [...(problems.get(rowNumber) ?? []), { row: rowNumber, column, message }]);
  };

  const columnIndex = headerIndex(sheet.headers);
  const parsed: ValidRow[] = [];
  for (const [i, { rowNumber, cells }] of sheet.rows.entries()) {
    const result = parseRow(cells, columnIndex, ref);
    for (const p of result.problems) report(rowNumber, p.column, p.message);
    if (result.sheet) parsed.push({ rowNumber, sheet: result.sheet });
    if (i % 5000 === 0) options.onProgress?.({ phase: 'validate', done: i, total: sheet.rows.length });
    // 100,000 rows take seconds to check: let other requests (and /health) in between.
    if (i % 1000 === 999) await yieldToLoop();
  }

  // Codes: unique within the file and not yet in the database (an import never overwrites a case).
  const byCode = new Map<string, ValidRow>();
  for (const row of parsed) {
    const code = row.sheet.code;
    if (!code) continue;
    const first = byCode.get(code);
    if (first) report(row.rowNumber, HEADER_OF.code, `case code ${code} repeats row ${first.rowNumber}`);
    else byCode.set(code, row);
  }
  const referenced = parsed.flatMap((r) => (r.sheet.repeatOfCode ? [r.sheet.repeatOfCode] : []));
  const existing = await existingCodes(dataSource, [...byCode.keys(), ...referenced]);
  for (const row of parsed) {
    if (row.sheet.code && existing.has(row.sheet.code))
      report(
        row.rowNumber,
        HEADER_OF.code,
        `case ${row.sheet.code} already exists; an import never overwrites`,
      );
  }
  // A repeat refers to a stored case or an earlier-received case of this file that is itself imported.
  let changed = true;
  while (changed) {
    changed = false;
    for (const row of parsed) {
      const target = row.sheet.repeatOfCode;
      if (!target || problems.has(row.rowNumber)) continue;
      if (existing.has(target)) continue;
      const inFile = byCode.get(target);
      if (!inFile || problems.has(inFile.rowNumber) || inFile === row) {
        report(
          row.rowNumber,
          HEADER_OF.repeatOf,
          inFile && inFile !== row
            ? `original case ${target} (row ${inFile.rowNumber}) is refused`
            : `original case ${target} not found`,
        );
        changed = true;
      } else if (inFile.sheet.receivedAt > row.sheet.receivedAt) {
        report(row.rowNumber, HEADER_OF.repeatOf, `original case ${target} was received after this one`);
        changed = true;
      }
    }
  }

  // Timelines: the derived events must replay to the row's status.
  const valid: { row: ValidRow; events: DerivedEvent[] }[] = [];
  for (const row of parsed) {
    if (problems.has(row.rowNumber)) continue;
    if (options.inArea && !options.inArea(row.sheet.townshipCode, row.sheet.villageCode)) {
      report(row.rowNumber, HEADER_OF.village, 'outside your area: you may import cases of your area only');
      continue;
    }
    const dateProblems = checkDates(row.sheet);
    for (const p of dateProblems) report(row.rowNumber, p.column, p.message);
    if (dateProblems.length > 0) continue;
    const events = deriveEvents(
      row.sheet,
      { file: options.fileName, row: row.rowNumber },
      existing.get(row.sheet.repeatOfCode ?? '') ?? null,
      now,
    );
    const statusProblem = checkStatus(row.sheet, events);
    if (statusProblem) report(row.rowNumber, statusProblem.column, statusProblem.message);
    else valid.push({ row, events });
  }
  options.onProgress?.({ phase: 'validate', done: sheet.rows.length, total: sheet.rows.length });

  const errors = [...problems.values()].flat().sort((a, b) => a.row - b.row);
  const rejectedRows = sheet.rows.filter((r) => problems.has(r.rowNumber));
  const result: ImportResult = {
    report: {
      file: options.fileName,
      format,
      rows: sheet.rows.length,
      valid: valid.length,
      imported: 0,
      rejected: rejectedRows.length,
      partial: options.partial ?? false,
      committed: false,
      errors,
      seconds: 0,
    },
    rejects: {
      headers: [...sheet.headers, REJECT_REASON_HEADER],
      rows: rejectedRows.map((r) => [
        ...sheet.headers.map((_, i) => r.cells[i] ?? ''),
        (problems.get(r.rowNumber) ?? [])
          .map((p) => (p.column ? `${p.column}: ${p.message}` : p.message))
          .join('；'),
      ]),
    },
  };
  if ((errors.length === 0 || options.partial) && valid.length > 0) {
    // A closed month moves only by a recorded revision (its KPIs before are kept with who and why).
    const touched = closedMonthsTouched(
      valid.map((v) => foldEvents(v.events)),
      now,
    );
    let revisions: RevisionInput[] = [];
    if (touched.length > 0) {
      if (!options.revision) throw new ClosedPeriodError(touched);
      const { by, reason, stats } = options.revision;
      revisions = [];
      for (const month of touched) {
        revisions.push({
          month,
          by,
          reason,
          source: options.fileName,
          at: now,
          before: await monthKpis(stats, month, now),
        });
      }
    }
    await writeCases(dataSource, idNumbers, valid, existing, options, revisions);
    result.report.imported = valid.length;
    result.report.committed = true;
  }
  result.report.seconds = (Date.now() - started) / 1000;
  return result;
}

/** Column position of each known header; missing required columns refuse the whole file. */
function headerIndex(headers: string[]): Map<string, number> {
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    if (!index.has(h)) index.set(h, i);
  });
  const missing = CASE_COLUMNS.filter((c) => c.required && !index.has(c.header)).map((c) => c.header);
  if (missing.length > 0) {
    throw new ImportFileError(
      `the header row lacks required columns: ${missing.join('、')} (see apps/api/templates/case-import-template.csv)`,
    );
  }
  return index;
}

/** Codes among `codes` that are stored, with their case ids. */
async function existingCodes(db: DialectDataSource, codes: string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  const unique = [...new Set(codes)];
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    const rows: { id: number | string; code: string }[] = await db.query(
      `SELECT id, code FROM petition_case WHERE code IN (${db.dialect.placeholders(chunk.length)})`,
      chunk,
    );
    for (const r of rows) found.set(r.code, Number(r.id));
  }
  return found;
}
