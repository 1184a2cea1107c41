// The early-warning signals, precomputed: the domain's detector (detectWarnings) run on the monthly
// receipt counts of every township × category and village × category cell, stored per month in
// early_warning_signal, so that no read ever runs the detector.
//
// - Counts come from the monthly rollups (RECEIVED anchor, `accusation = 0`): a few thousand rollup
//   rows instead of the cases. Accusations (检举控告) are left out of every signal, so a signal tells
//   no reader anything about them (README "Early warnings").
// - A month is judged when it has two years of history (warningYears) and it could warn: at least
//   WARNING_CONTROL.limit54[0] cases (the detector never warns below). A cell with any alert has every
//   month judged, so its chart shows the whole band. Judging the quiet months of the ~1,800 sparse
//   village cells would cost minutes and could never raise an alert (apps/api README, "Early warnings").
// - Months before the current one are final and kept; the current month is provisional (its cases so
//   far) and recomputed after writes (warning.service.ts). The first run of a month finalises the
//   month before for every cell.
import type { EntityManager } from 'typeorm';
import { addMonthKey, diffMonthKeys, localMonth } from '@lianxin/domain';
import { detectWarnings, WARNING_CONTROL, warningYears, type WarningPoint } from '@lianxin/domain/statistics';
import type { DialectSpec } from '../../db/dialect.js';

export type WarningScope = 'TOWNSHIP' | 'VILLAGE';

/** One cell: a place (township or village) and a category. */
export interface WarningCell {
  scope: WarningScope;
  placeCode: string;
  townshipCode: string;
  categoryCode: string;
}

/** A village × category pair a write touched: its cell and its township's cell are recomputed. */
export interface TouchedPair {
  villageCode: string;
  townshipCode: string;
  categoryCode: string;
}

/** A cell-month that reached a level it did not have before (new, or YELLOW raised to RED). */
interface RaisedAlert extends WarningCell {
  month: string;
  level: 'RED' | 'YELLOW';
  provisional: boolean;
}

export interface ComputeOptions {
  /** The instant of the run: its local month is the provisional one. */
  now: Date;
  /** Recompute these pairs' cells only (open months); omitted: every cell. */
  touched?: readonly TouchedPair[];
  /** Recompute every month of every cell (after a bulk load; the cost script). */
  full?: boolean;
  /** With `touched`: recompute those cells over every month, final ones too (an import may write
   * cases into months that ended long ago). */
  wholeHistory?: boolean;
  /** Give the event loop a turn between detector calls (a background run in the API process). */
  yieldBetween?: boolean;
}

export interface ComputeResult {
  /** Alerts new since the last run (all alerts of a full run into an empty table). */
  raised: RaisedAlert[];
  cells: number;
  /** Cell-months run through the detector. */
  judged: number;
  /** Whether every cell was recomputed (a full run, a month's first run). */
  allCells: boolean;
  rows: number;
}

/** Fewest cases in a month for the detector to warn at all (its limit54). */
const CAN_WARN = WARNING_CONTROL.limit54?.[0] ?? 0;
/** Months per detector call in a background run: ~1–4 ms each, so a turn of the loop stays short. */
const MONTHS_PER_CALL = 6;
const INSERT_BATCH = 200;

const cellKey = (c: Pick<WarningCell, 'scope' | 'placeCode' | 'categoryCode'>) =>
  `${c.scope}|${c.placeCode}|${c.categoryCode}`;

interface StateRow {
  series_start: string;
  final_through: string | null;
}

/** The first month with a (non-accusation) case: month 0 of every cell's series. */
async function seriesStart(manager: EntityManager, dialect: DialectSpec): Promise<string | null> {
  const [row]: { first: string | null }[] = await manager.query(
    `SELECT MIN(${dialect.bucketStart('month', 'MONTH')}) AS first FROM case_township_rollup
      WHERE accusation = 0 AND received > 0`,
  );
  return row?.first ? String(row.first).slice(0, 7) : null;
}

interface CountRow {
  month: string;
  place: string;
  township_code: string;
  category_code: string;
  n: number | string;
}

