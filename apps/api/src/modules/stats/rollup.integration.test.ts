import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { MatterType, Role } from '@lianxin/domain';
import { openDatabase } from '../../db/data-source.js';
import { dialectSpec, type DialectSpec } from '../../db/dialect.js';
import { loadSeed } from '../../db/seed-loader.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../test/databases.js';
import { AccessPolicy } from '../access/access-policy.js';
import { selectCases } from '../case/case-query.js';
import { IdNumberCipher } from '../petitioner/id-number-cipher.js';

const SYSTEM = AccessPolicy.system();
const user = { id: 1, username: 'u', displayName: 'u', scope: {}, leaderId: null, unitId: null };
/** Cleared for no accusation: reads the rollup's non-accusation rows. */
const ANALYST = new AccessPolicy({ ...user, role: Role.ANALYST });
/** Cleared for one unit's accusations: only questions without accusations come from the rollup. */
const UNIT_CLERK = new AccessPolicy({ ...user, role: Role.CLERK, unitId: 1 });
import type { CaseFilter } from '../case/case.types.js';
import { rebuildAllRollups, refreshRollups, ROLLUP_COLUMNS } from './rollup.js';
import { rollupAnswers, StatsService } from './stats.service.js';
import { CaseDimension } from './stats.types.js';

const NOW = new Date('2024-06-30T23:59:59.999+08:00');
const MALIANQU = '640302202000';

const QUESTIONS: [CaseFilter, CaseDimension[]][] = [
  [{ from: '2023-01-01', to: '2023-12-31' }, []],
  [{ from: '2023-01-01', to: '2023-12-31' }, [CaseDimension.CATEGORY]],
  [{ from: '2023-01-01', to: '2023-12-31' }, [CaseDimension.TOWNSHIP, CaseDimension.VILLAGE]],
  [{ from: '2023-01-01', to: '2023-12-31' }, [CaseDimension.VILLAGE, CaseDimension.MONTH]],
  [{ from: '2022-04-01', to: '2024-06-30', townshipCodes: [MALIANQU] }, [CaseDimension.QUARTER]],
  [{ categoryCodes: ['IRRIGATION', 'TREE_SHADING'] }, [CaseDimension.YEAR, CaseDimension.CATEGORY]],
  // The last months hold open cases: the live pending parts matter there.
  [{ from: '2024-04-01', to: '2024-06-30' }, [CaseDimension.MONTH]],
  // Accusations have rows of their own.
  [{ from: '2023-01-01', to: '2023-12-31', matterTypes: [MatterType.ACCUSATION] }, [CaseDimension.MONTH]],
  [{ matterTypes: [MatterType.SUGGESTION, MatterType.APPEAL] }, [CaseDimension.TOWNSHIP, CaseDimension.YEAR]],
  [{ from: '2024-01-01', matterTypes: [] }, [CaseDimension.CATEGORY]],
];
/** Who asks: everything, nothing of the accusations, and every accusation counted (the count shape). */
const READERS: [string, AccessPolicy][] = [
  ['ADMIN', SYSTEM],
  ['ANALYST', ANALYST],
  ['ANALYST counting accusations', ANALYST.countingEveryAccusation()],
];

async function rollupRows(dataSource: DataSource): Promise<string[]> {
  const rows: Record<string, unknown>[] = await dataSource.query('SELECT * FROM case_month_rollup');
  // Sorted here: the key has one column more (accusation) after migration 8 than before.
  return rows
    .map((r) => JSON.stringify({ ...r, month: r.month instanceof Date ? r.month.toISOString() : r.month }))
    .sort();
}

