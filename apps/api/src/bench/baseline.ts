// The benchmark's yardstick: the three dashboard reads of `pnpm bench:api` as hand-written SQL in the
// same process, behind the same Express and connection pool, so the GraphQL/baseline ratio measures
// what the GraphQL layer (resolvers, loaders, query builder, statement count) costs and nothing else.
// Mounted only when LIANXIN_BENCH=1 (see server.ts); nothing in the product calls it.
// The bench reads as a district-wide ANALYST, who is not cleared for accusations (检举控告): every
// statement leaves them out, as the API does for that reader (AccessPolicy.applyReach), so both sides
// answer the same question.
// The predicates are copied by hand from modules/stats/kpi-sql.ts on purpose: a baseline built from
// the API's own query code would inherit its plans and could never show them to be slow.
import { Router, type Request } from 'express';
import type { DataSource } from 'typeorm';

interface Period {
  from: string;
  to: string;
}

const YEAR_2023: Period = { from: '2023-01-01', to: '2023-12-31' };
const TREND: Period = { from: '2025-12-01', to: '2026-11-30' };
const LIST_TOWNSHIP = '640302202000';
const LIST_PERIOD: Period = { from: '2024-01-01', to: '2026-11-30' };
const PAGE_SIZE = 50;

const KPI_NAMES = [
  'timelyAcceptance',
  'onTimeClosure',
  'satisfaction',
  'ratingParticipation',
  'leaderResolution',
  'repeatRate',
] as const;