/** The cells' monthly receipt counts, accusations left out (all cells when `touched` is omitted). */
async function readCounts(
  manager: EntityManager,
  dialect: DialectSpec,
  touched: readonly TouchedPair[] | null,
): Promise<Map<string, { cell: WarningCell; counts: Map<string, number> }>> {
  const month = dialect.bucketStart('month', 'MONTH');
  const pairsIn = (placeColumn: string, pairs: readonly (readonly [string, string])[]) => {
    if (pairs.length === 0) return { sql: '1 = 0', params: [] as string[] };
    const sql = pairs
      .map(
        (_, i) =>
          `(${placeColumn} = ${dialect.placeholder(2 * i + 1)} AND category_code = ${dialect.placeholder(2 * i + 2)})`,
      )
      .join(' OR ');
    return { sql: `(${sql})`, params: pairs.flat() };
  };
  const villagePairs = touched && [
    ...new Map(
      touched.map((t) => [`${t.villageCode}|${t.categoryCode}`, [t.villageCode, t.categoryCode] as const]),
    ).values(),
  ];
  const townshipPairs = touched && [
    ...new Map(
      touched.map((t) => [`${t.townshipCode}|${t.categoryCode}`, [t.townshipCode, t.categoryCode] as const]),
    ).values(),
  ];
  const village = villagePairs ? pairsIn('village_code', villagePairs) : { sql: '1 = 1', params: [] };
  const township = townshipPairs ? pairsIn('township_code', townshipPairs) : { sql: '1 = 1', params: [] };
  const [villageRows, townshipRows]: [CountRow[], CountRow[]] = [
    await manager.query(
      `SELECT ${month} AS month, village_code AS place, MIN(township_code) AS township_code, category_code,
              SUM(received) AS n
         FROM case_month_rollup WHERE accusation = 0 AND ${village.sql}
        GROUP BY month, village_code, category_code`,
      village.params,
    ),
    await manager.query(
      `SELECT ${month} AS month, township_code AS place, township_code, category_code, SUM(received) AS n
         FROM case_township_rollup WHERE accusation = 0 AND ${township.sql}
        GROUP BY month, township_code, category_code`,
      township.params,
    ),
  ];
  const cells = new Map<string, { cell: WarningCell; counts: Map<string, number> }>();
  const add = (scope: WarningScope, rows: CountRow[]) => {
    for (const r of rows) {
      const cell: WarningCell = {
        scope,
        placeCode: r.place,
        townshipCode: r.township_code,
        categoryCode: r.category_code,
      };
      const key = cellKey(cell);
      let entry = cells.get(key);
      if (!entry) cells.set(key, (entry = { cell, counts: new Map() }));
      const m = String(r.month).slice(0, 7);
      entry.counts.set(m, (entry.counts.get(m) ?? 0) + Number(r.n));
    }
  };
  add('TOWNSHIP', townshipRows);
  add('VILLAGE', villageRows);
  return cells;
}

interface SignalRow extends WarningCell {
  month: string;
  observed: number;
  point: WarningPoint | null;
  provisional: boolean;
  raisedAt: Date | null;
}

