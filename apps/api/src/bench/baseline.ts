// The benchmark's correctness reference: the dashboard's overview KPIs, breakdowns and trend, and the
// first page of its case list, as hand-written SQL, for any period, township and category.
// `pnpm bench:api` compares a few of the API's answers with these before it loads anything and aborts
// on a difference. Mounted at /bench/reference only when LIANXIN_BENCH=1 (see bench-mode.ts); nothing
// in the product calls it. PostgreSQL only. (The load's baseline is the replay of the API's own
// statements, bench-mode.ts: same SQL work, so the ratio is the GraphQL layer's cost. This one is
// deliberately independent of the API's SQL and only says whether the answers are right.)
// The bench reads as a district-wide ANALYST, who is not cleared for accusations (检举控告): every
// statement leaves them out, as the API does for that reader (AccessPolicy.applyReach), so both sides
// answer the same question.
// The definitions are written out by hand from the KPI dictionary (docs/kpis.md) on purpose: a
// reference built from the API's own query code (kpi-sql.ts, case-history.ts) would inherit its plans
// and its mistakes, and could never show either.
import { Router, type ErrorRequestHandler, type Request } from 'express';
import type { DataSource } from 'typeorm';
import { SETTLING_MONTHS, type KpiAnchor } from '@lianxin/domain';
import type { DialectDataSource } from '../db/data-source.js';
// Only the configured grace (PERIOD_GRACE_DAYS): when months close is configuration, not query code.
import { periodGrace } from '../modules/case/case-query.js';

interface Period {
  from: string;
  to: string;
}

/** One township and one category at most, as the bench's filters have. */
interface Place {
  township: string | null;
  category: string | null;
}

const PAGE_SIZE = 50;

const KPI_NAMES = [
  'timelyAcceptance',
  'onTimeClosure',
  'satisfaction',
  'ratingParticipation',
  'leaderResolution',
  'repeatRate',
  'reopenRate',
  'reviewChangeRate',
] as const;