// Instants of the local (UTC+8) period bounds, for the KPIs anchored on a timestamp.
const PERIOD_START = `($2::date::timestamp AT TIME ZONE 'Asia/Shanghai')`;
const PERIOD_END = `(($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
const inPeriod = (column: string) => `(${column} >= ${PERIOD_START} AND ${column} < ${PERIOD_END})`;

/**
 * All six KPIs in one pass. Each KPI is anchored on its own date (receipt, handling due date, rating,
 * closing), all of which fall on or after receipt, so `received_on <= to` bounds the scan.
 * $1 asOf, $2 from, $3 to.
 */
const KPI_SQL = `
  SELECT
    SUM(CASE WHEN rcv AND ta_d THEN 1 ELSE 0 END) AS "timelyAcceptance_d",
    SUM(CASE WHEN rcv AND ta_d AND ta_n THEN 1 ELSE 0 END) AS "timelyAcceptance_n",
    SUM(CASE WHEN due AND otc_d THEN 1 ELSE 0 END) AS "onTimeClosure_d",
    SUM(CASE WHEN due AND otc_d AND otc_n THEN 1 ELSE 0 END) AS "onTimeClosure_n",
    SUM(CASE WHEN rated THEN 1 ELSE 0 END) AS "satisfaction_d",
    SUM(CASE WHEN rated AND sat_n THEN 1 ELSE 0 END) AS "satisfaction_n",
    SUM(CASE WHEN closed THEN 1 ELSE 0 END) AS "ratingParticipation_d",
    SUM(CASE WHEN closed AND rp_n THEN 1 ELSE 0 END) AS "ratingParticipation_n",
    SUM(CASE WHEN rcv AND lr_d THEN 1 ELSE 0 END) AS "leaderResolution_d",
    SUM(CASE WHEN rcv AND lr_d AND lr_n THEN 1 ELSE 0 END) AS "leaderResolution_n",
    SUM(CASE WHEN rcv THEN 1 ELSE 0 END) AS "repeatRate_d",
    SUM(CASE WHEN rcv AND rr_n THEN 1 ELSE 0 END) AS "repeatRate_n"
  FROM (
    SELECT
      c.received_on >= $2::date AS rcv,
      (${inPeriod('c.due_at')} AND c.due_at <= $1 AND c.accepted_at <= $1) AS due,
      (${inPeriod('c.rated_at')} AND c.rated_at <= $1 AND c.satisfaction IS NOT NULL) AS rated,
      (${inPeriod('c.closed_at')} AND c.closed_at <= $1) AS closed,
      (c.accepted_at <= $1 OR c.declined_at <= $1 OR c.acceptance_due_at < $1) AS ta_d,
      ((c.accepted_at <= $1 AND c.accepted_at <= c.acceptance_due_at) OR
       ((c.accepted_at IS NULL OR c.accepted_at > $1) AND c.declined_at <= $1
        AND c.declined_at <= c.acceptance_due_at)) AS ta_n,
      (c.replied_at <= $1 OR c.closed_at <= $1 OR c.due_at < $1) AS otc_d,
      ((c.replied_at <= $1 AND c.replied_at <= c.due_at) OR
       ((c.replied_at IS NULL OR c.replied_at > $1) AND c.closed_at <= $1 AND c.closed_at <= c.due_at)) AS otc_n,
      c.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED') AS sat_n,
      (c.rated_at <= $1 AND c.satisfaction IS NOT NULL) AS rp_n,
      c.leader_id IS NOT NULL AS lr_d,
      (c.status = 'CLOSED' AND c.closed_at <= $1 AND
       (c.satisfaction IS NULL OR c.satisfaction <> 'DISSATISFIED' OR c.rated_at > $1)) AS lr_n,
      c.repeat_of_id IS NOT NULL AS rr_n
    FROM petition_case c
    WHERE c.received_at <= $1 AND c.matter_type <> 'ACCUSATION' AND c.received_on <= $3::date
  ) flags`;

/** Cases by category and by township (with timely acceptance) in one scan. $1 asOf, $2 from, $3 to. */
const BREAKDOWN_SQL = `
  SELECT
    GROUPING(c.category_code) = 0 AS by_category,
    c.category_code, cat.name_zh, c.township_code, t.name AS township_name,
    COUNT(*) AS n,
    SUM(CASE WHEN (c.accepted_at <= $1 OR c.declined_at <= $1 OR c.acceptance_due_at < $1) THEN 1 ELSE 0 END) AS ta_d,
    SUM(CASE WHEN (c.accepted_at <= $1 OR c.declined_at <= $1 OR c.acceptance_due_at < $1) AND
      ((c.accepted_at <= $1 AND c.accepted_at <= c.acceptance_due_at) OR
       ((c.accepted_at IS NULL OR c.accepted_at > $1) AND c.declined_at <= $1
        AND c.declined_at <= c.acceptance_due_at)) THEN 1 ELSE 0 END) AS ta_n
  FROM petition_case c
  JOIN category cat ON cat.code = c.category_code
  JOIN township t ON t.code = c.township_code
  WHERE c.received_at <= $1 AND c.matter_type <> 'ACCUSATION' AND c.received_on BETWEEN $2::date AND $3::date
  GROUP BY GROUPING SETS ((c.category_code, cat.name_zh), (c.township_code, t.name))
  ORDER BY by_category DESC, n DESC, c.category_code, c.township_code`;

/** Cases per month of receipt. $1 asOf, $2 from, $3 to. */
const TREND_SQL = `
  SELECT to_char(date_trunc('month', c.received_on), 'YYYY-MM-DD') AS period, COUNT(*) AS n
  FROM petition_case c
  WHERE c.received_at <= $1 AND c.matter_type <> 'ACCUSATION' AND c.received_on BETWEEN $2::date AND $3::date
  GROUP BY 1
  ORDER BY 1`;

/** One page of a township's cases, newest first, with the names the list shows. */
const CASE_PAGE_SQL = `
  SELECT c.id, c.code, c.title, c.status, c.received_at, c.due_at,
         cat.name_zh AS category_name, v.name AS village_name, l.name AS leader_name
  FROM petition_case c
  JOIN category cat ON cat.code = c.category_code
  JOIN village v ON v.code = c.village_code
  LEFT JOIN leader l ON l.id = c.leader_id
  WHERE c.received_at <= $1 AND c.matter_type <> 'ACCUSATION' AND c.township_code = $2
    AND c.received_on BETWEEN $3::date AND $4::date
  ORDER BY c.received_at DESC, c.id DESC
  LIMIT ${PAGE_SIZE + 1}`;

/** Village × month counts. $1 asOf, $2 from, $3 to. */
const VILLAGE_MONTHS_SQL = `
  SELECT c.village_code, to_char(date_trunc('month', c.received_on), 'YYYY-MM-DD') AS period, COUNT(*) AS n
  FROM petition_case c
  WHERE c.received_at <= $1 AND c.matter_type <> 'ACCUSATION' AND c.received_on BETWEEN $2::date AND $3::date
  GROUP BY 1, 2
  ORDER BY 2, 3 DESC, 1`;

const rate = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});

type Row = Record<string, unknown>;

/** `asOf` of a request: now, like the GraphQL filter's default. */
const asOf = (_req: Request) => new Date();

export function createBaselineRouter(dataSource: DataSource): Router {
  const router = Router();
  const params = (req: Request, period: Period) => [asOf(req), period.from, period.to];

  router.get('/overview', async (req, res) => {
    const [[kpiRow], breakdown, trend] = (await Promise.all([
      dataSource.query(KPI_SQL, params(req, YEAR_2023)),
      dataSource.query(BREAKDOWN_SQL, params(req, YEAR_2023)),
      dataSource.query(TREND_SQL, params(req, TREND)),
    ])) as [Row[], Row[], Row[]];
    const kpis = Object.fromEntries(
      KPI_NAMES.map((name) => [name, rate(Number(kpiRow![`${name}_n`]), Number(kpiRow![`${name}_d`]))]),
    );
    res.json({
      kpis,
      categories: breakdown
        .filter((r) => r.by_category)
        .map((r) => ({ code: r.category_code, nameZh: r.name_zh, count: Number(r.n) })),
      townships: breakdown
        .filter((r) => !r.by_category)
        .map((r) => ({
          code: r.township_code,
          name: r.township_name,
          count: Number(r.n),
          timelyAcceptance: rate(Number(r.ta_n), Number(r.ta_d)),
        })),
      trend: trend.map((r) => ({ period: r.period, count: Number(r.n) })),
    });
  });

  router.get('/cases', async (req, res) => {
    const rows: Row[] = await dataSource.query(CASE_PAGE_SQL, [
      asOf(req),
      LIST_TOWNSHIP,
      LIST_PERIOD.from,
      LIST_PERIOD.to,
    ]);
    const page = rows.slice(0, PAGE_SIZE);
    res.json({
      cases: page.map((r) => ({
        code: r.code,
        title: r.title,
        status: r.status,
        receivedAt: r.received_at,
        dueAt: r.due_at,
        category: { nameZh: r.category_name },
        village: { name: r.village_name },
        leader: r.leader_name === null ? null : { name: r.leader_name },
      })),
      hasNextPage: rows.length > PAGE_SIZE,
      endCursor: page.length ? String(page.at(-1)!.id) : null,
    });
  });

  router.get('/village-months', async (req, res) => {
    const rows: Row[] = await dataSource.query(VILLAGE_MONTHS_SQL, params(req, YEAR_2023));
    res.json({
      buckets: rows.map((r) => ({ villageCode: r.village_code, period: r.period, count: Number(r.n) })),
    });
  });

  return router;
}
