// The monthly rollups (case_month_rollup, case_township_rollup, case_day_rollup) answer every pivot and
// KPI exactly as counting the cases does, with and without accusations, across migrations and after
// writes. The setup: test/rollup.fixtures.ts.
import { expect, it } from 'vitest';
import {
  addLocalDays,
  computeKpis,
  handlingDueAt,
  isMonthClosed,
  type KpiCaseFacts,
  KpiCode,
  localDate,
  MatterType,
} from '@lianxin/domain';
import { describeEachDatabase } from '../../test/databases.js';
import {
  ANALYST,
  COUNTERS_OF_MIGRATION_11,
  instant,
  kpiCaseFacts,
  NOW,
  parts,
  rollupRows,
  rollupSuite,
  slowIt,
  SYSTEM,
  UNIT_CLERK,
} from '../../test/rollup.fixtures.js';
import type { AccessPolicy } from '../access/access-policy.js';
import { periodGrace, selectCases } from '../case/case-query.js';
import type { CaseFilter } from '../case/case.types.js';
import { refreshRollups, ROLLUP_COLUMNS } from './rollup.js';
import { rollupAnswers } from './stats.service.js';
import { CaseDimension } from './stats.types.js';

describeEachDatabase('monthly rollup', (dialect) => {
  const suite = rollupSuite(dialect);
  const { compare, expectSameAfterRebuild, reopen } = suite;

  slowIt('gives the same pivots and KPIs as counting the cases, with and without accusations', async () => {
    await compare();
    // The split is real: accusations are in the rollup, and the reader not cleared for them misses
    // exactly them.
    const year = { from: '2023-01-01', to: '2023-12-31' };
    const total = async (access: AccessPolicy, filter: CaseFilter) =>
      (await suite.withRollup.caseStats(selectCases({ ...year, ...filter }, NOW, access), []))[0]!.count;
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
    const before = await rollupRows(suite.dataSource);
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
    const split = suite.dataSource.migrations.findIndex(
      (m) => m.name === 'CaseMonthRollupAccusation1700000000008',
    );
    for (let i = suite.dataSource.migrations.length - 1; i >= split; i--)
      await suite.dataSource.undoLastMigration();
    expect(await rollupRows(suite.dataSource)).toEqual(
      [...merged.values()].map((r) => JSON.stringify(r)).sort(),
    );
    await reopen();
    expect(await rollupRows(suite.dataSource)).toEqual(before);
  });

  slowIt('is filled from the existing cases when its migration runs on a populated database', async () => {
    const before = await rollupRows(suite.dataSource);
    expect(before.length).toBeGreaterThan(1000);
    // Undo the migrations after the rollup's, then the rollup's own.
    const rollupIndex = suite.dataSource.migrations.findIndex(
      (m) => m.name === 'CaseMonthRollup1700000000001',
    );
    for (let i = suite.dataSource.migrations.length - 1; i >= rollupIndex; i--)
      await suite.dataSource.undoLastMigration();
    await reopen();
    expect(await rollupRows(suite.dataSource)).toEqual(before);
  });

  slowIt('stays exact after writes when the touched pairs are refreshed', async () => {
    const cases: { id: number; village_code: string; category_code: string }[] = await suite.dataSource.query(
      'SELECT id, village_code, category_code FROM petition_case WHERE id IN (5, 500, 5000, 9000) ORDER BY id',
    );
    const p = (i: number) => (dialect === 'postgres' ? `$${i}` : '?');
    const other: { code: string; township_code: string }[] = await suite.dataSource.query(
      `SELECT code, township_code FROM village WHERE code <> ${p(1)} ORDER BY code LIMIT 1`,
      [cases[0]!.village_code],
    );
    await suite.dataSource.transaction(async (manager) => {
      // A rating and the leader in charge change, a case moves village, a case is reopened for review, a
      // repeat is marked.
      await manager.query(
        `UPDATE petition_case SET satisfaction = 'DISSATISFIED', leader_id = 36 WHERE id = ${p(1)}`,
        [cases[1]!.id],
      );
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
        suite.spec,
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
    const at = (local: string) => suite.spec.timestamp(new Date(`${local}+08:00`));
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
      const viaRollup = await suite.withRollup.kpis(selection);
      expect(viaRollup).toEqual(await suite.withoutRollup.kpis(selection));
      return parts(viaRollup);
    };
    type Row = { id: number; village_code: string; category_code: string };
    const pick = async (where: string, limit: number, ...values: unknown[]) =>
      (await suite.dataSource.query(
        `SELECT id, village_code, category_code FROM petition_case
          WHERE matter_type <> 'ACCUSATION' AND ${where} ORDER BY id LIMIT ${limit}`,
        values,
      )) as Row[];
    const update = (sets: string, row: Row, values: unknown[] = []) =>
      suite.dataSource.query(`UPDATE petition_case SET ${sets} WHERE id = ${p(values.length + 1)}`, [
        ...values,
        row.id,
      ]);
    const refresh = (rows: Row[]) =>
      suite.dataSource.transaction((manager) =>
        refreshRollups(
          manager,
          suite.spec,
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
      const [bucket] = await suite.withRollup.caseStats(selection, []);
      const [counted] = await suite.withoutRollup.caseStats(selection, []);
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
    const rows: Record<string, unknown>[] = await suite.dataSource.query(
      `SELECT received_at, forwarded_at, accepted_at, declined_at, handling_days, extension_days, paused_days,
              replied_at, delivered_at, closed_at, review_requested_at, review_paused_days, review_replied_at,
              review_changed, rereview_requested_at, rereview_paused_days, rereview_replied_at, reopened_at,
              reopen_paused_days, reopen_replied_at, reopened_after_closing_at, satisfaction, rated_at, leader_id,
              repeat_of_id, status, due_at FROM petition_case`,
    );
    const facts: KpiCaseFacts[] = rows.map(kpiCaseFacts);
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
      const sql = parts(await suite.withRollup.kpis(selection));
      expect(parts(await suite.withoutRollup.kpis(selection)), JSON.stringify(period)).toEqual(sql);
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
