// Imports a case spreadsheet: every row is parsed and checked first (nothing is written while any
// check runs), then the valid cases, their petitioners, links and derived timelines are written in one
// transaction with bulk statements (COPY on PostgreSQL), and the rollup is refreshed in that same
// transaction — so a crash or a kill at any point leaves no trace of the import.
import path from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { COLLECTIVE_HEADCOUNT, foldEvents, localDate, MAX_REPRESENTATIVES } from '@lianxin/domain';
import type { CaseEventRow, CasePetitionerRow, CaseRow, PetitionerRow } from '@lianxin/seed';
import {
  CASE_PETITIONERS,
  CASES,
  EVENTS,
  FACT_VERSIONS,
  foldCase,
  petitionersTable,
  tableOf,
  type CaseRegistration,
  type FoldedCase,
} from '../../db/bulk-tables.js';
import { withBulkWriter, type BulkWriter } from '../../db/bulk-writer.js';
import type { DialectDataSource } from '../../db/data-source.js';
import type { IdNumberCipher } from '../petitioner/id-number-cipher.js';
import { rebuildAllRollups, refreshRollups, type RollupPair } from '../stats/rollup.js';
import {
  CASE_COLUMNS,
  CellError,
  HEADER_OF,
  type DraftCase,
  type ReferenceNames,
  type SheetCase,
} from './case-columns.js';
import { checkDates, checkStatus, deriveEvents, type DerivedEvent } from './case-timeline.js';
import { loadReferenceNames } from './reference.js';
import {
  closedMonthsTouched,
  monthKpis,
  recordRevisions,
  type RevisionInput,
} from '../periods/period-revisions.js';
import type { StatsService } from '../stats/stats.service.js';
import { formatOfFileName, readSheet, type SheetFormat } from './sheet-io.js';

/** One problem: the row number as the spreadsheet shows it, the column's Chinese header, the reason. */
export interface ImportProblem {
  row: number;
  column: string | null;
  message: string;
}

