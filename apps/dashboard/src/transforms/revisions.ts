// The overview's "revised" note: the closed months of the selected period whose KPIs were revised after
// they closed (periodRevisions), who revised them, when, why, and which KPIs moved. Pure: query → lines.
import { KPI_DEFINITIONS, type KpiCode } from '@lianxin/domain';
import { type UiLocale, formatCount, formatDate, formatPercent } from '../format/format';
import type { Period } from '../format/period';
import type { PeriodRevisionsQuery } from '../graphql/generated/graphql';

/** The API answers at most ten years of revisions at once. */
const MAX_YEARS = 10;

/**
 * The months (YYYY-MM) to ask about: those the period touches. All time (no period) is read as the
 * last ten years, which covers every month the district has data for and stays within the API's limit.
 */
export function revisionMonths(period: Period | null, today: string): { from: string; to: string } {
  const to = (period?.to ?? today).slice(0, 7);
  const earliest = `${Number(to.slice(0, 4)) - MAX_YEARS}-01`;
  const from = period ? period.from.slice(0, 7) : earliest;
  return { from: from < earliest ? earliest : from, to };
}

type Revision = PeriodRevisionsQuery['periodRevisions'][number];
type Value = Revision['kpis'][number]['before'];

export interface RevisionLine {
  id: number;
  month: string;
  /** Local day of the revision. */
  date: string;
  by: string;
  reason: string;
  /** "群众满意率 97.1% → 97.3%" for each KPI that moved. */
  changes: string[];
}

const moved = (a: Value, b: Value) =>
  a.numerator !== b.numerator || a.denominator !== b.denominator || a.rate !== b.rate;

function kpiName(code: string, locale: UiLocale): string {
  const name = KPI_DEFINITIONS[code as KpiCode]?.name;
  if (!name) return code;
  return locale === 'zh-CN' ? name.zh : name.en;
}

/** One KPI's change; the counts too when the rounded rates read the same. */
function change(code: string, before: Value, after: Value, locale: UiLocale): string {
  const [b, a] = [formatPercent(before.rate, locale), formatPercent(after.rate, locale)];
  const counts = (v: Value) => `${formatCount(v.numerator, locale)}/${formatCount(v.denominator, locale)}`;
  const detail = b === a ? ` (${counts(before)} → ${counts(after)})` : '';
  return `${kpiName(code, locale)} ${b} → ${a}${detail}`;
}

/** The revisions as lines, in the API's order (month, then time), each with the KPIs that moved. */
export function revisionLines(revisions: readonly Revision[], locale: UiLocale): RevisionLine[] {
  return revisions.map((r) => ({
    id: r.id,
    month: r.month,
    date: formatDate(r.revisedAt),
    by: r.revisedBy,
    reason: r.reason,
    changes: r.kpis
      .filter((k) => moved(k.before, k.after))
      .map((k) => change(k.code, k.before, k.after, locale)),
  }));
}
