// What the command-center wall screen (role DISPLAY) may ask, and what it gets back. DESIGN.md "Trust":
// DISPLAY sees only what the wall shows, never a count under 3 for a village, by any combination of
// queries, and nothing about an individual case. Two halves, both here:
//
// 1. The catalogue (checkDisplayQuery, called by operation-rules.ts before anything runs, for every root
//    field a DISPLAY user asks): the query shapes the wall's Wall*.graphql operations send, and
//    nothing else — fixed periods relative to the request's local day (Asia/Shanghai), a filter of the
//    period and at most one township, fixed groupings, a ticker without paging. A free period lets two
//    answers be subtracted (1 Jan–6 Dec minus 1 Jan–5 Dec by village is one day per village); a free
//    filter splits a cell by status, leader or KPI part down to single cases; `asOf` pages through
//    history. Village grain only for windows no other allowed window nests in or differs from by a
//    short span: the year to date and whole past calendar years. KPIs only for the year to date and the
//    same period last year (disjoint windows).
// 2. Suppression over whole partitions (withheldCells, and the plans below that apply it to villages,
//    KPIs and leaders): a cell of 1–2 cases is withheld, and so are enough neighbours that no published
//    total minus published cells pins it down. Decided over the whole partition (every village of a
//    township, every township of the district) whatever the query narrows to, district-wide whatever
//    the account's own area, from one memoised answer per request: the same cells are hidden in every
//    query of the same day, on every wall.
import { KpiCode, kpiValue, localDate, wallPeriods, type LocalPeriod } from '@lianxin/domain';
import type { Context } from '../../context.js';
import type { AuthUser } from '../auth/auth.service.js';
import { selectCases, type CaseSelection } from '../case/case-query.js';
import type { CaseFilter } from '../case/case.types.js';
import { emptyBucket, KPI_FIELDS } from '../stats/stats.service.js';
import { CaseDimension, type CaseStatsBucket, type KpiSet, type KpiValue } from '../stats/stats.types.js';
import { AccessPolicy, DISPLAY_MIN_CELL, forbidden } from './access-policy.js';

/** The periods the wall names (wallPeriods in @lianxin/domain, which the wall uses) plus whole past years. */
export type WallWindow =
  | 'YEAR_TO_DATE'
  | 'SAME_PERIOD_LAST_YEAR'
  | 'TODAY'
  | 'THIS_MONTH'
  | 'TWELVE_MONTHS'
  | 'PAST_YEAR'
  | 'NO_PERIOD';

type FixedWindow = Exclude<WallWindow, 'PAST_YEAR' | 'NO_PERIOD'>;

/** The wall's periods on the local day of `now`: the very ones the wall computes (@lianxin/domain). */
export function windowPeriods(now: Date): Record<FixedWindow, LocalPeriod> {
  const p = wallPeriods(localDate(now));
  return {
    YEAR_TO_DATE: p.ytd,
    SAME_PERIOD_LAST_YEAR: p.lastYear,
    TODAY: p.today,
    THIS_MONTH: p.month,
    TWELVE_MONTHS: p.trend,
  };
}

/** Which of the wall's windows a filter's period is (several on 1 January: today is the year to date). */
export function windowsOf(
  filter: Pick<CaseFilter, 'from' | 'to'> | null | undefined,
  now: Date,
): WallWindow[] {
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  if (from === null && to === null) return ['NO_PERIOD'];
  if (from === null || to === null) return [];
  const periods = windowPeriods(now);
  const found: WallWindow[] = (Object.keys(periods) as FixedWindow[]).filter(
    (w) => periods[w].from === from && periods[w].to === to,
  );
  if (/^\d{4}-01-01$/.test(from) && to === `${from.slice(0, 4)}-12-31` && from < periods.YEAR_TO_DATE.from)
    found.push('PAST_YEAR');
  return found;
}

interface Shape {
  windows: readonly WallWindow[];
  /** caseStats only: the groupings allowed with these windows, each a set of dimensions. */
  groupBy?: readonly (readonly CaseDimension[])[];
}

const { CATEGORY, TOWNSHIP, VILLAGE, MONTH } = CaseDimension;

/**
 * Every root field DISPLAY may ask with the shapes it may ask it in. Root fields not named here are
 * reference data (places, categories, units, leaders) or refused by field-rules.ts.
 */