describeEachDatabase('monthly rollup', (dialect) => {
  // One key for the whole suite: the last test reopens the database (migration 5 runs again).
  const idNumbers = IdNumberCipher.ephemeral();
  let db: TestDatabase;
  let dataSource: DataSource;
  let spec: DialectSpec;
  let withRollup: StatsService;
  let withoutRollup: StatsService;

  const compare = async () => {
    for (const [reader, access] of READERS) {
      for (const [filter, groupBy] of QUESTIONS) {
        const selection = selectCases(filter, NOW, access);
        const question = `${reader} ${JSON.stringify([filter, groupBy])}`;
        expect(rollupAnswers(selection, groupBy), question).toBe(true);
        expect(await withRollup.caseStats(selection, groupBy), question).toEqual(
          await withoutRollup.caseStats(selection, groupBy),
        );
      }
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    dataSource = await openDatabase({ database: db.config, idNumbers });
    await loadSeed(dataSource, idNumbers, { until: '2024-06-30' });
    spec = dialectSpec(dialect);
    withRollup = new StatsService(dataSource, spec, true);
    withoutRollup = new StatsService(dataSource, spec, false);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('gives the same pivots and KPIs as counting the cases, with and without accusations', async () => {
    await compare();
    // The split is real: accusations are in the rollup, and the reader not cleared for them misses
    // exactly them.
    const year = { from: '2023-01-01', to: '2023-12-31' };
    const total = async (access: AccessPolicy, filter: CaseFilter) =>
      (await withRollup.caseStats(selectCases({ ...year, ...filter }, NOW, access), []))[0]!.count;
    const accusations = await total(SYSTEM, { matterTypes: [MatterType.ACCUSATION] });
    expect(accusations).toBeGreaterThan(0);
    expect(await total(ANALYST, {})).toBe((await total(SYSTEM, {}))! - accusations!);
    expect(await total(ANALYST, { matterTypes: [MatterType.ACCUSATION] })).toBe(0);
  });

  it('is not used where it cannot answer (days, other dimensions, a chosen asOf)', () => {
    expect(rollupAnswers(selectCases({ from: '2023-01-02' }, NOW, SYSTEM), [])).toBe(false);
    expect(rollupAnswers(selectCases({ to: '2023-01-30' }, NOW, SYSTEM), [])).toBe(false);
    expect(rollupAnswers(selectCases({ channels: [] }, NOW, SYSTEM), [])).toBe(false);
    expect(rollupAnswers(selectCases({ asOf: NOW }, NOW, SYSTEM), [])).toBe(false);
    expect(rollupAnswers(selectCases({}, NOW, SYSTEM), [CaseDimension.LEADER])).toBe(false);
    expect(rollupAnswers(selectCases({}, NOW, SYSTEM), [CaseDimension.WEEK])).toBe(false);
    // It does not tell suggestions from appeals, nor one unit's accusations from another's.
    expect(rollupAnswers(selectCases({ matterTypes: [MatterType.APPEAL] }, NOW, SYSTEM), [])).toBe(false);
    expect(rollupAnswers(selectCases({}, NOW, UNIT_CLERK), [])).toBe(false);
    const others = { matterTypes: [MatterType.SUGGESTION, MatterType.APPEAL] };
    expect(rollupAnswers(selectCases(others, NOW, UNIT_CLERK), [])).toBe(true);
  });

  it('stays exact after writes when the touched pairs are refreshed', async () => {
    const cases: { id: number; village_code: string; category_code: string }[] = await dataSource.query(
      'SELECT id, village_code, category_code FROM petition_case WHERE id IN (5, 500, 5000, 9000) ORDER BY id',
    );
    const p = (i: number) => (dialect === 'postgres' ? `$${i}` : '?');
    const other: { code: string; township_code: string }[] = await dataSource.query(
      `SELECT code, township_code FROM village WHERE code <> ${p(1)} ORDER BY code LIMIT 1`,
      [cases[0]!.village_code],
    );
    await dataSource.transaction(async (manager) => {
      // A rating changes, a case moves village, a case is reopened for review, a repeat is marked.
      await manager.query(`UPDATE petition_case SET satisfaction = 'DISSATISFIED' WHERE id = ${p(1)}`, [
        cases[1]!.id,
      ]);
      await manager.query(
        `UPDATE petition_case SET village_code = ${p(1)}, township_code = ${p(2)} WHERE id = ${p(3)}`,
        [other[0]!.code, other[0]!.township_code, cases[0]!.id],
      );
      await manager.query(`UPDATE petition_case SET status = 'UNDER_REVIEW' WHERE id = ${p(1)}`, [
        cases[2]!.id,
      ]);
      await manager.query(`UPDATE petition_case SET repeat_of_id = 1 WHERE id = ${p(1)}`, [cases[3]!.id]);
      await refreshRollups(manager, spec, [
        ...cases.map((c) => ({ villageCode: c.village_code, categoryCode: c.category_code })),
        { villageCode: other[0]!.code, categoryCode: cases[0]!.category_code },
      ]);
    });
    await compare();
    const refreshed = await rollupRows(dataSource);
    await rebuildAllRollups(dataSource.manager, spec);
    expect(await rollupRows(dataSource)).toEqual(refreshed);
  });

  it('reverts its accusation split to one row per month, village and category, and splits again', async () => {
    const before = await rollupRows(dataSource);
    const merged = new Map<string, Record<string, unknown>>();
    for (const row of before.map((r) => JSON.parse(r) as Record<string, unknown>)) {
      const { accusation: _split, ...rest } = row;
      const key = `${String(rest.month)}|${String(rest.village_code)}|${String(rest.category_code)}`;
      const sum = merged.get(key);
      if (!sum) merged.set(key, rest);
      else for (const column of ROLLUP_COLUMNS) sum[column] = Number(sum[column]) + Number(rest[column]);
    }
    const split = dataSource.migrations.findIndex((m) => m.name === 'CaseMonthRollupAccusation1700000000008');
    for (let i = dataSource.migrations.length - 1; i >= split; i--) await dataSource.undoLastMigration();
    expect(await rollupRows(dataSource)).toEqual([...merged.values()].map((r) => JSON.stringify(r)).sort());
    await dataSource.destroy();
    dataSource = await openDatabase({ database: db.config, idNumbers });
    expect(await rollupRows(dataSource)).toEqual(before);
  });

  it('is filled from the existing cases when its migration runs on a populated database', async () => {
    const before = await rollupRows(dataSource);
    expect(before.length).toBeGreaterThan(1000);
    // Undo the migrations after the rollup's, then the rollup's own.
    const rollupIndex = dataSource.migrations.findIndex((m) => m.name === 'CaseMonthRollup1700000000001');
    for (let i = dataSource.migrations.length - 1; i >= rollupIndex; i--)
      await dataSource.undoLastMigration();
    await dataSource.destroy();
    dataSource = await openDatabase({ database: db.config, idNumbers });
    expect(await rollupRows(dataSource)).toEqual(before);
  });
});
