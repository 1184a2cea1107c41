// The one filter of the dashboard, kept in the URL query so every view can be bookmarked and shared,
// and turned into the API's CaseFilter. Parsing is tolerant (a hand-edited link drops what it cannot
// read instead of breaking the page); serialising is canonical (same filter, same URL).
import { CaseStatus, Channel, KpiCode, MatterType, Satisfaction } from '@lianxin/domain';
import type {
  CaseFilter,
  CaseStatus as GqlCaseStatus,
  Channel as GqlChannel,
  KpiCode as GqlKpiCode,
  KpiPart,
  MatterType as GqlMatterType,
  Satisfaction as GqlSatisfaction,
} from '../graphql/generated/graphql';
import { PeriodError, parsePeriod } from '@lianxin/briefing/period';
import { type Period, defaultPeriod, isPeriod } from '../format/period';

export interface DashboardFilter {
  /** Both set, or both null: the default period (last 12 months) — unless `allTime`. */
  from: string | null;
  to: string | null;
  /** No date restriction at all (e.g. every open overdue case, whenever received). */
  allTime: boolean;
  townshipCodes: string[];
  villageCodes: string[];
  categoryCodes: string[];
  channels: GqlChannel[];
  leaderIds: number[];
  /** Drill-down conditions, set by clicks rather than the filter bar. */
  kpi: GqlKpiCode | null;
  kpiPart: KpiPart | null;
  statuses: GqlCaseStatus[];
  overdue: boolean | null;
  dueSoon: boolean | null;
  /** Missed a statutory deadline (accepted late, replied late or still past due): true, false or either. */
  late: boolean | null;
  /** First ratings; with any set, only rated cases. */
  satisfactions: GqlSatisfaction[];
  rated: boolean | null;
  /** Matter types (an early warning's cases: every type but accusations, which it never counts). */
  matterTypes: GqlMatterType[];
  text: string;
}

/** Shape of vue-router's LocationQuery, without importing the router into pure code. */
export type QueryInput = Record<string, string | null | undefined | (string | null)[]>;

export const EMPTY_FILTER: Readonly<DashboardFilter> = Object.freeze({
  from: null,
  to: null,
  allTime: false,
  townshipCodes: [],
  villageCodes: [],
  categoryCodes: [],
  channels: [],
  leaderIds: [],
  kpi: null,
  kpiPart: null,
  statuses: [],
  overdue: null,
  dueSoon: null,
  late: null,
  satisfactions: [],
  rated: null,
  matterTypes: [],
  text: '',
});

/** URL parameter of each field; short and readable, because people paste these links into chats. */
const FILTER_PARAMS = [
  'from',
  'to',
  'all',
  'township',
  'village',
  'category',
  'channel',
  'leader',
  'kpi',
  'part',
  'status',
  'overdue',
  'dueSoon',
  'late',
  'sat',
  'rated',
  'matter',
  'q',
] as const;

const CHANNELS = new Set<string>(Object.values(Channel));
const STATUSES = new Set<string>(Object.values(CaseStatus));
const KPIS = new Set<string>(Object.values(KpiCode));
const MATTER_TYPES = new Set<string>(Object.values(MatterType));
const SATISFACTIONS = new Set<string>(Object.values(Satisfaction));
const KPI_PARTS = new Set<string>(['NUMERATOR', 'DENOMINATOR', 'MISSED'] satisfies KpiPart[]);
const CODE = /^[A-Za-z0-9_-]{1,64}$/;

function first(value: QueryInput[string]): string | null {
  if (Array.isArray(value)) return value.find((v): v is string => typeof v === 'string') ?? null;
  return typeof value === 'string' ? value : null;
}

function list(value: QueryInput[string]): string[] {
  const raw = Array.isArray(value) ? value : [value];
  const items = raw
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
  return [...new Set(items)];
}