export interface ImportReport {
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
const WRITE_BATCH = 5_000;
/** Above this many touched (village, category) pairs one full rebuild beats pair-by-pair refreshes. */
const ROLLUP_REBUILD_PAIRS = 500;

interface ValidRow {
  rowNumber: number;
  sheet: SheetCase;
}

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

function parseRow(
  cells: string[],
  columnIndex: Map<string, number>,
  ref: ReferenceNames,
): { sheet: SheetCase | null; problems: { column: string; message: string }[] } {
  const draft: DraftCase = {};
  const problems: { column: string; message: string }[] = [];
  for (const column of CASE_COLUMNS) {
    const i = columnIndex.get(column.header);
    const text = (i === undefined ? '' : (cells[i] ?? '')).trim();
    if (text === '') {
      if (column.required) problems.push({ column: column.header, message: 'required, but empty' });
      continue;
    }
    try {
      column.parse(text, draft, ref);
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      problems.push({ column: column.header, message: error.message });
    }
  }
  if (problems.length > 0) return { sheet: null, problems };

  // Whole-row checks: the village within its township, the petitioner lists in step.
  const villageCode = ref.villageByTownshipAndName.get(`${draft.townshipCode}|${draft.villageName}`);
  if (!villageCode) {
    const elsewhere = (ref.townshipsOfVillageName.get(draft.villageName!) ?? [])
      .map((t) => ref.townshipName.get(t))
      .join('、');
    problems.push({
      column: HEADER_OF.village,
      message: `village ${draft.villageName} is not in ${ref.townshipName.get(draft.townshipCode!)} (it is in ${elsewhere})`,
    });
  }
  const names = draft.petitionerNames ?? [];
  const phones = draft.petitionerPhones ?? [];
  const ids = draft.petitionerIds ?? [];
  if (phones.length !== names.length)
    problems.push({
      column: HEADER_OF.phones,
      message: `${phones.length} phone numbers for ${names.length} petitioners (list them in the same order)`,
    });
  if (ids.length !== names.length)
    problems.push({
      column: HEADER_OF.ids,
      message: `${ids.length} ID numbers for ${names.length} petitioners (list them in the same order)`,
    });
  if (new Set(ids).size !== ids.length)
    problems.push({ column: HEADER_OF.ids, message: 'the same ID number is listed twice' });
  const headcount = draft.headcount!;
  if (names.length > headcount)
    problems.push({
      column: HEADER_OF.headcount,
      message: `${headcount} people, but ${names.length} petitioners are listed`,
    });
  if (headcount >= COLLECTIVE_HEADCOUNT && names.length > MAX_REPRESENTATIVES)
    problems.push({
      column: HEADER_OF.petitioners,
      message: `a collective petition sends at most ${MAX_REPRESENTATIVES} representatives (Art. 18)`,
    });
  if (problems.length > 0) return { sheet: null, problems };

  const sheet: SheetCase = {
    code: draft.code ?? null,
    title: draft.title!,
    summary: draft.summary!,
    matterType: draft.matterType!,
    categoryCode: draft.categoryCode!,
    channel: draft.channel!,
    townshipCode: draft.townshipCode!,
    villageCode: villageCode!,
    headcount,
    petitioners: names.map((name, i) => ({ name, phone: phones[i]!, idNumber: ids[i]! })),
    receivedAt: draft.receivedAt!,
    forwardedAt: draft.forwardedAt ?? null,
    acceptedAt: draft.acceptedAt ?? null,
    declinedAt: draft.declinedAt ?? null,
    handlingDays: draft.handlingDays ?? null,
    pausedDays: draft.pausedDays ?? 0,
    extensionDays: draft.extensionDays ?? null,
    delayReason: draft.delayReason ?? null,
    repliedAt: draft.repliedAt ?? null,
    outcome: draft.outcome ?? null,
    closedAt: draft.closedAt ?? null,
    satisfaction: draft.satisfaction ?? null,
    ratedAt: draft.ratedAt ?? null,
    reviewRequestedAt: draft.reviewRequestedAt ?? null,
    reviewRepliedAt: draft.reviewRepliedAt ?? null,
    rereviewRequestedAt: draft.rereviewRequestedAt ?? null,
    rereviewRepliedAt: draft.rereviewRepliedAt ?? null,
    status: draft.status!,
    leaderId: draft.leaderId ?? null,
    unitId: draft.unitId ?? null,
    repeatOfCode: draft.repeatOfCode ?? null,
  };
  return { sheet, problems };
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

// ---------- writing

async function writeCases(
  dataSource: DialectDataSource,
  idNumbers: IdNumberCipher,
  valid: { row: ValidRow; events: DerivedEvent[] }[],
  existing: Map<string, number>,
  options: ImportOptions,
  revisions: readonly RevisionInput[],
): Promise<void> {
  const actor = options.actor ?? 'import';
  const source = path.basename(options.fileName);
  await withBulkWriter(dataSource, async (w) => {
    // In the same transaction as the cases: the revision lands exactly when the change does.
    await recordRevisions(w.manager, w.dialect, revisions);
    // Codes for rows without one: the next free number of the year of receipt, read inside the
    // transaction (the unique index refuses a concurrent import that picked the same one).
    const nextNumber = new Map<string, number>();
    const usedInFile = new Set(valid.flatMap((v) => (v.row.sheet.code ? [v.row.sheet.code] : [])));
    for (const { row } of valid) {
      if (row.sheet.code) continue;
      const year = localDate(row.sheet.receivedAt).slice(0, 4);
      let n = nextNumber.get(year);
      if (n === undefined) n = (await maxCodeNumber(w, year)) + 1;
      while (usedInFile.has(caseCode(year, n))) n++;
      row.sheet.code = caseCode(year, n);
      usedInFile.add(row.sheet.code);
      nextNumber.set(year, n + 1);
    }

    const caseIds = await w.reserveIds('petition_case', valid.length);
    const idOfCode = new Map(existing);
    valid.forEach((v, i) => idOfCode.set(v.row.sheet.code!, caseIds[i]!));
    // Petitioners: one row per person of the file (the same ID number listed on several cases is one
    // petitioner, as with repeat petitions).
    const petitionerOfId = new Map<string, number>();
    const newPetitioners: { idNumber: string; name: string; phone: string; villageCode: string }[] = [];
    for (const { row } of valid) {
      for (const p of row.sheet.petitioners) {
        if (petitionerOfId.has(p.idNumber)) continue;
        petitionerOfId.set(p.idNumber, -1);
        newPetitioners.push({ ...p, villageCode: row.sheet.villageCode });
      }
    }
    const petitionerIds = await w.reserveIds('petitioner', newPetitioners.length);
    newPetitioners.forEach((p, i) => petitionerOfId.set(p.idNumber, petitionerIds[i]!));
    const eventIds = await w.reserveIds(
      'case_event',
      valid.reduce((n, v) => n + v.events.length, 0),
    );

    let eventCursor = 0;
    let petitionerCursor = 0;
    for (let start = 0; start < valid.length; start += WRITE_BATCH) {
      const batch = valid.slice(start, start + WRITE_BATCH);
      const petitioners: PetitionerRow[] = [];
      const cases: FoldedCase[] = [];
      const links: CasePetitionerRow[] = [];
      const events: CaseEventRow[] = [];
      batch.forEach(({ row, events: timeline }, k) => {
        const c = row.sheet;
        const caseId = caseIds[start + k]!;
        for (const p of c.petitioners) {
          const id = petitionerOfId.get(p.idNumber)!;
          if (id === petitionerIds[petitionerCursor]) {
            const np = newPetitioners[petitionerCursor]!;
            petitioners.push({ id, ...np });
            petitionerCursor++;
          }
        }
        const caseRow: CaseRegistration = {
          id: caseId,
          code: c.code!,
          title: c.title,
          summary: c.summary,
          matterType: c.matterType,
          // The category table is extensible; the seed's row type names only the built-in codes.
          categoryCode: c.categoryCode as CaseRow['categoryCode'],
          channel: c.channel,
          villageCode: c.villageCode,
          townshipCode: c.townshipCode,
          headcount: c.headcount,
          receivedAt: c.receivedAt,
          version: timeline.length,
        };
        const caseEvents: CaseEventRow[] = [];
        // Representatives: everyone listed for a collective petition (≥ 5 people), else the first.
        c.petitioners.forEach((p, i) =>
          links.push({
            caseId,
            petitionerId: petitionerOfId.get(p.idNumber)!,
            representative: c.headcount >= COLLECTIVE_HEADCOUNT || i === 0,
          }),
        );
        for (const e of timeline) {
          const payload =
            e.type === 'REGISTERED'
              ? { source, row: row.rowNumber }
              : e.type === 'MARKED_REPEAT'
                ? { ...e.payload, repeatOfId: idOfCode.get(c.repeatOfCode!) ?? null }
                : e.payload;
          caseEvents.push({
            id: eventIds[eventCursor++]!,
            caseId,
            type: e.type,
            at: e.at,
            actor,
            leaderId: e.leaderId,
            visitKind: null,
            unitId: e.unitId,
            payload,
          });
        }
        // The case's facts are the fold of the timeline its dates imply, as for every other case.
        cases.push(foldCase(caseRow, caseEvents));
        events.push(...caseEvents);
      });
      // Foreign-key order: petitioners and cases before the links and events that point at them.
      await w.write(tableOf(petitionersTable(idNumbers), petitioners));
      await w.write(tableOf(CASES, cases));
      await w.write(
        tableOf(
          FACT_VERSIONS,
          cases.flatMap((f) => f.versions.map((version) => ({ caseId: f.row.id, version }))),
        ),
      );
      await w.write(tableOf(CASE_PETITIONERS, links));
      await w.write(tableOf(EVENTS, events));
      options.onProgress?.({ phase: 'write', done: start + batch.length, total: valid.length });
    }

    const pairs: RollupPair[] = [
      ...new Map(
        valid.map(({ row }) => [
          `${row.sheet.villageCode}|${row.sheet.categoryCode}`,
          { villageCode: row.sheet.villageCode, categoryCode: row.sheet.categoryCode },
        ]),
      ).values(),
    ];
    if (pairs.length > ROLLUP_REBUILD_PAIRS) await rebuildAllRollups(w.manager, w.dialect);
    else await refreshRollups(w.manager, w.dialect, pairs);
  });
}

function caseCode(year: string, n: number): string {
  return `LT-${year}-${String(n).padStart(6, '0')}`;
}

async function maxCodeNumber(w: BulkWriter, year: string): Promise<number> {
  const rows: { code: string | null }[] = await w.manager.query(
    `SELECT max(code) AS code FROM petition_case WHERE code LIKE ${w.dialect.placeholder(1)}`,
    [`LT-${year}-%`],
  );
  const code = rows[0]?.code;
  return code ? Number(code.slice(8)) || 0 : 0;
}
