// What the wall screen (role DISPLAY) gets back: the plans that apply withheldCells (display-rules.ts)
// to villages, KPIs and leaders, each made once per request over the whole partition, and the answers
// of caseStats, kpis, leaderWorkloads and caseTicker cut to them.
import { KpiCode, kpiValue, localDate, type LocalPeriod } from '@lianxin/domain';
import type { Context } from '../../context.js';
import { selectCases, type CaseSelection } from '../case/case-query.js';
import { emptyBucket } from '../stats/pivot-buckets.js';
import { KPI_FIELDS } from '../stats/stats.service.js';
import { CaseDimension, type CaseStatsBucket, type KpiSet, type KpiValue } from '../stats/stats.types.js';
import { AccessPolicy, DISPLAY_MIN_CELL } from './access-policy.js';
import { small, windowPeriods, withheldCells } from './display-rules.js';

const { TOWNSHIP, VILLAGE } = CaseDimension;

/** Plans made once per request (the wall's overview asks several fields of the same windows). */
const plans = new WeakMap<object, Map<string, Promise<unknown>>>();

function planned<T>(ctx: Context, key: string, make: () => Promise<T>): Promise<T> {
  let mine = plans.get(ctx);
  if (!mine) plans.set(ctx, (mine = new Map()));
  let plan = mine.get(key) as Promise<T> | undefined;
  if (!plan) mine.set(key, (plan = make()));
  return plan;
}

/**
 * The reach plans are made in: the same wall account, district-wide (accusations left out, as for every
 * DISPLAY user). So a township's wall and the district's withhold the same cells, and two wall tokens
 * read side by side add nothing; answers stay within the account's own area.
 */
function districtWide(ctx: Context): AccessPolicy {
  return new AccessPolicy({ ...ctx.access.signedIn(), scope: {} });
}

async function allTownships(ctx: Context): Promise<string[]> {
  return (await ctx.services.places.townships()).map((t) => t.code);
}

/** The township an answer is about: the filter's, else the account's own; null for the district. */
function scopeOf(ctx: Context, selection: CaseSelection): string | null {
  return selection.filter.townshipCodes?.[0] ?? ctx.access.signedIn().scope.townshipCode ?? null;
}

const periodOf = (selection: CaseSelection): LocalPeriod => ({ from: selection.from!, to: selection.to! });
const withheldValue = (): KpiValue => kpiValue(0, 0);

interface VillagePlan {
  /** Cases per village (villages without cases left out). */
  counts: ReadonlyMap<string, number>;
  withheld: ReadonlySet<string>;
  /** Every village of the district, with its township. */
  townshipOf: ReadonlyMap<string, string>;
}

function villagePlan(ctx: Context, period: LocalPeriod): Promise<VillagePlan> {
  return planned(ctx, `villages ${period.from} ${period.to}`, async () => {
    const townships = await allTownships(ctx);
    const villages = await ctx.services.places.villagesOfTownships(townships);
    const buckets = await ctx.services.stats.caseStats(
      selectCases(period, ctx.now, districtWide(ctx)),
      [VILLAGE],
      [],
    );
    const counts = new Map(buckets.map((b) => [b.villageCode!, b.count ?? 0]));
    const withheld = new Set<string>();
    for (const township of townships) {
      const cells = new Map(
        villages.filter((v) => v.townshipCode === township).map((v) => [v.code, counts.get(v.code) ?? 0]),
      );
      for (const code of withheldCells(cells, true)) withheld.add(code);
    }
    return { counts, withheld, townshipOf: new Map(villages.map((v) => [v.code, v.townshipCode])) };
  });
}

/**
 * A DISPLAY user's caseStats: no KPI parts (the wall reads KPIs through `kpis`, where they are
 * protected); by village, the cells of the whole district's plan for the period — withheld cells
 * `count: null, suppressed: true`, and in a township withheld whole its villages without cases too.
 * Coarser groupings (township, category, month, total) are not suppressed: the ticker publishes the
 * same facts case by case, and no village cell can be derived from them.
 */
export async function displayCaseStats(
  ctx: Context,
  selection: CaseSelection,
  groupBy: readonly CaseDimension[],
): Promise<CaseStatsBucket[]> {
  if (!groupBy.includes(VILLAGE)) {
    return (await ctx.services.stats.caseStats(selection, groupBy, [])).map((b) => ({ ...b, kpis: null }));
  }
  const plan = await villagePlan(ctx, periodOf(selection));
  const township = selection.filter.townshipCodes?.[0] ?? null;
  const buckets: CaseStatsBucket[] = [];
  for (const [village, inTownship] of plan.townshipOf) {
    if (township !== null && inTownship !== township) continue;
    if (!ctx.access.placeInArea(inTownship, village)) continue;
    const count = plan.counts.get(village) ?? 0;
    const withheld = plan.withheld.has(village);
    if (count === 0 && !withheld) continue;
    buckets.push({
      ...emptyBucket(),
      villageCode: village,
      count: withheld ? null : count,
      kpis: null,
      suppressed: withheld,
    });
  }
  return buckets.sort(
    (a, b) => (b.count ?? 0) - (a.count ?? 0) || (a.villageCode! < b.villageCode! ? -1 : 1),
  );
}

