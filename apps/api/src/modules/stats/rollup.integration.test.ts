import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  addLocalDays,
  computeKpis,
  handlingDueAt,
  isMonthClosed,
  type KpiCaseFacts,
  KpiCode,
  localDate,
  MatterType,
  Role,
} from '@lianxin/domain';
import { openDatabase, type DialectDataSource } from '../../db/data-source.js';
import { dialectSpec, type DialectSpec } from '../../db/dialect.js';
import { loadSeed } from '../../db/seed-loader.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../test/databases.js';
import { AccessPolicy } from '../access/access-policy.js';
import { periodGrace, selectCases } from '../case/case-query.js';
import { IdNumberCipher } from '../petitioner/id-number-cipher.js';

const SYSTEM = AccessPolicy.system();
const user = { id: 1, username: 'u', displayName: 'u', scope: {}, leaderId: null, unitId: null };
/** Cleared for no accusation: reads the rollup's non-accusation rows. */
const ANALYST = new AccessPolicy({ ...user, role: Role.ANALYST });
/** Cleared for one unit's accusations: only questions without accusations come from the rollup. */
const UNIT_CLERK = new AccessPolicy({ ...user, role: Role.CLERK, unitId: 1 });
import type { CaseFilter } from '../case/case.types.js';
import { rebuildAllRollups, refreshRollups, ROLLUP_COLUMNS } from './rollup.js';
import { KPI_FIELDS, rollupAnswers, StatsService } from './stats.service.js';
import { CaseDimension, type KpiSet } from './stats.types.js';

/** Today is 2024-06-30, at 15:00: its month, and the day itself, are not over. */
const NOW = new Date('2024-06-30T15:00:00.000+08:00');
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
  // The year and the month holding today: months not over yet (and ones still ahead) come from the rollup too.
  [{ from: '2024-01-01', to: '2024-12-31' }, [CaseDimension.MONTH]],
  [{ from: '2024-06-01', to: '2024-06-30' }, [CaseDimension.TOWNSHIP]],
  // Periods not aligned to months: whole months from the rollups, the days around them from the cases
  // (in months closed — read as known at their close — and still open), in one month or across two.
  [{ from: '2023-03-17', to: '2024-02-10' }, []],
  [{ from: '2023-03-17', to: '2024-02-10' }, [CaseDimension.CATEGORY]],
  [{ from: '2023-06-30', to: '2024-06-29' }, [CaseDimension.MONTH]],
  [{ from: '2024-05-20', to: '2024-06-12' }, [CaseDimension.MONTH, CaseDimension.TOWNSHIP]],
  [{ from: '2024-06-03', to: '2024-06-20' }, [CaseDimension.TOWNSHIP]],
  [{ from: '2022-11-15', to: '2024-06-30', townshipCodes: [MALIANQU] }, [CaseDimension.QUARTER]],
  [{ from: '2023-02-14', to: '2023-08-09', categoryCodes: ['IRRIGATION'] }, [CaseDimension.VILLAGE]],
  [{ to: '2023-07-19' }, [CaseDimension.CATEGORY]],
  [{ from: '2023-09-09' }, [CaseDimension.YEAR]],
  [{ from: '2023-12-02', to: '2024-01-30', matterTypes: [MatterType.ACCUSATION] }, []],
];
/**
 * For the tests that undo and redo migrations (migration 10 folds every timeline again) or compare every
 * question again: minutes on a busy 2-core machine.
 */
const SLOW_TEST_TIMEOUT = 300_000;
const slowIt = (name: string, test: () => Promise<void>) => it(name, { timeout: SLOW_TEST_TIMEOUT }, test);
/** Counters migrations 11 and 13 added: the rollup before them has none of them. */
const COUNTERS_OF_MIGRATION_11 = new Set([
  'closed_reopened',
  'reviews_answered',
  'reviews_changed',
  'undecided',
  'unhandled',
]);

const instant = (v: unknown): Date | null =>
  v === null || v === undefined
    ? null
    : v instanceof Date
      ? v
      : new Date(String(v).includes('T') ? String(v) : `${String(v).replace(' ', 'T')}Z`);
