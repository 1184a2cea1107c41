// The early warnings (预警): the page's filters ⇄ URL, the API's filter, what an alert's click opens,
// and each alert's card and chart data. Pure: query results and URL in, view models out.
import { MatterType } from '@lianxin/domain';
import { drillFilter } from '../filters/drill';
import { EMPTY_FILTER, filterToQuery, type QueryInput } from '../filters/filter';
import { addMonths, monthEnd } from '../format/period';
import type {
  EarlyWarningFilter,
  EarlyWarningFieldsFragment,
  EarlyWarningLevel,
  EarlyWarningScope,
  MatterType as GqlMatterType,
} from '../graphql/generated/graphql';

/** The page's own filters (kept in the URL: `level`, `scope`, `category`, `from`, `to` as YYYY-MM). */
export interface WarningPageFilter {
  level: EarlyWarningLevel | null;
  scope: EarlyWarningScope | null;
  categoryCode: string | null;
  /** Months YYYY-MM; null: the default window (the last 12 months to this one). */
  from: string | null;
  to: string | null;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const CODE = /^[A-Za-z0-9_-]{1,64}$/;
/** Months the page shows by default, this one included. */
const DEFAULT_WINDOW = 12;

function first(value: QueryInput[string]): string | null {
  if (Array.isArray(value)) return value.find((v): v is string => typeof v === 'string') ?? null;
  return typeof value === 'string' ? value : null;
}

/** Reads the page's filters from the URL, dropping what it cannot read. */
export function parseWarningQuery(query: QueryInput): WarningPageFilter {
  const level = first(query.level);
  const scope = first(query.scope);
  const category = first(query.category);
  const from = first(query.from);
  const to = first(query.to);
  const months = from !== null && to !== null && MONTH.test(from) && MONTH.test(to) && from <= to;
  return {
    level: level === 'RED' || level === 'YELLOW' ? level : null,
    scope: scope === 'TOWNSHIP' || scope === 'VILLAGE' ? scope : null,
    categoryCode: category !== null && CODE.test(category) ? category : null,
    from: months ? from : null,
    to: months ? to : null,
  };
}

/** The canonical URL query of the page's filters (empty parts left out). */
export function warningQuery(f: WarningPageFilter): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.level) q.level = f.level;
  if (f.scope) q.scope = f.scope;
  if (f.categoryCode) q.category = f.categoryCode;
  if (f.from && f.to) {
    q.from = f.from;
    q.to = f.to;
  }
  return q;
}

/** The months a filter covers: its own, or the last DEFAULT_WINDOW months to this one. */
export function warningMonths(f: WarningPageFilter, today: string): { from: string; to: string } {
  if (f.from && f.to) return { from: f.from, to: f.to };
  return { from: addMonths(today, 1 - DEFAULT_WINDOW).slice(0, 7), to: today.slice(0, 7) };
}

/** The API's filter: the page's filters, the months, and the township of the dashboard's filter bar. */
export function toWarningFilter(
  f: WarningPageFilter,
  today: string,
  townshipCode: string | null = null,
): EarlyWarningFilter {
  const months = warningMonths(f, today);
  const out: EarlyWarningFilter = { from: months.from, to: months.to };
  if (f.level) out.level = f.level;
  if (f.scope) out.scope = f.scope;
  if (f.categoryCode) out.categoryCode = f.categoryCode;
  if (townshipCode) out.townshipCode = townshipCode;
  return out;
}

/** Every matter type the warnings count: all but accusations (检举控告), which they never count. */
export const COUNTED_MATTER_TYPES = Object.values(MatterType).filter(
  (m) => m !== MatterType.ACCUSATION,
) as GqlMatterType[];

type AlertCell = Pick<EarlyWarningFieldsFragment, 'scope' | 'month'> & {
  township: { code: string };
  village?: { code: string } | null;
  category: { code: string };
};

/**
 * The case list behind an alert, as the case table's URL query: its place, its category, its month
 * (up to today for the current month) and the matter types the warning counts — so the table lists
 * exactly the `observed` cases (of those the reader may see).
 */
export function alertCasesQuery(alert: AlertCell, today: string): Record<string, string> {
  const place = alert.scope === 'VILLAGE' && alert.village ? alert.village.code : alert.township.code;
  const start = `${alert.month}-01`;
  const end = monthEnd(start);
  const filter = drillFilter(
    { ...EMPTY_FILTER },
    [
      alert.scope === 'VILLAGE' && alert.village
        ? { kind: 'village', code: place }
        : { kind: 'township', code: place },
      { kind: 'category', code: alert.category.code },
      { kind: 'period', period: { from: start, to: end > today ? today : end } },
      { kind: 'matterTypes', matterTypes: COUNTED_MATTER_TYPES },
    ],
    today,
  );
  return filterToQuery(filter);
}

/** How far above its expectation an alert's count is, as the card says it ("12 / 3.4 expected"). */
export function excessRatio(alert: Pick<EarlyWarningFieldsFragment, 'observed' | 'expected'>): number | null {
  return alert.expected > 0 ? alert.observed / alert.expected : null;
}

export interface CountsView {
  red: number;
  yellow: number;
  total: number;
}

export function countsView(counts: { red: number; yellow: number } | null | undefined): CountsView {
  const red = counts?.red ?? 0;
  const yellow = counts?.yellow ?? 0;
  return { red, yellow, total: red + yellow };
}
