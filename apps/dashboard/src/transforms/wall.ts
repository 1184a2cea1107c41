// Wall screen: query results → what its panels show. Pure (no DOM, no i18n), unit-tested in wall.test.ts.
import { SHANGHAI_OFFSET_MS, rateDeltaPoints } from '@lianxin/domain';
import { type MapCell, mapCells, mapMetric } from './map';
import { HEADLINE_KPIS, type KpiHeadline, type KpiTriple } from './overview';
import { type KpiTargetInput, type TargetView, targetView } from './targets';

type Trend = 'up' | 'down' | 'flat' | 'none';

export interface WallKpi {
  field: keyof KpiTriple;
  rate: number | null;
  numerator: number;
  denominator: number;
  /** Percentage points against the same period last year (null: nothing to compare). */
  deltaPoints: number | null;
  trend: Trend;
  /** The rate shown beside it (参评率 beside 满意率): its field and rate; null when it has none. */
  companion: { field: 'ratingParticipation'; rate: number | null } | null;
  /** Its target and the rate's status against it (the overview's cards say the same); null: none. */
  target: TargetView | null;
}

function trendOf(deltaPoints: number | null): Trend {
  if (deltaPoints === null) return 'none';
  return deltaPoints > 0 ? 'up' : deltaPoints < 0 ? 'down' : 'flat';
}

export function wallKpis(
  current: KpiHeadline | null | undefined,
  previous: KpiTriple | null | undefined,
  targets?: readonly KpiTargetInput[] | null,
): WallKpi[] {
  return HEADLINE_KPIS.map(({ code, field, companion }) => {
    const c = current?.[field];
    const deltaPoints = rateDeltaPoints(c?.rate ?? null, previous?.[field]?.rate ?? null);
    return {
      field,
      rate: c?.rate ?? null,
      numerator: c?.numerator ?? 0,
      denominator: c?.denominator ?? 0,
      deltaPoints,
      trend: trendOf(deltaPoints),
      companion: companion
        ? { field: companion.field, rate: current?.[companion.field]?.rate ?? null }
        : null,
      target: targetView(code, c?.rate ?? null, targets),
    };
  });
}

/** 'HH:mm:ss' of an instant in Asia/Shanghai, whatever the screen's own time zone. */
export function shanghaiTime(instant: Date | number, withSeconds = true): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const iso = new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
  return iso.slice(11, withSeconds ? 19 : 16);
}

/** 'YYYY-MM-DD' of an instant in Asia/Shanghai. */
function shanghaiDay(instant: Date | number): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export interface TickerInput {
  receivedAt: string;
  category: { code: string };
  township: { code: string };
  /** null when the API withholds it (a village whose year-to-date count the wall may not show). */
  village: { code: string; name: string } | null;
}

export interface TickerItem {
  /** Stable within one answer (the same case may appear once). */
  key: string;
  categoryCode: string;
  townshipCode: string;
  /** The village's name, or null when withheld: the view shows the township instead. */
  village: string | null;
  /** 'HH:mm' today, 'MM-DD HH:mm' before. */
  time: string;
}

/**
 * Ticker lines: newest first, only the township shown when the wall is narrowed to one (caseTicker has
 * no filter of its own), at most `limit`.
 */
export function tickerItems(
  entries: readonly TickerInput[],
  township: string | null,
  now: Date,
  limit = 20,
): TickerItem[] {
  const today = shanghaiDay(now);
  return entries
    .filter((e) => !township || e.township.code === township)
    .slice(0, limit)
    .map((e, i) => {
      const at = Date.parse(e.receivedAt);
      const day = shanghaiDay(at);
      const hm = shanghaiTime(at, false);
      return {
        key: `${e.receivedAt}-${e.village?.code ?? e.township.code}-${e.category.code}-${i}`,
        categoryCode: e.category.code,
        townshipCode: e.township.code,
        village: e.village?.name ?? null,
        time: day === today ? hm : `${day.slice(5)} ${hm}`,
      };
    });
}

export interface CountBucket {
  count: number | null;
  suppressed: boolean;
}

/** The count of a one-bucket answer (groupBy: []); null when unknown. */
export function totalOf(buckets: readonly CountBucket[] | null | undefined): number | null {
  if (!buckets) return null;
  if (buckets.some((b) => b.suppressed)) return null;
  return buckets.reduce((sum, b) => sum + (b.count ?? 0), 0);
}

export interface LeaderWorkloadInput {
  leader: { id: string | number; name: string; title?: string | null };
  owned: number;
  open: number;
  closed: number;
  overdue: number;
  closedOnTime: { rate: number | null };
}

export interface LeaderBoardRow {
  id: string;
  name: string;
  title: string;
  owned: number;
  open: number;
  overdue: number;
  closed: number;
  onTimeRate: number | null;
}

/**
 * The leader board: leaders with cases in charge, most overdue first, then most open, then most owned;
 * the name breaks ties so the order does not flicker between refreshes.
 */