function bool(value: QueryInput[string]): boolean | null {
  const v = first(value);
  if (v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  return null;
}

export function parseFilter(query: QueryInput): DashboardFilter {
  const from = first(query.from);
  const to = first(query.to);
  const period = isPeriod(from, to);
  const kpi = first(query.kpi);
  const part = first(query.part);
  const satisfactions = list(query.sat).filter((v): v is GqlSatisfaction => SATISFACTIONS.has(v));
  return {
    from: period ? from : null,
    to: period ? to : null,
    allTime: !period && bool(query.all) === true,
    townshipCodes: list(query.township).filter((c) => CODE.test(c)),
    villageCodes: list(query.village).filter((c) => CODE.test(c)),
    categoryCodes: list(query.category).filter((c) => CODE.test(c)),
    channels: list(query.channel).filter((c): c is GqlChannel => CHANNELS.has(c)),
    leaderIds: list(query.leader)
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0),
    kpi: kpi !== null && KPIS.has(kpi) ? (kpi as GqlKpiCode) : null,
    kpiPart: kpi !== null && KPIS.has(kpi) && part !== null && KPI_PARTS.has(part) ? (part as KpiPart) : null,
    statuses: list(query.status).filter((s): s is GqlCaseStatus => STATUSES.has(s)),
    overdue: bool(query.overdue),
    dueSoon: bool(query.dueSoon),
    late: bool(query.late),
    satisfactions,
    // A rating picked means rated; "unrated with a rating" (a hand-edited link) keeps the rating.
    rated: satisfactions.length > 0 && bool(query.rated) === false ? null : bool(query.rated),
    matterTypes: list(query.matter).filter((m): m is GqlMatterType => MATTER_TYPES.has(m)),
    text: (first(query.q) ?? '').trim().slice(0, 200),
  };
}

/** The canonical query of a filter: empty parts left out, lists sorted and comma-joined. */
export function filterToQuery(filter: DashboardFilter): Record<string, string> {
  const q: Record<string, string> = {};
  const join = (values: readonly string[]) => [...values].sort().join(',');
  if (filter.from && filter.to) {
    q.from = filter.from;
    q.to = filter.to;
  } else if (filter.allTime) {
    q.all = '1';
  }
  if (filter.townshipCodes.length) q.township = join(filter.townshipCodes);
  if (filter.villageCodes.length) q.village = join(filter.villageCodes);
  if (filter.categoryCodes.length) q.category = join(filter.categoryCodes);
  if (filter.channels.length) q.channel = join(filter.channels);
  if (filter.leaderIds.length) q.leader = [...filter.leaderIds].sort((a, b) => a - b).join(',');
  if (filter.kpi) {
    q.kpi = filter.kpi;
    q.part = filter.kpiPart ?? 'DENOMINATOR';
  }
  if (filter.statuses.length) q.status = join(filter.statuses);
  if (filter.overdue !== null) q.overdue = filter.overdue ? '1' : '0';
  if (filter.dueSoon !== null) q.dueSoon = filter.dueSoon ? '1' : '0';
  if (filter.late !== null) q.late = filter.late ? '1' : '0';
  if (filter.satisfactions.length) q.sat = join(filter.satisfactions);
  if (filter.rated !== null) q.rated = filter.rated ? '1' : '0';
  if (filter.matterTypes.length) q.matter = join(filter.matterTypes);
  if (filter.text) q.q = filter.text;
  return q;
}

/**
 * URL parameter of a keyset-paged list's position: the cursors of the pages before the one shown, oldest
 * first, comma-joined (cursors are base64url), so Back and a shared link return to the same page and
 * "previous" needs no offset.
 */
const PAGE_PARAM = 'after';
const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;
/** Pages a link may carry (50 cases each); a longer trail is cut to its first pages. */
const MAX_PAGE_TRAIL = 200;

/** The cursor trail in a query; anything that is no cursor ends it (a hand-edited link starts over there). */
export function parsePageTrail(query: QueryInput): string[] {
  const trail: string[] = [];
  for (const c of (first(query[PAGE_PARAM]) ?? '').split(',')) {
    if (!CURSOR.test(c) || trail.length === MAX_PAGE_TRAIL) break;
    trail.push(c);
  }
  return trail;
}

/** The query with this cursor trail (page 1: none), everything else kept. */
export function withPageTrail(query: QueryInput, trail: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    const v = first(value);
    if (key !== PAGE_PARAM && v !== null) out[key] = v;
  }
  if (trail.length) out[PAGE_PARAM] = trail.join(',');
  return out;
}

/**
 * Keeps the query parameters that are not the filter's (a table's sort order, a page's tab …), except
 * the page: a cursor of another filter's list would start the new list in the middle.
 */