// Local (UTC+8) days and the instants bounding them. $1 asOf, $2 from, $3 to, $4 grace days,
// $5 township code or NULL, $6 category code or NULL.
const PERIOD_START = `($2::date::timestamp AT TIME ZONE 'Asia/Shanghai')`;
const PERIOD_END = `(($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
const inPeriod = (column: string) => `(${column} >= ${PERIOD_START} AND ${column} < ${PERIOD_END})`;
const localDay = (column: string) => `(${column} AT TIME ZONE 'Asia/Shanghai')::date`;
/**
 * When the month holding local `day` closes for KPIs anchored on `anchor` (the domain's monthClosesAt):
 * the end of the month, plus the months its cases need to settle (SETTLING_MONTHS: a case received in
 * May is judged on how it ended), plus the grace days — as the start of the next local day.
 */
const monthClose = (day: string, anchor: KpiAnchor) =>
  `((date_trunc('month', ${day}::timestamp) + interval '${1 + SETTLING_MONTHS[anchor]} months' + $4 * interval '1 day') AT TIME ZONE 'Asia/Shanghai')`;

/**
 * A KPI of a closed month reads each case as it was known when that month closed, so later steps
 * never move it (issue 12). `case_fact_version` holds a case's facts from each step to the next; the
 * version in force at the close is the last one recorded before it. While the month is still open
 * the KPI reads the case as it is now: its last version (nothing is recorded after now).
 * `close` is a column of `anchored` (NULL: the case is not anchored in the period for these KPIs).
 */
const factsAtClose = (alias: string, close: string) => `
  LEFT JOIN LATERAL (
    SELECT * FROM case_fact_version fv
    WHERE a.${close} IS NOT NULL AND fv.case_id = a.id
      AND CASE WHEN a.${close} <= $1 THEN fv.valid_from < a.${close} ELSE fv.valid_from <= $1 END
    ORDER BY fv.valid_from DESC
    LIMIT 1
  ) ${alias} ON TRUE`;

const count = (condition: string) => `COUNT(*) FILTER (WHERE ${condition})`;
const SATISFIED = `('SATISFIED', 'BASICALLY_SATISFIED')`;

/**
 * The eight KPIs of the period, and its cases by category and by township (with timely acceptance),
 * in one pass. Each KPI places a case in a period by its own anchor date — receipt, statutory due
 * date, first rating, first closing, review answer — and reads the case's facts as known at the close
 * of that date's month (`factsAtClose`): r, d, s, cl, rv below. Anchor dates do not move once their
 * month has closed (a due date that has passed is never moved, the first rating and the first
 * closing are kept, the review is answered once), so the case row's own anchor date picks the
 * period and the month. Every anchor date falls on or after receipt, so `received_on <= to` bounds
 * the scan.
 */
const OVERVIEW_SQL = `
  WITH anchored AS MATERIALIZED (
    -- MATERIALIZED: the close instants are computed once per case, not once per reference.
    SELECT p.id, p.category_code, p.township_code, p.acceptance_due_at,
      CASE WHEN p.received_on >= $2 THEN ${monthClose('p.received_on', 'RECEIVED')} END AS received_close,
      CASE WHEN ${inPeriod('p.due_at')} THEN ${monthClose(localDay('p.due_at'), 'DUE')} END AS due_close,
      CASE WHEN ${inPeriod('p.rated_at')} THEN ${monthClose(localDay('p.rated_at'), 'RATED')} END AS rated_close,
      CASE WHEN ${inPeriod('p.closed_at')} THEN ${monthClose(localDay('p.closed_at'), 'CLOSED')} END AS closed_close,
      CASE WHEN ${inPeriod('p.review_replied_at')} THEN ${monthClose(localDay('p.review_replied_at'), 'REVIEW_ANSWERED')} END AS review_close
    FROM petition_case p
    WHERE p.received_at <= $1 AND p.matter_type <> 'ACCUSATION' AND p.received_on <= $3::date
      AND ($5::text IS NULL OR p.township_code = $5) AND ($6::text IS NULL OR p.category_code = $6)
  )
  SELECT g.*, cat.name_zh AS category_name, t.name AS township_name
  FROM (
    SELECT
      GROUPING(a.category_code, a.township_code) AS grouping,
      a.category_code, a.township_code,
      COUNT(r.case_id) AS received,
      -- 及时受理率 (receipt): decided by the acceptance deadline; undecided ones once it has passed.
      ${count('r.case_id IS NOT NULL AND (r.accepted_at <= $1 OR r.declined_at <= $1 OR a.acceptance_due_at < $1)')} AS "timelyAcceptance_d",
      ${count(
        '(r.accepted_at <= $1 AND r.accepted_at <= a.acceptance_due_at) OR ' +
          '((r.accepted_at IS NULL OR r.accepted_at > $1) AND r.declined_at <= $1 AND r.declined_at <= a.acceptance_due_at)',
      )} AS "timelyAcceptance_n",
      -- 包案化解率 (receipt): led by a leader; resolved = closed and first rating (basically) satisfied.
      ${count('r.leader_id IS NOT NULL')} AS "leaderResolution_d",
      ${count(`r.leader_id IS NOT NULL AND r.status = 'CLOSED' AND r.closed_at <= $1 AND r.rated_at <= $1 AND r.satisfaction IN ${SATISFIED}`)} AS "leaderResolution_n",
      -- 重复访率 (receipt).
      COUNT(r.case_id) AS "repeatRate_d",
      ${count('r.repeat_of_id IS NOT NULL')} AS "repeatRate_n",
      -- 按期办结率 (statutory due date, accepted cases): replied (or closed) by the due date.
      ${count('d.accepted_at <= $1 AND (d.replied_at <= $1 OR d.closed_at <= $1 OR d.due_at < $1)')} AS "onTimeClosure_d",
      ${count(
        'd.accepted_at <= $1 AND ((d.replied_at <= $1 AND d.replied_at <= d.due_at) OR ' +
          '((d.replied_at IS NULL OR d.replied_at > $1) AND d.closed_at <= $1 AND d.closed_at <= d.due_at))',
      )} AS "onTimeClosure_n",
      -- 群众满意率 (first rating).
      ${count('s.rated_at <= $1 AND s.satisfaction IS NOT NULL')} AS "satisfaction_d",
      ${count(`s.rated_at <= $1 AND s.satisfaction IN ${SATISFIED}`)} AS "satisfaction_n",
      -- 参评率 and 重开率 (first closing): rated; reopened after closing.
      ${count('cl.closed_at <= $1')} AS "ratingParticipation_d",
      ${count('cl.closed_at <= $1 AND cl.rated_at <= $1 AND cl.satisfaction IS NOT NULL')} AS "ratingParticipation_n",
      ${count('cl.closed_at <= $1')} AS "reopenRate_d",
      ${count('cl.closed_at <= $1 AND cl.reopened_after_closing_at <= $1')} AS "reopenRate_n",
      -- 复查改变率 (review answer): answers that changed the first one.
      ${count('rv.review_replied_at <= $1 AND rv.review_changed IS NOT NULL')} AS "reviewChangeRate_d",
      ${count('rv.review_replied_at <= $1 AND rv.review_changed')} AS "reviewChangeRate_n"
    FROM anchored a
    ${factsAtClose('r', 'received_close')}
    ${factsAtClose('d', 'due_close')}
    ${factsAtClose('s', 'rated_close')}
    ${factsAtClose('cl', 'closed_close')}
    ${factsAtClose('rv', 'review_close')}
    WHERE COALESCE(a.received_close, a.due_close, a.rated_close, a.closed_close, a.review_close) IS NOT NULL
    GROUP BY GROUPING SETS ((), (a.category_code), (a.township_code))
  ) g
  LEFT JOIN category cat ON cat.code = g.category_code
  LEFT JOIN township t ON t.code = g.township_code`;

/** GROUPING(category_code, township_code) of each set: 1 = by category, 2 = by township, 3 = all. */
const BY_CATEGORY = 1;
const BY_TOWNSHIP = 2;
const ALL = 3;

/**
 * Cases per month of receipt (counts of the cases as they are: nothing to freeze). $1 asOf, $2 from,
 * $3 to, $4 township or NULL, $5 category or NULL.
 */
const TREND_SQL = `
  SELECT to_char(date_trunc('month', c.received_on), 'YYYY-MM-DD') AS period, COUNT(*) AS n
  FROM petition_case c
  WHERE c.received_at <= $1 AND c.matter_type <> 'ACCUSATION' AND c.received_on BETWEEN $2::date AND $3::date
    AND ($4::text IS NULL OR c.township_code = $4) AND ($5::text IS NULL OR c.category_code = $5)
  GROUP BY 1
  ORDER BY 1`;

/** Cases received in the period (the case list's filter). $1 asOf, $2 from, $3 to, $4 township, $5 category. */
const LIST_WHERE = `
  c.received_at <= $1 AND c.matter_type <> 'ACCUSATION' AND c.received_on BETWEEN $2::date AND $3::date
    AND ($4::text IS NULL OR c.township_code = $4) AND ($5::text IS NULL OR c.category_code = $5)`;

/** The first page, newest first (the list's default order), with the names the list shows. */
const CASE_PAGE_SQL = `
  SELECT c.id, c.code, cat.code AS category_code, v.name AS village_name, l.name AS leader_name
  FROM petition_case c
  JOIN category cat ON cat.code = c.category_code
  JOIN village v ON v.code = c.village_code
  LEFT JOIN leader l ON l.id = c.leader_id
  WHERE ${LIST_WHERE}
  ORDER BY c.received_at DESC, c.id DESC
  LIMIT ${PAGE_SIZE + 1}`;

const CASE_COUNT_SQL = `SELECT COUNT(*) AS n FROM petition_case c WHERE ${LIST_WHERE}`;

const rate = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});

type Row = Record<string, unknown>;

/**
 * Runs a statement without the pool's statement_timeout (STATEMENT_TIMEOUT_MS, 5 s): that limit guards
 * the product; the yardstick has to finish to measure anything (at 1M cases, 10 at a time, the
 * overview's scan takes longer).
 */
function untimed(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<Row[]> {
  return dataSource.transaction(async (m) => {
    await m.query('SET LOCAL statement_timeout = 0');
    return (await m.query(sql, parameters)) as Row[];
  });
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Za-z0-9_-]{1,64}$/;

class BadReferenceRequest extends Error {}

/** A period from the query string. */
function periodParam(req: Request, fromName = 'from', toName = 'to'): Period {
  const from = req.query[fromName];
  const to = req.query[toName];
  if (typeof from !== 'string' || typeof to !== 'string' || !DAY.test(from) || !DAY.test(to) || from > to)
    throw new BadReferenceRequest(
      `${fromName} and ${toName} must be days YYYY-MM-DD, ${fromName} ≤ ${toName}`,
    );
  return { from, to };
}

function placeParam(req: Request): Place {
  const code = (name: string) => {
    const value = req.query[name];
    if (value === undefined || value === '') return null;
    if (typeof value !== 'string' || !CODE.test(value)) throw new BadReferenceRequest(`${name}: not a code`);
    return value;
  };
  return { township: code('township'), category: code('category') };
}

/**
 * The reference for the filter in the query string: `from`, `to`, `township`, `category` (and the
 * overview's `trendFrom`, `trendTo`). `asOf` is now, like the GraphQL filter's default.
 */
export function createReferenceRouter(dataSource: DialectDataSource): Router {
  const router = Router();
  router.use((req, res, next) => {
    if (dataSource.dialect.postgresSyntax) return next();
    res.status(501).json({ error: 'the hand-written reference is PostgreSQL only' });
  });

  router.get('/overview', async (req, res) => {
    const [period, trendPeriod, place] = [
      periodParam(req),
      periodParam(req, 'trendFrom', 'trendTo'),
      placeParam(req),
    ];
    const asOf = new Date();
    const [overview, trend] = (await Promise.all([
      untimed(dataSource, OVERVIEW_SQL, [
        asOf,
        period.from,
        period.to,
        periodGrace(),
        place.township,
        place.category,
      ]),
      untimed(dataSource, TREND_SQL, [
        asOf,
        trendPeriod.from,
        trendPeriod.to,
        place.township,
        place.category,
      ]),
    ])) as [Row[], Row[]];
    const all = overview.find((r) => Number(r.grouping) === ALL);
    const kpis = Object.fromEntries(
      KPI_NAMES.map((name) => [name, rate(Number(all?.[`${name}_n`] ?? 0), Number(all?.[`${name}_d`] ?? 0))]),
    );
    const bySet = (set: number, key: string) =>
      overview
        .filter((r) => Number(r.grouping) === set)
        .map((r) => ({ code: r[key] as string, count: Number(r.received) }));
    res.json({
      kpis,
      byCategory: bySet(BY_CATEGORY, 'category_code'),
      byTownship: bySet(BY_TOWNSHIP, 'township_code'),
      trend: trend.map((r) => ({ period: r.period, count: Number(r.n) })),
    });
  });

  router.get('/cases', async (req, res) => {
    const [period, place] = [periodParam(req), placeParam(req)];
    const params = [new Date(), period.from, period.to, place.township, place.category];
    const [rows, total] = (await Promise.all([
      untimed(dataSource, CASE_PAGE_SQL, params),
      untimed(dataSource, CASE_COUNT_SQL, params),
    ])) as [Row[], Row[]];
    const page = rows.slice(0, PAGE_SIZE);
    res.json({
      cases: page.map((r) => ({
        code: r.code,
        categoryCode: r.category_code,
        villageName: r.village_name,
        leaderName: r.leader_name,
      })),
      hasNextPage: rows.length > PAGE_SIZE,
      totalCount: Number(total[0]!.n),
    });
  });

  router.use(((error, _req, res, next) => {
    if (!(error instanceof BadReferenceRequest)) return next(error);
    res.status(400).json({ error: error.message });
  }) as ErrorRequestHandler);
  return router;
}