/** What a run will write: computed outside any write transaction, then written by writeSignals. */
export interface SignalPlan {
  start: string | null;
  /** The last final month after this run (null: keep the stored one). */
  finalThrough: string | null;
  /** Rows of month ≥ allFrom are replaced for every cell (null: none), and of month ≥ from for these cells. */
  replace: { allFrom: string | null; cells: { cell: WarningCell; from: string }[] };
  rows: SignalRow[];
  result: ComputeResult;
  now: Date;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reads the counts and runs the detector: nothing is written (see writeSignals). */
export async function planSignals(
  manager: EntityManager,
  dialect: DialectSpec,
  options: ComputeOptions,
): Promise<SignalPlan> {
  const { now } = options;
  const current = localMonth(now);
  const start = await seriesStart(manager, dialect);
  const empty: ComputeResult = { raised: [], cells: 0, judged: 0, allCells: true, rows: 0 };
  if (start === null || start > current)
    return {
      start: null,
      finalThrough: null,
      replace: { allFrom: '0000-00', cells: [] },
      rows: [],
      result: empty,
      now,
    };
  const [state]: StateRow[] = await manager.query(
    'SELECT series_start, final_through FROM early_warning_state WHERE id = 1',
  );
  // Months are indexed from the series start: a new first month (a backdated import) moves them all.
  const full = options.full || !state || state.series_start !== start;
  const openFrom = full ? start : state.final_through ? addMonthKey(state.final_through, 1) : start;
  // A month has ended since the last run of every cell: finalise it for every cell.
  const allCells = full || !options.touched || openFrom < current;
  const counts = await readCounts(manager, dialect, allCells ? null : options.touched!);
  const rewrite = new Set(
    options.wholeHistory && !full
      ? (options.touched ?? []).flatMap((t) => [
          cellKey({ scope: 'VILLAGE', placeCode: t.villageCode, categoryCode: t.categoryCode }),
          cellKey({ scope: 'TOWNSHIP', placeCode: t.townshipCode, categoryCode: t.categoryCode }),
        ])
      : [],
  );
  const alertCells = new Set(
    (
      (await manager.query(
        'SELECT DISTINCT scope, place_code, category_code FROM early_warning_signal WHERE level IS NOT NULL',
      )) as { scope: WarningScope; place_code: string; category_code: string }[]
    ).map((r) => cellKey({ scope: r.scope, placeCode: r.place_code, categoryCode: r.category_code })),
  );
  const before = new Map<string, { level: string; raisedAt: Date | null }>();
  for (const r of (await manager.query(
    `SELECT scope, place_code, category_code, month, level, raised_at FROM early_warning_signal
      WHERE level IS NOT NULL AND month >= ${dialect.placeholder(1)}`,
    [full || rewrite.size > 0 ? start : openFrom],
  )) as {
    scope: WarningScope;
    place_code: string;
    category_code: string;
    month: string;
    level: string;
    raised_at: Date | string | null;
  }[]) {
    before.set(
      `${cellKey({ scope: r.scope, placeCode: r.place_code, categoryCode: r.category_code })}|${r.month}`,
      {
        level: r.level,
        raisedAt: r.raised_at === null ? null : dialect.readTimestamp(r.raised_at),
      },
    );
  }

  const length = diffMonthKeys(start, current) + 1;
  const rows: SignalRow[] = [];
  const replace: { cell: WarningCell; from: string }[] = [];
  const result: ComputeResult = { raised: [], cells: counts.size, judged: 0, allCells, rows: 0 };
  const judge = async (observed: number[], indices: number[]) => {
    const points: WarningPoint[] = [];
    for (let i = 0; i < indices.length; i += MONTHS_PER_CALL) {
      points.push(...detectWarnings(observed, indices.slice(i, i + MONTHS_PER_CALL)));
      result.judged += Math.min(MONTHS_PER_CALL, indices.length - i);
      if (options.yieldBetween) await tick();
    }
    return points;
  };
  const evaluable = (from: number, to: number) =>
    Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k).filter((i) => warningYears(i) > 0);

  for (const { cell, counts: byMonth } of counts.values()) {
    const key = cellKey(cell);
    const observed = Array.from({ length }, (_, i) => byMonth.get(addMonthKey(start, i)) ?? 0);
    let from = rewrite.has(key) ? 0 : Math.max(0, diffMonthKeys(start, openFrom));
    let wholeCell = alertCells.has(key);
    let points = await judge(
      observed,
      evaluable(from, length).filter((i) => wholeCell || observed[i]! >= CAN_WARN),
    );
    if (!wholeCell && from > 0 && points.some((p) => p.level)) {
      // Its first alert: judge every month of the cell, for the chart's band.
      wholeCell = true;
      from = 0;
      points = await judge(observed, evaluable(0, length));
    } else if (!wholeCell && points.some((p) => p.level)) {
      wholeCell = true;
      const judged = new Set(points.map((p) => p.index));
      points.push(
        ...(await judge(
          observed,
          evaluable(from, length).filter((i) => !judged.has(i)),
        )),
      );
    }
    const byIndex = new Map(points.map((p) => [p.index, p]));
    const fromMonth = addMonthKey(start, from);
    if (!allCells || fromMonth < openFrom) replace.push({ cell, from: fromMonth });
    for (let i = from; i < length; i++) {
      const point = byIndex.get(i) ?? null;
      if (!point && observed[i] === 0) continue;
      const month = addMonthKey(start, i);
      const provisional = month === current;
      const old = before.get(`${key}|${month}`);
      let raisedAt: Date | null = null;
      if (point?.level) {
        const isNew = !old || (old.level === 'YELLOW' && point.level === 'RED');
        raisedAt = isNew ? now : old.raisedAt;
        if (isNew) result.raised.push({ ...cell, month, level: point.level, provisional });
      }
      rows.push({ ...cell, month, observed: observed[i]!, point, provisional, raisedAt });
    }
  }
  result.rows = rows.length;
  return {
    start,
    finalThrough: allCells ? addMonthKey(current, -1) : (state?.final_through ?? null),
    replace: { allFrom: allCells ? (full ? '0000-00' : openFrom) : null, cells: replace },
    rows,
    result,
    now,
  };
}