export function mergeQuery(query: QueryInput, filter: DashboardFilter): Record<string, string> {
  const rest: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if ((FILTER_PARAMS as readonly string[]).includes(key) || key === PAGE_PARAM) continue;
    const v = first(value);
    if (v !== null) rest[key] = v;
  }
  return { ...rest, ...filterToQuery(filter) };
}

/** The period a filter selects: its own, the default (last 12 months), or null for all time. */
export function periodOf(filter: DashboardFilter, today: string): Period | null {
  if (filter.from && filter.to) return { from: filter.from, to: filter.to };
  if (filter.allTime) return null;
  return defaultPeriod(today);
}

/** Only the drill-down-free part: what the filter bar shows and the analytical pages apply. */
export function baseFilter(filter: DashboardFilter): DashboardFilter {
  return {
    ...filter,
    kpi: null,
    kpiPart: null,
    statuses: [],
    overdue: null,
    dueSoon: null,
    late: null,
    satisfactions: [],
    rated: null,
    matterTypes: [],
    text: '',
  };
}

/** True when the filter holds drill-down conditions (shown as removable chips above the case table). */
export function hasDrillDown(filter: DashboardFilter): boolean {
  return (
    filter.kpi !== null ||
    filter.statuses.length > 0 ||
    filter.overdue !== null ||
    filter.dueSoon !== null ||
    filter.late !== null ||
    filter.satisfactions.length > 0 ||
    filter.rated !== null ||
    filter.matterTypes.length > 0 ||
    filter.text !== ''
  );
}

/** The API's CaseFilter: only what is set, so the request (and the response cache key) stays small. */
export function toCaseFilter(filter: DashboardFilter, today: string, period?: Period | null): CaseFilter {
  const p = period === undefined ? periodOf(filter, today) : period;
  const out: CaseFilter = {};
  if (p) {
    out.from = p.from;
    out.to = p.to;
  }
  if (filter.townshipCodes.length) out.townshipCodes = [...filter.townshipCodes];
  if (filter.villageCodes.length) out.villageCodes = [...filter.villageCodes];
  if (filter.categoryCodes.length) out.categoryCodes = [...filter.categoryCodes];
  if (filter.channels.length) out.channels = [...filter.channels];
  if (filter.leaderIds.length) out.leaderIds = [...filter.leaderIds];
  if (filter.kpi) {
    out.kpi = filter.kpi;
    out.kpiPart = filter.kpiPart ?? 'DENOMINATOR';
  }
  if (filter.statuses.length) out.statuses = [...filter.statuses];
  if (filter.overdue !== null) out.overdue = filter.overdue;
  if (filter.dueSoon !== null) out.dueSoon = filter.dueSoon;
  if (filter.late !== null) out.late = filter.late;
  if (filter.satisfactions.length) out.satisfactions = [...filter.satisfactions];
  if (filter.rated !== null) out.rated = filter.rated;
  if (filter.matterTypes.length) out.matterTypes = [...filter.matterTypes];
  if (filter.text) out.text = filter.text;
  return out;
}

/**
 * The API's briefing (GET /briefing) of the filter's period and area — the district, or its one township —
 * as PDF or Word; null when it has none (all time, or longer than a year).
 */
export function briefingHref(
  format: 'pdf' | 'docx',
  filter: DashboardFilter,
  today: string,
  locale: 'zh-CN' | 'en',
): string | null {
  const p = periodOf(filter, today);
  if (!p) return null;
  const period = `${p.from}..${p.to}`;
  try {
    parsePeriod(period); // the API's own rule for what a briefing covers
  } catch (error) {
    if (error instanceof PeriodError) return null;
    throw error;
  }
  const query = new URLSearchParams({ period, format, locale });
  if (filter.townshipCodes.length === 1) query.set('township', filter.townshipCodes[0]!);
  return `/briefing?${query.toString()}`;
}

/** Whether the filter narrows more than a briefing follows (its period and at most one township). */
export function briefingIgnoresFilter(filter: DashboardFilter): boolean {
  const base = baseFilter(filter);
  return (
    hasDrillDown(filter) ||
    base.townshipCodes.length > 1 ||
    base.villageCodes.length > 0 ||
    base.categoryCodes.length > 0 ||
    base.channels.length > 0 ||
    base.leaderIds.length > 0
  );
}

/** Export links of the API for the filter as it is (same-origin, the session cookie authorises them). */
export function exportHref(format: 'xlsx' | 'csv', filter: CaseFilter): string {
  return `/export/cases.${format}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}
