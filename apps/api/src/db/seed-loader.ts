// Writes what the seed generator yields into the database through the bulk writer, in one transaction.
import type { DataSource } from 'typeorm';
import {
  generateCases,
  generateDistrict,
  plannedCaseCount,
  type CaseBundle,
  type SeedOptions,
} from '@lianxin/seed';
import { rebuildAllRollups, ROLLUP_TABLES } from '../modules/stats/rollup.js';
import { computeSignals } from '../modules/warning/warning-compute.js';
import {
  CASE_PETITIONERS,
  CASES,
  CATEGORIES,
  EVENTS,
  FACT_VERSIONS,
  foldCase,
  LEADERS,
  petitionersTable,
  tableOf,
  TOWNSHIPS,
  UNITS,
  VILLAGES,
} from './bulk-tables.js';
import { withBulkWriter } from './bulk-writer.js';
import type { DialectDataSource } from './data-source.js';
import type { IdNumberCipher } from '../modules/petitioner/id-number-cipher.js';

const BULK_TABLES = [
  'petitioner',
  'petition_case',
  'case_petitioner',
  'case_event',
  'case_fact_version',
] as const;

export interface SeedProgress {
  done: number;
  total: number;
}

export interface SeedResult {
  cases: number;
  events: number;
  petitioners: number;
}

const BATCH_CASES = 10_000;

/** Cases already stored, to decide whether a start-up should seed. */
export async function countCases(dataSource: DataSource): Promise<number> {
  const rows: { n: number | string }[] = await dataSource.query('SELECT count(*) AS n FROM petition_case');
  return Number(rows[0]?.n ?? 0);
}

/** Empties every table the seed fills (children first). */
export async function clearSeededData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    for (const name of [
      'early_warning_state',
      'early_warning_signal',
      ...ROLLUP_TABLES,
      'case_fact_version',
      'case_event',
      'case_petitioner',
      'petition_case',
      'petitioner',
      'leader',
      'unit',
      'category',
      'village',
      'township',
    ]) {
      await manager.query(`DELETE FROM ${name}`);
    }
  });
}

/**
 * Generates the district and its cases and writes them in one transaction: either the whole seed lands
 * or nothing does. The database must be empty (see clearSeededData).
 */
export async function loadSeed(
  dataSource: DialectDataSource,
  idNumbers: IdNumberCipher,
  options: SeedOptions,
  onProgress?: (progress: SeedProgress) => void,
  /**
   * Keep only the events up to this instant (and the cases received by then): the database as it
   * would have been on that day. Tests compare it with `asOf` reads of the full database.
   */
  knownUntil?: Date,
  /**
   * Compute the early-warning signals of every cell and month (default). Seconds at the default seed;
   * test suites that never read them leave it off.
   */
  { earlyWarnings = true }: { earlyWarnings?: boolean } = {},
): Promise<SeedResult> {
  const district = generateDistrict(options.seed);
  const total = plannedCaseCount(options);
  const result: SeedResult = { cases: 0, events: 0, petitioners: 0 };
  const petitioners = petitionersTable(idNumbers);

  await withBulkWriter(dataSource, async (w) => {
    // The big tables load without their secondary indexes and foreign keys where that is faster.
    const restoreIndexes = await w.suspendIndexesAndForeignKeys(BULK_TABLES);
    await w.write(tableOf(TOWNSHIPS, district.townships));
    await w.write(tableOf(VILLAGES, district.villages));
    await w.write(tableOf(CATEGORIES, district.categories));
    await w.write(tableOf(UNITS, district.units));
    await w.write(tableOf(LEADERS, district.leaders));
    let batch: CaseBundle[] = [];
    const flush = async (): Promise<void> => {
      await w.write(
        tableOf(
          petitioners,
          batch.flatMap((b) => b.petitioners),
        ),
      );
      // The row's facts are the fold of its events, whatever the generator computed alongside.
      const folded = batch.map((b) => foldCase(b.case, b.events));
      await w.write(tableOf(CASES, folded));
      await w.write(
        tableOf(
          FACT_VERSIONS,
          folded.flatMap((c) => c.versions.map((version) => ({ caseId: c.row.id, version }))),
        ),
      );
      await w.write(
        tableOf(
          CASE_PETITIONERS,
          batch.flatMap((b) => b.links),
        ),
      );
      await w.write(
        tableOf(
          EVENTS,
          batch.flatMap((b) => b.events),
        ),
      );
      for (const b of batch) {
        result.events += b.events.length;
        result.petitioners += b.petitioners.length;
      }
      result.cases += batch.length;
      batch = [];
      onProgress?.({ done: result.cases, total });
    };
    onProgress?.({ done: 0, total });
    for (const generated of generateCases(options, district)) {
      const bundle = knownUntil ? truncate(generated, knownUntil) : generated;
      if (!bundle) break; // received after knownUntil, as is every case after it
      batch.push(bundle);
      if (batch.length >= BATCH_CASES) await flush();
    }
    if (batch.length > 0) await flush();
    await restoreIndexes();
    // The generator chose the ids; move the counters past them.
    await w.advanceIdCounters(['unit', 'leader', 'petitioner', 'petition_case', 'case_event']);
    await rebuildAllRollups(w.manager, w.dialect);
    // The early-warning signals of every cell and month, from the rollups just built (the API then
    // keeps the current month up to date after each write: warning.service.ts).
    if (earlyWarnings) await computeSignals(w.manager, w.dialect, { now: new Date(), full: true });
  });
  // Statistics for the planner after a bulk load (SQLite has none until asked).
  for (const name of BULK_TABLES) await dataSource.query(`ANALYZE ${name}`);
  return result;
}

/** A bundle as known at `until`: its events up to then; null when the case was not received yet. */
function truncate(bundle: CaseBundle, until: Date): CaseBundle | null {
  const events = bundle.events.filter((e) => e.at.getTime() <= until.getTime());
  if (events.length === 0) return null;
  return { ...bundle, case: { ...bundle.case, version: events.length }, events };
}