/** Writes a plan: replaces its cells' months and records how far the signals are final. */
export async function writeSignals(
  manager: EntityManager,
  dialect: DialectSpec,
  plan: SignalPlan,
): Promise<void> {
  const p = (i: number) => dialect.placeholder(i);
  if (plan.replace.allFrom !== null)
    await manager.query(`DELETE FROM early_warning_signal WHERE month >= ${p(1)}`, [plan.replace.allFrom]);
  for (const { cell, from } of plan.replace.cells)
    await manager.query(
      `DELETE FROM early_warning_signal
        WHERE scope = ${p(1)} AND place_code = ${p(2)} AND category_code = ${p(3)} AND month >= ${p(4)}`,
      [cell.scope, cell.placeCode, cell.categoryCode, from],
    );
  const columns = [
    'scope',
    'place_code',
    'township_code',
    'category_code',
    'month',
    'observed',
    'expected',
    'upper_yellow',
    'upper_red',
    'p_value',
    'level',
    'trend',
    'years',
    'baseline',
    'provisional',
    'raised_at',
    'computed_at',
  ];
  const computedAt = dialect.timestamp(plan.now);
  for (let i = 0; i < plan.rows.length; i += INSERT_BATCH) {
    const batch = plan.rows.slice(i, i + INSERT_BATCH);
    const values: unknown[] = [];
    const tuples = batch.map((r) => {
      const pt = r.point;
      const row = [
        r.scope,
        r.placeCode,
        r.townshipCode,
        r.categoryCode,
        r.month,
        r.observed,
        pt?.expected ?? null,
        pt?.upperYellow ?? null,
        pt?.upperRed ?? null,
        pt?.pValue ?? null,
        pt?.level ?? null,
        dialect.parameter(pt?.trend ?? false),
        pt?.years ?? 0,
        pt ? pt.baseline.map((b) => addMonthKey(plan.start!, b)).join(',') : null,
        dialect.parameter(r.provisional),
        r.raisedAt ? dialect.timestamp(r.raisedAt) : null,
        computedAt,
      ];
      const base = values.length;
      values.push(...row);
      return `(${row.map((_, k) => p(base + k + 1)).join(', ')})`;
    });
    await manager.query(
      `INSERT INTO early_warning_signal (${columns.join(', ')}) VALUES ${tuples.join(', ')}`,
      values,
    );
  }
  await manager.query('DELETE FROM early_warning_state');
  if (plan.start !== null)
    await manager.query(
      `INSERT INTO early_warning_state (id, series_start, final_through, computed_at) VALUES (1, ${p(1)}, ${p(2)}, ${p(3)})`,
      [plan.start, plan.finalThrough, computedAt],
    );
}

/** Plans and writes in the caller's transaction (the bulk loader, tests, the cost script). */
export async function computeSignals(
  manager: EntityManager,
  dialect: DialectSpec,
  options: ComputeOptions,
): Promise<ComputeResult> {
  const plan = await planSignals(manager, dialect, options);
  await writeSignals(manager, dialect, plan);
  return plan.result;
}