export const DISPLAY_CATALOGUE: Readonly<Record<string, readonly Shape[]>> = {
  kpis: [{ windows: ['YEAR_TO_DATE', 'SAME_PERIOD_LAST_YEAR'] }],
  caseStats: [
    { windows: ['YEAR_TO_DATE', 'PAST_YEAR'], groupBy: [[], [CATEGORY], [TOWNSHIP], [VILLAGE]] },
    { windows: ['TODAY', 'THIS_MONTH'], groupBy: [[]] },
    { windows: ['TWELVE_MONTHS'], groupBy: [[MONTH]] },
  ],
  leaderWorkloads: [{ windows: ['YEAR_TO_DATE'] }],
  warningCounts: [{ windows: ['NO_PERIOD'] }],
  caseTicker: [{ windows: ['NO_PERIOD'] }],
};

/** Most ticker entries DISPLAY may ask for (the wall asks for 20). */
export const DISPLAY_TICKER_MAX = 20;
/** The only filter fields DISPLAY may set. */
const FILTER_FIELDS = new Set(['from', 'to', 'townshipCodes']);

function windowLabel(window: WallWindow, now: Date): string {
  if (window === 'PAST_YEAR') return 'a whole past calendar year';
  if (window === 'NO_PERIOD') return 'no period';
  const p = windowPeriods(now)[window];
  const name = {
    YEAR_TO_DATE: 'the year to date',
    SAME_PERIOD_LAST_YEAR: 'the same period last year',
    TODAY: 'today',
    THIS_MONTH: 'this month',
    TWELVE_MONTHS: 'the twelve months',
  }[window];
  return `${name} (${p.from === p.to ? p.from : `${p.from}…${p.to}`})`;
}

/** The catalogue in words, from the table itself, for the FORBIDDEN message. */
function catalogueText(now: Date): string {
  const shapes = Object.entries(DISPLAY_CATALOGUE).map(([field, list]) => {
    const text = list
      .map((s) => {
        const windows = s.windows.map((w) => windowLabel(w, now)).join(' or ');
        const groups = s.groupBy?.map((g) => `[${g.join(', ')}]`).join(', ');
        return groups ? `${windows} grouped by ${groups}` : windows;
      })
      .join('; ');
    return `${field}${field === 'caseTicker' ? `(first ≤ ${DISPLAY_TICKER_MAX})` : ''}: ${text}`;
  });
  return shapes.join(' | ');
}

function refusal(now: Date, problem: string) {
  return forbidden(
    `The wall screen account (DISPLAY) may ask only what the wall shows — ${catalogueText(now)} — with a ` +
      'filter of from/to (local days, Asia/Shanghai) and at most one township (townshipCodes: [code]), ' +
      `nothing else (no asOf). Here ${problem}.`,
  );
}

/**
 * Refuses (FORBIDDEN) a root field a DISPLAY user asks unless its arguments are one of the catalogue's
 * shapes. Called by operation-rules.ts for every root field of a DISPLAY operation, before any resolver.
 */
export function checkDisplayQuery(
  field: string,
  args: Record<string, unknown>,
  now: Date,
  user: Pick<AuthUser, 'scope'>,
): void {
  const shapes = DISPLAY_CATALOGUE[field];
  if (!shapes) return;
  // Every number of an account scoped to one village is a village cell, of any period.
  if (user.scope.villageCode)
    throw refusal(now, 'the account is scoped to one village: scope a wall to a township or the district');
  const filter = (args.filter ?? {}) as Record<string, unknown>;
  const extra = Object.entries(filter)
    .filter(([key, value]) => value != null && !FILTER_FIELDS.has(key))
    .map(([key]) => key);
  if (extra.length > 0) throw refusal(now, `the filter holds ${extra.join(', ')}`);
  const townships = filter.townshipCodes as readonly string[] | null | undefined;
  if (townships != null && townships.length !== 1)
    throw refusal(now, `townshipCodes names ${townships.length} townships`);
  if (args.asOf != null) throw refusal(now, 'asOf is given');
  if (field === 'caseTicker' && typeof args.first === 'number' && args.first > DISPLAY_TICKER_MAX)
    throw refusal(now, `first is ${args.first}`);

  const windows = windowsOf(filter as Pick<CaseFilter, 'from' | 'to'>, now);
  const fitting = shapes.filter((s) => s.windows.some((w) => windows.includes(w)));
  if (fitting.length === 0) {
    const period =
      filter.from == null && filter.to == null ? 'no period' : `${filter.from ?? '…'}…${filter.to ?? '…'}`;
    throw refusal(now, `${field} is asked for ${period}`);
  }
  if (field === 'caseStats') {
    const groupBy = (args.groupBy ?? []) as readonly CaseDimension[];
    const same = (allowed: readonly CaseDimension[]) =>
      allowed.length === groupBy.length && allowed.every((d) => groupBy.includes(d));
    if (!fitting.some((s) => s.groupBy!.some(same)))
      throw refusal(now, `caseStats is grouped by [${groupBy.join(', ')}] for this period`);
  }
}