export function leaderBoard(rows: readonly LeaderWorkloadInput[], limit: number): LeaderBoardRow[] {
  return rows
    .filter((r) => r.owned > 0)
    .map((r) => ({
      id: String(r.leader.id),
      name: r.leader.name,
      title: r.leader.title ?? '',
      owned: r.owned,
      open: r.open,
      overdue: r.overdue,
      closed: r.closed,
      onTimeRate: r.closedOnTime.rate,
    }))
    .sort(
      (a, b) =>
        b.overdue - a.overdue ||
        b.open - a.open ||
        b.owned - a.owned ||
        a.name.localeCompare(b.name, 'zh-CN'),
    )
    .slice(0, limit);
}

export interface VillageBucket {
  townshipCode?: string | null;
  villageCode?: string | null;
  count: number | null;
  suppressed: boolean;
}

export interface PlaceRef {
  code: string;
  name: string;
  villages: readonly { code: string; name: string }[];
}

interface VillageTile {
  code: string;
  name: string;
  township: string;
  /** null when withheld: shown as "—". */
  count: number | null;
  suppressed: boolean;
  /** 0..1 of the busiest village shown (suppressed: 0), for the colour. */
  intensity: number;
}

export interface VillageTiles {
  tiles: VillageTile[];
  /** Villages with cases not shown for lack of room. */
  hidden: number;
}

/**
 * Villages by cases, busiest first; suppressed villages (fewer than 3, for the wall's role) after every
 * known count, as they hold 1 or 2. Villages without any case are left out.
 */
export function villageTiles(
  buckets: readonly VillageBucket[],
  townships: readonly PlaceRef[],
  township: string | null,
  limit: number,
): VillageTiles {
  const names = new Map<string, { name: string; township: string; townshipCode: string }>();
  for (const t of townships)
    for (const v of t.villages) names.set(v.code, { name: v.name, township: t.name, townshipCode: t.code });
  // Buckets grouped by village alone carry no township code: the reference lists say where a village is.
  const inTownship = (b: VillageBucket) =>
    (b.townshipCode ?? names.get(b.villageCode as string)?.townshipCode) === township;
  const rows = buckets
    .filter((b) => b.villageCode && (!township || inTownship(b)))
    .filter((b) => b.suppressed || (b.count ?? 0) > 0)
    .map((b) => {
      const code = b.villageCode as string;
      const ref = names.get(code);
      return {
        code,
        name: ref?.name ?? code,
        township: ref?.township ?? '',
        count: b.suppressed ? null : b.count,
        suppressed: b.suppressed,
      };
    })
    .sort(
      (a, b) =>
        Number(a.suppressed) - Number(b.suppressed) ||
        (b.count ?? 0) - (a.count ?? 0) ||
        a.code.localeCompare(b.code),
    );
  const shown = rows.slice(0, limit);
  const max = Math.max(0, ...shown.map((r) => r.count ?? 0));
  return {
    tiles: shown.map((r) => ({ ...r, intensity: r.count !== null && max > 0 ? r.count / max : 0 })),
    hidden: rows.length - shown.length,
  };
}

export interface WallMap {
  /** Every village of the drawn townships, in the reference's order (the screen-reader list's too). */
  cells: MapCell[];
  /** The drawn townships (the link's one, or all), outlined and named around their villages. */
  outlines: { code: string; name: string }[];
}

/**
 * The map page's villages, from the village page's own answer (WallVillages) and nothing else, so the
 * map shows no more than that page: a withheld village stays withheld, and a village the answer leaves
 * out had no cases (the API lists every withheld one, zeros included). For DISPLAY the answer already
 * leaves accusations (检举控告) out of every count, so no village cell says anything about them.
 */
export function wallMapCells(
  buckets: readonly VillageBucket[],
  townships: readonly PlaceRef[],
  township: string | null,
): WallMap {
  const drawn = townships.filter((t) => !township || t.code === township);
  const units = drawn.flatMap((t) => t.villages.map((v) => ({ key: v.code, name: v.name, population: 0 })));
  return {
    cells: mapCells(buckets, units, 'village', mapMetric('CASES'), { month: null }),
    outlines: drawn.map((t) => ({ code: t.code, name: t.name })),
  };
}

/** Which queries a change notice makes stale: a registration also moves the ticker. */
export function affectedByEvent(event: string): ('aggregates' | 'ticker')[] {
  return event === 'REGISTERED' ? ['aggregates', 'ticker'] : ['aggregates'];
}

/** Wait before reconnect attempt `retries` (0-based): 0.5 s doubling, capped at 10 s, plus jitter. */
export function backoffMs(retries: number, random: number = Math.random()): number {
  const base = Math.min(10_000, 500 * 2 ** Math.max(0, retries));
  return Math.round(base * (0.8 + 0.2 * random));
}