const flag = (v: unknown): boolean | null => (v === null || v === undefined ? null : v === true || v === 1);

const parts = (set: KpiSet): Record<KpiCode, [number, number]> =>
  Object.fromEntries(
    Object.values(KpiCode).map((code) => [
      code,
      [set[KPI_FIELDS[code]].numerator, set[KPI_FIELDS[code]].denominator],
    ]),
  ) as Record<KpiCode, [number, number]>;
/** Who asks: everything, nothing of the accusations, and every accusation counted (the count shape). */
const READERS: [string, AccessPolicy][] = [
  ['ADMIN', SYSTEM],
  ['ANALYST', ANALYST],
  ['ANALYST counting accusations', ANALYST.countingEveryAccusation()],
];

async function rollupRows(dataSource: DialectDataSource, table = 'case_month_rollup'): Promise<string[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(`SELECT * FROM ${table}`);
  const text = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
  // Sorted here: the key has one column more (accusation) after migration 8 than before.
  return rows
    .map((r) =>
      JSON.stringify({
        ...r,
        ...(table === 'case_day_rollup' ? { day: text(r.day) } : { month: text(r.month) }),
      }),
    )
    .sort();
}

describeEachDatabase('monthly rollup', (dialect) => {
  // One key for the whole suite: the last test reopens the database (migration 5 runs again).
  const idNumbers = IdNumberCipher.ephemeral();
  let db: TestDatabase;
  let dataSource: DialectDataSource;
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
    // Nothing is dated after now (issue 12, finding 8): the seed stops its timelines at NOW.
    await loadSeed(dataSource, idNumbers, { until: '2024-06-30', now: NOW });
    spec = dialectSpec(dialect);
    withRollup = new StatsService(dataSource, spec, true);
    withoutRollup = new StatsService(dataSource, spec, false);
  });
  /** The rollups as the refreshes left them equal a full rebuild from the cases, table by table. */
  const expectSameAfterRebuild = async () => {
    const tables = ['case_month_rollup', 'case_township_rollup', 'case_day_rollup'];
    const refreshed = await Promise.all(tables.map((table) => rollupRows(dataSource, table)));
    await rebuildAllRollups(dataSource.manager, spec, NOW);
    for (const [i, table] of tables.entries())
      expect(await rollupRows(dataSource, table), table).toEqual(refreshed[i]);
  };
  /** Closes and opens the database again (pending migrations run), with services on the new connection. */
  const reopen = async () => {
    await dataSource.destroy();
    dataSource = await openDatabase({ database: db.config, idNumbers });
    withRollup = new StatsService(dataSource, spec, true);
    withoutRollup = new StatsService(dataSource, spec, false);
  };
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  slowIt('gives the same pivots and KPIs as counting the cases, with and without accusations', async () => {
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
    // Any period: the days around its whole months come from the cases.
    expect(rollupAnswers(selectCases({ from: '2023-01-02' }, NOW, SYSTEM), [])).toBe(true);
    expect(rollupAnswers(selectCases({ to: '2023-01-30' }, NOW, SYSTEM), [])).toBe(true);
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

  // The migration tests come before the tests that write to case rows directly: migration 10 folds every
  // timeline again, so a row edited without its events would not survive the round trip.
  slowIt('reverts its accusation split to a row per month, village and category; splits again', async () => {
    const before = await rollupRows(dataSource);
    const merged = new Map<string, Record<string, unknown>>();
    // Back before migration 11 the rollup has no counters of its own either.
    const columns = ROLLUP_COLUMNS.filter((column) => !COUNTERS_OF_MIGRATION_11.has(column));
    for (const row of before.map((r) => JSON.parse(r) as Record<string, unknown>)) {
      const { accusation: _split, ...rest } = row;
      for (const column of COUNTERS_OF_MIGRATION_11) delete rest[column];
      const key = `${String(rest.month)}|${String(rest.village_code)}|${String(rest.category_code)}`;
      const sum = merged.get(key);
      if (!sum) merged.set(key, rest);
      else for (const column of columns) sum[column] = Number(sum[column]) + Number(rest[column]);
    }
    const split = dataSource.migrations.findIndex((m) => m.name === 'CaseMonthRollupAccusation1700000000008');
    for (let i = dataSource.migrations.length - 1; i >= split; i--) await dataSource.undoLastMigration();
    expect(await rollupRows(dataSource)).toEqual([...merged.values()].map((r) => JSON.stringify(r)).sort());
    await reopen();
    expect(await rollupRows(dataSource)).toEqual(before);
  });

  slowIt('is filled from the existing cases when its migration runs on a populated database', async () => {
    const before = await rollupRows(dataSource);
    expect(before.length).toBeGreaterThan(1000);
    // Undo the migrations after the rollup's, then the rollup's own.
    const rollupIndex = dataSource.migrations.findIndex((m) => m.name === 'CaseMonthRollup1700000000001');
    for (let i = dataSource.migrations.length - 1; i >= rollupIndex; i--)
      await dataSource.undoLastMigration();
    await reopen();
    expect(await rollupRows(dataSource)).toEqual(before);
  });

  slowIt('stays exact after writes when the touched pairs are refreshed', async () => {
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
      await refreshRollups(
        manager,
        spec,
        [
          ...cases.map((c) => ({ villageCode: c.village_code, categoryCode: c.category_code })),
          { villageCode: other[0]!.code, categoryCode: cases[0]!.category_code },
        ],
        NOW,
      );
    });
    await compare();
    await expectSameAfterRebuild();
  });

  slowIt('counts 包案化解率, 重开率, 复查改变率 as the dictionary says, alike on both paths', async () => {
    const p = (i: number) => (dialect === 'postgres' ? `$${i}` : '?');
    const at = (local: string) => spec.timestamp(new Date(`${local}+08:00`));
    // Rows are edited directly here, so only months still open at NOW can show it: a closed month reads
    // its cases as known at its close (closed periods), whatever a row says today.
    const may = { from: '2024-05-01', to: '2024-05-31' };
    const june = { from: '2024-06-01', to: '2024-06-30' };
    for (const open of [may, june])
      expect(isMonthClosed(open.from, NOW, periodGrace()), open.from).toBe(false);
    /** The month's KPIs through the rollup, checked against counting the cases. */
    const month = async (period: { from: string; to: string }) => {
      const selection = selectCases(period, NOW, SYSTEM);
      expect(rollupAnswers(selection, [])).toBe(true);
      const viaRollup = await withRollup.kpis(selection);
      expect(viaRollup).toEqual(await withoutRollup.kpis(selection));
      return parts(viaRollup);
    };
    type Row = { id: number; village_code: string; category_code: string };
    const pick = async (where: string, limit: number, ...values: unknown[]) =>
      (await dataSource.query(
        `SELECT id, village_code, category_code FROM petition_case
          WHERE matter_type <> 'ACCUSATION' AND ${where} ORDER BY id LIMIT ${limit}`,
        values,
      )) as Row[];
    const update = (sets: string, row: Row, values: unknown[] = []) =>
      dataSource.query(`UPDATE petition_case SET ${sets} WHERE id = ${p(values.length + 1)}`, [
        ...values,
        row.id,
      ]);
    const refresh = (rows: Row[]) =>
      dataSource.transaction((manager) =>
        refreshRollups(
          manager,
          spec,
          rows.map((r) => ({ villageCode: r.village_code, categoryCode: r.category_code })),
          NOW,
        ),
      );

    // A leader's case of June, closed: unrated it is not resolved, rated satisfied it is, rated
    // dissatisfied it is not; it stays in the denominator throughout.
    const [leaderCase] = await pick(
      `leader_id IS NOT NULL AND received_on >= '2024-06-01' AND received_on <= '2024-06-20'`,
      1,
    );
    const resolution = async () => (await month(june))[KpiCode.LEADER_RESOLUTION];
    const closedOn = [at('2024-06-25T10:00:00'), at('2024-06-25T11:00:00')];
    await update(
      `status = 'CLOSED', closed_at = ${p(1)}, replied_at = COALESCE(replied_at, ${p(2)}), satisfaction = NULL, rated_at = NULL`,
      leaderCase!,
      closedOn,
    );
    await refresh([leaderCase!]);
    const [unrated, owned] = await resolution();
    for (const [satisfaction, resolved] of [
      ['SATISFIED', unrated + 1],
      ['DISSATISFIED', unrated],
    ] as const) {
      await update(`satisfaction = '${satisfaction}', rated_at = ${p(1)}`, leaderCase!, [
        at('2024-06-26T10:00:00'),
      ]);
      await refresh([leaderCase!]);
      expect(await resolution(), satisfaction).toEqual([resolved, owned]);
    }

    // A case closed in May and reopened in June counts in 重开率 of May, its closing month, not of June.
    const [closed] = await pick(
      `status = 'CLOSED' AND reopened_after_closing_at IS NULL AND closed_at >= ${p(1)} AND closed_at < ${p(2)}`,
      1,
      at('2024-05-01T00:00:00'),
      at('2024-06-01T00:00:00'),
    );
    const [beforeMay, beforeJune] = [await month(may), await month(june)];
    const reopenedAt = at('2024-06-10T10:00:00');
    await update(
      `status = 'IN_PROGRESS', reopened_at = ${p(1)}, reopened_after_closing_at = ${p(2)}, reopen_count = 1`,
      closed!,
      [reopenedAt, reopenedAt],
    );
    await refresh([closed!]);
    const [afterMay, afterJune] = [await month(may), await month(june)];
    expect(afterMay[KpiCode.REOPEN_RATE]).toEqual([
      beforeMay[KpiCode.REOPEN_RATE][0] + 1,
      beforeMay[KpiCode.REOPEN_RATE][1],
    ]);
    expect(afterJune[KpiCode.REOPEN_RATE]).toEqual(beforeJune[KpiCode.REOPEN_RATE]);

    // Review answers of June: changed counts in the numerator, upheld in the denominator only, an answer
    // that does not say (an old import) in neither.
    const beforeReviews = await month(june);
    const reviewed = await pick(
      `status = 'CLOSED' AND review_requested_at IS NULL AND id <> ${p(1)}`,
      3,
      closed!.id,
    );
    expect(reviewed).toHaveLength(3);
    for (const [i, changed] of ['TRUE', 'FALSE', 'NULL'].entries()) {
      await update(
        `review_requested_at = ${p(1)}, review_replied_at = ${p(2)}, review_changed = ${changed}`,
        reviewed[i]!,
        [at('2024-06-01T10:00:00'), at('2024-06-15T10:00:00')],
      );
    }
    await refresh(reviewed);
    const afterReviews = await month(june);
    expect(afterReviews[KpiCode.REVIEW_CHANGE_RATE]).toEqual([
      beforeReviews[KpiCode.REVIEW_CHANGE_RATE][0] + 1,
      beforeReviews[KpiCode.REVIEW_CHANGE_RATE][1] + 2,
    ]);

    await compare();
    await expectSameAfterRebuild();
  });

  it('adds up partial months (up to today, their days read from the cases) to the whole month', async () => {
    const kpisOf = async (filter: CaseFilter) => {
      const selection = selectCases(filter, NOW, SYSTEM);
      expect(rollupAnswers(selection, []), JSON.stringify(filter)).toBe(true);
      const [bucket] = await withRollup.caseStats(selection, []);
      const [counted] = await withoutRollup.caseStats(selection, []);
      expect(bucket, JSON.stringify(filter)).toEqual(counted);
      return { count: bucket!.count, kpis: parts(bucket!.kpis!) };
    };
    const add = (a: Awaited<ReturnType<typeof kpisOf>>, b: Awaited<ReturnType<typeof kpisOf>>) => ({
      count: a.count! + b.count!,
      kpis: Object.fromEntries(
        Object.values(KpiCode).map((code) => [
          code,
          [a.kpis[code][0] + b.kpis[code][0], a.kpis[code][1] + b.kpis[code][1]],
        ]),
      ),
    });
    const today = localDate(NOW);
    // The month holding today, and the year to date, split at a day inside them.
    for (const [whole, firstPart, secondPart] of [
      [
        { from: '2024-06-01', to: '2024-06-30' },
        { from: '2024-06-01', to: '2024-06-14' },
        { from: '2024-06-15', to: today },
      ],
      [
        { from: '2024-01-01', to: '2024-06-30' },
        { from: '2024-01-01', to: addLocalDays(today, -1) },
        { from: today, to: today },
      ],
    ] as const) {
      const sum = add(await kpisOf(firstPart), await kpisOf(secondPart));
      expect(sum, JSON.stringify(whole)).toEqual(await kpisOf(whole));
    }
  });

  it('counts by the domain formulas (computeKpis) for a partial month and today, and stores the domain due dates', async () => {
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT received_at, forwarded_at, accepted_at, declined_at, handling_days, extension_days, paused_days,
              replied_at, delivered_at, closed_at, review_requested_at, review_paused_days, review_replied_at,
              review_changed, rereview_requested_at, rereview_paused_days, rereview_replied_at, reopened_at,
              reopen_paused_days, reopen_replied_at, reopened_after_closing_at, satisfaction, rated_at, leader_id,
              repeat_of_id, status, due_at FROM petition_case`,
    );
    const facts: KpiCaseFacts[] = rows.map((r) => ({
      receivedAt: instant(r.received_at)!,
      forwardedAt: instant(r.forwarded_at),
      acceptedAt: instant(r.accepted_at),
      declinedAt: instant(r.declined_at),
      handlingDays: r.handling_days === null ? null : Number(r.handling_days),
      extensionDays: r.extension_days === null ? null : Number(r.extension_days),
      pausedDays: Number(r.paused_days),
      repliedAt: instant(r.replied_at),
      deliveredAt: instant(r.delivered_at),
      closedAt: instant(r.closed_at),
      reviewRequestedAt: instant(r.review_requested_at),
      reviewPausedDays: Number(r.review_paused_days),
      reviewRepliedAt: instant(r.review_replied_at),
      reviewChanged: flag(r.review_changed),
      rereviewRequestedAt: instant(r.rereview_requested_at),
      rereviewPausedDays: Number(r.rereview_paused_days),
      rereviewRepliedAt: instant(r.rereview_replied_at),
      reopenedAt: instant(r.reopened_at),
      reopenPausedDays: Number(r.reopen_paused_days),
      reopenRepliedAt: instant(r.reopen_replied_at),
      reopenedAfterClosingAt: instant(r.reopened_after_closing_at),
      satisfaction: r.satisfaction as KpiCaseFacts['satisfaction'],
      ratedAt: instant(r.rated_at),
      leaderId: r.leader_id as number | null,
      repeatOfId: r.repeat_of_id as number | null,
      status: r.status as KpiCaseFacts['status'],
    }));
    // ON_TIME_CLOSURE reads the stored due date: it must be the domain clock's.
    const wrongDue = rows.filter(
      (r, i) => instant(r.due_at)?.getTime() !== handlingDueAt(facts[i]!)?.getTime(),
    );
    expect(wrongDue.length, 'cases whose stored due_at is not the domain clock').toBe(0);
    for (const period of [
      { from: '2024-06-10', to: localDate(NOW) },
      { from: localDate(NOW), to: localDate(NOW) },
    ]) {
      const selection = selectCases(period, NOW, SYSTEM);
      // Read from the rollups (the whole period is one ragged edge here) and by counting the cases.
      expect(rollupAnswers(selection, [])).toBe(true);
      const sql = parts(await withRollup.kpis(selection));
      expect(parts(await withoutRollup.kpis(selection)), JSON.stringify(period)).toEqual(sql);
      const domain = computeKpis(facts, period, NOW);
      const expected = Object.fromEntries(
        Object.values(KpiCode).map((code) => [code, [domain[code].numerator, domain[code].denominator]]),
      );
      expect(sql, JSON.stringify(period)).toEqual(expected);
    }
    // Not vacuous: the month has cases in each KPI read from the case dates.
    const june = computeKpis(facts, { from: '2024-06-01', to: '2024-06-30' }, NOW);
    for (const code of [KpiCode.TIMELY_ACCEPTANCE, KpiCode.ON_TIME_CLOSURE, KpiCode.SATISFACTION]) {
      expect(june[code].denominator, code).toBeGreaterThan(0);
    }
  });
});