// ---- suppression -------------------------------------------------------------------------------------

const small = (n: number) => n > 0 && n < DISPLAY_MIN_CELL;

/**
 * The parts of one additive partition (a township's villages, the district's townships, a leader's
 * townships) to withhold from DISPLAY, by key; `cells` holds every part, zeros included.
 *
 * The attacker knows every published part, the partition's total when `totalShown` (a township's total
 * for the same period is always treated as public: the ticker and the monthly trend publish it case by
 * case), that a withheld part is not zero unless the whole partition is withheld, and this algorithm.
 * With H parts withheld and R = total − published parts, each withheld part lies in [1, R − (H − 1)]:
 * exact when H = 1, or when R = H (all ones). So, after withholding every part of 1–2 (primary), we
 * add the smallest published nonzero part (ties by key: deterministic) until H ≥ 2 and R ≥ H + 2 —
 * then every withheld part's range reaches 3, so nobody can tell even that it is under 3, and the
 * withheld remainder R is itself a group of at least 4 cases (what it shows in sum, e.g. a KPI
 * numerator of 0, describes no one in particular). One complement always suffices (it adds ≥ 3 to R
 * and 1 to H). When no published nonzero part is left (every case of the township lies in 1–2-case
 * villages), every part is withheld, zeros included, and each ranges over [0, R]. When the total
 * itself is withheld (under 3, e.g. a KPI of the district early in January), every part is too.
 * Residual: a partition of one part (a township of one village) cannot be protected from its total.
 */
export function withheldCells(cells: ReadonlyMap<string, number>, totalShown: boolean): Set<string> {
  const primary = [...cells].filter(([, n]) => small(n)).map(([key]) => key);
  if (primary.length === 0) return new Set();
  if (!totalShown) return new Set(cells.keys());
  const withheld = new Set(primary);
  let rest = primary.reduce((sum, key) => sum + cells.get(key)!, 0);
  const candidates = [...cells]
    .filter(([key, n]) => n > 0 && !withheld.has(key))
    .sort(([ka, a], [kb, b]) => a - b || (ka < kb ? -1 : ka > kb ? 1 : 0));
  while (!(withheld.size >= 2 && rest >= withheld.size + DISPLAY_MIN_CELL - 1)) {
    const next = candidates.shift();
    if (!next) return new Set(cells.keys());
    withheld.add(next[0]);
    rest += next[1];
  }
  return withheld;
}

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
    // A leader's cases received in the period (`owned`) and due in it (closedOnTime), per township:
    // the same counts leaderWorkloads makes, by township.
    const buckets = await ctx.services.stats.caseStats(
      selectCases(period, ctx.now, districtWide(ctx)),
      [CaseDimension.LEADER, TOWNSHIP],
      [KpiCode.ON_TIME_CLOSURE],
    );
    const cells = new Map<number, { owned: Map<string, number>; due: Map<string, number> }>();
    for (const b of buckets) {
      if (b.leaderId === null) continue;
      let leader = cells.get(b.leaderId);
      if (!leader) {
        const zeros = () => new Map(townships.map((t) => [t, 0]));
        cells.set(b.leaderId, (leader = { owned: zeros(), due: zeros() }));
      }
      leader.owned.set(b.townshipCode!, b.count ?? 0);
      leader.due.set(b.townshipCode!, b.kpis!.onTimeClosure.denominator);
    }
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

/** The numbers of a leaderWorkloads row (stats.service.ts builds them). */
interface WorkloadRow {
  leaderId: number;
  owned: number;
  open: number;
  closed: number;
  overdue: number;
  closedOnTime: KpiValue;
  resolution: KpiValue;
  visits: { kind: string; count: number }[];
  instructions: number;
}

/**
 * A DISPLAY user's leader board: a leader with 1–2 cases in the area asked (or withheld to protect
 * such a row of theirs in another township) reads all zeros — the wall lists leaders with cases only —
 * and an on-time-closure rate over 1–2 due cases reads 0/0. Visits, instructions and the resolution
 * rate are not the wall's (field-rules.ts) and read zero.
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