/**
 * The KPIs the wall shows (field-rules.ts refuses DISPLAY the others): the three headline rates and
 * 参评率, which is shown beside every 满意率 (its dictionary companion) so a satisfaction rate is never
 * read without how many rated.
 */
export const WALL_KPIS: readonly KpiCode[] = [
  KpiCode.TIMELY_ACCEPTANCE,
  KpiCode.ON_TIME_CLOSURE,
  KpiCode.SATISFACTION,
  KpiCode.RATING_PARTICIPATION,
];

function zeroKpis(): KpiSet {
  return {
    timelyAcceptance: withheldValue(),
    onTimeClosure: withheldValue(),
    satisfaction: withheldValue(),
    ratingParticipation: withheldValue(),
    leaderResolution: withheldValue(),
    repeatRate: withheldValue(),
    reopenRate: withheldValue(),
    reviewChangeRate: withheldValue(),
  };
}

interface KpiPlan {
  district: KpiSet;
  byTownship: ReadonlyMap<string, KpiSet>;
  districtWithheld: ReadonlySet<KpiCode>;
  withheld: ReadonlyMap<KpiCode, ReadonlySet<string>>;
}

function kpiPlan(ctx: Context, period: LocalPeriod): Promise<KpiPlan> {
  return planned(ctx, `kpis ${period.from} ${period.to}`, async () => {
    const townships = await allTownships(ctx);
    const buckets = await ctx.services.stats.caseStats(
      selectCases(period, ctx.now, districtWide(ctx)),
      [TOWNSHIP],
      WALL_KPIS,
    );
    const byTownship = new Map(buckets.map((b) => [b.townshipCode!, b.kpis!]));
    const district = zeroKpis();
    const districtWithheld = new Set<KpiCode>();
    const withheld = new Map<KpiCode, Set<string>>();
    for (const code of WALL_KPIS) {
      const field = KPI_FIELDS[code];
      const parts = buckets.map((b) => b.kpis![field]);
      const total = kpiValue(
        parts.reduce((n, v) => n + v.numerator, 0),
        parts.reduce((n, v) => n + v.denominator, 0),
      );
      district[field] = total;
      if (small(total.denominator)) districtWithheld.add(code);
      const cells = new Map(townships.map((t) => [t, byTownship.get(t)?.[field].denominator ?? 0]));
      withheld.set(code, withheldCells(cells, !districtWithheld.has(code)));
    }
    return { district, byTownship, districtWithheld, withheld };
  });
}

/**
 * A DISPLAY user's KPIs: those of the district (their area) or of one township, from the partition's
 * plan; a KPI whose denominator is 1–2 — one person's rating or one case's lateness — or that would
 * let one be worked out from the district minus the other townships reads 0/0 (rate null). The
 * schema's KpiValue has no flag, and 0/0 also makes a withheld part indistinguishable from an empty one.
 */
export async function displayKpis(ctx: Context, selection: CaseSelection): Promise<KpiSet> {
  const plan = await kpiPlan(ctx, periodOf(selection));
  const township = scopeOf(ctx, selection);
  const out = zeroKpis();
  if (township !== null && !ctx.access.townshipVisible(township)) return out;
  const source = township === null ? plan.district : plan.byTownship.get(township);
  for (const code of WALL_KPIS) {
    const withheld =
      township === null ? plan.districtWithheld.has(code) : plan.withheld.get(code)!.has(township);
    const value = source?.[KPI_FIELDS[code]];
    if (value && !withheld && !small(value.denominator)) out[KPI_FIELDS[code]] = value;
  }
  return out;
}

interface LeaderPlan {
  /** `leader township` (or `leader *` for the district row) of rows withheld whole. */
  owned: ReadonlySet<string>;
  /** The same for the closedOnTime KPI alone. */
  due: ReadonlySet<string>;
}

const rowKey = (leaderId: number, township: string | null) => `${leaderId} ${township ?? '*'}`;

function leaderPlan(ctx: Context, period: LocalPeriod): Promise<LeaderPlan> {
  return planned(ctx, `leaders ${period.from} ${period.to}`, async () => {
    const townships = await allTownships(ctx);
    // A leader's cases received in the period (`owned`, counted as they are now) and due in it
    // (closedOnTime's denominator, as KPIs read them: from the leader rollup), per township: the same
    // counts leaderWorkloads makes, by township.
    const selection = selectCases(period, ctx.now, districtWide(ctx));
    const groupBy = [CaseDimension.LEADER, TOWNSHIP];
    const [ownedBuckets, dueBuckets] = await Promise.all([
      ctx.services.stats.caseStats(selection, groupBy, []),
      ctx.services.stats.caseStats(selection, groupBy, [KpiCode.ON_TIME_CLOSURE], true),
    ]);
    const cells = new Map<number, { owned: Map<string, number>; due: Map<string, number> }>();
    const cellsOf = (leaderId: number) => {
      let leader = cells.get(leaderId);
      if (!leader) {
        const zeros = () => new Map(townships.map((t) => [t, 0]));
        cells.set(leaderId, (leader = { owned: zeros(), due: zeros() }));
      }
      return leader;
    };
    for (const b of ownedBuckets)
      if (b.leaderId !== null) cellsOf(b.leaderId).owned.set(b.townshipCode!, b.count ?? 0);
    for (const b of dueBuckets)
      if (b.leaderId !== null)
        cellsOf(b.leaderId).due.set(b.townshipCode!, b.kpis!.onTimeClosure.denominator);
    const owned = new Set<string>();
    const due = new Set<string>();
    for (const [leaderId, parts] of cells) {
      for (const [partition, into] of [
        [parts.owned, owned],
        [parts.due, due],
      ] as const) {
        const total = [...partition.values()].reduce((n, v) => n + v, 0);
        if (small(total)) into.add(rowKey(leaderId, null));
        for (const t of withheldCells(partition, !small(total))) into.add(rowKey(leaderId, t));
      }
    }
    return { owned, due };
  });
}

/** The numbers of a leaderWorkloads row (leader-workloads.ts builds them). */
interface WorkloadRow {
  leaderId: number;
  owned: number;
  open: number;
  closed: number;
  closedInTime: number;
  overdue: number;
  closedOnTime: KpiValue;
  resolution: KpiValue;
  visits: { kind: string; count: number }[];
  instructions: number;
}

/**
 * Starts the leader board's withholding plan (displayWorkloads reads it), so that on PostgreSQL its
 * statements run beside the workloads' own; a failure is the later read's to report.
 */
export function startWorkloadPlan(ctx: Context, selection: CaseSelection): void {
  leaderPlan(ctx, periodOf(selection)).catch(() => undefined);
}

/**
 * A DISPLAY user's leader board: a leader with 1–2 cases in the area asked (or withheld to protect
 * such a row of theirs in another township) reads all zeros — the wall lists leaders with cases only —
 * and an on-time-closure rate over 1–2 due cases reads 0/0. Visits, instructions, closedInTime and the
 * resolution rate are not the wall's (field-rules.ts) and read zero.
 */
export async function displayWorkloads<W extends WorkloadRow>(
  ctx: Context,
  selection: CaseSelection,
  rows: readonly W[],
): Promise<W[]> {
  const plan = await leaderPlan(ctx, periodOf(selection));
  const township = scopeOf(ctx, selection);
  return rows.map((w) => {
    const key = rowKey(w.leaderId, township);
    const base = {
      ...w,
      closedInTime: 0,
      resolution: withheldValue(),
      visits: w.visits.map((v) => ({ ...v, count: 0 })),
      instructions: 0,
    };
    if (plan.owned.has(key) || small(w.owned))
      return { ...base, owned: 0, open: 0, closed: 0, overdue: 0, closedOnTime: withheldValue() };
    if (plan.due.has(key) || small(w.closedOnTime.denominator))
      return { ...base, closedOnTime: withheldValue() };
    return base;
  });
}

/**
 * A DISPLAY user's ticker: the village of an entry only when the case was received this year and its
 * village's year-to-date cell is published (3 or more, not withheld); else null — a ticker naming the
 * village of each new case would count a withheld cell up one by one.
 */
export async function displayTicker<R extends { receivedAt: Date; villageCode: string | null }>(
  ctx: Context,
  rows: readonly R[],
): Promise<R[]> {
  const ytd = windowPeriods(ctx.now).YEAR_TO_DATE;
  const plan = await villagePlan(ctx, ytd);
  return rows.map((r) => {
    const village = r.villageCode;
    const shown =
      village !== null &&
      localDate(r.receivedAt) >= ytd.from &&
      !plan.withheld.has(village) &&
      (plan.counts.get(village) ?? 0) >= DISPLAY_MIN_CELL;
    return shown ? r : { ...r, villageCode: null };
  });
}
